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
package org.mignet.core.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.mignet.core.code.CodeList;
import org.mignet.core.code.CodeLists;
import org.mignet.core.code.HtcdsCodeLists;
import org.mignet.core.constraints.InCodeList;

/**
 * Checks {@link InCodeList}: the value is a canonical code of the named list. For HTCDS lists,
 * mignet's declared extension codes (such as {@code ForcedCriminality} for {@code
 * vic_TypeOfExploitation}, HTCDS issue #28) are valid too. Thread-safe once initialised.
 */
public final class InCodeListValidator implements ConstraintValidator<InCodeList, CharSequence> {

  private static final String HTCDS = "htcds:";

  private CodeList codeList;
  private String htcdsField;

  @Override
  public void initialize(InCodeList annotation) {
    codeList = CodeLists.standard().require(annotation.value());
    htcdsField =
        annotation.value().startsWith(HTCDS) ? annotation.value().substring(HTCDS.length()) : null;
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String code = value.toString();
    return codeList.contains(code)
        || (htcdsField != null && HtcdsCodeLists.instance().isExtension(htcdsField, code));
  }
}
