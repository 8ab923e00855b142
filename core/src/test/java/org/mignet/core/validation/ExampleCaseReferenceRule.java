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
import java.util.Map;
import java.util.Set;
import org.mignet.core.RuleId;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.Person;
import org.mignet.core.model.RecordMeta;

/**
 * The agency rule of {@link CrossRecordRule}'s javadoc, as an agency would write it: a case
 * reference kept in the extensions is used by one record only. Listed through {@code ServiceLoader}
 * by {@link AgencyRuleServiceLoaderTest} in a class loader of its own, so that it does not join the
 * standard rules of the other tests.
 */
public final class ExampleCaseReferenceRule implements CrossRecordRule {

  static final RuleDefinition DEFINITION =
      new RuleDefinition(
          RuleId.of("ACME-XREC-001"),
          Severity.ERROR,
          RuleKind.CROSS_RECORD,
          Set.of("exchange"),
          Map.of(
              "en",
              "Expected each case reference once in a batch; found it again, first in {0}, record {1}."),
          "One reference, one case.",
          "ACME case management manual, 4.2");

  /** The no-argument constructor {@code ServiceLoader} calls. */
  public ExampleCaseReferenceRule() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public Scope open() {
    SeenKeys seen = new SeenKeys();
    return (record, context) -> {
      Object ref = record.meta().extensions().get("acme:caseRef");
      if (ref == null) {
        return;
      }
      seen.firstOrAdd(ref.toString(), context.location())
          .ifPresent(
              first ->
                  context.report(
                      "/meta/extensions/acme:caseRef",
                      first.source(),
                      Long.toString(first.record())));
    };
  }

  /**
   * Run in the test's own class loader: the standard validation (with this rule found by {@code
   * ServiceLoader}) over two persons sharing a case reference.
   *
   * @return each issue as {@code rule pointer message}, under the exchange and the structural
   *     profile
   */
  public static List<String> runStandard() {
    Validation v = Validation.standard();
    List<String> out = new ArrayList<>();
    for (Profile profile : List.of(Profile.EXCHANGE, Profile.STRUCTURAL)) {
      CrossRecordCheck check = v.crossRecord(profile);
      for (int i = 1; i <= 2; i++) {
        Person p =
            Person.builder(RecordMeta.of("acme", "p" + i).withExtension("acme:caseRef", "R-7"))
                .build();
        for (Issue issue : check.check(p, SourceLocation.of("cases.json").withRecord(i))) {
          out.add(
              profile.name()
                  + " "
                  + issue.ruleId().value()
                  + " "
                  + issue.pointer()
                  + " "
                  + issue.message());
        }
      }
    }
    out.add(
        "catalogue "
            + v.catalogue()
                .find(RuleId.of("ACME-XREC-001"))
                .map(RuleDefinition::kind)
                .orElse(null));
    return out;
  }
}
