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
package org.mignet.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A parse failure says why as a value, not only in its message. */
class ParseExceptionTest {

  private static final SourceLocation AT = SourceLocation.unknown().withLine(3, 1);

  @Test
  void carriesItsReasonAsAValue() {
    ParseException e =
        new ParseException(
            RuleId.of("MG-READ-011"), Reason.LIMIT, AT, "nesting deeper than 64", null);
    assertThat(e.reason()).isEqualTo(Reason.LIMIT);
    assertThat(e.ruleId().value()).isEqualTo("MG-READ-011");
    assertThat(e.location()).isEqualTo(AT);
  }

  @Test
  void aFailureWithoutAStatedReasonIsASyntaxError() {
    assertThat(new ParseException(RuleId.of("MG-READ-001"), AT, "not JSON").reason())
        .isEqualTo(Reason.SYNTAX);
    assertThat(
            new ParseException(
                    RuleId.of("MG-READ-001"), AT, "not JSON", new IllegalStateException())
                .reason())
        .isEqualTo(Reason.SYNTAX);
  }
}
