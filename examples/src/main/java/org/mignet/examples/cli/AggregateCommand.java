package org.mignet.examples.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mignet.core.model.Incident;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.privacy.SharingPolicy;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Validation;
import java.util.Set;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.stat.IncidentAggregation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mignet aggregate --by DIM[,DIM...] [--threshold N] [--to FORMAT] [--for-spreadsheet] IN [OUT]}: counts the
 * dead and missing of incidents (e.g. a Missing Migrants Project file) by route, region of origin, year and sex, with
 * primary suppression of small cells, and writes the statistics (SDMX-CSV by default). With {@code --for-spreadsheet}
 * the target's writer neutralises formula-like cells (a route named {@code =3+3}); a target that does not take it
 * is a usage error, before anything is read.
 */
@Command(name = "aggregate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Count the dead and missing of incidents as statistics.",
        "By ROUTE, REGION_ORIGIN, TIME_PERIOD and SEX, written as SDMX-CSV by default; cells below the threshold",
        "are suppressed (CONF_STATUS=C)."})
final class AggregateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--by", paramLabel = "DIM[,DIM...]", required = true, split = ",",
      description = "Dimensions: ROUTE, REGION_ORIGIN, TIME_PERIOD, SEX.")
  List<String> by;

  @Option(names = "--threshold", paramLabel = "N", defaultValue = "0",
      description = "Suppress cells above 0 and below N (default ${DEFAULT-VALUE}: MMP counts are public).")
  int threshold;

  @Option(names = "--from", paramLabel = "FORMAT", description = "Input format; sniffed when left out.")
  String from;

  @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "sdmx-csv",
      description = "Output format (default ${DEFAULT-VALUE}).")
  String to;

  @Option(names = "--for-spreadsheet",
      description = "Neutralise cells starting with = + - @ (formula injection) in CSV output.")
  boolean forSpreadsheet;

  @Option(names = "--profile", paramLabel = "P",
      description = "Leave out incidents with errors under this rule profile (each reported).")
  String profile;

  @Option(names = "--policy", paramLabel = "POLICY.json",
      description = "Sharing policy applied to every incident before it is counted.")
  Path policy;

  @Option(names = "--lang", paramLabel = "L", defaultValue = "en", converter = UnLanguage.class,
      description = "Language of the messages: ar, zh, en, fr, ru or es (default: ${DEFAULT-VALUE}).")
  java.util.Locale lang;

  @Option(names = "--html", paramLabel = "FILE",
      description = "Also write a self-contained HTML report: the published table (suppressed cells marked), a chart "
          + "of the first --by dimension, and the records left out, in the --lang language.")
  Path html;

  @Parameters(index = "0", paramLabel = "IN", description = "Input file of incidents; - for standard input (with "
      + "--from).")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", arity = "0..1", description = "Output file; standard output if left out.")
  Path out;

  @Override
  public Integer call() {
    Outputs.refuseToOverwrite(out, in);
    Outputs.refuseToOverwrite(html, in, out);
    boolean stdin = Outputs.isDash(in);
    if (stdin && from == null) {
      throw new CliException("cannot tell the format of standard input (-); name it with --from");
    }
    if (!stdin && !Files.isRegularFile(in)) {
      throw new CliException("cannot read " + in + ": no such file");
    }
    IncidentAggregation aggregation;
    try {
      aggregation = IncidentAggregation.by(by).withThreshold(threshold);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
    Format source = from != null ? format(from) : Formats.sniff(in).orElseThrow(() -> new CliException(
        "cannot tell the format of " + in.getFileName() + "; name it with --from"));
    Format target = format(to);
    if (!target.isWritable() || !target.carries().contains(RecordType.DATASET)) {
      throw new CliException(target.name() + " cannot hold statistics; choose a --to format that writes datasets "
          + "(sdmx-csv, sdmx-json, sdmx-ml, json, ndjson)");
    }
    FormatOptions writerOptions = OptionUsage.forWriter(
        FormatOptions.none().with(FormatOptions.FOR_SPREADSHEET, forSpreadsheet ? true : null), target);
    Conversion pipeline = Conversion.from(source).locale(lang);
    if (profile != null) {
      Validation validation = Validation.standard();
      if (!validation.profiles().contains(profile)) {
        throw new CliException("unknown profile '" + profile + "'; known: "
            + String.join(", ", validation.profiles().stream().sorted().toList()));
      }
      pipeline = pipeline.rejectingInvalid(validation, profile);
    }
    PrintWriter err = spec.commandLine().getErr();
    ConversionReport report;
    IssueLog log = new IssueLog(IssueLog.DEFAULT_EXAMPLES);
    log.file(in.toString());
    try (InputStream input = new BufferedInputStream(stdin ? Outputs.standardInput() : Files.newInputStream(in))) {
      if (policy != null) {
        pipeline = pipeline.policy(SharingPolicy.read(policy));
      }
      report = pipeline.drain(input, in.getFileName().toString(), "aggregate", Set.of(RecordType.INCIDENT),
          new RecordWriter() {
            @Override
            public void write(MignetRecord record) {
              aggregation.add((Incident) record);
            }

            @Override
            public void close() {}
          }, outcome -> {
            long number = outcome.location().recordNumber().orElse(outcome.number());
            for (Issue i : outcome.issues()) {
              log.issue(in.toString(), number, i.location().line() > 0 ? i.location().line()
                  : outcome.location().line(), i);
              if (i.severity().isBlocking()) {
                err.println(in.getFileName() + ": " + i.toString(lang));
              }
            }
            log.record(outcome.passed());
          });
    } catch (IOException | UncheckedIOException e) {
      throw new CliException("cannot read " + in.getFileName() + ": " + Outputs.reason(e), e);
    } catch (org.mignet.core.MignetException e) {
      throw new CliException(e.getMessage(), e);
    }
    long rejected = report.rejected();
    var dataset = aggregation.result();
    try {
      Outputs.write(out, output -> {
        try (RecordWriter writer = target.writer(output, writerOptions)) {
          writer.write(dataset);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      throw Outputs.failure("cannot write the statistics", e, out);
    } catch (org.mignet.core.MignetException e) {
      throw new CliException(e.getMessage(), e);
    }
    err.println("aggregated " + aggregation.incidents() + " incidents into " + dataset.observations().size()
        + " cells (" + aggregation.suppressed() + " suppressed below " + threshold + "); " + report.read()
        + " records read, " + rejected + " left out (each reported above); " + dataset.observations().size()
        + " observations written");
    err.flush();
    if (html != null) {
      // the main dimension is the first of --by, the dataset's first
      new HtmlReport(HtmlReport.Kind.AGGREGATE, lang, log).withTable(dataset, dataset.dimensionIds().get(0))
          .writeTo(html);
    }
    return rejected > 0 ? Mignet.INVALID : Mignet.VALID;
  }

  private static Format format(String name) {
    return Outputs.format(name);
  }
}
