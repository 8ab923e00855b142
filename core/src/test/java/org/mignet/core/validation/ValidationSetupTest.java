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
package org.mignet.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.RuleId;
import org.mignet.core.model.Incident;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Person;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;
import org.mignet.core.validation.internal.BeanValidation;

/**
 * How a validation is set up and what its rules see: whether the compiled plan or Hibernate
 * Validator checks the model's constraints (decided by {@code META-INF/validation.xml}), profiles
 * without the structural rules, and the context a rule is given (profile, locale, today, pointer, a
 * validation started from inside a rule). Each test builds its own validation: a validation
 * compiles its plans once, so a shared one would not compile them again.
 */
class ValidationSetupTest {

  private static RuleDefinition probe(String id, String... profiles) {
    return new RuleDefinition(
        RuleId.of(id),
        Severity.WARNING,
        RuleKind.SEMANTIC,
        Set.of(profiles),
        Map.of("en", "Probe {0}."),
        "Records what a rule sees, for the test.",
        "mignet tests");
  }

  private static Person badCountry() {
    return Fixtures.person("p").countryOfBirth("ZZZ").build();
  }

  private static <T> T withContextLoader(ClassLoader loader, Supplier<T> body) {
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    t.setContextClassLoader(loader);
    try {
      return body.get();
    } finally {
      t.setContextClassLoader(before);
    }
  }

  @Test
  void withoutABeanValidationConfigurationThePlanChecksTheModelsConstraintsItself() {
    Validation v = Validation.builder().clock(Fixtures.CLOCK).build();
    for (Profile profile : v.profiles()) {
      for (Class<?> type : MignetRecord.class.getPermittedSubclasses()) {
        ValidationPlan.Root root = v.engine().plan(profile.name()).root(type);
        assertThat(root.checksConstraints()).as("%s %s", profile, type).isTrue();
        assertThat(root.uncompiled()).isNull();
        assertThat(root.node().type).isEqualTo(type);
      }
    }
    assertThat(v.engine().plan(Profile.EXCHANGE.name()).profile()).isEqualTo(Profile.EXCHANGE);
    // with no context class loader, the engine's own loader decides, and holds no configuration
    Validation noContext =
        withContextLoader(null, () -> Validation.builder().clock(Fixtures.CLOCK).build());
    assertThat(
            noContext
                .engine()
                .plan(Profile.STRUCTURAL.name())
                .root(Person.class)
                .checksConstraints())
        .isTrue();
  }

  @Test
  void aValidationXmlOnTheClassPathHandsTheConstraintsToHibernateValidator(@TempDir Path dir)
      throws Exception {
    // started first, as every other test sees it: the configuration below must not change it
    BeanValidation.validator();
    Files.createDirectories(dir.resolve("META-INF"));
    Files.writeString(
        dir.resolve("META-INF/validation.xml"),
        "<validation-config xmlns=\"https://jakarta.ee/xml/ns/validation/configuration\""
            + " version=\"3.0\"/>\n");
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {dir.toUri().toURL()}, Thread.currentThread().getContextClassLoader())) {
      Validation configured =
          withContextLoader(loader, () -> Validation.builder().clock(Fixtures.CLOCK).build());
      ValidationPlan.Root root =
          configured.engine().plan(Profile.STRUCTURAL.name()).root(Person.class);
      assertThat(root.checksConstraints()).isFalse();
      assertThat(root.uncompiled()).isNull();
      // the same issues, found by Hibernate Validator
      assertThat(configured.validate(badCountry()).issues())
          .extracting(ri -> ri.ruleId().value(), Issue::pointer)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("MG-CODE-001", "/countryOfBirth"));
      assertThat(configured.validate(badCountry()))
          .isEqualTo(Validation.builder().clock(Fixtures.CLOCK).build().validate(badCountry()));
    }
  }

  @Test
  void aProfileWithoutTheStructuralRulesReportsNoStructuralIssueWhoeverChecksThem() {
    for (boolean beanValidation : new boolean[] {false, true}) {
      Validation v =
          Validation.builder()
              .clock(Fixtures.CLOCK)
              .addProfile(Profile.of("light", "Only the agency's own rules."))
              .addRule(Rule.of(probe("ACME-LIGHT-001", "light"), Person.class, (p, ctx) -> {}))
              .beanValidation(beanValidation)
              .build();
      assertThat(v.validate(badCountry(), v.profile("light")).issues())
          .as("%s", beanValidation)
          .isEmpty();
      assertThat(v.validate(badCountry(), Profile.STRUCTURAL).issues())
          .as("%s", beanValidation)
          .extracting(ri -> ri.ruleId().value())
          .containsExactly("MG-CODE-001");
    }
  }

  @Test
  void aRuleSeesTheProfileLocaleDayAndPointerOfTheValueItChecks() {
    List<String> seen = new ArrayList<>();
    Validation v =
        Validation.builder()
            .clock(Fixtures.CLOCK)
            .addRule(
                Rule.of(
                    probe("ACME-SEE-001", Profile.STRUCTURAL.name()),
                    Person.class,
                    (p, ctx) ->
                        seen.add(
                            ctx.profile().name()
                                + " "
                                + ctx.locale()
                                + " "
                                + ctx.today()
                                + " "
                                + ctx.pointer()
                                + " "
                                + ctx.root().recordType())))
            .build();
    TraffickingCase c =
        TraffickingCase.builder(Fixtures.meta("c"))
            .victim(Victim.builder(Fixtures.person("v1").build()).build())
            .victim(Victim.builder(Fixtures.person("v2").build()).build())
            .build();
    v.validate(c, Profile.EXCHANGE, Locale.FRENCH);
    assertThat(seen)
        .containsExactly(
            "exchange fr 2025-06-01 /victims/0/person TRAFFICKING_CASE",
            "exchange fr 2025-06-01 /victims/1/person TRAFFICKING_CASE");
    assertThat(LocalDate.of(2025, 6, 1)).isEqualTo(Fixtures.TODAY);
  }

  @Test
  void aRuleAsksWhereItIsWithoutMakingAPointer() {
    List<String> answers = new ArrayList<>();
    List<String> asked =
        List.of(
            "/victims/1/person",
            "/victims/0/person",
            "/victims/1",
            "/victims/1/person/x",
            "/victims/one/person",
            "/victims//person",
            "/victims/1/persons",
            "/victims/1/perso",
            "/victims",
            "victims/1/person",
            "",
            "/victims/10/person");
    Validation v =
        Validation.builder()
            .clock(Fixtures.CLOCK)
            .addRule(
                Rule.of(
                    probe("ACME-WHERE-001", Profile.STRUCTURAL.name()),
                    Person.class,
                    (p, ctx) -> {
                      StringBuilder b = new StringBuilder(ctx.pointer()).append(':');
                      for (String a : asked) {
                        b.append(Engine.pointerIs(ctx, a) ? '1' : '0');
                      }
                      answers.add(b.toString());
                    }))
            .build();
    TraffickingCase c =
        TraffickingCase.builder(Fixtures.meta("c"))
            .victim(Victim.builder(Fixtures.person("v1").build()).build())
            .victim(Victim.builder(Fixtures.person("v2").build()).build())
            .build();
    v.validate(c);
    v.validate(Fixtures.person("p").build());
    assertThat(answers)
        .containsExactly(
            "/victims/0/person:010000000000", "/victims/1/person:100000000000", ":000000000010");
  }

  @Test
  void aContextThatIsNotTheEnginesOwnIsAskedForItsPointer() {
    RuleContext elsewhere =
        new RuleContext() {
          @Override
          public MignetRecord root() {
            throw new UnsupportedOperationException();
          }

          @Override
          public String pointer() {
            return "/meta";
          }

          @Override
          public Locale locale() {
            return Locale.ENGLISH;
          }

          @Override
          public LocalDate today() {
            return Fixtures.TODAY;
          }

          @Override
          public Profile profile() {
            return Profile.STRUCTURAL;
          }

          @Override
          public void report(String relativePointer, Object... arguments) {}

          @Override
          public void reportValue(String relativePointer, Object value, Object... arguments) {}
        };
    assertThat(Engine.pointerIs(elsewhere, "/meta")).isTrue();
    assertThat(Engine.pointerIs(elsewhere, "")).isFalse();
  }

  @Test
  void aRuleMayValidateAnotherRecordWhileItsOwnIsBeingValidated() {
    AtomicReference<Validation> self = new AtomicReference<>();
    List<String> inner = new ArrayList<>();
    Validation v =
        Validation.builder()
            .clock(Fixtures.CLOCK)
            .addRule(
                Rule.of(
                    probe("ACME-NEST-001", Profile.STRUCTURAL.name()),
                    Incident.class,
                    (inc, ctx) -> {
                      for (Issue i : self.get().validate(badCountry()).issues()) {
                        inner.add(i.ruleId().value() + " " + i.pointer());
                      }
                      ctx.report("/dead", "after");
                    }))
            .build();
    self.set(v);
    Incident wrongTotal = Incident.builder(Fixtures.meta("i")).counts(3, 2, 6).build();
    assertThat(v.validate(wrongTotal).issues())
        .extracting(i -> i.ruleId().value() + " " + i.pointer())
        .containsExactly("MG-INC-001 /totalDeadAndMissing", "ACME-NEST-001 /dead");
    assertThat(inner).containsExactly("MG-CODE-001 /countryOfBirth");
  }

  @Test
  void aPlanIsOnlyForRecordsOfTheModel() {
    Validation v = Validation.builder().build();
    assertThatThrownBy(() -> v.engine().plan(Profile.STRUCTURAL.name()).root(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java.lang.String is not a record of the mignet model");
    assertThatThrownBy(() -> v.engine().plan("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown profile 'nope'");
  }

  @Test
  void todayIsTheDayOfTheClocksOwnZone() {
    java.time.Instant noonUtc = java.time.Instant.parse("2025-06-01T12:00:00Z");
    // already 2 June at UTC+14, still 1 June at UTC
    Validation kiritimati =
        Validation.builder()
            .clock(java.time.Clock.fixed(noonUtc, java.time.ZoneId.of("Pacific/Kiritimati")))
            .build();
    Validation utc =
        Validation.builder()
            .clock(java.time.Clock.fixed(noonUtc, java.time.ZoneOffset.UTC))
            .build();
    Incident secondOfJune =
        Incident.builder(Fixtures.meta("i")).date(Fixtures.date("2025-06-02")).build();
    assertThat(kiritimati.validate(secondOfJune).issues())
        .extracting(ri -> ri.ruleId().value())
        .isEmpty();
    assertThat(utc.validate(secondOfJune).issues())
        .extracting(ri -> ri.ruleId().value())
        .containsExactly("MG-INC-006");
  }
}
