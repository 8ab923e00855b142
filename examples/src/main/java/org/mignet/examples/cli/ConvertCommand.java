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
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mignet.core.MignetException;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.Loss;
import org.mignet.formats.OutputFile;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordOutcome;
import org.mignet.formats.RecordReader;
import org.mignet.formats.Transformation;
import org.mignet.formats.ctdc.Ctdc;
import org.mignet.formats.htcds.Htcds;
import org.mignet.formats.json.ReportJson;
import org.mignet.formats.privacy.KAnonymityCheck;
import org.mignet.formats.privacy.SharingPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mignet convert [--from FORMAT] [--mapping SPEC.json] --to FORMAT [--policy POLICY.json]
 * [--report REPORT.json] IN [OUT]}: converts a file between formats, streaming, and accounts for
 * every record.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Convert a file between formats.",
      "Every record is written or reported as rejected, and every populated field the target cannot carry is",
      "reported as lost."
    })
final class ConvertCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      description = "Input format; sniffed from the file when left out.")
  String from;

  @Option(
      names = "--to",
      paramLabel = "FORMAT",
      required = true,
      description =
          "Output format: json, ndjson, … ('mignet convert --help' lists those installed).")
  String to;

  @Option(
      names = "--mapping",
      paramLabel = "SPEC",
      description =
          "Mapping spec for tabular input (CSV, XLSX or a JSON table): a spec file, or the name of a bundled spec (see mignet specs); implies --from csv or xlsx.")
  Path mapping;

  @Option(
      names = "--policy",
      paramLabel = "POLICY.json",
      description =
          "Sharing policy applied to every record before any writer sees it; a policy that is not valid is a usage error.")
  Path policy;

  @Mixin ReaderOptions input = new ReaderOptions();

  @Mixin ThreadsOption threads = new ThreadsOption();

  @Option(
      names = "--report",
      paramLabel = "REPORT.json",
      description = "Write the conversion report as JSON.")
  Path report;

  @Option(
      names = "--for-spreadsheet",
      description = "Neutralise cells starting with = + - @ (formula injection) in CSV output.")
  boolean forSpreadsheet;

  @Option(
      names = "--lenient",
      description = "Keep unknown members or columns in extensions instead of rejecting.")
  boolean lenient;

  @Option(
      names = "--k",
      paramLabel = "N",
      description =
          "k of k-anonymity for --to ctdc (default 11): rarer combinations are generalised, then suppressed.")
  Integer k;

  @Option(
      names = "--k-anonymity",
      paramLabel = "K",
      description =
          "Check the written microdata: people sharing their quasi-identifiers with fewer than K-1 others "
              + "are reported (equivalence classes below K, what was generalised or suppressed, residual risk). Needs OUT.")
  Integer kAnonymity;

  @Option(
      names = "--l-diversity",
      paramLabel = "L",
      description =
          "With --k-anonymity: also report classes with fewer than L distinct values of --sensitive.")
  Integer lDiversity;

  @Option(
      names = "--quasi-identifiers",
      paramLabel = "NAME[,NAME...]",
      split = ",",
      description =
          "Person components checked by --k-anonymity (default: those the model marks quasi-identifier).")
  java.util.List<String> quasiIdentifiers;

  @Option(
      names = "--sensitive",
      paramLabel = "NAME",
      description =
          "The sensitive attribute of --l-diversity, a component of the person or the record holding it "
              + "(default: exploitationTypes).")
  String sensitive;

  @Option(
      names = "--profile",
      paramLabel = "P",
      description =
          "Reject records with errors under this rule profile instead of passing them on.")
  String profile;

  @Option(
      names = "--lang",
      paramLabel = "L",
      defaultValue = "en",
      converter = UnLanguage.class,
      description =
          "Language of the messages: ar, zh, en, fr, ru or es (default: ${DEFAULT-VALUE}).")
  Locale lang;

  @Option(names = "--verbose", description = "Show details of internal errors.")
  boolean verbose;

  @Option(
      names = "--max-issues",
      paramLabel = "N",
      description =
          "Show at most N issues per rule and N in all on standard error, then how many more; in --html, "
              + "the first N examples of each rule (default 20).")
  Integer maxIssues;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description =
          "Also write a self-contained HTML report (summary, rules, examples, filters) in the --lang language.")
  Path html;

  @Parameters(
      index = "0",
      paramLabel = "IN",
      description = "Input file; - for standard input (with --from or " + "--mapping).")
  Path in;

  @Parameters(
      index = "1",
      paramLabel = "OUT",
      arity = "0..1",
      description =
          "Output file; standard output if left "
              + "out or -."
              + " An OUT ending in .xlsx gets the workbook form of formats that have one (htcds).")
  Path out;

  @Override
  public Integer call() {
    Outputs.refuseToOverwrite(out, in, mapping, policy, input.structure, input.hxlSchema);
    Outputs.refuseToOverwrite(report, in, mapping, policy, input.structure, input.hxlSchema, out);
    Outputs.refuseToOverwrite(
        html, in, mapping, policy, input.structure, input.hxlSchema, out, report);
    if (maxIssues != null && maxIssues < 0) {
      throw new CliException("--max-issues must be 0 or more");
    }
    boolean stdin = Outputs.isDash(in);
    if (stdin && from == null && mapping == null) {
      throw new CliException(
          "cannot tell the format of standard input (-); name it with --from (known: "
              + known()
              + ")");
    }
    if (!stdin && !Files.isRegularFile(in)) {
      throw new CliException(
          "cannot read " + in + ": " + (Files.isDirectory(in) ? "is a directory" : "no such file"));
    }
    Format source =
        from != null
            ? format(from)
            : mapping != null
                ? format(stdin ? "csv" : Outputs.tableFormatOf(in))
                : Formats.sniff(in)
                    .orElseThrow(
                        () ->
                            new CliException(
                                "cannot tell the format of "
                                    + in.getFileName()
                                    + "; name it with --from (known: "
                                    + known()
                                    + ")"));
    Format target = format(to);
    if (!target.isWritable()) {
      throw new CliException(
          target.name() + " can be read but not written; choose another --to format");
    }
    Outputs.mapping(mapping);
    if (policy != null && !Files.isRegularFile(policy)) {
      throw new CliException("cannot read " + policy + ": no such file");
    }
    input.checkReadable();
    FormatOptions options =
        input
            .addTo(FormatOptions.none())
            .with(FormatOptions.MAPPING, mapping)
            .with(FormatOptions.FOR_SPREADSHEET, forSpreadsheet ? true : null)
            .with(FormatOptions.LENIENT, lenient ? true : null)
            .with(Ctdc.K, k)
            .with(
                Htcds.WORKBOOK,
                isWorkbook(out) && target.writerOptions().contains(Htcds.WORKBOOK) ? true : null);
    if (k != null && k < 2) {
      throw new CliException("--k must be at least 2");
    }
    options = OptionUsage.forConversion(options, source, target);
    KAnonymityCheck check = kAnonymityCheck(target);
    Conversion conversion =
        Conversion.from(source)
            .to(target)
            .options(options)
            .locale(lang)
            .parallelism(threads.threads());
    conversion = conversion.fillingMeta(input.metaDefaults());
    if (policy != null) {
      try {
        conversion = conversion.policy(SharingPolicy.read(policy));
      } catch (MignetException e) {
        throw new CliException(e.getMessage(), e);
      }
    }
    if (profile != null) {
      Validation validation = Validation.standard();
      org.mignet.core.validation.Profile rules;
      try {
        rules = validation.profile(profile);
      } catch (IllegalArgumentException e) {
        throw new CliException(e.getMessage(), e);
      }
      conversion = conversion.rejectingInvalid(validation, rules);
    }
    ConversionReport result;
    KAnonymityCheck.Result risk;
    PrintWriter err = spec.commandLine().getErr();
    String name = in.toString(); // the file as the user named it, - for standard input
    IssueLog log =
        new IssueLog(html == null ? 0 : maxIssues == null ? IssueLog.DEFAULT_EXAMPLES : maxIssues);
    log.file(name);
    TextIssues text = new TextIssues(err, lang, maxIssues == null ? Integer.MAX_VALUE : maxIssues);
    java.util.Set<Issue> seenUnplaced = new java.util.HashSet<>();
    RecordOutcome.Listener listener =
        outcome -> {
          long number = outcome.location().recordNumber().orElse(outcome.number());
          for (Issue i : outcome.issues()) {
            if (i.location().record() == 0 && seenUnplaced.size() < 1_000) {
              seenUnplaced.add(i);
            }
            long line = i.location().line() > 0 ? i.location().line() : outcome.location().line();
            text.print(log.issue(name, number, line, i));
          }
          log.record(outcome.passed());
        };
    // the report file is opened first, so that a report that cannot be written stops the run before
    // OUT changes
    try (OutputFile reportFile = report == null ? null : OutputFile.open(report)) {
      result =
          out != null && !Outputs.isDash(out)
              ? conversion.run(in, name, out, listener)
              : toStandardOutput(conversion, name, listener);
      risk = check == null ? null : check(check, target);
      if (reportFile != null) {
        reportFile.stream().write(reportJson(result, risk).getBytes(StandardCharsets.UTF_8));
        reportFile.commit();
      }
    } catch (IOException | UncheckedIOException e) {
      throw Outputs.failure("cannot convert " + in.getFileName(), e, out, report);
    } catch (MignetException e) {
      throw new CliException(e.getMessage(), e);
    }
    for (Issue i : result.issues()) {
      // what no record's outcome told (records the writer withheld at the end): counted and shown
      // once
      if (i.location().record() == 0 && !seenUnplaced.contains(i)) {
        text.print(log.issue(name, 0, i.location().line(), i));
      }
    }
    text.finish(log);
    for (Loss l : result.lost()) {
      err.println(l.toString(lang));
    }
    for (Transformation t : result.transformed()) {
      err.println(t.toString(lang));
    }
    if (risk != null) {
      long generalised =
          result.transformed().stream()
              .filter(t -> t.action() == Transformation.Action.GENERALISED)
              .mapToLong(Transformation::count)
              .sum();
      long suppressed =
          result.transformed().stream()
              .filter(t -> t.action() == Transformation.Action.SUPPRESSED)
              .mapToLong(Transformation::count)
              .sum();
      err.println(
          risk.summary()
              + "; generalised by this conversion: "
              + generalised
              + " values, suppressed: "
              + suppressed
              + " (listed above)"
              + (risk.passes() ? "" : "; THE CHECK FAILS"));
    }
    err.println(result.summary(lang));
    err.flush();
    if (html != null) {
      // the records the writer withheld at the end count as rejected, as in the summary
      long withheld = result.rejected() - log.invalid;
      log.invalid += withheld;
      log.valid -= withheld;
      new HtmlReport(HtmlReport.Kind.CONVERT, lang, log).writeTo(html);
    }
    return result.rejected() > 0 || risk != null && !risk.passes() ? Mignet.INVALID : Mignet.VALID;
  }

  /** The k-anonymity check asked for, or null; checked before anything is read. */
  private KAnonymityCheck kAnonymityCheck(Format target) {
    if (kAnonymity == null) {
      if (lDiversity != null || quasiIdentifiers != null || sensitive != null) {
        throw new CliException(
            "--l-diversity, --quasi-identifiers and --sensitive go with --k-anonymity K");
      }
      return null;
    }
    if (out == null || Outputs.isDash(out)) {
      throw new CliException("--k-anonymity checks the file written: name OUT (a file, not -)");
    }
    try {
      int l = lDiversity == null ? 1 : lDiversity;
      return KAnonymityCheck.of(
          kAnonymity,
          l,
          quasiIdentifiers,
          l > 1 || sensitive != null
              ? (sensitive == null ? "exploitationTypes" : sensitive)
              : null);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }

  /** Reads back the file written, as published, and checks its people. */
  private KAnonymityCheck.Result check(KAnonymityCheck check, Format target) throws IOException {
    FormatOptions options =
        FormatOptions.none()
            .with(
                FormatOptions.MAPPING,
                target.readerOptions().contains(FormatOptions.MAPPING) ? mapping : null);
    try (InputStream written = new BufferedInputStream(Files.newInputStream(out));
        RecordReader reader = target.reader(written, out.getFileName().toString(), options)) {
      reader.forEachRemaining(
          r -> {
            if (r instanceof ReadResult.Ok ok) {
              check.add(ok.record());
            }
          });
    }
    return check.result();
  }

  private String reportJson(ConversionReport result, KAnonymityCheck.Result risk)
      throws IOException {
    String json = ReportJson.toJson(result, lang);
    if (risk == null) {
      return json;
    }
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode root =
        (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json);
    com.fasterxml.jackson.databind.node.ObjectNode k = root.putObject("kAnonymity");
    k.put("k", risk.k()).put("l", risk.l());
    risk.quasiIdentifiers().forEach(k.putArray("quasiIdentifiers")::add);
    k.put("sensitive", risk.sensitive().orElse(null))
        .put("people", risk.people())
        .put("classes", risk.classes())
        .put("classesBelowK", risk.classesBelowK())
        .put("peopleBelowK", risk.peopleBelowK())
        .put("classesBelowL", risk.classesBelowL())
        .put("maximumRisk", risk.maximumRisk())
        .put("averageRisk", risk.averageRisk())
        .put("passes", risk.passes());
    com.fasterxml.jackson.databind.node.ObjectNode sizes = k.putObject("classSizesBelowK");
    risk.sizesBelowK().forEach((size, n) -> sizes.put(String.valueOf(size), n));
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private ConversionReport toStandardOutput(
      Conversion conversion, String name, RecordOutcome.Listener listener) throws IOException {
    try (InputStream input =
        new BufferedInputStream(
            Outputs.isDash(in) ? Outputs.standardInput() : Files.newInputStream(in))) {
      return conversion.run(input, name, Outputs.standardOutput(), listener);
    }
  }

  /**
   * An output file named {@code *.xlsx} asks formats whose writer has a workbook form (htcds) for
   * it.
   */
  private static boolean isWorkbook(Path file) {
    return file != null
        && file.getFileName() != null
        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  private static Format format(String name) {
    return Outputs.format(name);
  }

  private static String known() {
    return String.join(", ", Formats.all().stream().map(Format::name).toList());
  }
}
