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
package org.mignet.formats.htcds;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Rule;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.RuleKind;
import org.mignet.core.validation.Severity;
import org.mignet.core.validation.Validation;
import org.mignet.formats.internal.FormatMessages;

/**
 * The {@code htcds-core} validation profile: a case fit to exchange as HTCDS v2.0 has the Core
 * fields the standard expects (HTCDS §1.5: "normally considered a minimum requirement"), and its
 * codes are v2.0 codes exactly (the model's structural rules check them against {@code htcds:} code
 * lists, which match {@code htcds-codelists-all-versions.csv}). Add to a validation with {@code
 * Validation.builder().addProfile(HtcdsRules.profile())} and each of {@link #rules()}, or use
 * {@link #validation()}. Thread-safe.
 */
public final class HtcdsRules {

  /** The profile's name. */
  public static final String PROFILE = "htcds-core";

  /** A case without a case status. */
  public static final String CASE_STATUS = "MG-HTCDS-101";

  /** A victim without a trafficking status or the organisation type that decided it. */
  public static final String VICTIM_STATUS = "MG-HTCDS-102";

  /** A victim without gender or citizenship recorded. */
  public static final String VICTIM_PERSON = "MG-HTCDS-103";

  /** A case without consent recorded. */
  public static final String CONSENT = "MG-HTCDS-104";

  /** A victim without the Core exploitation fields. */
  public static final String EXPLOITATION = "MG-HTCDS-105";

  private static final String SOURCE = "IOM HTCDS v2.0 Field Standards, Core flag";

  private HtcdsRules() {}

  /** Returns the {@code htcds-core} profile, which includes {@code structural}. */
  public static Profile profile() {
    return Profile.of(
        PROFILE, "HTCDS v2.0 Core fields present and codes exact", Profile.STRUCTURAL.name());
  }

  /** Returns the rules of the profile. */
  public static List<Rule<?>> rules() {
    return List.of(
        Rule.of(
            def(
                CASE_STATUS,
                "The case has no status (HTCDS Core field cas_Status).",
                "Le dossier n''a pas de statut (champ Core HTCDS cas_Status).",
                "El caso no tiene estado (campo Core HTCDS cas_Status)."),
            TraffickingCase.class,
            (c, ctx) -> {
              if (c.status().isEmpty()) {
                ctx.report("/status");
              }
            }),
        Rule.of(
            def(
                VICTIM_STATUS,
                "The victim has no {0} (HTCDS Core field).",
                "La victime n''a pas de {0} (champ Core HTCDS).",
                "La víctima no tiene {0} (campo Core HTCDS)."),
            Victim.class,
            (v, ctx) -> {
              if (v.traffickingStatus().isEmpty()) {
                ctx.report("/traffickingStatus", "vic_TraffickingStatus");
              }
              if (v.statusDecidedBy().isEmpty()) {
                ctx.report("/statusDecidedBy", "vic_TraffickingStatusDecisionMakingOrg");
              }
            }),
        Rule.of(
            def(
                VICTIM_PERSON,
                "The victim''s person record has no {0} (HTCDS Core field).",
                "La personne victime n''a pas de {0} (champ Core HTCDS).",
                "La persona víctima no tiene {0} (campo Core HTCDS)."),
            Victim.class,
            (v, ctx) -> {
              if (v.person().gender().isEmpty()) {
                ctx.report("/person/gender", "prs_Gender");
              }
              if (v.person().citizenships().isEmpty() && !v.person().stateless().orElse(false)) {
                ctx.report("/person/citizenships", "prs_Citizenship");
              }
            }),
        Rule.of(
            def(
                CONSENT,
                "The case records no consent (HTCDS Core field con_Consent).",
                "Le dossier n''enregistre aucun consentement (champ Core HTCDS con_Consent).",
                "El caso no registra consentimiento (campo Core HTCDS con_Consent)."),
            TraffickingCase.class,
            (c, ctx) -> {
              if (c.consents().isEmpty() && !c.victims().isEmpty()) {
                ctx.report("/consents");
              }
            }),
        Rule.of(
            def(
                EXPLOITATION,
                "The victim has no {0} (HTCDS Core field).",
                "La victime n''a pas de {0} (champ Core HTCDS).",
                "La víctima no tiene {0} (campo Core HTCDS)."),
            Victim.class,
            (v, ctx) -> {
              if (v.exploitationTypes().isEmpty()) {
                ctx.report("/exploitationTypes", "vic_TypeOfExploitation");
              }
              if (v.methodsOfControl().isEmpty()) {
                ctx.report("/methodsOfControl", "vic_MethodsOfControl");
              }
            }));
  }

  /** Returns the standard validation with the {@code htcds-core} profile and its rules added. */
  public static Validation validation() {
    // the profile and rules reach Validation.standard() through HtcdsRuleProvider (ServiceLoader)
    return Validation.standard();
  }

  private static RuleDefinition def(String id, String en, String fr, String es) {
    return new RuleDefinition(
        org.mignet.core.RuleId.of(id),
        Severity.WARNING,
        RuleKind.SEMANTIC,
        Set.of(PROFILE),
        FormatMessages.with(id, Map.of("en", en, "fr", fr, "es", es)),
        "HTCDS Core fields are normally considered a minimum requirement.",
        SOURCE);
  }
}
