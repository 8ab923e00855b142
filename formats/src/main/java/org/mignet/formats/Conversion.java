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
package org.mignet.formats;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mignet.core.MignetException;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.CrossRecordCheck;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Validation;
import org.mignet.formats.privacy.PolicyException;
import org.mignet.formats.privacy.Redactor;
import org.mignet.formats.privacy.SharingPolicy;

/**
 * Converts a stream of records from one format to another through mignet's one pipeline (read →
 * validate under a profile, when asked → apply the sharing policy → write → account), streaming,
 * and reports what happened: records read, written and rejected (with reasons), every populated
 * field the target cannot carry, and every transformation of personal data. Conversion never loses
 * data silently and never lets personal data past a policy: the policy is applied from the model's
 * personal-data marks before any writer sees a record, the same way for every format.
 *
 * <pre>{@code
 * ConversionReport report = Conversion.from(Formats.named("htcds")).to(Formats.named("ndjson"))
 *     .policy(SharingPolicy.read(Path.of("agreement.json")))
 *     .run(in, "cases.csv", out);
 * }</pre>
 *
 * <p>The same pipeline checks a file without writing it ({@link #check}) and feeds an aggregation
 * ({@link #drain}). Instances are immutable and thread-safe; each run streams its input once and
 * may run beside others.
 */
public final class Conversion {

  /** By default a report keeps at most this many issues; the counts stay exact beyond it. */
  public static final int DEFAULT_MAX_ISSUES = 10_000;

  private final Format from;
  private final @Nullable Format to;
  private final FormatOptions options;
  private final @Nullable Validation validation;
  private final @Nullable Profile profile;
  private final boolean rejectInvalid;
  private final @Nullable SharingPolicy policy;
  private final Function<String, String> environment;
  private final Locale locale;
  private final int maxIssues;
  private final MetaDefaults metaDefaults;
  private final int parallelism;
  private final @Nullable CrossRecordCheck batch;

  private Conversion(
      Format from,
      @Nullable Format to,
      FormatOptions options,
      @Nullable Validation validation,
      @Nullable Profile profile,
      boolean rejectInvalid,
      @Nullable SharingPolicy policy,
      Function<String, String> environment,
      Locale locale,
      int maxIssues,
      MetaDefaults metaDefaults,
      int parallelism,
      @Nullable CrossRecordCheck batch) {
    this.parallelism = parallelism;
    this.metaDefaults = metaDefaults;
    this.batch = batch;
    this.from = from;
    this.to = to;
    this.options = options;
    this.validation = validation;
    this.profile = profile;
    this.rejectInvalid = rejectInvalid;
    this.policy = policy;
    this.environment = environment;
    this.locale = locale;
    this.maxIssues = maxIssues;
  }

  /**
   * Returns a conversion from a format, to be completed with {@link #to(Format)} (or used by {@link
   * #check}).
   */
  public static Conversion from(Format source) {
    return new Conversion(
        Objects.requireNonNull(source, "from"),
        null,
        FormatOptions.none(),
        null,
        null,
        false,
        null,
        System::getenv,
        Locale.ENGLISH,
        DEFAULT_MAX_ISSUES,
        MetaDefaults.NONE,
        1,
        null);
  }

  /** Returns a copy converting to the given format. */
  public Conversion to(Format target) {
    return new Conversion(
        from,
        Objects.requireNonNull(target, "to"),
        options,
        validation,
        profile,
        rejectInvalid,
        policy,
        environment,
        locale,
        maxIssues,
        metaDefaults,
        parallelism,
        batch);
  }

  /**
   * Returns a copy with the options.
   *
   * @param value the reader and writer options; a {@link FormatOptions#POLICY} among them is taken
   *     as the conversion's policy (read with {@link SharingPolicy#read(Path)}) and is not handed
   *     to the formats
   */
  public Conversion options(FormatOptions value) {
    Objects.requireNonNull(value, "options");
    return new Conversion(
        from,
        to,
        value,
        validation,
        profile,
        rejectInvalid,
        policy,
        environment,
        locale,
        maxIssues,
        metaDefaults,
        parallelism,
        batch);
  }

  /**
   * Returns a copy that validates every record under a profile of the validation and reports its
   * issues, passing records on.
   *
   * @param rules the validation to apply; not null
   * @param profile one of its profiles ({@link Profile#STRUCTURAL}, {@link Profile#EXCHANGE}, or
   *     one {@link Validation#profile(String)} gives); not null
   * @throws IllegalArgumentException if the profile is not one of the validation's
   */
  public Conversion validating(Validation rules, Profile profile) {
    return new Conversion(
        from,
        to,
        options,
        Objects.requireNonNull(rules, "validation"),
        ownProfile(rules, profile),
        false,
        policy,
        environment,
        locale,
        maxIssues,
        metaDefaults,
        parallelism,
        batch);
  }

  /**
   * Returns a copy that rejects records with errors under a profile of the validation.
   *
   * @param rules the validation to apply; not null
   * @param profile the profile a record must pass to be written: one of the validation's; not null
   * @throws IllegalArgumentException if the profile is not one of the validation's
   */
  public Conversion rejectingInvalid(Validation rules, Profile profile) {
    return new Conversion(
        from,
        to,
        options,
        Objects.requireNonNull(rules, "validation"),
        ownProfile(rules, profile),
        true,
        policy,
        environment,
        locale,
        maxIssues,
        metaDefaults,
        parallelism,
        batch);
  }

  /** Returns the profile once it is known to be one of the validation's own definitions. */
  private static Profile ownProfile(Validation rules, Profile profile) {
    Objects.requireNonNull(profile, "profile");
    if (!rules.profile(profile.name()).equals(profile)) {
      throw new IllegalArgumentException(
          "profile '" + profile.name() + "' is defined otherwise in this validation");
    }
    return profile;
  }

  /**
   * Returns a copy applying it, with a key (if it pseudonymises) read from the process environment
   * or key file.
   *
   * @param value the sharing policy applied to every record before it is written; not null
   */
  public Conversion policy(SharingPolicy value) {
    return policy(value, System::getenv);
  }

  /**
   * Returns a copy applying the policy.
   *
   * @param value the sharing policy; not null
   * @param env where the policy's key variable is read
   */
  public Conversion policy(SharingPolicy value, Function<String, String> env) {
    return new Conversion(
        from,
        to,
        options,
        validation,
        profile,
        rejectInvalid,
        Objects.requireNonNull(value),
        Objects.requireNonNull(env),
        locale,
        maxIssues,
        metaDefaults,
        parallelism,
        batch);
  }

  /**
   * Returns a copy with the locale.
   *
   * @param value the language rules see while they check; messages themselves are rendered where
   *     they are shown ({@link org.mignet.core.validation.Issue#message(Locale)})
   */
  public Conversion locale(Locale value) {
    return new Conversion(
        from,
        to,
        options,
        validation,
        profile,
        rejectInvalid,
        policy,
        environment,
        Objects.requireNonNull(value),
        maxIssues,
        metaDefaults,
        parallelism,
        batch);
  }

  /**
   * Returns a copy filling it.
   *
   * @param value record metadata to fill where a record read does not give it (never replacing a
   *     value it gives), before it is validated and written; each field filled is reported as a
   *     transformation ({@link Transformation.Action#META_FILLED}) of its path; not null
   */
  public Conversion fillingMeta(MetaDefaults value) {
    return new Conversion(
        from,
        to,
        options,
        validation,
        profile,
        rejectInvalid,
        policy,
        environment,
        locale,
        maxIssues,
        Objects.requireNonNull(value, "metaDefaults"),
        parallelism,
        batch);
  }

  /** Returns a copy keeping at most {@code max} issues in its report. */
  public Conversion maxIssues(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must be >= 0");
    }
    return new Conversion(
        from,
        to,
        options,
        validation,
        profile,
        rejectInvalid,
        policy,
        environment,
        locale,
        max,
        metaDefaults,
        parallelism,
        batch);
  }

  /**
   * Spreads decoding, validation and the sharing policy of a run over several threads. The thread
   * that runs the conversion takes records out of the input (for NDJSON only cutting lines: the
   * workers decode them, see {@link RecordReader#nextPending()}), writes the output and runs the
   * cross-record rules, in input order; records go to the workers in chunks (at most two chunks per
   * worker in flight, so memory does not grow with the input). The output, the report and the order
   * in which a {@link RecordOutcome.Listener} hears of each record (on the running thread) are the
   * same as with one thread. The workers live for one run.
   *
   * @param threads the worker threads; 1 (the default) runs everything on the caller's thread
   * @return a copy running on that many threads
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public Conversion parallelism(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1");
    }
    return new Conversion(
        from,
        to,
        options,
        validation,
        profile,
        rejectInvalid,
        policy,
        environment,
        locale,
        maxIssues,
        metaDefaults,
        threads,
        batch);
  }

  /**
   * Shares the cross-record rules' state (an identifier used twice) with other runs of one batch:
   * several files validated or converted together each pass the same check, so that a key of one
   * file found again in another is reported too. Without it, each run checks its own input on its
   * own. The check only counts where records are validated ({@link #validating} or {@link
   * #rejectingInvalid}).
   *
   * @param check a check from {@link Validation#crossRecord(Profile)} for the profile of this
   *     conversion; not null
   * @return a copy sharing it
   */
  public Conversion crossRecord(CrossRecordCheck check) {
    return new Conversion(
        from,
        to,
        options,
        validation,
        profile,
        rejectInvalid,
        policy,
        environment,
        locale,
        maxIssues,
        metaDefaults,
        parallelism,
        Objects.requireNonNull(check, "check"));
  }

  /**
   * Reads every record of the input, writes those the target can take, and reports.
   *
   * @param in the input; closed when done
   * @param sourceName the input's name for locations
   * @param out the output; the target writer closes it when done
   * @return the report; {@code read = written + rejected}
   * @throws IllegalStateException if no target format was set
   * @throws PolicyException if the policy cannot be used (its key cannot be had); thrown before
   *     anything is read
   * @throws UnsupportedOptionException if an option is taken neither by the source's reader nor the
   *     target's writer
   * @throws MignetException if the output cannot be written at all
   */
  public ConversionReport run(InputStream in, String sourceName, OutputStream out) {
    return run(in, sourceName, out, RecordOutcome.Listener.none());
  }

  /**
   * As {@link #run(InputStream, String, OutputStream)}, telling a listener what happened to each
   * record as it goes.
   *
   * @param listener receives each record's outcome, in order
   * @return the report
   */
  public ConversionReport run(
      InputStream in, String sourceName, OutputStream out, RecordOutcome.Listener listener) {
    if (to == null) {
      throw new IllegalStateException("call to(Format) before run");
    }
    FormatOptions formatOptions = formatOptions().forConversion(from, to);
    return execute(
        in,
        sourceName,
        formatOptions,
        to.name(),
        to.carries(),
        to.coverage(),
        () -> to.writer(out, formatOptions),
        listener);
  }

  /**
   * Reads and validates every record without writing anything: what a receiving agency or a
   * partner's test suite does. A record passes when it can be read and has no error (under the
   * profile, if one was set with {@link #validating} or {@link #rejectingInvalid}).
   *
   * @param in the input; closed when done
   * @param sourceName the input's name for locations
   * @param listener receives each record's outcome, in order
   * @return the report, {@code written} counting the records that passed
   */
  public ConversionReport check(
      InputStream in, String sourceName, RecordOutcome.Listener listener) {
    return execute(
        in, sourceName, formatOptions(), "check", EVERY_TYPE, Coverage.EVERYTHING, null, listener);
  }

  /**
   * Runs the pipeline into a sink that is not a file format, such as an aggregation: records of the
   * types the sink accepts go to it after validation and policy; the rest are rejected and
   * reported.
   *
   * @param in the input; closed when done
   * @param sourceName the input's name for locations
   * @param sinkName the sink's name for reports, e.g. {@code aggregate}
   * @param accepts the record types the sink takes
   * @param sink the sink; closed when done
   * @param listener receives each record's outcome
   * @return the report
   */
  public ConversionReport drain(
      InputStream in,
      String sourceName,
      String sinkName,
      Set<RecordType> accepts,
      RecordWriter sink,
      RecordOutcome.Listener listener) {
    return execute(
        in,
        sourceName,
        formatOptions(),
        sinkName,
        Set.copyOf(accepts),
        Coverage.EVERYTHING,
        () -> sink,
        listener);
  }

  /**
   * The one run behind {@link #run}, {@link #check} and {@link #drain}: the policy (and its key)
   * first, so that a policy that cannot be used opens nothing; then the reader, then the writer;
   * the writer's own changes and the records it withheld are read after it is closed, since
   * disclosure control finishes on close.
   *
   * @param target the writer to open after the reader, or null to check only
   */
  private ConversionReport execute(
      InputStream in,
      String sourceName,
      FormatOptions readerOptions,
      String targetName,
      Set<RecordType> carries,
      Coverage coverage,
      java.util.function.@Nullable Supplier<RecordWriter> target,
      RecordOutcome.Listener listener) {
    @Nullable Redactor redactor = target == null ? null : redactor();
    Pipeline pipeline =
        new Pipeline(from.name(), targetName, carries, coverage, settings(redactor), listener);
    try (RecordReader reader = from.reader(in, sourceName, readerOptions)) {
      if (target == null) {
        pipeline.run(reader, null);
        return pipeline.report(List.of());
      }
      List<Transformation> writerChanges;
      RecordWriter writer = target.get();
      try (writer) {
        pipeline.run(reader, writer);
      }
      // closed (flushed) before asking what it changed or withheld
      writerChanges = writer.transformations();
      pipeline.withheld(writer.withheld(), sourceName);
      return pipeline.report(writerChanges);
    }
  }

  private Pipeline.Settings settings(@Nullable Redactor redactor) {
    // the cross-record rules see every record of one run (or of the batch this conversion shares a
    // check with)
    @Nullable CrossRecordCheck crossRecord =
        validation == null
            ? null
            : batch != null
                ? batch
                : validation.crossRecord(
                    Objects.requireNonNull(profile, "a validating conversion has a profile"));
    return new Pipeline.Settings(
        validation,
        profile,
        rejectInvalid,
        redactor,
        maxIssues,
        metaDefaults,
        parallelism,
        crossRecord);
  }

  /**
   * The policy, built (and its key read) before anything is opened, so a bad policy writes nothing.
   */
  private @Nullable Redactor redactor() {
    @Nullable SharingPolicy p = policy;
    if (p == null && options.get(FormatOptions.POLICY).isPresent()) {
      p = SharingPolicy.read(options.get(FormatOptions.POLICY).get());
    }
    return p == null ? null : Redactor.of(p, environment);
  }

  /** A sharing policy is the pipeline's, never a format's. */
  private FormatOptions formatOptions() {
    return options.with(FormatOptions.POLICY, null);
  }

  /** Every record type, for a check. */
  private static final Set<RecordType> EVERY_TYPE =
      Set.copyOf(java.util.EnumSet.allOf(RecordType.class));

  /**
   * Converts a file into another file, safely: the output is written to a temporary file beside
   * {@code out} and replaces it only when the run completes (see {@link OutputFile}); a run that
   * throws leaves an existing {@code out} as it was and no temporary file behind. A workbook input
   * is read in place, not copied.
   *
   * @param in the input file; not null
   * @param out the output file; not null, not {@code in} (nor a link to it); its directory must
   *     exist
   * @return the report; {@code read = written + rejected}
   * @throws IllegalArgumentException if {@code out} is the same file as {@code in}
   * @throws IllegalStateException if no target format was set
   * @throws java.io.UncheckedIOException if {@code in} cannot be read or {@code out} cannot be
   *     written; its cause names the file
   * @throws MignetException if the output cannot be written at all
   */
  public ConversionReport run(java.nio.file.Path in, java.nio.file.Path out) {
    Objects.requireNonNull(in, "in");
    java.nio.file.Path name = in.getFileName();
    return run(
        in, name == null ? in.toString() : name.toString(), out, RecordOutcome.Listener.none());
  }

  /**
   * As {@link #run(java.nio.file.Path, java.nio.file.Path)}, naming the input as the caller wants
   * it named in locations (e.g. the path as a user typed it) and telling a listener what happened
   * to each record as it goes.
   *
   * @param in the input file; not null
   * @param sourceName the input's name for locations; not null
   * @param out the output file; not null, not {@code in}
   * @param listener receives each record's outcome, in order; not null
   * @return the report
   */
  public ConversionReport run(
      java.nio.file.Path in,
      String sourceName,
      java.nio.file.Path out,
      RecordOutcome.Listener listener) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(listener, "listener");
    if (OutputFile.isSameFile(in, out)) {
      throw new IllegalArgumentException("cannot convert " + in.getFileName() + " onto itself");
    }
    try (InputStream input = org.mignet.formats.internal.FileInput.open(in);
        OutputFile output = OutputFile.open(out)) {
      ConversionReport report = run(input, sourceName, output.stream(), listener);
      output.commit();
      return report;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
