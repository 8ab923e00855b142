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
package org.mignet.core.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated text is a canonical code of a code list known to {@code
 * org.mignet.core.code.CodeLists}, for example {@code @InCodeList("iso3166")} for an ISO 3166-1
 * alpha-3 country code. {@code null} is valid (use {@code @NotNull} for presence); aliases are not
 * accepted here, since readers resolve them to canonical codes and report what they resolved.
 *
 * <p>The message key is the permanent rule id, e.g. {@code "{MG-CODE-001}"}.
 *
 * <p>The validator is not named here, so that this API does not depend on its implementation: it is
 * registered in {@code META-INF/services/jakarta.validation.ConstraintValidator}, which Hibernate
 * Validator (the provider mignet ships with) reads.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface InCodeList {
  /**
   * Returns the id of the code list, e.g. {@code iso3166}, {@code icao-nationality}, {@code
   * htcds:prs_Gender}.
   */
  String value();

  /** Returns the message key: the permanent rule id in braces. */
  String message() default "{MG-CODE-001}";

  /** Returns validation groups. */
  Class<?>[] groups() default {};

  /** Returns payload. */
  Class<? extends Payload>[] payload() default {};
}
