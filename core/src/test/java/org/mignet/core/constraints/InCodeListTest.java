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

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link InCodeList} names no validator; it is found through {@code META-INF/services}. Without
 * that registration Hibernate Validator cannot validate the constraint at all, so these tests fail.
 */
class InCodeListTest {

  record Place(@InCodeList("iso3166") String country) {}

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void openFactory() {
    factory = jakarta.validation.Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeFactory() {
    factory.close();
  }

  @Test
  void acceptsACanonicalCode() {
    assertThat(validator.validate(new Place("SDN"))).isEmpty();
  }

  @Test
  void acceptsNull() {
    assertThat(validator.validate(new Place(null))).isEmpty();
  }

  @Test
  void rejectsACodeThatIsNotInTheList() {
    Set<ConstraintViolation<Place>> violations = validator.validate(new Place("XYZ"));

    assertThat(violations)
        .singleElement()
        .satisfies(v -> assertThat(v.getMessageTemplate()).isEqualTo("{MG-CODE-001}"))
        .satisfies(v -> assertThat(v.getPropertyPath()).hasToString("country"));
  }
}
