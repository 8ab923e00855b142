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
package org.mignet.core.code;

import java.util.List;
import java.util.Optional;

/**
 * The part every table-backed code list shares: each {@link CodeList} operation answered by its
 * {@link CodeTable}. Package-private: the public lists extend it and add their own lookups.
 */
abstract class TableBackedCodeList implements CodeList {

  /** Returns the table holding the codes, aliases and names; built once by the subclass. */
  abstract CodeTable table();

  @Override
  public String version() {
    return table().version();
  }

  @Override
  public String source() {
    return table().source();
  }

  @Override
  public List<Code> codes() {
    return table().codes();
  }

  @Override
  public boolean contains(String canonicalCode) {
    return table().contains(canonicalCode);
  }

  @Override
  public Optional<Code> get(String canonicalCode) {
    return table().get(canonicalCode);
  }

  @Override
  public Resolution resolve(String input) {
    return table().resolve(input);
  }

  @Override
  public String toString() {
    return table().toString();
  }
}
