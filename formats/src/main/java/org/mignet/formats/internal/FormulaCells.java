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
package org.mignet.formats.internal;

import java.util.Objects;

/**
 * The one rule by which every writer of CSV or XLSX output tells a cell a spreadsheet could take
 * for a formula, and how it neutralises such a cell in text output (a leading apostrophe, which
 * spreadsheets show as text and hide). Stateless and thread-safe.
 */
public final class FormulaCells {

  private FormulaCells() {}

  /**
   * Returns whether a spreadsheet could take it for a formula: it starts with {@code = + - @}, a
   * tab or a CR.
   *
   * @param cell a cell's text; not null
   */
  public static boolean isDangerous(String cell) {
    if (cell.isEmpty()) {
      return false;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * Returns the cell behind an apostrophe when it {@linkplain #isDangerous(String) is dangerous},
   * else the cell.
   *
   * @param cell a cell's text; not null
   */
  public static String neutralised(String cell) {
    Objects.requireNonNull(cell, "cell");
    return isDangerous(cell) ? "'" + cell : cell;
  }
}
