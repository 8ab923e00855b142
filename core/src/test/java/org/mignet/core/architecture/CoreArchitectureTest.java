package org.mignet.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The architecture rules of DESIGN.md section 2 that concern mignet-core. */
class CoreArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
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
  void corePackagesHaveNoCycles() {
    // A package and its internal sub-package form one slice: the implementation may see its API.
    slices().matching("org.mignet.core.(**)").should().beFreeOfCycles().check(core);
  }

  @Test
  void modelDoesNotDependOnValidation() {
    noClasses().that().resideInAPackage("org.mignet.core.model..").should().dependOnClassesThat()
        .resideInAPackage("org.mignet.core.validation..").check(core);
  }

  @Test
  void codeListsDoNotDependOnTheModel() {
    noClasses().that().resideInAPackage("org.mignet.core.code..").should().dependOnClassesThat()
        .resideInAPackage("org.mignet.core.model..").check(core);
  }

  @Test
  void coreDoesNotDependOnFormats() {
    noClasses().should().dependOnClassesThat().resideInAPackage("org.mignet.formats..").check(core);
  }
}
