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
package org.mignet.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Severity;
import org.mignet.core.validation.Validation;
import org.mignet.core.validation.ValidationReport;
import org.mignet.examples.Samples;
import org.mignet.formats.Conversion;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mignet validate [--profile P] [--lang L] [--json] FILE...}: reads every record of every
 * file (a canonical JSON document, bundle or NDJSON stream), validates each, prints one line per
 * issue and a summary, or one JSON object with {@code --json}. Streams: memory grows with the
 * number of issues kept for {@code --json}, not with the size of the files.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Validate records in any installed format against the shared rules.",
      "Without FILE, validates the bundled valid sample data."
    })
final class ValidateCommand implements Callable<Integer> {

  /** How many records between two progress lines. */
  static final int PROGRESS_EVERY = 10_000;

  @Spec CommandSpec spec;

  @Option(
      names = "--profile",
      paramLabel = "P",
      defaultValue = "structural",
      description =
          "Rule profile: structural, exchange, ... (default: ${DEFAULT-VALUE}; see 'mignet rules').")
  String profile;

  @Option(
      names = "--lang",
      paramLabel = "L",
      defaultValue = "en",
      converter = UnLanguage.class,
      description =
          "Language of the messages: ar, zh, en, fr, ru or es (default: ${DEFAULT-VALUE}).")
  Locale lang;

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      description = "Format of the files (json, ndjson, …); sniffed from each file when left out.")
  String from;

  @Option(
      names = "--mapping",
      paramLabel = "SPEC",
      description =
          "Mapping spec for tabular files: a spec file, or the name of a bundled spec (see mignet specs); as in convert, each file is then read as CSV or XLSX by its content, without --from.")
  Path mapping;

  @Mixin ReaderOptions input = new ReaderOptions();

  @Mixin ThreadsOption threads = new ThreadsOption();

  @Option(names = "--json", description = "Print one JSON object: counts and every issue.")
  boolean json;

  @Option(
      names = "--max-issues",
      paramLabel = "N",
      description =
          "Show at most N issues per rule and N in all (text and --json), then how many more; in --html, "
              + "the first N examples of each rule (default 20).")
  Integer maxIssues;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description =
          "Also write a self-contained HTML report (summary, rules, examples, filters) in the --lang language.")
  Path html;

  @Option(
      names = "--progress",
      description =
          "Report progress on standard error every 10 000 records even when it is not a terminal.")
  boolean progress;

  @Option(
      names = "--sample",
      paramLabel = "NAME",
      description =
          "Validate a bundled sample by file name (repeatable), e.g. invalid-incident-and-case.json.")
  List<String> samples = new ArrayList<>();

  @Option(names = "--verbose", description = "Show details of internal errors.")
  boolean verbose;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Files to validate; - for standard input " + "(with --from or --mapping).")
  List<Path> files = new ArrayList<>();

  private long seen;

  @Override
  public Integer call() throws IOException {
    Validation validation = Mignet.standardValidation();
    org.mignet.core.validation.Profile rules;
    try {
      rules = validation.profile(profile);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage(), e);
    }
    if (maxIssues != null && maxIssues < 0) {
      throw new CliException("--max-issues must be 0 or more");
    }
    for (Path file : files) {
      Outputs.refuseToOverwrite(html, file);
    }
    int workers = threads.threads();
    List<Source> sources = sources();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean showProgress = progress || isTerminal();
    int limit = maxIssues == null ? Integer.MAX_VALUE : maxIssues;
    IssueLog log =
        new IssueLog(html == null ? 0 : maxIssues == null ? IssueLog.DEFAULT_EXAMPLES : maxIssues);
    Tally tally =
        new Tally(
            log,
            json ? null : new TextIssues(out, lang, limit),
            lang,
            maxIssues == null ? MAX_KEPT : maxIssues);
    Outputs.mapping(mapping);
    input.checkReadable();
    FormatOptions options = input.addTo(FormatOptions.none()).with(FormatOptions.MAPPING, mapping);
    org.mignet.formats.MetaDefaults metaDefaults = input.metaDefaults();
    // each file's format is told once (sniffing reads the file), and every option checked before
    // any file is read
    List<Format> formats = new ArrayList<>(sources.size());
    for (Source source : sources) {
      Format format = formatOf(source);
      OptionUsage.forReader(options, format);
      formats.add(format);
    }
    // the files of one run are one batch for the cross-record rules (an identifier used in two
    // files is reported)
    org.mignet.core.validation.CrossRecordCheck batch = validation.crossRecord(rules);
    for (int s = 0; s < sources.size(); s++) {
      Source source = sources.get(s);
      Format format = formats.get(s);
      Conversion check =
          Conversion.from(format)
              .options(options)
              .validating(validation, rules)
              .locale(lang)
              .fillingMeta(metaDefaults)
              .crossRecord(batch)
              .maxIssues(0)
              .parallelism(workers);
      PrintWriter progressTo = showProgress ? err : null;
      log.file(source.name());
      try (InputStream in = source.open()) {
        tally.observations =
            tally.observations.plus(
                check
                    .check(
                        new BufferedInputStream(in),
                        source.name(),
                        outcome -> {
                          tally.record(
                              source.name(),
                              outcome.location().recordNumber().orElse(outcome.number()),
                              outcome.location(),
                              outcome.issues(),
                              !outcome.isReadable());
                          if (progressTo != null && ++seen % PROGRESS_EVERY == 0) {
                            progressTo.print("\rmignet: " + seen + " records validated");
                            progressTo.flush();
                          }
                        })
                    .observations());
      } catch (IOException | UncheckedIOException e) {
        throw new CliException("cannot read " + source.name() + ": " + reason(e), e);
      }
    }
    if (showProgress && seen >= PROGRESS_EVERY) {
      err.println();
      err.flush();
    }
    if (json) {
      tally.writeJson(out);
    } else {
      tally.text.finish(log);
      out.println(tally.summary());
    }
    out.flush();
    if (html != null) {
      new HtmlReport(HtmlReport.Kind.VALIDATE, lang, log).writeTo(html);
    }
    return log.invalid > 0 ? Mignet.INVALID : Mignet.VALID;
  }

  private List<Source> sources() {
    List<Source> list = new ArrayList<>();
    for (Path file : files) {
      if (file.toString().equals("-")) {
        if (from == null && mapping == null) {
          throw new CliException(
              "cannot tell the format of standard input (-); name it with --from (known: "
                  + String.join(", ", Formats.all().stream().map(Format::name).toList())
                  + ")");
        }
        list.add(new Source("-", () -> Outputs.standardInput(), null));
        continue;
      }
      if (!Files.isRegularFile(file)) {
        throw new CliException(
            "cannot read "
                + file
                + ": "
                + (Files.isDirectory(file) ? "is a directory" : "no such file"));
      }
      if (!Files.isReadable(file)) {
        throw new CliException("cannot read " + file + ": permission denied");
      }
      list.add(new Source(file.toString(), () -> Files.newInputStream(file), file));
    }
    List<String> known = Samples.names();
    for (String name : samples) {
      if (!known.contains(name)) {
        throw new CliException(
            "no bundled sample named '" + cut(name) + "'; known: " + String.join(", ", known));
      }
      list.add(sample(name));
    }
    if (list.isEmpty()) {
      for (String name : Samples.validNames()) {
        list.add(sample(name));
      }
    }
    return list;
  }

  private static Source sample(String name) {
    return new Source("samples/" + name, () -> Samples.open(name), null);
  }

  private Format formatOf(Source source) {
    try {
      if (from != null) {
        return Formats.named(from);
      }
      if (mapping != null) {
        // as convert does: a mapping spec reads through the tabular formats, xlsx for a ZIP
        // container, else csv
        return source.file() == null
            ? Formats.named("csv")
            : Formats.named(Outputs.tableFormatOf(source.file()));
      }
      if (source.file() == null) {
        return Formats.named("json");
      }
      return Formats.sniff(source.file())
          .orElseThrow(
              () ->
                  new CliException(
                      "cannot tell the format of "
                          + source.name()
                          + "; name it with --from (known: "
                          + String.join(", ", Formats.all().stream().map(Format::name).toList())
                          + ")"));
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    } catch (UncheckedIOException e) {
      throw new CliException("cannot read " + source.name() + ": " + reason(e), e);
    }
  }

  private static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    // From JDK 22 a console exists even when redirected; isTerminal() (JDK 22+) tells the two
    // apart.
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  private static String reason(Exception e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (t instanceof NoSuchFileException) {
      return "no such file";
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }

  private static String cut(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  /** Something to read records from: a file or a bundled sample. */
  private record Source(String name, Opener opener, Path file) {
    InputStream open() throws IOException {
      return opener.open();
    }
  }

  @FunctionalInterface
  private interface Opener {
    InputStream open() throws IOException;
  }

  /**
   * At most this many issues are kept for {@code --json}; the rest are counted by rule under {@code
   * omitted}.
   */
  static final int MAX_KEPT = 10_000;

  /**
   * Counts records and issues into the run's {@link IssueLog}; prints issue lines as they come, or
   * keeps up to the limit for the JSON object (per rule and in all, as {@code --max-issues} asks).
   */
  private static final class Tally {
    private final IssueLog log;
    final TextIssues text;
    private final List<IssueLog.Located> kept = new ArrayList<>();
    private final java.util.Map<String, Integer> keptByRule = new java.util.HashMap<>();

    /** Issues counted but not kept for the JSON object, by rule. */
    private final java.util.Map<String, long[]> omitted = new java.util.TreeMap<>();

    private final int keep;
    long errors;
    long warnings;
    org.mignet.formats.ConversionReport.Observations observations =
        org.mignet.formats.ConversionReport.Observations.NONE;

    private final Locale lang;

    Tally(IssueLog log, TextIssues text, Locale lang, int keep) {
      this.log = log;
      this.text = text;
      this.lang = lang;
      this.keep = keep;
    }

    void record(
        String file, long number, SourceLocation where, List<Issue> issues, boolean unreadable) {
      boolean blocking = unreadable;
      for (Issue issue : issues) {
        if (issue.severity().isBlocking()) {
          errors++;
          blocking = true;
        } else if (issue.severity() == Severity.WARNING) {
          warnings++;
        }
        long line = issue.location().line() > 0 ? issue.location().line() : where.line();
        IssueLog.Located located = log.issue(file, number, line, issue);
        if (text != null) {
          text.print(located);
        } else {
          int forRule = keptByRule.getOrDefault(issue.ruleId().value(), 0);
          if (kept.size() < keep && forRule < keep) {
            kept.add(located);
            keptByRule.put(issue.ruleId().value(), forRule + 1);
          } else {
            omitted.computeIfAbsent(issue.ruleId().value(), k -> new long[1])[0]++;
          }
        }
      }
      log.record(!blocking);
    }

    String summary() {
      // where the records are datasets: their observations, valid ("written") or not ("rejected")
      // with them
      return ValidationReport.batchSummary(
              lang, log.records, log.valid, log.invalid, errors, warnings)
          + observations.checkSummary(lang);
    }

    void writeJson(PrintWriter out) throws IOException {
      JsonFactory factory = new JsonFactory();
      factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      try (JsonGenerator g = factory.createGenerator(out)) {
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeNumberField("records", log.records);
        g.writeNumberField("valid", log.valid);
        g.writeNumberField("invalid", log.invalid);
        g.writeObjectFieldStart("observations");
        g.writeNumberField("read", observations.read());
        g.writeNumberField("valid", observations.written());
        g.writeNumberField("invalid", observations.rejected());
        g.writeEndObject();
        g.writeArrayFieldStart("issues");
        for (IssueLog.Located l : kept) {
          // the one issue shape of every JSON report (ReportJson.ISSUE_SCHEMA)
          g.writeRawValue(
              org.mignet.formats.json.ReportJson.toJson(
                  l.issue(), l.file(), l.record(), l.line(), lang));
        }
        g.writeEndArray();
        g.writeObjectFieldStart("rules");
        for (IssueLog.RuleCount r : log.rules().values()) {
          g.writeObjectFieldStart(r.rule.id().value());
          g.writeStringField("severity", r.severity.name());
          g.writeNumberField("count", r.count);
          g.writeEndObject();
        }
        g.writeEndObject();
        if (!omitted.isEmpty()) {
          // memory stays bounded over any number of records: beyond the first issues, counts by
          // rule
          g.writeObjectFieldStart("omitted");
          for (java.util.Map.Entry<String, long[]> e : omitted.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue()[0]);
          }
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      out.println();
    }
  }
}
