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

import static org.mignet.core.validation.StandardRules.exchange;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.mignet.core.code.Countries;
import org.mignet.core.internal.Pointers;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.IndicatorValue;
import org.mignet.core.model.Observation;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.validation.internal.Facts;

/**
 * Rules of the {@code exchange} profile: what a record needs before it is sent to another agency.
 * Free-text fields that look like codes but are not (an incident's route or region) are
 * deliberately not checked.
 */
final class ExchangeRules {

  private ExchangeRules() {}

  private static final Pattern NAMESPACED =
      Pattern.compile("[a-z][a-z0-9-]*:[A-Za-z][A-Za-z0-9_.-]*");
  private static final Pattern M49_AREA = Pattern.compile("\\d{3}");

  /** SDMX cross-domain code list CL_OBS_STATUS (v2.2). */
  private static final Set<String> OBS_STATUS =
      Set.of(
          "A", "B", "D", "E", "F", "G", "I", "K", "L", "M", "N", "O", "P", "Q", "S", "U", "V", "W");

  /** SDMX cross-domain code list CL_CONF_STATUS (v1.3). */
  private static final Set<String> CONF_STATUS = Set.of("A", "C", "D", "F", "M", "N", "S");

  /** Dimensions whose codes are countries. */
  private static final Set<String> COUNTRY_DIMENSIONS =
      Set.of(Observation.REF_AREA, Observation.CITIZENSHIP, Observation.COUNTRY_BIRTH);

  static List<Rule<?>> rules() {
    return List.of(
        Rule.of(
            exchange(
                "MG-META-010",
                Severity.ERROR,
                "The receiving agency must know who issued a record, to ask questions, correct it and honour the "
                    + "issuer's conditions of use.",
                "IOM Data Protection Principles (2009), principle 9 (transfer); SDMX 2.1 DataProvider"),
            RecordMeta.class,
            (m, ctx) -> {
              if (isRootMeta(ctx) && m.sourceOrganization().isEmpty()) {
                ctx.report("/sourceOrganization");
              }
            }),
        Rule.of(
            exchange(
                "MG-META-011",
                Severity.ERROR,
                "An exchanged record says when it was created, so that the receiver can tell which of two copies is "
                    + "newer and apply retention periods.",
                "IOM Data Protection Principles (2009), principle 8 (retention); ISO 8601-1:2019"),
            RecordMeta.class,
            (m, ctx) -> {
              if (isRootMeta(ctx) && m.created().isEmpty()) {
                ctx.report("/created");
              }
            }),
        Rule.of(
            exchange(
                "MG-META-012",
                Severity.ERROR,
                "Personal data is transferred only on a stated legal basis (consent, vital interest, a data-sharing "
                    + "agreement…), which the receiver must know to process it lawfully.",
                "IOM Data Protection Principles (2009), principles 1 (lawful and fair collection) and 9 (transfer); "
                    + "IASC Operational Guidance on Data Responsibility (2023)"),
            RecordMeta.class,
            (m, ctx) -> {
              if (isRootMeta(ctx)
                  && m.legalBasis().isEmpty()
                  && Facts.holdsPersonalData(ctx.root())) {
                ctx.report("/legalBasis");
              }
            }),
        Rule.of(
            exchange(
                "MG-META-013",
                Severity.ERROR,
                "Agencies exchange records in the current schema version, so that the receiver reads every field as the "
                    + "sender meant it; older records are converted before they are sent.",
                "mignet design §3 (schema versioning)"),
            RecordMeta.class,
            (m, ctx) -> {
              if (isRootMeta(ctx) && !m.schemaVersion().equals(RecordMeta.CURRENT_SCHEMA_VERSION)) {
                ctx.reportValue(
                    "/schemaVersion", m.schemaVersion(), RecordMeta.CURRENT_SCHEMA_VERSION);
              }
            }),
        Rule.of(
            exchange(
                "MG-META-014",
                Severity.WARNING,
                "An agency's own fields are namespaced (prefix:name, e.g. iom:caseWorkerUnit) so that two agencies' "
                    + "fields never collide and a receiver knows whose they are.",
                "mignet design §3 (extensions); W3C XML Namespaces and JSON-LD compact IRIs (prefix:name)"),
            RecordMeta.class,
            (m, ctx) -> {
              for (String key : m.extensions().keySet()) {
                if (!NAMESPACED.matcher(key).matches()) {
                  ctx.report("/extensions/" + Pointers.escape(key));
                }
              }
            }),
        Rule.of(
            exchange(
                "MG-CODE-010",
                Severity.ERROR,
                "An indicator's reference area is an ISO 3166-1 alpha-3 country code or a three-digit UN M49 area code, "
                    + "so that values from different agencies can be joined.",
                "UN M49 Standard country or area codes for statistical use; ISO 3166-1; SDMX REF_AREA"),
            IndicatorValue.class,
            (v, ctx) -> {
              String area = v.refArea();
              if (!Countries.instance().contains(area)
                  && !M49_AREA.matcher(area).matches()
                  && !Countries.instance().isKnownNonIso(area)) {
                ctx.reportValue("/refArea", area);
              }
            }),
        Rule.of(
            exchange(
                "MG-CODE-011",
                Severity.WARNING,
                "Observation status and confidentiality status take codes from the SDMX cross-domain code lists, so "
                    + "that every receiver understands an estimate, a break or a confidential cell.",
                "SDMX Content-Oriented Guidelines (2009/2018), CL_OBS_STATUS and CL_CONF_STATUS"),
            Observation.class,
            (o, ctx) -> {
              if (o.status().isPresent() && !OBS_STATUS.contains(o.status().get())) {
                ctx.reportValue("/status", o.status().get(), "CL_OBS_STATUS");
              }
              if (o.confidentiality().isPresent()
                  && !CONF_STATUS.contains(o.confidentiality().get())) {
                ctx.reportValue("/confidentiality", o.confidentiality().get(), "CL_CONF_STATUS");
              }
            }),
        Rule.of(
            exchange(
                "MG-CODE-012",
                Severity.ERROR,
                "Codes of the country dimensions of a dataset (REF_AREA, CITIZENSHIP, COUNTRY_BIRTH) resolve to an "
                    + "ISO 3166-1 country, a known aggregate or a special SDMX code (_T, _U, _Z…).",
                "ISO 3166-1; UN M49; SDMX Content-Oriented Guidelines, cross-domain codes"),
            Dataset.class,
            (d, ctx) -> {
              Countries countries = Countries.instance();
              for (int i = 0; i < d.observations().size(); i++) {
                for (var e : d.observations().get(i).dimensions().entrySet()) {
                  String code = e.getValue();
                  if (!COUNTRY_DIMENSIONS.contains(e.getKey())
                      || code.startsWith("_")
                      || code.equals("TOTAL")) {
                    continue;
                  }
                  if (!countries.resolve(code).isResolved()
                      && countries.aggregateCode(code).isEmpty()
                      && !countries.isKnownNonIso(code)) {
                    ctx.report(
                        "/observations/" + i + "/dimensions/" + Pointers.escape(e.getKey()),
                        e.getKey());
                  }
                }
              }
            }));
  }

  /** The metadata of the record being validated, not of a person nested in it. */
  private static boolean isRootMeta(RuleContext ctx) {
    return Engine.pointerIs(ctx, "/meta");
  }
}
