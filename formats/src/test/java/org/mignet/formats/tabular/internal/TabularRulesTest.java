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
package org.mignet.formats.tabular.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.formats.Format;
import org.mignet.formats.Formats;
import org.mignet.formats.internal.TabularRules;
import org.mignet.formats.internal.Tag;

class TabularRulesTest {

  @Test
  void ruleIdsAreUniqueAndEveryRuleSpeaksEnglishFrenchAndSpanish() {
    var ids = TabularRules.all().stream().map(rd -> rd.id().value()).toList();
    assertThat(ids)
        .doesNotHaveDuplicates()
        .hasSize(37)
        .allMatch(id -> id.matches("MG-(TAB|HXL)-\\d{3}"));
    for (RuleDefinition r : TabularRules.all()) {
      assertThat(r.messagePattern(Locale.FRENCH))
          .as(r.id().value())
          .isNotEqualTo(r.messagePattern(Locale.ENGLISH));
      assertThat(r.messagePattern(Locale.forLanguageTag("es")))
          .as(r.id().value())
          .isNotEqualTo(r.messagePattern(Locale.ENGLISH));
    }
  }

  @Test
  void theTabularFormatsAreRegisteredByTheirStableNames() {
    assertThat(Formats.all()).extracting(Format::name).contains("csv", "xlsx", "hxl");
    assertThat(Formats.named("xlsx").sniff(new byte[] {'P', 'K', 3, 4})).isTrue();
    assertThat(Formats.named("csv").sniff("/recordType,/meta/identifier/system\r\n".getBytes()))
        .isTrue();
    assertThat(Formats.named("hxl").sniff("a,b\n#country+code,#date\n".getBytes())).isTrue();
    assertThat(Formats.named("hxl").sniff("a,b\n1,2\n".getBytes())).isFalse();
  }

  @Test
  void hxlTagsForCanonicalColumnsAreValidTags() {
    assertThat(CanonicalTableWriter.hashtag("/observations/0/dimensions/REF_AREA"))
        .isEqualTo("#country+code");
    assertThat(Tag.tryParse(CanonicalTableWriter.hashtag("/meta/extensions/iom:count")))
        .isPresent();
    assertThat(Tag.tryParse(CanonicalTableWriter.hashtag("/victims/0/person/names/1/fullName")))
        .isPresent();
  }
}
