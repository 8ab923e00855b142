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
package org.mignet.formats.htcds.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Term;
import org.mignet.formats.Coverage;
import org.mignet.formats.htcds.HtcdsField;
import org.mignet.formats.htcds.HtcdsFields;
import org.mignet.formats.internal.Words;

/** What the HTCDS formats carry of a trafficking case, by normalised path. */
public final class HtcdsCoverage implements Coverage {

  /**
   * Paths a reader gives back from the layout itself: the schema version (always the current one),
   * the case's identifier (the case id column), a referral's direction (incoming and outgoing have
   * their own fields) and whether it shares personal data. Not here, so reported lost when
   * populated: sensitivity, the victim's own metadata, a name's use, a perpetrator's kind and a
   * document's type, which a reader can only make up.
   */
  private static final Set<String> REGENERATED =
      Set.of(
          "/meta/schemaVersion",
          "/meta/identifier/system",
          "/meta/identifier/value",
          "/victims/*/person/meta/schemaVersion",
          "/referrals/*/direction",
          "/referrals/*/sharesPersonalData");

  /** Lists of which one row has room for the first items only. */
  private static final java.util.Map<String, Integer> SLOTS =
      java.util.Map.of(
          "/victims",
          1,
          "/consents",
          1,
          "/victims/*/person/names",
          1,
          "/victims/*/person/addresses",
          1,
          "/victims/*/person/documents",
          1,
          "/victims/*/person/languages",
          2);

  private final Set<String> carried = new HashSet<>();
  private final String name;

  private HtcdsCoverage(String name, Set<String> fields, boolean timestamps) {
    this.name = name;
    for (String f : fields) {
      HtcdsField field = HtcdsFields.instance().field(f);
      field
          .pointer()
          .ifPresent(
              p -> {
                carried.add(p);
                if (field.type().equals("Date")) {
                  // a partial date is flattened into its parts when a conversion looks for what is
                  // populated
                  for (String part : new String[] {"/year", "/month", "/day"}) {
                    carried.add(p + part);
                  }
                }
              });
      carried.add("/meta/extensions/htcds:" + f);
    }
    if (fields.contains("org_ShippingCity")) {
      for (String place : new String[] {"recruitmentPlace", "exploitationPlace"}) {
        for (String part :
            new String[] {
              "city",
              "country",
              "adminArea1",
              "street",
              "postalCode",
              "coordinates/latitude",
              "coordinates/longitude"
            }) {
          carried.add("/victims/*/" + place + "/" + part);
        }
      }
      carried.add("/meta/extensions/htcds:organisation");
    }
    if (fields.contains("cas_ReferredOrganisation")) {
      carried.add("/referrals/*/organisation/name");
    }
    if (timestamps) {
      carried.add("/meta/created");
      carried.add("/meta/updated");
    }
  }

  /** Returns the coverage of the table format (every v2.0 field). */
  public static HtcdsCoverage table() {
    Set<String> all = new HashSet<>();
    HtcdsFields.instance().all().forEach(f -> all.add(f.name()));
    return new HtcdsCoverage("htcds", all, false);
  }

  /** Returns the coverage of the XForm format (the fields of the HTCDS CORE 2.0 survey). */
  public static HtcdsCoverage xform() {
    return new HtcdsCoverage("htcds-xform", new HashSet<>(XForm.ELEMENTS.values()), true);
  }

  /** Returns whether the path is carried. */
  public boolean carries(String path) {
    return carried.contains(path) || REGENERATED.contains(path);
  }

  @Override
  public java.util.OptionalInt maxItems(RecordType type, String listPath) {
    // one row per case carries one victim (prs_, vic_ fields), one con_Consent, one name, address
    // and document,
    // two languages (primary and secondary)
    Integer n = SLOTS.get(listPath);
    return n == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(n);
  }

  @Override
  public Optional<Term> lossReason(RecordType type, String path) {
    if (type != RecordType.TRAFFICKING_CASE) {
      return Optional.of(Words.LOSS_CASES_ONLY.with(name));
    }
    if (carries(path)) {
      return Optional.empty();
    }
    if (path.startsWith("/meta/extensions/")) {
      return Optional.of(Words.LOSS_HTCDS_NO_AGENCY_COLUMN.with(name));
    }
    return Optional.of(
        name.equals("htcds-xform") ? Words.LOSS_HTCDS_NO_SURVEY_FIELD : Words.LOSS_HTCDS_NO_FIELD);
  }
}
