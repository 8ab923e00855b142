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
package org.mignet.core.code;

import java.util.Objects;
import java.util.Optional;

/**
 * The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195,
 * para. 16); objective <i>n</i> is elaborated in para. 16 + <i>n</i>.
 *
 * <p>{@link #code()} is the objective number as a string ("1"…"23"); {@link #title()} is the
 * official para. 16 title; {@link #shortLabel()} is the Migration Network Hub's filter label. The
 * code-list view is {@link #codeList()} (id {@code gcm-objective}). Constants hold no mutable
 * state.
 */
public enum GcmObjective {
  /** Objective 1. */
  ACCURATE_DATA(
      1,
      "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
      "Data"),
  /** Objective 2. */
  MINIMIZE_ADVERSE_DRIVERS(
      2,
      "Minimize the adverse drivers and structural factors that compel people to leave "
          + "their country of origin",
      "Minimize adverse drivers"),
  /** Objective 3. */
  INFORMATION_PROVISION(
      3,
      "Provide accurate and timely information at all stages of migration",
      "Information provision"),
  /** Objective 4. */
  LEGAL_IDENTITY(
      4,
      "Ensure that all migrants have proof of legal identity and adequate documentation",
      "Legal identity and documentation"),
  /** Objective 5. */
  REGULAR_PATHWAYS(
      5,
      "Enhance availability and flexibility of pathways for regular migration",
      "Regular pathways"),
  /** Objective 6. */
  FAIR_RECRUITMENT_DECENT_WORK(
      6,
      "Facilitate fair and ethical recruitment and safeguard conditions that ensure "
          + "decent work",
      "Recruitment and decent work"),
  /** Objective 7. */
  REDUCE_VULNERABILITIES(
      7, "Address and reduce vulnerabilities in migration", "Reduce vulnerabilities"),
  /** Objective 8. */
  SAVE_LIVES(
      8,
      "Save lives and establish coordinated international efforts on missing migrants",
      "Save lives"),
  /** Objective 9. */
  COUNTER_SMUGGLING(
      9, "Strengthen the transnational response to smuggling of migrants", "Counter smuggling"),
  /** Objective 10. */
  ERADICATE_TRAFFICKING(
      10,
      "Prevent, combat and eradicate trafficking in persons in the context of "
          + "international migration",
      "Eradicate trafficking"),
  /** Objective 11. */
  MANAGE_BORDERS(
      11, "Manage borders in an integrated, secure and coordinated manner", "Manage borders"),
  /** Objective 12. */
  SCREENING_AND_REFERRAL(
      12,
      "Strengthen certainty and predictability in migration procedures for appropriate "
          + "screening, assessment and referral",
      "Screening and referral"),
  /**
   * Objective 13 (para. 16 wording; the body heading says "immigration detention", accepted by
   * parse).
   */
  ALTERNATIVES_TO_DETENTION(
      13,
      "Use migration detention only as a measure of last resort and work towards " + "alternatives",
      "Alternatives to detention"),
  /** Objective 14. */
  CONSULAR_PROTECTION(
      14,
      "Enhance consular protection, assistance and cooperation throughout the migration " + "cycle",
      "Consular protection"),
  /** Objective 15. */
  BASIC_SERVICES(15, "Provide access to basic services for migrants", "Access to basic services"),
  /** Objective 16. */
  INCLUSION_AND_SOCIAL_COHESION(
      16,
      "Empower migrants and societies to realize full inclusion and social " + "cohesion",
      "Inclusion and social cohesion"),
  /** Objective 17. */
  ELIMINATE_DISCRIMINATION(
      17,
      "Eliminate all forms of discrimination and promote evidence-based public "
          + "discourse to shape perceptions of migration",
      "Eliminate discrimination"),
  /** Objective 18. */
  SKILLS_DEVELOPMENT(
      18,
      "Invest in skills development and facilitate mutual recognition of skills, "
          + "qualifications and competences",
      "Skills development and recognition"),
  /** Objective 19. */
  DIASPORA_CONTRIBUTIONS(
      19,
      "Create conditions for migrants and diasporas to fully contribute to sustainable "
          + "development in all countries",
      "Migrant and diaspora contributions"),
  /** Objective 20. */
  REMITTANCES(
      20,
      "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of "
          + "migrants",
      "Remittances"),
  /** Objective 21. */
  DIGNIFIED_RETURN(
      21,
      "Cooperate in facilitating safe and dignified return and readmission, as well as "
          + "sustainable reintegration",
      "Dignified return and reintegration"),
  /** Objective 22. */
  PORTABILITY_OF_SOCIAL_SECURITY(
      22,
      "Establish mechanisms for the portability of social security entitlements "
          + "and earned benefits",
      "Social protection"),
  /** Objective 23. */
  INTERNATIONAL_COOPERATION(
      23,
      "Strengthen international cooperation and global partnerships for safe, orderly "
          + "and regular migration",
      "International cooperation");

  private static final String OBJECTIVE_13_BODY_TITLE =
      "Use immigration detention only as a measure of last "
          + "resort and work towards alternatives";

  private final int number;
  private final String title;
  private final String shortLabel;

  GcmObjective(int number, String title, String shortLabel) {
    this.number = number;
    this.title = title;
    this.shortLabel = shortLabel;
  }

  /** Returns the objective number, 1 to 23. */
  public int number() {
    return number;
  }

  /** Returns the official title from A/RES/73/195 para. 16. */
  public String title() {
    return title;
  }

  /** Returns the Migration Network Hub's short label. */
  public String shortLabel() {
    return shortLabel;
  }

  /** Returns the code-list code: the number as a string, "1" to "23". */
  public String code() {
    return Integer.toString(number);
  }

  /**
   * Returns the objective with a number.
   *
   * @param number 1 to 23
   * @return the objective
   * @throws IllegalArgumentException if the number is out of range
   */
  public static GcmObjective of(int number) {
    if (number < 1 || number > 23) {
      throw new IllegalArgumentException("GCM objective number must be 1 to 23, was " + number);
    }
    return values()[number - 1];
  }

  /**
   * Reads an objective from a number ("1"), a prefixed form ("GCM 1", "GCM-01", "Objective 1"), the
   * official title, the Hub label, or objective 13's body-heading wording.
   *
   * @param text the text, not null
   * @return the objective, or empty if the text names none
   * @throws NullPointerException if the text is null
   */
  public static Optional<GcmObjective> parse(String text) {
    Objects.requireNonNull(text, "text");
    return codeList().resolve(text).code().map(c -> of(Integer.parseInt(c)));
  }

  /** Returns the objectives as a code list (id {@code gcm-objective}), shared and thread-safe. */
  public static CodeList codeList() {
    return ListHolder.LIST;
  }

  private static final class ListHolder {
    static final CodeList LIST = build();

    private static CodeList build() {
      CodeTable.Builder b =
          CodeTable.builder(
              "gcm-objective",
              "A/RES/73/195 (2018)",
              "Global Compact for Safe, Orderly and Regular Migration, UN General Assembly resolution "
                  + "A/RES/73/195, para. 16; short labels from the Migration Network Hub");
      for (GcmObjective o : values()) {
        b.code(o.code(), o.title());
      }
      for (GcmObjective o : values()) {
        String n = o.code();
        String nn = n.length() == 1 ? "0" + n : n;
        for (String prefix : new String[] {"", "GCM ", "GCM objective ", "Objective ", "Obj "}) {
          b.alias(prefix + n, n, null);
          b.alias(prefix + nn, n, null);
        }
        b.name(o.shortLabel(), n);
      }
      b.alias(
          OBJECTIVE_13_BODY_TITLE,
          "13",
          "objective 13 as worded in the body heading (para. 29); para. 16 says \"migration detention\"");
      return b.build();
    }
  }
}
