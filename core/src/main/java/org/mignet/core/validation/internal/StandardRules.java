package org.mignet.core.validation.internal;

import java.util.List;
import java.util.Set;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Rule;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.RuleKind;
import org.mignet.core.validation.Severity;

/** mignet's standard rules and profiles. */
public final class StandardRules {

  private StandardRules() {}

  /** @return the standard profiles */
  public static List<Profile> profiles() {
    return List.of(
        Profile.of(Profile.STRUCTURAL, "Structure, codes and consistency of one record (the default)."),
        Profile.of(Profile.EXCHANGE, "Fit to send to another agency: structural rules, complete metadata.",
            Profile.STRUCTURAL));
  }

  /** @return the structural rules checked by Bean Validation constraints on the model */
  public static List<RuleDefinition> structural() {
    return List.of(
        def("MG-CODE-001", Severity.ERROR, RuleKind.STRUCTURAL, "ISO 3166-1 alpha-3 is the canonical country code.",
            "ISO 3166-1"));
  }

  /** @return the semantic rules */
  public static List<Rule<?>> semantic() {
    return List.of();
  }

  /** @return the definition used for a model constraint whose message key is not a known rule id */
  public static RuleDefinition unmappedConstraint() {
    return UNMAPPED;
  }

  private static final RuleDefinition UNMAPPED = def("MG-MODEL-000", Severity.ERROR, RuleKind.STRUCTURAL,
      "A model constraint without a rule id; reported so that nothing is dropped.", "mignet");

  static RuleDefinition def(String id, Severity severity, RuleKind kind, String rationale, String source,
      String... profiles) {
    return new RuleDefinition(id, severity, kind,
        profiles.length == 0 ? Set.of(Profile.STRUCTURAL) : Set.of(profiles), Messages.forRule(id), rationale, source);
  }
}
