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

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.validation.internal.BeanValidation;

/**
 * Hibernate Validator is the oracle of the compiled validation plan: on a generated corpus of every
 * exchangeable record type, with seeded defects of every constraint kind of the model, the plan
 * gives the same issues as the engine checking the constraints with Hibernate Validator (same
 * rules, pointers, values, order), and the same structural verdicts as Hibernate Validator's own
 * violations, rule for rule (message key ↔ rule id, property path ↔ JSON Pointer).
 */
class CompiledPlanOracleTest {

  private static final long SEED = 20_261_207L;
  // one pair per test (JUnit makes an instance per test): a validation compiles each plan once,
  // and each test is to see the plans compiled, not ones an earlier test left
  private final Validation plan =
      Validation.builder().clock(Fixtures.CLOCK).beanValidation(false).build();
  private final Validation oracle =
      Validation.builder().clock(Fixtures.CLOCK).beanValidation(true).build();

  private static final List<MignetRecord> CORPUS = new RecordCorpus(SEED, 0.06).records(60);

  private static List<MignetRecord> corpus() {
    return CORPUS;
  }

  @Test
  void theStandardPlanChecksEveryConstraintOfTheModelItself() {
    for (Profile profile : plan.profiles()) {
      for (Class<?> type : MignetRecord.class.getPermittedSubclasses()) {
        ValidationPlan.Root root = plan.engine().plan(profile.name()).root(type);
        assertThat(root.checksConstraints())
            .as("profile %s, %s: %s", profile, type, root.uncompiled())
            .isTrue();
      }
    }
  }

  @Test
  void givesTheSameIssuesAsTheEngineOnHibernateValidatorUnderEveryProfile() {
    List<MignetRecord> corpus = corpus();
    for (Profile profile : List.of(Profile.STRUCTURAL, Profile.EXCHANGE)) {
      for (int i = 0; i < corpus.size(); i++) {
        MignetRecord r = corpus.get(i);
        assertThat(plan.validate(r, profile, Locale.FRENCH).issues())
            .as("seed %d, record %d (%s), profile %s", SEED, i, r.recordType(), profile)
            .isEqualTo(oracle.validate(r, profile, Locale.FRENCH).issues());
      }
    }
  }

  @Test
  void givesHibernateValidatorsVerdictsRuleForRule() {
    List<MignetRecord> corpus = corpus();
    Set<String> raised = new TreeSet<>();
    int structurallyValid = 0;
    for (int i = 0; i < corpus.size(); i++) {
      MignetRecord r = corpus.get(i);
      List<String> expected = new ArrayList<>();
      for (ConstraintViolation<MignetRecord> v : BeanValidation.validator().validate(r)) {
        String template = v.getMessageTemplate();
        expected.add(
            template.substring(1, template.length() - 1)
                + " at "
                + Engine.pointer(v.getPropertyPath()));
      }
      List<String> actual = new ArrayList<>();
      for (Issue issue : plan.validate(r).issues()) {
        if (issue.rule().kind() == RuleKind.STRUCTURAL) {
          actual.add(issue.ruleId().value() + " at " + issue.pointer());
        }
      }
      assertThat(actual)
          .as("seed %d, record %d (%s)", SEED, i, r.recordType())
          .containsExactlyInAnyOrderElementsOf(expected);
      raised.addAll(actual.stream().map(s -> s.substring(0, s.indexOf(' '))).toList());
      structurallyValid += actual.isEmpty() ? 1 : 0;
    }
    // the corpus exercises every structural rule, and is not all defects
    Set<String> structural = new TreeSet<>();
    plan.catalogue().rules().stream()
        .filter(d -> d.kind() == RuleKind.STRUCTURAL)
        .forEach(d -> structural.add(d.id().value()));
    structural.remove("MG-MODEL-000");
    assertThat(raised).isEqualTo(structural);
    assertThat(structurallyValid)
        .as("structurally valid records")
        .isBetween(corpus.size() / 5, corpus.size() * 4 / 5);
  }

  @Test
  void theCorpusIsTheSameForTheSameSeed() {
    assertThat(new RecordCorpus(7, 0.1).records(3)).isEqualTo(new RecordCorpus(7, 0.1).records(3));
  }
}
