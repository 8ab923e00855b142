package org.mignet.formats.internal;

import java.util.Objects;

/**
 * The one rule by which every writer of CSV or XLSX output tells a cell a spreadsheet could take for a formula, and
 * how it neutralises such a cell in text output (a leading apostrophe, which spreadsheets show as text and hide).
 * Stateless and thread-safe.
 */
public final class FormulaCells {

  private FormulaCells() {
  }

  /**
   * Returns whether a spreadsheet could take it for a formula: it starts with {@code = + - @}, a tab or a CR.
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
   * Returns the cell behind an apostrophe when it {@linkplain #isDangerous(String) is dangerous}, else the cell.
   *
   * @param cell a cell's text; not null
   */
  public static String neutralised(String cell) {
    Objects.requireNonNull(cell, "cell");
    return isDangerous(cell) ? "'" + cell : cell;
  }
}
