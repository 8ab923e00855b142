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
package org.mignet.formats.hxl;

import java.util.Objects;
import java.util.Optional;

/**
 * A column of an HXL table. Immutable and thread-safe.
 *
 * @param index the 0-based column index in the source table
 * @param header the text header above the hashtag row, empty if none
 * @param tag the column's hashtag with attributes; empty for an untagged column
 */
public record HxlColumn(int index, String header, Optional<HxlTag> tag) {

  /** Checks the index, normalises null. */
  public HxlColumn {
    if (index < 0) {
      throw new IllegalArgumentException("index >= 0");
    }
    Objects.requireNonNull(header, "header");
    tag = tag == null ? Optional.empty() : tag;
  }
}
