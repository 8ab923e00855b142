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

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.Reason;
import org.mignet.core.RuleId;
import org.mignet.core.SourceLocation;
import org.mignet.core.internal.Values;
import org.mignet.core.validation.internal.Messages;

/**
 * One problem found in the data, kept as data until it is shown: which rule, how serious, why (a
 * typed {@link Reason}), where (an RFC 6901 JSON Pointer into the record's canonical form, plus the
 * source location where there is one), the message's arguments, and the offending value unless it
 * is personal data. The message is rendered only when asked for, in the language asked for ({@link
 * #message(Locale)}), from the rule's message patterns; nothing ever parses a rendered message
 * back.
 *
 * <p>Immutable and thread-safe. Arguments are never personal data; they are strings, numbers,
 * booleans, enum constants, dates ({@code java.time} values or partial dates) or {@link Term}s
 * (words that are themselves translated).
 *
 * @param rule the rule that was broken; its id is permanent
 * @param severity how serious it is (usually the rule's severity)
 * @param pointer JSON Pointer into the record's canonical JSON ({@code ""} for the whole record)
 * @param location source file, record number and line, where known
 * @param reason why, as a value; null for the rule's own ({@link RuleDefinition#reason()})
 * @param arguments the message's positional arguments
 * @param value the offending value, cut short; empty if there is none or if it is personal data
 * @param masked whether a value existed but was withheld because it is personal data
 */
public record Issue(
    RuleDefinition rule,
    Severity severity,
    String pointer,
    SourceLocation location,
    Reason reason,
    List<Object> arguments,
    Optional<String> value,
    boolean masked) {

  /** The most characters of an offending value an issue repeats. */
  public static final int MAX_VALUE_LENGTH = Values.MAX_ECHO;

  /** Checks required parts, copies the arguments and cuts the value short. */
  public Issue {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pointer, "pointer");
    location = location == null ? SourceLocation.unknown() : location;
    reason = reason == null ? rule.reason() : reason;
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
    for (Object a : arguments) {
      if (!isData(a)) {
        throw new IllegalArgumentException(
            "an issue argument is a string, number, boolean, enum, date or Term, "
                + "not "
                + a.getClass().getSimpleName());
      }
    }
    value = value == null ? Optional.empty() : value.map(Values::cut);
    if (masked && value.isPresent()) {
      throw new IllegalArgumentException("a masked issue carries no value");
    }
  }

  /**
   * An issue of a rule with its own severity, no value.
   *
   * @param rule the rule; not null
   * @param pointer the pointer; not null
   * @param location the source location; null for unknown
   * @param arguments the message arguments (never personal data)
   * @return the issue
   */
  public static Issue of(
      RuleDefinition rule, String pointer, @Nullable SourceLocation location, Object... arguments) {
    return new Issue(
        rule,
        rule.severity(),
        pointer,
        location == null ? SourceLocation.unknown() : location,
        rule.reason(),
        arguments(arguments),
        Optional.empty(),
        false);
  }

  private static boolean isData(Object a) {
    return a instanceof String
        || a instanceof Number
        || a instanceof Boolean
        || a instanceof Character
        || a instanceof Enum<?>
        || a instanceof Term
        || a instanceof java.time.temporal.TemporalAccessor
        || a instanceof org.mignet.core.model.PartialDate;
  }

  /**
   * Message arguments as an issue keeps them: strings, numbers, booleans, enums, dates and terms as
   * they are, any other value (a structure reference, a path) as its {@code toString()}, which for
   * model records never shows personal data.
   *
   * @param args the arguments; not null, no null elements
   * @return the list to hand to the issue
   */
  public static List<Object> arguments(Object... args) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (!isData(out[i])) {
        out[i] = String.valueOf(out[i]);
      }
    }
    return List.of(out);
  }

  /** Returns the rule's permanent id, e.g. {@code MG-INC-001}. */
  public RuleId ruleId() {
    return rule.id();
  }

  /**
   * Returns the message in that language (English where the rule has none in it), arguments filled
   * in.
   *
   * @param locale the language; not null ({@link Locale#getLanguage()} picks the rule's message)
   */
  public String message(Locale locale) {
    Object[] args = arguments.toArray();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof Term t) {
        args[i] = t.text(locale);
      } else if (args[i] instanceof String s) {
        args[i] = s;
      }
    }
    return new MessageFormat(rule.messagePattern(locale), locale).format(args);
  }

  /** Returns the message in English. */
  public String message() {
    return message(Locale.ENGLISH);
  }

  /** Returns a copy located in a source (file, record, line); the pointer stays. */
  public Issue at(SourceLocation where) {
    return new Issue(rule, severity, pointer, where, reason, arguments, value, masked);
  }

  /** Returns a copy whose pointer is prefixed, for a record nested in a bundle. */
  public Issue under(String prefix) {
    return new Issue(rule, severity, prefix + pointer, location, reason, arguments, value, masked);
  }

  /** Returns a copy with another severity. */
  public Issue withSeverity(Severity s) {
    return new Issue(rule, s, pointer, location, reason, arguments, value, masked);
  }

  /** Returns a copy with another reason. */
  public Issue withReason(Reason r) {
    return new Issue(rule, severity, pointer, location, r, arguments, value, masked);
  }

  /** Returns {@code ERROR MG-INC-001 /totalDeadAndMissing: message (value)}, in English. */
  @Override
  public String toString() {
    return toString(Locale.ENGLISH);
  }

  /**
   * Returns the one-line form of {@link #toString()} in that language: the severity's {@linkplain
   * Severity#label(Locale) label} in upper case, rule id, pointer, location, message and value.
   *
   * @param locale the language of the severity word and the message; not null
   */
  public String toString(Locale locale) {
    StringBuilder b = head(locale);
    if (!location.equals(SourceLocation.unknown())) {
      b.append(" @ ").append(where(locale));
    }
    return tail(b, locale);
  }

  /**
   * Returns {@code SEVERITY RULE /pointer: message (found: value)} in that language, without the
   * location (for a caller that shows the location its own way).
   *
   * @param locale the language
   */
  public String describe(Locale locale) {
    return tail(head(locale), locale);
  }

  private StringBuilder head(Locale locale) {
    return new StringBuilder()
        .append(severity.label(locale).toUpperCase(locale))
        .append(' ')
        .append(rule.id())
        .append(' ')
        .append(pointer.isEmpty() ? "/" : pointer);
  }

  private String tail(StringBuilder b, Locale locale) {
    b.append(": ").append(message(locale));
    value
        .filter(v -> !isShownByMessage(v))
        .ifPresent(v -> b.append(" (").append(Messages.word("issue.found", locale, v)).append(')'));
    if (masked) {
      b.append(" (").append(Messages.word("issue.withheld", locale)).append(')');
    }
    return b.toString();
  }

  /**
   * Returns whether the message already shows the value: one of its arguments is the value (a
   * number, or a text whole or cut short (a message cuts echoed input to fewer characters than the
   * value keeps)), so that the one-line form does not show it twice. Compares the arguments, never
   * the rendered text.
   */
  private boolean isShownByMessage(String shown) {
    return isShownBy(arguments, shown);
  }

  /** Whether one of the arguments, or of the arguments of a term among them, is the value. */
  private static boolean isShownBy(List<Object> arguments, String shown) {
    for (Object a : arguments) {
      if (a instanceof Term t && isShownBy(t.arguments(), shown)) {
        return true;
      }
      if (a instanceof Number n && n.toString().equals(shown)) {
        return true;
      }
      if (a instanceof String s && !s.isEmpty()) {
        if (s.equals(shown) || Values.cut(s).equals(shown)) {
          return true;
        }
        if (s.length() > 1
            && s.endsWith("\u2026")
            && shown.startsWith(s.substring(0, s.length() - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns {@code record 3, line 12} in that language.
   *
   * @param locale the language
   * @param record a 1-based record number
   * @param line a 1-based line, 0 if unknown
   */
  public static String recordAndLine(Locale locale, long record, long line) {
    String r = Messages.word("issue.record", locale, Long.toString(record));
    return line > 0 ? r + ", " + Messages.word("issue.line", locale, Long.toString(line)) : r;
  }

  /**
   * Returns the location as {@link SourceLocation#toString()} gives it, without pointer, its words
   * translated.
   */
  private String where(Locale locale) {
    SourceLocation l = location.withoutPointer();
    if (l.record() == 0) {
      return l.toString();
    }
    String rest =
        new SourceLocation(l.source(), 0, l.line(), l.column(), Optional.empty()).toString();
    String record = Messages.word("issue.record", locale, Long.toString(l.record()));
    return rest.equals(SourceLocation.unknown().toString()) ? record : rest + " " + record;
  }
}
