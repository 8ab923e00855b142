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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.NullUnmarked;
import org.mignet.core.MignetException;
import org.mignet.core.Reason;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.CrossRecordCheck;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.Severity;
import org.mignet.core.validation.Term;
import org.mignet.core.validation.Validation;
import org.mignet.core.validation.ValidationReport;
import org.mignet.formats.internal.ConversionRules;
import org.mignet.formats.internal.Words;
import org.mignet.formats.privacy.PolicyException;
import org.mignet.formats.privacy.Redactor;
import org.mignet.formats.privacy.SharingAction;

/**
 * The one pipeline every conversion, check and aggregation runs through (DESIGN §10): read →
 * validate (under a profile, when asked) → apply the sharing policy (from the model's marks, before
 * any writer sees the record) → write → account. Formats are codecs inside it; they do not apply
 * policies, decide rejections or count losses.
 *
 * <p>Accounting: every record read is either passed on (written) or rejected with at least one
 * issue saying why, so {@code read = written + rejected}, and so is every observation of a dataset
 * read (written or rejected with it); every populated path the target cannot carry is counted as
 * lost by the target's {@link Coverage}; every change the policy (or a writer's disclosure control)
 * made is counted as a transformation. One instance per run, driven by one thread (which may hand
 * records to workers of its own).
 */
// not yet null-checked: Step's fields are set stage by stage as a record goes through the pipeline,
// and the reader-throughput work changes this class in parallel; it is package-private
@NullUnmarked
final class Pipeline {

  /**
   * What the pipeline runs with; immutable.
   *
   * @param parallelism the threads that validate and apply the policy: 1 runs every stage on the
   *     caller's thread; more reads and writes on the caller's thread and hands chunks of records
   *     to that many workers
   * @param crossRecord the cross-record rules' check of this file or batch, or null; run on the
   *     caller's thread, in input order, when each record is committed
   */
  record Settings(
      Validation validation,
      org.mignet.core.validation.Profile profile,
      boolean rejectInvalid,
      Redactor redactor,
      int maxIssues,
      MetaDefaults metaDefaults,
      int parallelism,
      CrossRecordCheck crossRecord) {}

  /** Records handed to a worker at once. */
  static final int CHUNK_RECORDS = 256;

  /** A chunk also ends once its records hold this many undecoded bytes of the source. */
  static final long CHUNK_BYTES = 1 << 20;

  /**
   * A chunk also ends once its datasets hold this many observations, so large datasets travel a few
   * at a time.
   */
  static final long CHUNK_OBSERVATIONS = 8_192;

  private final String from;
  private final String to;
  private final Set<RecordType> carries;
  private final Coverage coverage;
  private final Settings settings;
  private final RecordOutcome.Listener listener;

  private long read;
  private long written;
  private long rejected;
  private long obsRead;
  private long obsWritten;
  private long obsRejected;
  private final List<Issue> issues = new ArrayList<>();
  private final Map<Lost, long[]> lostCounts = new LinkedHashMap<>();
  private final Map<Lost, Term> lostReasons = new LinkedHashMap<>();
  private final Map<Change, long[]> transformed = new LinkedHashMap<>();

  /** What the target loses of each record type, worked out on the first record of the type. */
  private final Map<RecordType, LossPlan> lossPlans = new java.util.EnumMap<>(RecordType.class);

  Pipeline(
      String from,
      String to,
      Set<RecordType> carries,
      Coverage coverage,
      Settings settings,
      RecordOutcome.Listener listener) {
    this.from = from;
    this.to = to;
    this.carries = carries;
    this.coverage = coverage;
    this.settings = settings;
    this.listener = listener;
  }

  /**
   * Runs the reader to its end, passing what may go on to the writer (none for a check).
   *
   * <p>Each record goes through two steps: {@link #process} (fill metadata, check the type,
   * validate, apply the policy), which touches nothing shared and may run on a worker, and {@link
   * #commit} (count, write, account, tell the listener), which runs on the caller's thread in input
   * order. With one thread the two follow each other record by record; with more, the caller takes
   * a chunk of records out of the source (undecoded where the reader allows it, {@link
   * RecordReader#nextPending()}), hands it to a worker that decodes and processes it, and commits
   * finished chunks in the order they were read, with at most two chunks per worker in flight. Both
   * ways write the same bytes and report the same counts, issues, losses and transformations in the
   * same order.
   *
   * @param reader the source; the caller closes it
   * @param writer the target, or null to check only; the caller closes it and then calls {@link
   *     #report}
   */
  void run(RecordReader reader, RecordWriter writer) {
    if (settings.parallelism() <= 1) {
      while (true) {
        Step step = read(reader, false);
        if (step == null) {
          return;
        }
        process(step, writer == null);
        if (!commit(step, writer)) {
          return;
        }
      }
    }
    runParallel(reader, writer);
  }

  private void runParallel(RecordReader reader, RecordWriter writer) {
    int threads = settings.parallelism();
    AtomicInteger made = new AtomicInteger();
    ExecutorService workers =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread t = new Thread(task, "mignet-pipeline-" + made.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    ArrayDeque<Future<List<Step>>> inFlight = new ArrayDeque<>();
    boolean checkOnly = writer == null;
    try {
      boolean end = false;
      while (!end) {
        List<Step> chunk = new ArrayList<>(CHUNK_RECORDS);
        long chunkObservations = 0;
        long chunkBytes = 0;
        while (chunk.size() < CHUNK_RECORDS
            && chunkObservations < CHUNK_OBSERVATIONS
            && chunkBytes < CHUNK_BYTES) {
          // the reader only cuts the record out of the source here; the worker decodes it (NDJSON)
          Step step = read(reader, true);
          if (step == null) {
            end = true;
            break;
          }
          chunk.add(step);
          if (step.last) {
            end = true;
            break;
          }
          if (step.pending != null) {
            chunkBytes += step.pending.heldBytes();
          } else if (step.result instanceof ReadResult.Ok ok) {
            chunkObservations += observations(ok.record());
          }
        }
        if (!chunk.isEmpty()) {
          inFlight.add(
              workers.submit(
                  () -> {
                    for (Step step : chunk) {
                      decode(step);
                      process(step, checkOnly);
                    }
                    return chunk;
                  }));
        }
        // commit what is done, and wait for the oldest chunk when too many are in flight: memory
        // stays bounded
        while (!inFlight.isEmpty() && (inFlight.size() > 2 * threads || inFlight.peek().isDone())) {
          if (!commitAll(await(inFlight.poll()), writer)) {
            return;
          }
        }
      }
      while (!inFlight.isEmpty()) {
        if (!commitAll(await(inFlight.poll()), writer)) {
          return;
        }
      }
    } finally {
      for (Future<List<Step>> pending : inFlight) {
        pending.cancel(true);
      }
      workers.shutdownNow();
    }
  }

  private boolean commitAll(List<Step> chunk, RecordWriter writer) {
    for (Step step : chunk) {
      if (!commit(step, writer)) {
        return false;
      }
    }
    return true;
  }

  private static List<Step> await(Future<List<Step>> chunk) {
    try {
      return chunk.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while records were being validated");
    } catch (ExecutionException e) {
      // process() keeps what a record throws in its step; anything else is a bug of the pipeline
      // itself
      throw new IllegalStateException("a pipeline worker failed", e.getCause());
    }
  }

  /**
   * Returns the next record taken from the source, or null at the end of the input: decoded (then
   * {@link Step#result} is set), or, when {@code deferDecoding} and the reader holds its bytes
   * undecoded, left for a worker ({@link Step#pending}).
   */
  private static Step read(RecordReader reader, boolean deferDecoding) {
    Step step = new Step();
    try {
      if (!reader.hasNext()) {
        return null;
      }
      if (!deferDecoding) {
        step.result = reader.next();
      } else {
        RecordReader.Pending pending = reader.nextPending();
        if (pending.heldBytes() == 0) {
          step.result = pending.decode();
        } else {
          step.pending = pending;
        }
      }
    } catch (ReadException e) {
      // the reader gave up on the rest of its input: one more unreadable record, and the end
      step.fatal = e;
      step.last = true;
    } catch (RuntimeException | Error e) {
      // thrown where the records before it have been committed, as one thread would
      step.thrown = e;
      step.last = true;
    }
    return step;
  }

  /**
   * Decodes a record the reader left undecoded, on a worker; what decoding throws is kept in the
   * step, so that {@link #commit} meets it where one thread would have: after the records before
   * it, and ending the run.
   */
  private static void decode(Step step) {
    if (step.pending == null) {
      return;
    }
    try {
      step.result = step.pending.decode();
    } catch (ReadException e) {
      step.fatal = e;
    } catch (RuntimeException | Error e) {
      step.thrown = e;
    }
    step.pending = null;
  }

  /**
   * Everything done to one record that depends on nothing but the record and the settings: may run
   * on any thread. What it finds is kept in the step for {@link #commit}; what it throws too.
   */
  private void process(Step step, boolean checkOnly) {
    if (step.fatal != null || step.thrown != null) {
      return;
    }
    try {
      processRead(step, checkOnly);
    } finally {
      // what commit() needs is in the step by now (the record itself only to be written): a record
      // that waits for its turn holds no more than that
      step.result = null;
    }
  }

  private void processRead(Step step, boolean checkOnly) {
    try {
      ReadResult result = step.result;
      List<Issue> found = new ArrayList<>(result.issues());
      step.found = found;
      if (result instanceof ReadResult.Failed) {
        step.at = result.location();
        step.verdict = Verdict.UNREADABLE;
        return;
      }
      ReadResult.Ok ok = (ReadResult.Ok) result;
      MignetRecord record = ok.record();
      if (settings.metaDefaults() != null && !settings.metaDefaults().isEmpty()) {
        // absent record metadata the conversion was given, before the record is validated or
        // written
        List<String> filled = new ArrayList<>(2);
        record = settings.metaDefaults().fill(record, filled::add);
        step.filled = filled;
      }
      RecordType type = record.recordType();
      SourceLocation at = ok.location();
      step.type = type;
      step.at = at;
      step.observations = observations(record);
      if (!carries.contains(type)) {
        found.add(
            issue(ConversionRules.TYPE_NOT_CARRIED, at, Reason.NOT_CARRIED, to, type.typeName()));
        step.verdict = Verdict.REJECTED;
        return;
      }
      if (settings.validation() != null) {
        ValidationReport report = settings.validation().validate(record, settings.profile());
        for (Issue i : report.issues()) {
          found.add(i.at(at.withoutPointer()));
        }
        // the cross-record rules and the rejection they may add wait for commit(), which sees
        // records in order; what they need of the record alone (a key's hash) is worked out here
        if (settings.crossRecord() != null) {
          step.prepared = settings.crossRecord().prepare(record);
        }
        step.validated = true;
        step.ownErrors = blocking(report.issues());
        if (settings.rejectInvalid() && step.ownErrors > 0) {
          step.verdict = Verdict.REJECTED;
          return;
        }
      }
      if (checkOnly) {
        // a check: a record passes when nothing blocking was found in it
        step.verdict = blocking(found) == 0 ? Verdict.PASSED : Verdict.FAILED;
        return;
      }
      MignetRecord shared = record;
      if (settings.redactor() != null) {
        Map<Change, long[]> changes = new LinkedHashMap<>();
        try {
          shared =
              settings
                  .redactor()
                  .apply(
                      record,
                      (path, action) ->
                          changes.computeIfAbsent(new Change(path, action), k -> new long[1])[0]++);
        } catch (PolicyException e) {
          found.add(
              issue(
                  ConversionRules.POLICY_FAILED,
                  at,
                  Reason.REJECTED,
                  settings.redactor().policy().agreement()));
          step.verdict = Verdict.REJECTED;
          return;
        }
        step.changes = changes;
      }
      step.shared = shared;
      step.verdict = Verdict.WRITE;
    } catch (RuntimeException | Error e) {
      step.thrown = e;
    }
  }

  /** Returns how many of the issues are errors or fatal (a loop: no stream per record). */
  private static long blocking(List<Issue> issues) {
    long n = 0;
    for (int k = 0; k < issues.size(); k++) {
      if (issues.get(k).severity().isBlocking()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Counts, writes and accounts one processed record, on the caller's thread, in input order.
   *
   * @return false when the input ends here (the reader gave up)
   */
  private boolean commit(Step step, RecordWriter writer) {
    if (step.thrown != null) {
      throw sneaky(step.thrown);
    }
    read++;
    if (step.fatal != null) {
      reject(
          step.fatal.location(),
          Optional.empty(),
          List.of(step.fatal.issue().withSeverity(Severity.FATAL)));
      return false;
    }
    List<Issue> found = step.found;
    if (step.verdict == Verdict.UNREADABLE) {
      reject(step.at, Optional.empty(), found);
      return true;
    }
    for (String path : step.filled) {
      transformed.computeIfAbsent(new Change(path, null), k -> new long[1])[0]++;
    }
    RecordType type = step.type;
    SourceLocation at = step.at;
    if (step.validated) {
      // the record against the records before it in this file or batch (an identifier used twice):
      // here, on the caller's thread and in input order, whatever the parallelism
      List<Issue> across =
          step.prepared == null
              ? List.of()
              : settings.crossRecord().check(step.prepared, at.withoutPointer());
      long acrossErrors = 0;
      if (!across.isEmpty()) {
        found.addAll(across);
        acrossErrors = blocking(across);
      }
      if (settings.rejectInvalid() && step.ownErrors + acrossErrors > 0) {
        found.add(
            issue(
                ConversionRules.INVALID_REJECTED,
                at,
                Reason.REJECTED,
                settings.profile().name(),
                step.ownErrors + acrossErrors));
        step.verdict = Verdict.REJECTED;
      } else if (step.verdict == Verdict.PASSED && acrossErrors > 0) {
        step.verdict = Verdict.FAILED;
      }
    }
    long observations = step.observations;
    obsRead += observations;
    // until written, the record's observations count as rejected: each rejection below leaves them
    // there
    obsRejected += observations;
    switch (step.verdict) {
      case REJECTED -> reject(at, Optional.of(type), found);
      case PASSED, FAILED -> {
        boolean passes = step.verdict == Verdict.PASSED;
        if (passes) {
          written++;
          obsRejected -= observations;
          obsWritten += observations;
        } else {
          rejected++;
        }
        keep(found);
        listener.accept(new RecordOutcome(read, at, Optional.of(type), passes, found));
      }
      case WRITE -> {
        step.changes.forEach((k, n) -> transformed.computeIfAbsent(k, x -> new long[1])[0] += n[0]);
        MignetRecord shared = step.shared;
        try {
          writer.write(shared);
        } catch (MignetException e) {
          found.add(issue(ConversionRules.WRITE_FAILED, at, Reason.REJECTED, to, e.getMessage()));
          reject(at, Optional.of(type), found);
          return true;
        }
        written++;
        // a policy that left out observations (none does today) leaves them counted as rejected
        long kept = Math.min(observations, observations(shared));
        obsRejected -= kept;
        obsWritten += kept;
        account(shared, type);
        keep(found);
        listener.accept(new RecordOutcome(read, at, Optional.of(type), true, found));
      }
      default -> throw new IllegalStateException("unprocessed record " + read);
    }
    return true;
  }

  private static RuntimeException sneaky(Throwable t) {
    if (t instanceof Error e) {
      throw e;
    }
    return (RuntimeException) t;
  }

  /** What became of a record in {@link #process}. */
  private enum Verdict {
    UNREADABLE,
    REJECTED,
    PASSED,
    FAILED,
    WRITE
  }

  /**
   * One record on its way through the pipeline: read, then processed (maybe on a worker), then
   * committed.
   */
  private static final class Step {
    /** A record the reader has not decoded yet; decoded on a worker into {@link #result}. */
    RecordReader.Pending pending;

    ReadResult result;
    ReadException fatal;
    Throwable thrown;
    boolean last;
    Verdict verdict;
    List<Issue> found;
    List<String> filled = List.of();
    MignetRecord shared;

    /** Whether the record was validated (it was read, and its type is carried). */
    boolean validated;

    /**
     * The record as validated (after metadata filling, before the policy), prepared for the
     * cross-record rules, or null without them.
     */
    CrossRecordCheck.Prepared prepared;

    long ownErrors;
    RecordType type;
    SourceLocation at;
    long observations;
    Map<Change, long[]> changes = Map.of();
  }

  /** Returns the number of observations of a dataset, 0 for other records. */
  private static long observations(MignetRecord record) {
    return record instanceof org.mignet.core.model.Dataset d ? d.observations().size() : 0;
  }

  /** Returns how many of the issues block a record (errors), without a stream per record. */
  private void reject(SourceLocation at, Optional<RecordType> type, List<Issue> found) {
    rejected++;
    keep(found);
    listener.accept(new RecordOutcome(read, at, type, false, found));
  }

  private void account(MignetRecord record, RecordType type) {
    if (coverage == Coverage.EVERYTHING) {
      // a target that carries everything loses nothing: no walk over the record
      return;
    }
    LossPlan plan = lossPlans.computeIfAbsent(type, t -> LossPlan.of(t, coverage));
    if (plan.losesNothing()) {
      return;
    }
    LossPlan.Found found = plan.scan(record);
    if (found == null) {
      return;
    }
    for (Map.Entry<String, int[]> list : found.lists.entrySet()) {
      int size = list.getValue()[0];
      int max = list.getValue()[1];
      if (size > max) {
        Lost key = new Lost(type, list.getKey() + "/" + max);
        lostCounts.computeIfAbsent(key, k -> new long[1])[0]++;
        lostReasons.putIfAbsent(key, Words.LOSS_ONLY_FIRST_ITEMS.with(to, max, list.getKey()));
      }
    }
    for (Map.Entry<String, Term> leaf : found.leaves.entrySet()) {
      Lost key = new Lost(type, leaf.getKey());
      lostCounts.computeIfAbsent(key, k -> new long[1])[0]++;
      lostReasons.putIfAbsent(key, leaf.getValue());
    }
  }

  private void keep(List<Issue> more) {
    if (issues.size() >= settings.maxIssues()) {
      // on the committing thread: not even a look at issues a worker made when none are kept
      return;
    }
    for (Issue i : more) {
      if (issues.size() < settings.maxIssues()) {
        issues.add(i);
      }
    }
  }

  private static Issue issue(
      RuleDefinition rule, SourceLocation location, Reason reason, Object... args) {
    return Issue.of(rule, "", location, args).withReason(reason);
  }

  /**
   * Counts records a writer took and then withheld whole (k-anonymity suppressed every row of them)
   * as rejected, with one issue, so that {@code written} is what is really in the output.
   *
   * @param count the records withheld
   * @param source where they came from
   */
  void withheld(long count, String source) {
    if (count > 0) {
      written -= count;
      rejected += count;
      keep(
          List.of(
              issue(
                  ConversionRules.WITHHELD,
                  SourceLocation.of(source),
                  Reason.REJECTED,
                  to,
                  count)));
    }
  }

  /**
   * Returns the report of the run so far.
   *
   * @param writerChanges what the writer itself changed (disclosure control), or empty for a check
   */
  ConversionReport report(List<Transformation> writerChanges) {
    List<Loss> lost = new ArrayList<>();
    lostCounts.forEach(
        (key, count) ->
            lost.add(new Loss(key.pointer(), key.type(), lostReasons.get(key), count[0])));
    List<Transformation> all = new ArrayList<>();
    transformed.forEach(
        (key, n) -> all.add(new Transformation(key.path(), key.transformation(), n[0])));
    all.addAll(writerChanges);
    return new ConversionReport(
        from,
        to,
        read,
        written,
        rejected,
        issues,
        lost,
        all,
        new ConversionReport.Observations(obsRead, obsWritten, obsRejected));
  }

  /** A lost path of one record type, the key of the loss counts. */
  private record Lost(RecordType type, String pointer) {}

  /**
   * A change the sharing policy made at a path (or, with no action, record metadata the conversion
   * filled), the key of the transformation counts.
   */
  private record Change(String path, SharingAction action) {
    Transformation.Action transformation() {
      if (action == null) {
        return Transformation.Action.META_FILLED;
      }
      return switch (action) {
        case DROP -> Transformation.Action.DROPPED;
        case PSEUDONYMISE -> Transformation.Action.PSEUDONYMISED;
        case GENERALISE -> Transformation.Action.GENERALISED;
        case KEEP -> throw new IllegalStateException("keeping a value is no change");
      };
    }
  }
}
