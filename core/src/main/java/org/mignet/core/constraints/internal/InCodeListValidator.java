package org.mignet.core.constraints.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.mignet.core.code.CodeList;
import org.mignet.core.code.CodeLists;
import org.mignet.core.constraints.InCodeList;

/** Checks {@link InCodeList}: the value is a canonical code of the named list. Thread-safe once initialised. */
public final class InCodeListValidator implements ConstraintValidator<InCodeList, CharSequence> {

  private CodeList codeList;

  @Override
  public void initialize(InCodeList annotation) {
    codeList = CodeLists.standard().require(annotation.value());
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || codeList.contains(value.toString());
  }
}
