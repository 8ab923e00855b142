/*
 * Copyright 2026 the mignet authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.mignet.examples.cli;

import org.mignet.formats.MetaDefaults;

/**
 * The {@code --meta} option of {@code convert} and {@code validate}: record metadata to fill where
 * absent.
 */
final class MetaOption {

  private MetaOption() {}

  /**
   * @param value the option's value, or null when not given
   * @return the metadata to fill ({@link MetaDefaults#NONE} when not given)
   * @throws CliException naming what is not understood
   */
  static MetaDefaults parse(String value) {
    if (value == null) {
      return MetaDefaults.NONE;
    }
    try {
      return MetaDefaults.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CliException("--meta: " + e.getMessage());
    }
  }
}
