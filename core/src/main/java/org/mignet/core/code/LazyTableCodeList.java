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

import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A table-backed code list that knows its codes at once and builds its table (aliases and names)
 * only when a lookup needs it: {@link #contains} answers from the codes alone. Package-private.
 */
abstract class LazyTableCodeList extends TableBackedCodeList {

  /** The codes: what {@link #contains} needs, without the names. */
  private final Set<String> codes;

  /** The codes, aliases and names, built on first use (racing threads build equal tables). */
  private volatile @Nullable CodeTable table;

  /**
   * Makes the list.
   *
   * @param codes its canonical codes; copied
   */
  LazyTableCodeList(Set<String> codes) {
    this.codes = Set.copyOf(codes);
  }

  /** Builds the table holding the codes, aliases and names; called on the first lookup. */
  abstract CodeTable build();

  @Override
  final CodeTable table() {
    CodeTable t = table;
    if (t == null) {
      t = build();
      table = t;
    }
    return t;
  }

  @Override
  public final boolean contains(String canonicalCode) {
    Objects.requireNonNull(canonicalCode, "canonicalCode must not be null");
    return codes.contains(canonicalCode);
  }
}
