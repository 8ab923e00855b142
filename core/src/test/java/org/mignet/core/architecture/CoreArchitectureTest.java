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
package org.mignet.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of DESIGN.md section 2 that concern mignet-core. Every package is its own
 * slice, internal packages included, and the slices are free of cycles; who may use an internal
 * package is checked across all modules by {@code ProjectArchitectureTest} in examples, whose
 * javadoc states the rule.
 */
class CoreArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mignet.core");
  }

  @Test
  void coreDoesNotDependOnJackson() {
    noClasses().should().dependOnClassesThat().resideInAPackage("com.fasterxml..").check(core);
  }

  @Test
  void coreDoesNotDependOnHibernateValidatorDirectly() {
    // Hibernate Validator is the runtime provider; code uses only the jakarta.validation API.
    noClasses().should().dependOnClassesThat().resideInAPackage("org.hibernate..").check(core);
  }

  @Test
  void corePackagesHaveNoCyclesEvenWithTheirInternalPackages() {
    // (**) captures the whole package name: x and x.internal are two slices, so they may not use
    // each other both ways
    slices().matching("org.mignet.core.(**)").should().beFreeOfCycles().check(core);
  }

  @Test
  void modelDoesNotDependOnValidation() {
    noClasses()
        .that()
        .resideInAPackage("org.mignet.core.model..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.mignet.core.validation..")
        .check(core);
  }

  @Test
  void codeListsDoNotDependOnTheModel() {
    noClasses()
        .that()
        .resideInAPackage("org.mignet.core.code..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.mignet.core.model..")
        .check(core);
  }

  @Test
  void coreDoesNotDependOnFormats() {
    noClasses().should().dependOnClassesThat().resideInAPackage("org.mignet.formats..").check(core);
  }
}
