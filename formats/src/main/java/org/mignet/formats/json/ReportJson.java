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
package org.mignet.formats.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.RuleCatalogue;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.Severity;
import org.mignet.core.validation.ValidationReport;

/**
 * JSON forms of validation reports and the rule catalogue, as printed by {@code mignet validate
 * --json} and {@code mignet rules --json}. Stateless and thread-safe.
 */
public final class ReportJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ReportJson() {}

  /**
   * Writes <code>{"valid":…,"counts":{"FATAL":n,"ERROR":n,"WARNING":n,"INFO":n},"issues":[…]}
   * </code>, each issue as {@link #toJson(Issue, String, long, long, Locale)} writes it, its {@code
   * file} the source of its location.
   *
   * @param report the report; not null
   * @return compact JSON
   */
  public static String toJson(ValidationReport report) {
    return toJson(report, Locale.ENGLISH);
  }

  /**
   * As {@link #toJson(ValidationReport)} with each issue's {@code message} in the reader's
   * language. Keys, rule ids and severity names ({@code "ERROR"}) are the same in every language,
   * so scripts read any of them.
   *
   * @param report the report; not null
   * @param locale the language of the messages; not null (English where a rule has none in it)
   * @return compact JSON
   */
  public static String toJson(ValidationReport report, Locale locale) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(locale, "locale");
    return write(
        g -> {
          g.writeStartObject();
          g.writeBooleanField("valid", report.isValid());
          g.writeObjectFieldStart("counts");
          Map<Severity, Long> counts = report.counts();
          for (Severity s :
              new Severity[] {Severity.FATAL, Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            g.writeNumberField(s.name(), counts.getOrDefault(s, 0L));
          }
          g.writeEndObject();
          writeIssues(g, report.issues(), locale);
          g.writeEndObject();
        });
  }

  /**
   * The JSON form of a conversion report: {@code {"from", "to", "read", "written", "rejected",
   * "observations": {"read", "written", "rejected"}, "issues": [...], "lost": [{"pointer",
   * "reason", "count"}], "transformed": [{"pointer", "action", "count"}]}}.
   *
   * @param report the report; not null
   * @return the JSON text
   */
  public static String toJson(org.mignet.formats.ConversionReport report) {
    return toJson(report, Locale.ENGLISH);
  }

  /**
   * As {@link #toJson(org.mignet.formats.ConversionReport)} with each issue's {@code message} and
   * each loss's {@code reason} in the reader's language; keys, pointers, counts, rule ids, severity
   * names and each transformation's {@code action} (its {@link
   * org.mignet.formats.Transformation.Action#code() code}, for scripts) are the same in every
   * language.
   *
   * @param report the report; not null
   * @param locale the language of the messages; not null (English where a rule has none in it)
   * @return the JSON text
   */
  public static String toJson(org.mignet.formats.ConversionReport report, Locale locale) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(locale, "locale");
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("from", report.from());
          g.writeStringField("to", report.to());
          g.writeNumberField("read", report.read());
          g.writeNumberField("written", report.written());
          g.writeNumberField("rejected", report.rejected());
          g.writeObjectFieldStart("observations");
          g.writeNumberField("read", report.observations().read());
          g.writeNumberField("written", report.observations().written());
          g.writeNumberField("rejected", report.observations().rejected());
          g.writeEndObject();
          writeIssues(g, report.issues(), locale);
          g.writeArrayFieldStart("lost");
          for (org.mignet.formats.Loss l : report.lost()) {
            g.writeStartObject();
            g.writeStringField("pointer", l.pointer());
            g.writeStringField("reason", l.reason(locale));
            g.writeNumberField("count", l.count());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("transformed");
          for (org.mignet.formats.Transformation t : report.transformed()) {
            g.writeStartObject();
            g.writeStringField("pointer", t.pointer());
            g.writeStringField("action", t.action().code());
            g.writeNumberField("count", t.count());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private static void writeIssues(JsonGenerator g, java.util.List<Issue> issues, Locale locale)
      throws IOException {
    g.writeArrayFieldStart("issues");
    for (Issue i : issues) {
      writeIssue(
          g,
          i,
          i.location().source().orElse(null),
          i.location().record(),
          i.location().line(),
          locale);
    }
    g.writeEndArray();
  }

  /**
   * The schema of one issue in every JSON mignet writes, as a classpath resource (JSON Schema
   * 2020-12).
   */
  public static final String ISSUE_SCHEMA = "/org/mignet/formats/json/issue.schema.json";

  /**
   * One issue as every JSON report of mignet writes it ({@code validate --json}, the conversion
   * report, the validation report): <code>
   * {"rule","severity","file","record","line","pointer","value","masked","message"}</code>,
   * described by the JSON Schema {@link #ISSUE_SCHEMA}. {@code file}, {@code record} and {@code
   * line} are null when unknown; {@code value} is left out when the issue has none or when it is
   * personal data, and then {@code masked} is true.
   *
   * @param issue the issue; not null
   * @param file the file as the user named it, or null if unknown
   * @param record the 1-based record number, 0 if unknown
   * @param line the 1-based line, 0 if unknown
   * @param locale the language of the message; not null
   * @return compact JSON of one object
   */
  public static String toJson(
      Issue issue, @Nullable String file, long record, long line, Locale locale) {
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(locale, "locale");
    return write(g -> writeIssue(g, issue, file, record, line, locale));
  }

  private static void writeIssue(
      JsonGenerator g, Issue i, @Nullable String file, long record, long line, Locale locale)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", i.ruleId().value());
    g.writeStringField("severity", i.severity().name());
    if (file != null) {
      g.writeStringField("file", file);
    } else {
      g.writeNullField("file");
    }
    if (record > 0) {
      g.writeNumberField("record", record);
    } else {
      g.writeNullField("record");
    }
    if (line > 0) {
      g.writeNumberField("line", line);
    } else {
      g.writeNullField("line");
    }
    g.writeStringField("pointer", i.pointer());
    if (i.value().isPresent()) {
      g.writeStringField("value", i.value().get());
    }
    g.writeBooleanField("masked", i.masked());
    g.writeStringField("message", i.message(locale));
    g.writeEndObject();
  }

  /**
   * Writes <code>{"rules":[{"id","severity","kind","profiles":[…],"message","rationale","source"}],
   * "profiles":[{"name","description","includes":[…]}]}</code> with messages in the given language
   * (English where a rule has none in it), each argument shown as a numbered slot ({@code ‹1›}, see
   * {@link RuleDefinition#template(Locale)}), never as a raw {@code {0}} placeholder.
   *
   * @param catalogue the catalogue; not null
   * @param locale the message language; not null
   * @return compact JSON
   */
  public static String toJson(RuleCatalogue catalogue, Locale locale) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(locale, "locale");
    return write(
        g -> {
          g.writeStartObject();
          g.writeArrayFieldStart("rules");
          for (RuleDefinition r : catalogue.rules()) {
            g.writeStartObject();
            g.writeStringField("id", r.id().value());
            g.writeStringField("severity", r.severity().name());
            g.writeStringField("kind", r.kind().name());
            g.writeArrayFieldStart("profiles");
            for (String p : r.profiles().stream().sorted().toList()) {
              g.writeString(p);
            }
            g.writeEndArray();
            g.writeStringField("message", r.template(locale));
            g.writeStringField("rationale", r.rationale());
            g.writeStringField("source", r.source());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("profiles");
          for (Profile p : catalogue.profiles()) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            g.writeStringField("description", p.description());
            g.writeArrayFieldStart("includes");
            for (String s : p.includes().stream().sorted().toList()) {
              g.writeString(s);
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Body body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
