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
    return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4
        ? XLSX
        : CSV;
  }
}
