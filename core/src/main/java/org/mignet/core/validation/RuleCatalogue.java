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

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.mignet.core.RuleId;
import org.mignet.core.validation.internal.Messages;

/**
 * Every rule a {@link Validation} applies, generated from the code: id, severity, kind, profiles,
 * message, rationale and source. Immutable and thread-safe.
 *
 * @param rules the rule definitions, ordered by id
 * @param profiles the profiles known
 */
public record RuleCatalogue(List<RuleDefinition> rules, List<Profile> profiles) {

  /** Sorts and copies. */
  public RuleCatalogue {
    rules = rules.stream().sorted(Comparator.comparing(RuleDefinition::id)).toList();
    profiles = List.copyOf(profiles);
  }

  /** Returns the definition of a rule, if known. */
  public Optional<RuleDefinition> find(RuleId ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }

  /**
   * Returns one block per rule: id, severity, kind, profiles, message (arguments shown as slots,
   * see {@link RuleDefinition#template(Locale)}), rationale and source.
   *
   * @param locale the language of the messages and labels; not null (English where a rule has no
   *     message in it; rationales and sources are English)
   */
  public String toText(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    String why = Messages.word("catalogue.why", locale);
    String from = Messages.word("catalogue.source", locale);
    StringBuilder b = new StringBuilder();
    for (RuleDefinition r : rules) {
      b.append(r.id())
          .append("  ")
          .append(r.severity())
          .append("  ")
          .append(r.kind())
          .append("  [")
          .append(String.join(", ", r.profiles().stream().sorted().toList()))
          .append("]\n")
          .append("  ")
          .append(r.template(locale))
          .append('\n')
          .append("  ")
          .append(why)
          .append(": ")
          .append(r.rationale())
          .append('\n')
          .append("  ")
          .append(from)
          .append(": ")
          .append(r.source())
          .append("\n\n");
    }
    b.append(
            Messages.word(
                "catalogue.summary",
                locale,
                rules.size(),
                String.join(", ", profiles.stream().map(Profile::name).toList())))
        .append('\n');
    return b.toString();
  }
}
