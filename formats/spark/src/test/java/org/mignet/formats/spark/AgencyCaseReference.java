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
package org.mignet.formats.spark;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mignet.core.RuleId;
import org.mignet.core.validation.CrossRecordRule;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Rule;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.RuleKind;
import org.mignet.core.validation.RuleProvider;
import org.mignet.core.validation.SeenKeys;
import org.mignet.core.validation.Severity;

/**
 * An agency's own cross-record rule, registered through {@code META-INF/services} as an agency
 * would: a case identifier must not be used again with other letter case ({@code CASE-7} and {@code
 * case-7}), which {@code MG-XREC-001} does not see. It is active only in the profile {@value
 * #PROFILE} that {@link Profiles} adds, so the other tests' profiles are untouched.
 */
public final class AgencyCaseReference implements CrossRecordRule {

  /** The profile the rule is active in: {@code exchange} and this rule. */
  static final String PROFILE = "test-agency";

  static final RuleDefinition DEFINITION =
      new RuleDefinition(
          RuleId.of("TEST-XREC-001"),
          Severity.ERROR,
          RuleKind.CROSS_RECORD,
          Set.of(PROFILE),
          Map.of(
              "en",
              "Expected each case identifier once whatever its letter case; found it again, first in"
                  + " {0}, record {1}."),
          "One case, one identifier, however a partner types it.",
          "test agency's case management manual");

  /** Creates the rule (a public no-argument constructor, for the service loader). */
  public AgencyCaseReference() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public Scope open() {
    SeenKeys seen = new SeenKeys();
    return (record, context) -> {
      String value = record.meta().identifier().value();
      seen.firstOrAdd(value.toLowerCase(Locale.ROOT), context.location())
          .ifPresent(
              first ->
                  context.report(
                      "/meta/identifier/value", first.source(), Long.toString(first.record())));
    };
  }

  /** Adds the profile {@value #PROFILE}, which includes {@code exchange}. */
  public static final class Profiles implements RuleProvider {

    /** Creates the provider (for the service loader). */
    public Profiles() {}

    @Override
    public List<Profile> profiles() {
      return List.of(Profile.of(PROFILE, "exchange, and the test agency's own rule", "exchange"));
    }

    @Override
    public List<Rule<?>> rules() {
      return List.of();
    }
  }
}
