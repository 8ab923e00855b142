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
package org.mignet.formats.mrz;

import org.mignet.formats.FormatOption;

/** The options of the {@code mrz} format. */
public final class MrzOptions {

  /**
   * Reader option: correct the OCR confusions O/0, I/1, B/8, S/5, Z/2, G/6 and &lt;/K where the
   * field's type and a check digit confirm it ({@link Mrz#parseCorrecting(CharSequence)}),
   * reporting each correction with its line and column ({@link MrzRules#CORRECTED_BY_CHECK_DIGIT},
   * {@link MrzRules#CORRECTED_BY_FIELD_TYPE}). Off by default: an MRZ is then read exactly as
   * written.
   */
  public static final FormatOption<Boolean> OCR_TOLERANT =
      FormatOption.of("ocr-tolerant", Boolean.class);

  private MrzOptions() {}
}
