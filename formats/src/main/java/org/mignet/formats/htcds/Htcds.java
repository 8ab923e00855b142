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
package org.mignet.formats.htcds;

import org.mignet.formats.FormatOption;

/**
 * The HTCDS formats and their options. The formats themselves are found by name through {@link
 * org.mignet.formats.Formats#named(String)}:
 *
 * <ul>
 *   <li>{@value #TABLE}: the v2.0 flat table in CSV or XLSX (row 1 field names, optional row 2
 *       labels, one row per case, {@code ;} between multi-select values); older versions' names and
 *       the toolkit's misspellings are read as aliases; writing uses v2.0 names and the official
 *       template's column order;
 *   <li>{@value #XFORM}: ODK/KoBo XForm instances of the HTCDS survey ({@code <data
 *       id="htcds_xlsform">}).
 * </ul>
 *
 * Sharing policies are applied by the conversion pipeline before either writer sees a case, from
 * the model's personal-data marks ({@link org.mignet.formats.Conversion#policy}); the writers keep
 * no list of personal fields.
 */
public final class Htcds {

  /** The name of the table format. */
  public static final String TABLE = "htcds";

  /** The name of the XForm instance format. */
  public static final String XFORM = "htcds-xform";

  /** Write the table as an XLSX workbook instead of CSV. */
  public static final FormatOption<Boolean> WORKBOOK = FormatOption.of("xlsx", Boolean.class);

  private Htcds() {}
}
