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

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.OutputFile;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.privacy.SharingPolicy;
import org.mignet.formats.stat.Aggregation;
import org.mignet.formats.stat.AggregationReport;
import org.mignet.formats.stat.CellRange;
import org.mignet.formats.stat.CellStatus;
import org.mignet.formats.stat.DisclosureControl;
import org.mignet.formats.stat.LeftOut;
import org.mignet.formats.stat.SuppressionMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mignet aggregate [--type T] --by DIM[,DIM...] [--threshold N] [--method M] [--to FORMAT]
 * [--report REPORT.json] IN [OUT]} (or {@code --output OUT IN...}): counts the people in case
 * records (victims, smuggled migrants, returnees) or the dead and missing of incidents by the
 * chosen dimensions, with every marginal and the grand total ({@code _T}), applies disclosure
 * control (primary and secondary suppression, audited) and writes the statistics (SDMX-CSV by
 * default). Every record read is counted or named as left out, with its rule.
 *
 * <p>The run has four steps, each its own method: {@link #aggregate} (read every input through the
 * pipeline into the {@link Aggregation}), {@link #writeStatistics}, {@link #writeReport} (the JSON
 * report) and {@link #printSummary} (the text report on standard error).
 */
@Command(
    name = "aggregate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Count case records or incidents as statistics, with disclosure control.",
      "Trafficking victims, smuggled migrants, returnees or the dead and missing of incidents, by the chosen",
      "dimensions, with marginal and grand totals (_T); small cells are suppressed (CONF_STATUS=A) and so are",
      "the cells that would reveal them (CONF_STATUS=D); the audit of every suppressed cell is reported."
    })
final class AggregateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      defaultValue = "incidents",
      description =
          "What to count: trafficking (victims), smuggling (migrants), returns (returnees) or incidents "
              + "(dead and missing; default).")
  String type;

  @Option(
      names = "--by",
      paramLabel = "DIM[,DIM...]",
      required = true,
      split = ",",
      description =
          "Dimensions. trafficking: CITIZENSHIP, SEX, AGE, TIME_PERIOD, EXPLOITATION_TYPE; smuggling: "
              + "CITIZENSHIP, SEX, AGE, TIME_PERIOD, ROUTE; returns: CITIZENSHIP, SEX, AGE, TIME_PERIOD, RETURN_TYPE, "
              + "HOST_COUNTRY, ORIGIN_COUNTRY; incidents: ROUTE, REGION_ORIGIN, TIME_PERIOD, SEX.")
  List<String> by;

  @Option(
      names = "--threshold",
      paramLabel = "N",
      description =
          "Suppress counts above 0 and below N. Default: the policy's minimumCellCount, else 5 for case "
              + "records (personal data) and 0 for incidents (MMP counts are public).")
  Integer threshold;

  @Option(
      names = "--method",
      paramLabel = "M",
      defaultValue = "hypercube",
      description =
          "Secondary suppression: hypercube (default), linear, optimal (small tables only) or none.")
  String method;

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      description = "Input format; sniffed when left out.")
  String from;

  @Option(
      names = "--to",
      paramLabel = "FORMAT",
      defaultValue = "sdmx-csv",
      description = "Output format (default ${DEFAULT-VALUE}).")
  String to;

  @Option(
      names = "--for-spreadsheet",
      description = "Neutralise cells starting with = + - @ (formula injection) in CSV output.")
  boolean forSpreadsheet;

  @Option(
      names = "--profile",
      paramLabel = "P",
      description = "Leave out records with errors under this rule profile (each reported).")
  String profile;

  @Option(
      names = "--policy",
      paramLabel = "POLICY.json",
      description =
          "Sharing policy applied to every record before it is counted; its minimumCellCount is the "
              + "default threshold.")
  Path policy;

  @Option(
      names = "--report",
      paramLabel = "REPORT.json",
      description =
          "Write the aggregation report (records left out, audit of every suppressed cell) as JSON.")
  Path report;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Output file; with it, every FILE is an input.")
  Path output;

  @Option(
      names = "--lang",
      paramLabel = "L",
      defaultValue = "en",
      converter = UnLanguage.class,
      description =
          "Language of the messages: ar, zh, en, fr, ru or es (default: ${DEFAULT-VALUE}).")
  Locale lang;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description =
          "Also write a self-contained HTML report: the published table (suppressed cells marked), a chart "
              + "of the first --by dimension, and the records left out, in the --lang language.")
  Path html;

  @Option(
      names = "--max-issues",
      paramLabel = "N",
      description =
          "Show at most N of the errors that left records out per rule and N in all on standard error, then "
              + "how many more; in --html, the first N examples of each rule (default 20).")
  Integer maxIssues;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "IN [OUT], or with --output one or more inputs; - for standard input (with --from).")
  List<Path> files;

  private List<Path> inputs;
  private Path out;

  /**
   * Counts and, for --html only, the first examples of each rule; made once the options are known.
   */
  private IssueLog log;

  /** The errors shown on standard error, at most --max-issues per rule and in all. */
  private TextIssues text;

  @Override
  public Integer call() {
    splitFiles();
    if (maxIssues != null && maxIssues < 0) {
      throw new CliException("--max-issues must be 0 or more");
    }
    log =
        new IssueLog(html == null ? 0 : maxIssues == null ? IssueLog.DEFAULT_EXAMPLES : maxIssues);
    text =
        new TextIssues(
            spec.commandLine().getErr(), lang, maxIssues == null ? Integer.MAX_VALUE : maxIssues);
    Outputs.refuseToOverwrite(out, inputs.toArray(Path[]::new));
    Outputs.refuseToOverwrite(report, inputs.toArray(Path[]::new));
    Outputs.refuseToOverwrite(html, inputs.toArray(Path[]::new));
    Outputs.refuseToOverwrite(html, out, report);
    for (Path in : inputs) {
      if (Outputs.isDash(in)) {
        if (from == null) {
          throw new CliException(
              "cannot tell the format of standard input (-); name it with --from");
        }
      } else if (!Files.isRegularFile(in)) {
        throw new CliException("cannot read " + in + ": no such file");
      }
    }
    RecordType recordType = Aggregation.TYPE_NAMES.get(type.toLowerCase(Locale.ROOT));
    if (recordType == null) {
      throw new CliException(
          "unknown --type '" + type + "'; known: trafficking, smuggling, returns, incidents");
    }
    SuppressionMethod suppression;
    try {
      suppression = SuppressionMethod.valueOf(method.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CliException(
          "unknown --method '" + method + "'; known: hypercube, linear, optimal, none");
    }
    SharingPolicy sharing = policy == null ? null : readPolicy();
    Aggregation aggregation;
    try {
      aggregation = Aggregation.of(recordType, by);
      int minimum =
          threshold != null
              ? threshold
              : sharing != null && sharing.minimumCellCount().isPresent()
                  ? sharing.minimumCellCount().getAsInt()
                  : aggregation.disclosureControl().threshold();
      aggregation = aggregation.with(DisclosureControl.threshold(minimum).method(suppression));
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
    Format target = Outputs.format(to);
    if (!target.isWritable() || !target.carries().contains(RecordType.DATASET)) {
      throw new CliException(
          target.name()
              + " cannot hold statistics; choose a --to format that writes datasets "
              + "(sdmx-csv, sdmx-json, sdmx-ml, json, ndjson)");
    }
    FormatOptions writerOptions =
        OptionUsage.forWriter(
            FormatOptions.none().with(FormatOptions.FOR_SPREADSHEET, forSpreadsheet ? true : null),
            target);
    List<AggregationReport.Input> summaries = aggregate(aggregation, sharing);
    text.finish(log);
    Aggregation.Result result;
    try {
      result = aggregation.result();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new CliException("cannot protect the table: " + e.getMessage(), e);
    }
    AggregationReport aggregationReport = new AggregationReport(summaries, result);
    writeStatistics(target, writerOptions, result.dataset());
    writeReport(aggregationReport);
    printSummary(aggregationReport);
    if (html != null) {
      // the main dimension is the first of --by, the dataset's first
      Dataset dataset = result.dataset();
      new HtmlReport(HtmlReport.Kind.AGGREGATE, lang, log)
          .withTable(dataset, dataset.dimensionIds().get(0))
          .writeTo(html);
    }
    boolean leftOut = !result.leftOut().isEmpty();
    return leftOut ? Mignet.INVALID : Mignet.VALID;
  }

  /** IN [OUT] without --output; every FILE an input with it. */
  private void splitFiles() {
    if (output != null) {
      inputs = List.copyOf(files);
      out = output.toString().equals("-") ? null : output;
    } else if (files.size() <= 2) {
      inputs = List.of(files.get(0));
      out = files.size() == 2 ? files.get(1) : null;
    } else {
      throw new CliException(
          "several inputs need --output OUT (or --output - for standard output); without it "
              + "the second FILE is the output");
    }
  }

  private SharingPolicy readPolicy() {
    try {
      return SharingPolicy.read(policy);
    } catch (org.mignet.core.MignetException e) {
      throw new CliException(e.getMessage(), e);
    }
  }

  /** Reads every input through the pipeline into the aggregation; names every record left out. */
  private List<AggregationReport.Input> aggregate(Aggregation aggregation, SharingPolicy sharing) {
    List<AggregationReport.Input> summaries = new ArrayList<>();
    for (Path in : inputs) {
      String name = in.getFileName().toString();
      log.file(in.toString());
      Format source =
          from != null
              ? Outputs.format(from)
              : Formats.sniff(in)
                  .orElseThrow(
                      () ->
                          new CliException(
                              "cannot tell the format of " + name + "; name it with --from"));
      Conversion pipeline = Conversion.from(source).locale(lang);
      if (profile != null) {
        Validation validation = Validation.standard();
        org.mignet.core.validation.Profile rules;
        try {
          rules = validation.profile(profile);
        } catch (IllegalArgumentException e) {
          throw new CliException(e.getMessage(), e);
        }
        pipeline = pipeline.rejectingInvalid(validation, rules);
      }
      if (sharing != null) {
        pipeline = pipeline.policy(sharing);
      }
      long[] counted = new long[1];
      MignetRecord[] passed = new MignetRecord[1];
      ConversionReport report;
      try (InputStream input =
          new BufferedInputStream(
              Outputs.isDash(in) ? Outputs.standardInput() : Files.newInputStream(in))) {
        // the sink keeps the record the pipeline passed; its outcome, which follows, gives its
        // number
        report =
            pipeline.drain(
                input,
                name,
                "aggregate",
                Set.of(aggregation.type()),
                new RecordWriter() {
                  @Override
                  public void write(MignetRecord record) {
                    passed[0] = record;
                  }

                  @Override
                  public void close() {}
                },
                outcome -> {
                  for (Issue i : outcome.issues()) {
                    IssueLog.Located located =
                        log.issue(
                            in.toString(),
                            outcome.location().recordNumber().orElse(outcome.number()),
                            i.location().line() > 0
                                ? i.location().line()
                                : outcome.location().line(),
                            i);
                    if (i.severity().isBlocking()) {
                      text.print(located);
                    }
                  }
                  log.record(outcome.passed());
                  if (outcome.passed() && passed[0] != null) {
                    if (aggregation.add(passed[0], name, outcome.number())) {
                      counted[0]++;
                    }
                  } else {
                    aggregation.leftOut(
                        name,
                        outcome.number(),
                        outcome.issues().stream()
                            .filter(i -> i.severity().isBlocking())
                            .map(i -> i.ruleId().value())
                            .distinct()
                            .toList());
                  }
                  passed[0] = null;
                });
      } catch (IOException | UncheckedIOException e) {
        throw new CliException("cannot read " + name + ": " + Outputs.reason(e), e);
      } catch (org.mignet.core.MignetException e) {
        throw new CliException(e.getMessage(), e);
      }
      summaries.add(
          new AggregationReport.Input(name, report.read(), counted[0], report.read() - counted[0]));
    }
    return summaries;
  }

  private void writeStatistics(Format target, FormatOptions writerOptions, Dataset dataset) {
    try {
      Outputs.write(
          out,
          output -> {
            try (RecordWriter writer = target.writer(output, writerOptions)) {
              writer.write(dataset);
            }
          });
    } catch (IOException | UncheckedIOException e) {
      throw Outputs.failure("cannot write the statistics", e, out);
    } catch (org.mignet.core.MignetException e) {
      throw new CliException(e.getMessage(), e);
    }
  }

  private void writeReport(AggregationReport aggregationReport) {
    if (report == null) {
      return;
    }
    try (OutputFile file = OutputFile.open(report)) {
      file.stream().write(aggregationReport.toJson().getBytes(StandardCharsets.UTF_8));
      file.commit();
    } catch (IOException | UncheckedIOException e) {
      throw Outputs.failure("cannot write the report", e, report);
    }
  }

  /** The text report: every record left out, the audit of every suppressed cell, the accounting. */
  private void printSummary(AggregationReport r) {
    PrintWriter err = spec.commandLine().getErr();
    Aggregation.Result result = r.result();
    // as many records named as --max-issues allows (the --report names every one)
    long named = maxIssues == null ? Long.MAX_VALUE : maxIssues;
    long notNamed = 0;
    for (LeftOut l : result.leftOut()) {
      if (named-- > 0) {
        err.println(
            l.source()
                + ": record "
                + l.record()
                + " left out ("
                + String.join(", ", l.rules())
                + ")");
      } else {
        notNamed++;
      }
    }
    if (notNamed > 0) {
      err.println(
          "… " + notNamed + " more records left out not named (--max-issues " + maxIssues + ")");
    }
    for (Issue w : result.warnings()) {
      log.issue("", 0, 0, w);
      err.println(w.toString(lang));
    }
    for (CellRange c : result.audit()) {
      err.println(
          "audit: "
              + String.join(",", c.key())
              + " "
              + c.status().confStatus()
              + " in ["
              + number(c.lower())
              + ", "
              + number(c.upper())
              + "] "
              + (c.protectedEnough() ? "protected" : "NOT PROTECTED"));
    }
    long read = r.inputs().stream().mapToLong(AggregationReport.Input::read).sum();
    long primary = result.table() == null ? 0 : result.table().count(CellStatus.PRIMARY);
    long secondary = result.table() == null ? 0 : result.table().count(CellStatus.SECONDARY);
    int threshold = result.table() == null ? 0 : result.table().threshold();
    err.println(
        "aggregated "
            + result.counted()
            + " "
            + noun()
            + " ("
            + result.unitsIn()
            + " "
            + unitNoun()
            + ") into "
            + result.dataset().observations().size()
            + " cells with totals; "
            + read
            + " records read, "
            + result.leftOut().size()
            + " left out ("
            + (notNamed > 0 ? "the first " + maxIssues + " named above" : "each named above")
            + "); "
            + primary
            + " suppressed below "
            + threshold
            + ", "
            + secondary
            + " secondary; audit: "
            + (result.table() == null || result.table().isSafe()
                ? "no suppressed cell can be recovered"
                : "SOME CELLS CAN BE RECOVERED"));
    err.flush();
  }

  private String noun() {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "trafficking" -> "trafficking cases";
      case "smuggling" -> "smuggling cases";
      case "returns" -> "return cases";
      default -> "incidents";
    };
  }

  private String unitNoun() {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "trafficking" -> "victims";
      case "smuggling" -> "smuggled migrants";
      case "returns" -> "returnees";
      default -> "dead and missing";
    };
  }

  private static String number(double x) {
    if (Double.isInfinite(x)) {
      return "unbounded";
    }
    return x == Math.rint(x) ? Long.toString((long) x) : String.format(Locale.ROOT, "%.3f", x);
  }
}
