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
package org.mignet.formats.internal;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.Reason;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.RuleKind;
import org.mignet.core.validation.Severity;

/**
 * A table of read-level rule definitions, one per format family (canonical JSON, tabular, HTCDS,
 * CTDC, SDMX, Missing Migrants Project): English, French and Spanish messages are given here,
 * Arabic, Chinese and Russian come from {@link FormatMessages}. Ids are permanent. Filled while the
 * owning class initialises, then read-only and thread-safe.
 */
public final class RuleTable {

  private static final Set<String> PROFILES = Set.of("structural", "exchange");

  private final String source;
  private final Set<String> profiles;
  private final Map<String, RuleDefinition> rules = new LinkedHashMap<>();

  /**
   * @param source the standard or documentation the rules come from; the rules join the standard
   *     profiles
   */
  public RuleTable(String source) {
    this(source, PROFILES);
  }

  /**
   * @param source the standard or documentation the rules come from
   * @param profiles the profiles the rules belong to
   */
  public RuleTable(String source, Set<String> profiles) {
    this.source = source;
    this.profiles = Set.copyOf(profiles);
  }

  /** Adds a rule; only while the owning class initialises. */
  public RuleTable def(
      String id, Severity severity, String en, String fr, String es, String rationale) {
    return def(id, RuleKind.READ.defaultReason(), severity, en, fr, es, rationale);
  }

  /**
   * Adds a rule that refuses input over a configured limit (size, depth, count): its issues, and a
   * {@link org.mignet.core.ParseException} of it, carry {@link Reason#LIMIT} wherever it is raised.
   * Only while the owning class initialises.
   */
  public RuleTable limit(
      String id, Severity severity, String en, String fr, String es, String rationale) {
    return def(id, Reason.LIMIT, severity, en, fr, es, rationale);
  }

  private RuleTable def(
      String id,
      Reason reason,
      Severity severity,
      String en,
      String fr,
      String es,
      String rationale) {
    if (rules.containsKey(id)) {
      throw new IllegalStateException("duplicate rule id " + id);
    }
    rules.put(
        id,
        new RuleDefinition(
            org.mignet.core.RuleId.of(id),
            severity,
            RuleKind.READ,
            profiles,
            FormatMessages.with(id, Map.of("en", en, "fr", fr, "es", es)),
            rationale,
            source,
            reason));
    return this;
  }

  /** Returns the definitions, in the order they were added. */
  public List<RuleDefinition> all() {
    return List.copyOf(rules.values());
  }

  /** Returns the definition with that id. */
  public RuleDefinition get(String id) {
    RuleDefinition r = rules.get(id);
    if (r == null) {
      throw new IllegalArgumentException("no read rule " + id);
    }
    return r;
  }

  /** Returns the English message of a rule with its arguments (never personal data). */
  public String message(String id, Object... args) {
    return new MessageFormat(get(id).messagePattern(Locale.ENGLISH), Locale.ROOT).format(args);
  }

  /**
   * Returns an issue with the English message and the rule's severity.
   *
   * @param id a rule id of this table
   * @param location where; its pointer, if any, becomes the issue's pointer
   * @param args the message arguments (never personal data)
   */
  public Issue issue(String id, SourceLocation location, Object... args) {
    return issue(id, get(id).severity(), location, args);
  }

  /**
   * As {@link #issue(String, SourceLocation, Object...)} with the offending value as the reader
   * found it, shown unless the location's pointer addresses personal data in the record type read
   * (then the issue says it was withheld).
   *
   * @param id the rule id
   * @param location where, with the pointer of the value in the record being read
   * @param recordType the type of record being read, whose personal-data marks decide
   * @param value the value as read; may be null
   * @param args the message arguments (never personal data)
   * @return the issue
   */
  public Issue issueWithValue(
      String id, SourceLocation location, Class<?> recordType, String value, Object... args) {
    String pointer = location.pointer().orElse("");
    boolean personal =
        org.mignet.core.internal.RecordModel.of(recordType).categoryAt(pointer).isPresent();
    boolean present = value != null && !value.isEmpty();
    return new Issue(
        get(id),
        get(id).severity(),
        pointer,
        location,
        null,
        Issue.arguments(args),
        present && !personal ? Optional.of(value) : Optional.empty(),
        present && personal);
  }

  /**
   * As {@link #issue(String, SourceLocation, Object...)} with the offending value, for readers that
   * know by themselves whether it is personal (a statistics table never is; a column of case
   * records may be): shown when not personal, else withheld and the issue marked masked.
   *
   * @param id the rule id
   * @param location where
   * @param value the value as read; may be null or empty (then none is carried)
   * @param personal whether the value is personal data
   * @param args the message arguments (never personal data)
   * @return the issue
   */
  public Issue issueWithValue(
      String id, SourceLocation location, String value, boolean personal, Object... args) {
    return issueWithValue(id, get(id).severity(), location, value, personal, args);
  }

  /**
   * As {@link #issueWithValue(String, SourceLocation, String, boolean, Object...)} with another
   * severity.
   */
  public Issue issueWithValue(
      String id,
      Severity severity,
      SourceLocation location,
      String value,
      boolean personal,
      Object... args) {
    boolean present = value != null && !value.isEmpty();
    return new Issue(
        get(id),
        severity,
        location.pointer().orElse(""),
        location,
        null,
        Issue.arguments(args),
        present && !personal ? Optional.of(cutValue(value)) : Optional.empty(),
        present && personal);
  }

  /** A value cut to at most 200 characters, as issues carry it. */
  private static String cutValue(String value) {
    return value.length() <= 200 ? value : value.substring(0, 199) + "…";
  }

  /** As {@link #issue(String, SourceLocation, Object...)} with another severity. */
  public Issue issue(String id, Severity severity, SourceLocation location, Object... args) {
    return new Issue(
        get(id),
        severity,
        location.pointer().orElse(""),
        location,
        null,
        Issue.arguments(args),
        Optional.empty(),
        false);
  }
}
