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

import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mignet.core.Reason;
import org.mignet.core.RuleId;
import org.mignet.core.internal.LazyMessages;

/**
 * What a rule is: its permanent id, severity, kind, the profiles it belongs to, its message in each
 * language and its rationale with the source it comes from. Rule ids are public API: never changed,
 * never reused.
 *
 * @param id the permanent id, e.g. {@code MG-PERSON-003}
 * @param severity how serious a breach is
 * @param kind read, structural or semantic
 * @param profiles the profiles the rule is active in, e.g. {@code structural}, {@code exchange}
 * @param messages message patterns ({@link java.text.MessageFormat}) by ISO 639-1 language code;
 *     must include {@code en}; an immutable map (the standard rules' read each language on first
 *     use)
 * @param rationale why the rule exists, in English
 * @param source where the rule comes from, e.g. {@code Palermo Protocol, Art. 3(c)}
 * @param reason why an issue of the rule is raised, as a value ({@link Issue#reason()}, {@link
 *     org.mignet.core.ParseException#reason()}): usually its kind's ({@link
 *     RuleKind#defaultReason()}); a read rule that is a limit gives {@link Reason#LIMIT}
 */
public record RuleDefinition(
    RuleId id,
    Severity severity,
    RuleKind kind,
    Set<String> profiles,
    Map<String, String> messages,
    String rationale,
    String source,
    Reason reason) {

  /** Checks that an English message exists; copies collections. */
  public RuleDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(kind, "kind");
    profiles = Set.copyOf(profiles);
    if (profiles.isEmpty()) {
      throw new IllegalArgumentException("rule " + id + " must belong to at least one profile");
    }
    // messages read lazily per language are kept as they are (immutable already): a copy would
    // read every language's bundle at start-up
    messages = messages instanceof LazyMessages ? messages : Map.copyOf(messages);
    if (!messages.containsKey("en")) {
      throw new IllegalArgumentException("rule " + id + " needs an English message");
    }
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * A rule whose issues carry the usual reason of its kind ({@link RuleKind#defaultReason()}).
   *
   * @param id the permanent id
   * @param severity how serious a breach is
   * @param kind read, structural or semantic
   * @param profiles the names of the profiles the rule is active in
   * @param messages message patterns by ISO 639-1 language code; must include {@code en}
   * @param rationale why the rule exists, in English
   * @param source where the rule comes from
   */
  public RuleDefinition(
      RuleId id,
      Severity severity,
      RuleKind kind,
      Set<String> profiles,
      Map<String, String> messages,
      String rationale,
      String source) {
    this(
        id,
        severity,
        kind,
        profiles,
        messages,
        rationale,
        source,
        Objects.requireNonNull(kind, "kind").defaultReason());
  }

  /**
   * Returns a copy whose issues carry another reason, e.g. {@link Reason#LIMIT} for a read rule
   * that refuses input over a configured limit.
   *
   * @param value the reason; not null
   */
  public RuleDefinition withReason(Reason value) {
    return new RuleDefinition(id, severity, kind, profiles, messages, rationale, source, value);
  }

  /**
   * Returns the message pattern in the locale's language, or English if there is none.
   *
   * @param locale the reader's locale; not null
   */
  public String messagePattern(Locale locale) {
    String pattern = messages.get(locale.getLanguage());
    // the constructor requires an English message
    return pattern != null ? pattern : Objects.requireNonNull(messages.get("en"));
  }

  /**
   * The message as a catalogue shows it: the pattern in the locale's language (English if there is
   * none) with each argument shown as a numbered slot, {@code ‹1›} for the first ({@code {0}}),
   * {@code ‹2›} for the second, and quoting undone ({@code ''} shown as {@code '}). Never contains
   * a raw {@code {0}} placeholder.
   *
   * @param locale the reader's locale; not null
   * @return the readable pattern
   */
  public String template(Locale locale) {
    MessageFormat format = new MessageFormat(messagePattern(locale), locale);
    int count = format.getFormatsByArgumentIndex().length;
    // A slot is text, not a number or date, so any sub-format (number, choice) is dropped for the
    // rendering.
    format.setFormatsByArgumentIndex(new Format[count]);
    Object[] slots = new Object[count];
    for (int i = 0; i < count; i++) {
      slots[i] = "\u2039" + (i + 1) + "\u203a";
    }
    return format.format(slots);
  }

  // equals and hashCode by hand, component by component as a record's own: the generated ones are
  // bootstrapped through ObjectMethods on first use, about 5 ms of start-up per record class (20
  // for the first). RecordEqualityTest checks that every component counts.

  @Override
  public boolean equals(@Nullable Object o) {
    return o == this
        || (o instanceof RuleDefinition d
            && id.equals(d.id)
            && severity == d.severity
            && kind == d.kind
            && profiles.equals(d.profiles)
            && messages.equals(d.messages)
            && rationale.equals(d.rationale)
            && source.equals(d.source)
            && reason == d.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, severity, kind, profiles, messages, rationale, source, reason);
  }
}
