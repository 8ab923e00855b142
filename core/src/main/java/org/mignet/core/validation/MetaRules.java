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

import static org.mignet.core.validation.StandardRules.semantic;

import java.util.List;
import org.mignet.core.model.CaseComment;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.Sensitivity;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.validation.internal.Facts;

/** Rules on record metadata: timestamps in order and a sensitivity fit for the content. */
final class MetaRules {

  private MetaRules() {}

  static List<Rule<?>> rules() {
    return List.of(
        Rule.of(
            semantic(
                "MG-META-001",
                Severity.ERROR,
                "A record cannot be changed before it was created; an update before the creation means swapped "
                    + "or wrongly converted timestamps (time zones are a common cause).",
                "ISO 8601-1:2019; mignet design §3 (RecordMeta)"),
            RecordMeta.class,
            (m, ctx) -> {
              if (m.created().isPresent()
                  && m.updated().isPresent()
                  && m.updated().get().isBefore(m.created().get())) {
                ctx.reportValue("/updated", m.updated().get());
              }
            }),
        Rule.of(
            semantic(
                "MG-META-004",
                Severity.ERROR,
                "A case comment is written on an existing case record, so it cannot be dated before the record was "
                    + "created.",
                "HTCDS v2.0 field cco_CaseComment"),
            TraffickingCase.class,
            (c, ctx) -> {
              if (c.meta().created().isEmpty()) {
                return;
              }
              for (int i = 0; i < c.comments().size(); i++) {
                CaseComment k = c.comments().get(i);
                if (k.at().isPresent() && k.at().get().isBefore(c.meta().created().get())) {
                  ctx.reportValue("/comments/" + i + "/at", k.at().get());
                }
              }
            }),
        Rule.of(
            semantic(
                "MG-META-005",
                Severity.WARNING,
                "Data about victims of trafficking can put them and their families in danger; such a case is shared "
                    + "only with named staff (strictly confidential).",
                "IOM Data Protection Principles (2009), principles 5 and 10; IASC Operational Guidance on Data "
                    + "Responsibility (2023)"),
            TraffickingCase.class,
            (c, ctx) -> {
              if (!c.victims().isEmpty()
                  && !c.meta().sensitivity().isAtLeast(Sensitivity.STRICTLY_CONFIDENTIAL)) {
                ctx.reportValue(
                    "/meta/sensitivity", c.meta().sensitivity(), Sensitivity.STRICTLY_CONFIDENTIAL);
              }
            }),
        Rule.of(
            semantic(
                "MG-META-006",
                Severity.WARNING,
                "A record that names a person is personal data: it is at least confidential, shared on a need-to-know "
                    + "basis.",
                "IOM Data Protection Principles (2009), principle 5 (confidentiality)"),
            MignetRecord.class,
            (r, ctx) -> {
              // only the record being validated: a nested person's own metadata is not what is
              // shared
              if (!Engine.pointerIs(ctx, "")) {
                return;
              }
              if (!r.meta().sensitivity().isAtLeast(Sensitivity.CONFIDENTIAL)
                  && Facts.hasNamedPerson(r)) {
                ctx.reportValue(
                    "/meta/sensitivity", r.meta().sensitivity(), Sensitivity.CONFIDENTIAL);
              }
            }));
  }
}
