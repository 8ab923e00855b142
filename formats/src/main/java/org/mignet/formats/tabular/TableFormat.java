package org.mignet.formats.tabular;

/** The two physical table formats that {@link TableReader} and {@link TableWriter} handle. */
public enum TableFormat {
  /** Delimited text (RFC 4180), any of the usual delimiters and encodings. */
  CSV,
  /** Office Open XML workbook (Excel 2007 and later). */
  XLSX;

  /**
   * Returns {@link #XLSX} for a ZIP container, otherwise {@link #CSV}.
   *
   * @param head the first bytes of a file; not null
   */
  public static TableFormat sniff(byte[] head) {
    return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4 ? XLSX : CSV;
  }
}
