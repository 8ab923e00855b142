package org.mignet.formats;

import java.io.InputStream;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mignet.core.MignetException;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.Validation;
import org.mignet.core.validation.ValidationReport;
import org.mignet.formats.internal.ConversionRules;
import org.mignet.formats.internal.PopulatedPaths;

/**
 * Converts a stream of records from one format to another, streaming, and reports what happened: records read,
 * written and rejected (with reasons), every populated field the target cannot carry, and every transformation
 * of personal data. Conversion never loses data silently.
 *
 * <pre>{@code
 * ConversionReport report = Conversion.from(Formats.named("json")).to(Formats.named("ndjson"))
 *     .run(in, "cases.json", out);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; {@link #run} may be called from several threads on different streams.
 */
public final class Conversion {

  /** By default a report keeps at most this many issues; the counts stay exact beyond it. */
  public static final int DEFAULT_MAX_ISSUES = 10_000;

  private final Format from;
  private final Format to;
  private final FormatOptions options;
  private final Validation validation;
  private final String rejectInvalidProfile;
  private final Locale locale;
  private final int maxIssues;

  private Conversion(Format from, Format to, FormatOptions options, Validation validation, String profile,
      Locale locale, int maxIssues) {
    this.from = from;
    this.to = to;
    this.options = options;
    this.validation = validation;
    this.rejectInvalidProfile = profile;
    this.locale = locale;
    this.maxIssues = maxIssues;
  }

  /** @return a conversion from a format, to be completed with {@link #to(Format)} */
  public static Conversion from(Format source) {
    return new Conversion(Objects.requireNonNull(source, "from"), null, FormatOptions.none(), null, null,
        Locale.ENGLISH, DEFAULT_MAX_ISSUES);
  }

  /** @return a copy converting to the given format */
  public Conversion to(Format target) {
    return new Conversion(from, Objects.requireNonNull(target, "to"), options, validation, rejectInvalidProfile,
        locale, maxIssues);
  }

  /** @return a copy with the given reader and writer options */
  public Conversion options(FormatOptions value) {
    return new Conversion(from, to, Objects.requireNonNull(value, "options"), validation, rejectInvalidProfile,
        locale, maxIssues);
  }

  /**
   * @param rules the validation to apply; not null
   * @param profile the profile a record must pass to be written; not null
   * @return a copy that rejects records with errors under the profile
   */
  public Conversion rejectingInvalid(Validation rules, String profile) {
    return new Conversion(from, to, options, Objects.requireNonNull(rules, "validation"),
        Objects.requireNonNull(profile, "profile"), locale, maxIssues);
  }

  /** @return a copy whose messages are in the given language */
  public Conversion locale(Locale value) {
    return new Conversion(from, to, options, validation, rejectInvalidProfile, Objects.requireNonNull(value),
        maxIssues);
  }

  /** @return a copy keeping at most {@code max} issues in its report */
  public Conversion maxIssues(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must be >= 0");
    }
    return new Conversion(from, to, options, validation, rejectInvalidProfile, locale, max);
  }

  /**
   * Reads every record of the input, writes those the target can take, and reports.
   *
   * @param in the input; closed when done
   * @param sourceName the input's name for locations
   * @param out the output; the target writer closes it when done
   * @return the report; {@code read = written + rejected}
   * @throws IllegalStateException if no target format was set
   * @throws MignetException if the output cannot be written at all
   */
  public ConversionReport run(InputStream in, String sourceName, OutputStream out) {
    if (to == null) {
      throw new IllegalStateException("call to(Format) before run");
    }
    long read = 0;
    long written = 0;
    long rejected = 0;
    List<Issue> issues = new ArrayList<>();
    Map<String, long[]> lostCounts = new LinkedHashMap<>();
    Map<String, String> lostReasons = new LinkedHashMap<>();
    List<Transformation> transformations;
    Coverage coverage = to.coverage();
    try (RecordReader reader = from.reader(in, sourceName, options);
        RecordWriter writer = to.writer(out, options)) {
      while (reader.hasNext()) {
        ReadResult result = reader.next();
        read++;
        keep(issues, result.issues());
        if (result instanceof ReadResult.Failed) {
          rejected++;
          continue;
        }
        ReadResult.Ok ok = (ReadResult.Ok) result;
        MignetRecord record = ok.record();
        RecordType type = record.recordType();
        if (!to.carries().contains(type)) {
          rejected++;
          keep(issues, List.of(issue(ConversionRules.TYPE_NOT_CARRIED, ok.location(), to.name(), type.typeName())));
          continue;
        }
        if (validation != null) {
          ValidationReport report = validation.validate(record, rejectInvalidProfile, locale);
          List<Issue> located = report.issues().stream().map(i -> i.at(ok.location())).toList();
          keep(issues, located);
          if (report.hasErrors()) {
            rejected++;
            long errors = report.issues().stream().filter(i -> i.severity().isBlocking()).count();
            keep(issues, List.of(issue(ConversionRules.INVALID_REJECTED, ok.location(), rejectInvalidProfile,
                errors)));
            continue;
          }
        }
        try {
          writer.write(record);
        } catch (MignetException e) {
          rejected++;
          keep(issues, List.of(issue(ConversionRules.WRITE_FAILED, ok.location(), to.name(), e.getMessage())));
          continue;
        }
        written++;
        PopulatedPaths.Scan scan = PopulatedPaths.scan((Record) record);
        for (Map.Entry<String, Integer> list : scan.listSizes().entrySet()) {
          java.util.OptionalInt max = coverage.maxItems(type, list.getKey());
          if (max.isPresent() && list.getValue() > max.getAsInt()) {
            String key = type.typeName() + list.getKey() + "/" + max.getAsInt();
            lostCounts.computeIfAbsent(key, k -> new long[1])[0]++;
            lostReasons.putIfAbsent(key, to.name() + " carries only the first " + max.getAsInt() + " item(s) of "
                + list.getKey() + "; the rest were not written");
          }
        }
        for (String path : scan.leaves()) {
          Optional<String> reason = coverage.lossReason(type, path);
          if (reason.isPresent()) {
            String key = type.typeName() + path;
            lostCounts.computeIfAbsent(key, k -> new long[1])[0]++;
            lostReasons.putIfAbsent(key, reason.get());
          }
        }
      }
      transformations = writer.transformations();
      long withheld = writer.withheld();
      if (withheld > 0) {
        written -= withheld;
        rejected += withheld;
        keep(issues, List.of(issue(ConversionRules.WITHHELD, SourceLocation.of(sourceName), to.name(), withheld)));
      }
    }
    List<Loss> lost = new ArrayList<>();
    lostCounts.forEach((key, count) -> {
      int slash = key.indexOf('/');
      lost.add(new Loss(key.substring(slash), key.substring(0, slash) + ": " + lostReasons.get(key), count[0]));
    });
    return new ConversionReport(from.name(), to.name(), read, written, rejected, issues, lost, transformations);
  }

  private void keep(List<Issue> issues, List<Issue> more) {
    for (Issue i : more) {
      if (issues.size() < maxIssues) {
        issues.add(i);
      }
    }
  }

  private Issue issue(RuleDefinition rule, SourceLocation location, Object... args) {
    String message = new MessageFormat(rule.messagePattern(locale), locale).format(args);
    return new Issue(rule.id(), rule.severity(), "", location, message, Optional.empty(), false);
  }
}
