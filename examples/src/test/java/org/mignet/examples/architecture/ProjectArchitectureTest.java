package org.mignet.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of DESIGN.md section 2 across all modules: dependencies go one way (examples → formats →
 * core), no package cycles, and {@code internal} packages are used only inside their own module.
 */
class ProjectArchitectureTest {

  private static JavaClasses all;

  @BeforeAll
  static void importEverything() {
    all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.mignet");
  }

  @Test
  void importsClassesOfEveryModule() {
    org.assertj.core.api.Assertions.assertThat(all.containPackage("org.mignet.core.model")).isTrue();
    org.assertj.core.api.Assertions.assertThat(all.containPackage("org.mignet.formats.json")).isTrue();
    org.assertj.core.api.Assertions.assertThat(all.containPackage("org.mignet.examples.cli")).isTrue();
  }

  @Test
  void coreInternalsAreUsedOnlyInsideCoreExceptTheMetamodelByFormats() {
    noClasses().that().resideOutsideOfPackage("org.mignet.core..").should().dependOnClassesThat(
        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.mignet.core..internal..")
            .and(com.tngtech.archunit.base.DescribedPredicate.not(
                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                    "org.mignet.core.meta.internal..")))).check(all);
    noClasses().that().resideOutsideOfPackages("org.mignet.core..", "org.mignet.formats..").should()
        .dependOnClassesThat().resideInAPackage("org.mignet.core..internal..").check(all);
  }

  @Test
  void formatsInternalsAreUsedOnlyInsideFormats() {
    noClasses().that().resideOutsideOfPackage("org.mignet.formats..").should().dependOnClassesThat()
        .resideInAPackage("org.mignet.formats..internal..").check(all);
  }

  @Test
  void coreDependsOnNeitherFormatsNorExamples() {
    noClasses().that().resideInAPackage("org.mignet.core..").should().dependOnClassesThat()
        .resideInAnyPackage("org.mignet.formats..", "org.mignet.examples..").check(all);
  }

  @Test
  void formatsDoNotDependOnExamples() {
    noClasses().that().resideInAPackage("org.mignet.formats..").should().dependOnClassesThat()
        .resideInAPackage("org.mignet.examples..").check(all);
  }

  @Test
  void noJacksonInCore() {
    noClasses().that().resideInAPackage("org.mignet.core..").should().dependOnClassesThat()
        .resideInAPackage("com.fasterxml..").check(all);
  }

  @Test
  void featurePackagesHaveNoCycles() {
    // a package and its internal sub-package form one slice
    slices().matching("org.mignet.(*).(*)..").should().beFreeOfCycles().check(all);
  }
}
