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
import org.mignet.formats.Transformation;
import org.mignet.formats.ctdc.Ctdc;
import org.mignet.formats.htcds.Htcds;
import org.mignet.formats.json.ReportJson;
import org.mignet.formats.privacy.SharingPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mignet convert [--from FORMAT] [--mapping SPEC.json] --to FORMAT [--policy POLICY.json]
 * [--report REPORT.json] IN [OUT]}: converts a file between formats, streaming, and accounts for every record.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Convert a file between formats.",
        "Every record is written or reported as rejected, and every populated field the target cannot carry is",
        "reported as lost."})
final class ConvertCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--from", paramLabel = "FORMAT", description = "Input format; sniffed from the file when left out.")
  String from;

  @Option(names = "--to", paramLabel = "FORMAT", required = true,
      description = "Output format: json, ndjson, … ('mignet convert --help' lists those installed).")
  String to;

  @Option(names = "--mapping", paramLabel = "SPEC", description = "Mapping spec for tabular input (CSV, XLSX or a JSON table): a spec file, or the name of a bundled spec (see mignet specs); implies --from csv or xlsx.")
  Path mapping;

  @Option(names = "--policy", paramLabel = "POLICY.json", description = "Sharing policy applied to every record before any writer sees it; a policy that is not valid is a usage error.")
  Path policy;

  @Mixin
  ReaderOptions input = new ReaderOptions();

  @Mixin
  ThreadsOption threads = new ThreadsOption();

  @Option(names = "--report", paramLabel = "REPORT.json", description = "Write the conversion report as JSON.")
  Path report;

  @Option(names = "--for-spreadsheet",
      description = "Neutralise cells starting with = + - @ (formula injection) in CSV output.")
  boolean forSpreadsheet;

  @Option(names = "--lenient", description = "Keep unknown members or columns in extensions instead of rejecting.")
  boolean lenient;

  @Option(names = "--k", paramLabel = "N",
      description = "k of k-anonymity for --to ctdc (default 11): rarer combinations are generalised, then suppressed.")
  Integer k;

  @Option(names = "--profile", paramLabel = "P",
      description = "Reject records with errors under this rule profile instead of passing them on.")
  String profile;

  @Option(names = "--lang", paramLabel = "L", defaultValue = "en", converter = UnLanguage.class,
      description = "Language of the messages: ar, zh, en, fr, ru or es (default: ${DEFAULT-VALUE}).")
  Locale lang;

  @Option(names = "--verbose", description = "Show details of internal errors.")
  boolean verbose;

  @Parameters(index = "0", paramLabel = "IN", description = "Input file.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", arity = "0..1", description = "Output file; standard output if left out."
      + " An OUT ending in .xlsx gets the workbook form of formats that have one (htcds).")
  Path out;

  @Override
  public Integer call() {
    Outputs.refuseToOverwrite(out, in, mapping, policy, input.structure, input.hxlSchema);
    Outputs.refuseToOverwrite(report, in, mapping, policy, input.structure, input.hxlSchema, out);
    if (!Files.isRegularFile(in)) {
      throw new CliException("cannot read " + in + ": " + (Files.isDirectory(in) ? "is a directory" : "no such file"));
    }
    Format source = from != null ? format(from) : mapping != null ? format(Outputs.tableFormatOf(in))
        : Formats.sniff(in).orElseThrow(() -> new CliException(
        "cannot tell the format of " + in.getFileName() + "; name it with --from (known: " + known() + ")"));
    Format target = format(to);
    if (!target.isWritable()) {
      throw new CliException(target.name() + " can be read but not written; choose another --to format");
    }
    Outputs.mapping(mapping);
    if (policy != null && !Files.isRegularFile(policy)) {
      throw new CliException("cannot read " + policy + ": no such file");
    }
    input.checkReadable();
    FormatOptions options = input.addTo(FormatOptions.none()).with(FormatOptions.MAPPING, mapping)
        .with(FormatOptions.FOR_SPREADSHEET, forSpreadsheet ? true : null)
        .with(FormatOptions.LENIENT, lenient ? true : null)
        .with(Ctdc.K, k)
        .with(Htcds.WORKBOOK, isWorkbook(out) && target.writerOptions().contains(Htcds.WORKBOOK) ? true : null);
    if (k != null && k < 2) {
      throw new CliException("--k must be at least 2");
    }
    options = OptionUsage.forConversion(options, source, target);
    Conversion conversion = Conversion.from(source).to(target).options(options).locale(lang)
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
      if (!validation.profiles().contains(profile)) {
        throw new CliException("unknown profile '" + profile + "'; known: "
            + String.join(", ", validation.profiles().stream().sorted().toList()));
      }
      conversion = conversion.rejectingInvalid(validation, profile);
    }
    ConversionReport result;
    // the report file is opened first, so that a report that cannot be written stops the run before OUT changes
    try (OutputFile reportFile = report == null ? null : OutputFile.open(report)) {
      result = out != null ? conversion.run(in, out) : toStandardOutput(conversion);
      if (reportFile != null) {
        reportFile.stream().write(ReportJson.toJson(result, lang).getBytes(StandardCharsets.UTF_8));
        reportFile.commit();
      }
    } catch (IOException | UncheckedIOException e) {
      throw Outputs.failure("cannot convert " + in.getFileName(), e, out, report);
    } catch (MignetException e) {
      throw new CliException(e.getMessage(), e);
    }
    PrintWriter err = spec.commandLine().getErr();
    for (Issue i : result.issues()) {
      err.println(in.getFileName() + ": " + i.toString(lang));
    }
    for (Loss l : result.lost()) {
      err.println(l.toString(lang));
    }
    for (Transformation t : result.transformed()) {
      err.println(t.toString(lang));
    }
    err.println(result.summary(lang));
    err.flush();
    return result.rejected() > 0 ? Mignet.INVALID : Mignet.VALID;
  }

  private ConversionReport toStandardOutput(Conversion conversion) throws IOException {
    try (InputStream input = new BufferedInputStream(Files.newInputStream(in))) {
      return conversion.run(input, in.getFileName().toString(), Outputs.standardOutput());
    }
  }

  /** An output file named {@code *.xlsx} asks formats whose writer has a workbook form (htcds) for it. */
  private static boolean isWorkbook(Path file) {
    return file != null && file.getFileName() != null
        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  private static Format format(String name) {
    return Outputs.format(name);
  }

  private static String known() {
    return String.join(", ", Formats.all().stream().map(Format::name).toList());
  }
}
