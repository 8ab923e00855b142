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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mignet.core.validation.internal.Messages;

/**
 * mignet's standard rules and profiles. The rules themselves live in one small class per domain
 * ({@link StructuralRules}, {@link MetaRules}, {@link PersonRules}, {@link JourneyRules}, {@link
 * TraffickingRules}, {@link CaseRules}, {@link IncidentRules}, {@link DatasetRules}, {@link
 * ExchangeRules}); this class is the one place that assembles them.
 */
final class StandardRules {

  private StandardRules() {}

  /** Returns the standard profiles. */
  public static List<Profile> profiles() {
    return List.of(Profile.STRUCTURAL, Profile.EXCHANGE);
  }

  /** Returns the structural rules checked by Bean Validation constraints on the model. */
  public static List<RuleDefinition> structural() {
    return StructuralRules.definitions();
  }

  /** Returns the semantic rules, including those of the {@code exchange} profile. */
  public static List<Rule<?>> semantic() {
    List<Rule<?>> all = new ArrayList<>();
    all.addAll(MetaRules.rules());
    all.addAll(PersonRules.rules());
    all.addAll(JourneyRules.rules());
    all.addAll(TraffickingRules.rules());
    all.addAll(CaseRules.rules());
    all.addAll(IncidentRules.rules());
    all.addAll(DatasetRules.rules());
    all.addAll(ExchangeRules.rules());
    return List.copyOf(all);
  }

  /**
   * Returns the definition used for a model constraint whose message key is not a known rule id.
   */
  public static RuleDefinition unmappedConstraint() {
    return UNMAPPED;
  }

  private static final RuleDefinition UNMAPPED =
      def(
          "MG-MODEL-000",
          Severity.ERROR,
          RuleKind.STRUCTURAL,
          "A model constraint without a rule id; reported so that nothing is dropped.",
          "mignet");

  static RuleDefinition def(
      String id,
      Severity severity,
      RuleKind kind,
      String rationale,
      String source,
      String... profiles) {
    return new RuleDefinition(
        org.mignet.core.RuleId.of(id),
        severity,
        kind,
        profiles.length == 0 ? Set.of(Profile.STRUCTURAL.name()) : Set.of(profiles),
        Messages.forRule(id),
        rationale,
        source);
  }

  /** Returns a semantic rule definition in the {@code structural} profile. */
  static RuleDefinition semantic(String id, Severity severity, String rationale, String source) {
    return def(id, severity, RuleKind.SEMANTIC, rationale, source);
  }

  /** Returns a semantic rule definition in the {@code exchange} profile only. */
  static RuleDefinition exchange(String id, Severity severity, String rationale, String source) {
    return def(id, severity, RuleKind.SEMANTIC, rationale, source, Profile.EXCHANGE.name());
  }
}
