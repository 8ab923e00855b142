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
package org.mignet.formats.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.RuleKind;
import org.mignet.core.validation.Severity;

/**
 * The rules a conversion (or an aggregation) itself reports. English, French and Spanish messages
 * are given here, Arabic, Chinese and Russian come from {@link FormatMessages}.
 */
public final class ConversionRules {

  private ConversionRules() {}

  /** The target format cannot carry this type of record. */
  public static final RuleDefinition TYPE_NOT_CARRIED =
      def(
          "MG-CONV-001",
          Map.of(
              "en",
              "Expected a record type the target format {0} carries; found {1}, so the record was not written.",
              "fr",
              "Type d''enregistrement attendu : un type que le format cible {0} sait porter ; trouvé {1}, "
                  + "l''enregistrement n''a pas été écrit.",
              "es",
              "Se esperaba un tipo de registro que el formato de destino {0} admite; se encontró {1} y el "
                  + "registro no se escribió."),
          "A conversion never drops a record silently: a record the target cannot hold is rejected and reported.");

  /** The target writer failed on the record. */
  public static final RuleDefinition WRITE_FAILED =
      def(
          "MG-CONV-002",
          Map.of(
              "en",
              "Expected a record the target format {0} can write; the writer refused it: {1}",
              "fr",
              "Enregistrement attendu que le format cible {0} sait écrire ; le rédacteur l''a refusé : {1}",
              "es",
              "Se esperaba un registro que el formato de destino {0} pueda escribir; el escritor lo rechazó: {1}"),
          "A record a writer cannot write is rejected and reported, never dropped silently.");

  /** The record breaks rules of the profile the conversion was asked to enforce. */
  public static final RuleDefinition INVALID_REJECTED =
      def(
          "MG-CONV-003",
          Map.of(
              "en",
              "Expected a record valid under profile {0}; found {1} error(s), so the record was not written.",
              "fr",
              "Enregistrement valide selon le profil {0} attendu ; {1} erreur(s) trouvée(s), "
                  + "l''enregistrement n''a pas été écrit.",
              "es",
              "Se esperaba un registro válido según el perfil {0}; se encontraron {1} error(es) y el registro no "
                  + "se escribió."),
          "Integrators may refuse to pass on records that break the shared rules.");

  /** The sharing policy asks to remove a value the record cannot be without. */
  public static final RuleDefinition POLICY_FAILED =
      def(
          "MG-CONV-004",
          Map.of(
              "en",
              "Expected a record the sharing policy {0} can be applied to; the policy removes a value the record "
                  + "cannot be without, so the record was not written.",
              "fr",
              "Enregistrement attendu auquel la politique de partage {0} puisse s''appliquer ; la politique retire "
                  + "une valeur indispensable à l''enregistrement, qui n''a pas été écrit.",
              "es",
              "Se esperaba un registro al que pudiera aplicarse la política de intercambio {0}; la política elimina "
                  + "un valor imprescindible del registro, que no se escribió."),
          "A sharing policy fails closed: a record it cannot be applied to is not passed on with its personal data.");

  /**
   * The target writer withheld records whole after taking them (k-anonymity suppressed all their
   * rows).
   */
  public static final RuleDefinition WITHHELD =
      def(
          "MG-CONV-005",
          Map.of(
              "en",
              "Expected the target format {0} to write every record it took; it withheld {1} record(s) whole "
                  + "(see the transformations), so they are counted as rejected.",
              "fr",
              "Format cible {0} attendu écrivant chaque enregistrement reçu ; il en a retenu {1} en entier "
                  + "(voir les transformations), comptés comme rejetés.",
              "es",
              "Se esperaba que el formato de destino {0} escribiera cada registro recibido; retuvo {1} registro(s) "
                  + "enteros (ver las transformaciones), contados como rechazados."),
          "A conversion reports what is really in its output: records a writer suppressed whole are not written.");

  /**
   * Counted by SEX, people whose sex is not recorded but whose gender is: the source records
   * gender, not sex, and the table would put them all under {@code _U} without a word.
   */
  public static final RuleDefinition SEX_FROM_GENDER =
      new RuleDefinition(
          org.mignet.core.RuleId.of("MG-STAT-008"),
          Severity.WARNING,
          RuleKind.CROSS_RECORD,
          Set.of("structural"),
          FormatMessages.with(
              "MG-STAT-008",
              Map.of(
                  "en",
                      "Counted by SEX, {0} of {1} people have no sex recorded but a gender, so they are counted as _U "
                          + "(unknown); the source records gender, not sex: count by GENDER instead, or map the source''s field "
                          + "to sex if it records sex.",
                  "fr",
                      "Comptage par SEX : {0} des {1} personnes n''ont pas de sexe enregistré mais un genre, et sont comptées "
                          + "en _U (inconnu) ; la source enregistre le genre, non le sexe : comptez par GENDER, ou faites "
                          + "correspondre le champ de la source au sexe s''il enregistre le sexe.",
                  "es",
                      "Recuento por SEX: {0} de {1} personas no tienen sexo registrado pero sí un género, y se cuentan como "
                          + "_U (desconocido); la fuente registra el género, no el sexo: cuente por GENDER o asigne el campo de la "
                          + "fuente al sexo si registra el sexo.")),
          "Sex and gender are different fields (HTCDS prs_Sex and prs_Gender); a table must not present people whose "
              + "gender is known as of unknown sex without saying why.",
          "mignet DESIGN.md section 5; IOM HTCDS 2.0 prs_Sex, prs_Gender");

  private static RuleDefinition def(String id, Map<String, String> messages, String rationale) {
    return new RuleDefinition(
        org.mignet.core.RuleId.of(id),
        Severity.ERROR,
        RuleKind.READ,
        Set.of("structural"),
        FormatMessages.with(id, messages),
        rationale,
        "mignet DESIGN.md section 5");
  }

  /** Returns every conversion rule. */
  public static List<RuleDefinition> all() {
    return List.of(
        TYPE_NOT_CARRIED, WRITE_FAILED, INVALID_REJECTED, POLICY_FAILED, WITHHELD, SEX_FROM_GENDER);
  }
}
