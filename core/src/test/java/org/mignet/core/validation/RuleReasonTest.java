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

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mignet.core.Reason;
import org.mignet.core.RuleId;
import org.mignet.core.SourceLocation;

/** An issue's reason comes from its rule's definition, not from the place that raises it. */
class RuleReasonTest {

  private static RuleDefinition rule(RuleKind kind) {
    return new RuleDefinition(
        RuleId.of("ACME-READ-001"),
        Severity.FATAL,
        kind,
        Set.of(Profile.STRUCTURAL.name()),
        Map.of("en", "Over the limit {0}."),
        "For the test.",
        "mignet tests");
  }

  @Test
  void aRuleDefinedWithoutAReasonGivesTheUsualReasonOfItsKind() {
    assertThat(rule(RuleKind.READ).reason()).isEqualTo(Reason.SYNTAX);
    assertThat(rule(RuleKind.SEMANTIC).reason()).isEqualTo(Reason.RULE);
    assertThat(Issue.of(rule(RuleKind.READ), "", null, 3).reason()).isEqualTo(Reason.SYNTAX);
  }

  @Test
  void everyIssueOfALimitRuleCarriesTheLimitReason() {
    RuleDefinition limit = rule(RuleKind.READ).withReason(Reason.LIMIT);
    assertThat(limit.reason()).isEqualTo(Reason.LIMIT);
    assertThat(limit.id()).isEqualTo(RuleId.of("ACME-READ-001"));
    assertThat(Issue.of(limit, "/a", null, 3).reason()).isEqualTo(Reason.LIMIT);
    Issue unstated =
        new Issue(
            limit,
            Severity.ERROR,
            "",
            SourceLocation.unknown(),
            null,
            java.util.List.of(),
            Optional.empty(),
            false);
    assertThat(unstated.reason()).isEqualTo(Reason.LIMIT);
  }
}
