package org.mignet.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.mignet.core.MignetException;
import org.mignet.core.SourceLocation;
import org.mignet.core.internal.Walk;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.CrossRecordCheck;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Reason;
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
 * The one pipeline every conversion, check and aggregation runs through (DESIGN §10): read → validate (under a
 * profile, when asked) → apply the sharing policy (from the model's marks, before any writer sees the record) →
 * write → account. Formats are codecs inside it; they do not apply policies, decide rejections or count losses.
 *
 * <p>Accounting: every record read is either passed on (written) or rejected with at least one issue saying why, so
 * {@code read = written + rejected}, and so is every observation of a dataset read (written or rejected with
 * it); every populated path the target cannot carry is counted as lost by the
 * target's {@link Coverage}; every change the policy (or a writer's disclosure control) made is counted as a
 * transformation. One instance per run; not thread-safe.
 */
final class Pipeline {

  /** What the pipeline runs with; immutable. */
  record Settings(Validation validation, String profile, boolean rejectInvalid, Redactor redactor, int maxIssues,
      MetaDefaults metaDefaults, CrossRecordCheck crossRecord) {}

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

  Pipeline(String from, String to, Set<RecordType> carries, Coverage coverage, Settings settings,
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
   * @param reader the source; the caller closes it
   * @param writer the target, or null to check only; the caller closes it and then calls {@link #report}
   */
  void run(RecordReader reader, RecordWriter writer) {
    while (true) {
      ReadResult result;
      try {
        if (!reader.hasNext()) {
          return;
        }
        result = reader.next();
      } catch (ReadException e) {
        // the reader gave up on the rest of its input: one more unreadable record, and the end
        read++;
        reject(e.location(), Optional.empty(), List.of(e.issue().withSeverity(Severity.FATAL)));
        return;
      }
      read++;
      List<Issue> found = new ArrayList<>(result.issues());
      if (result instanceof ReadResult.Failed) {
        reject(result.location(), Optional.empty(), found);
        continue;
      }
      ReadResult.Ok ok = (ReadResult.Ok) result;
      MignetRecord record = ok.record();
      if (settings.metaDefaults() != null && !settings.metaDefaults().isEmpty()) {
        // absent record metadata the conversion was given, before the record is validated or written
        record = settings.metaDefaults().fill(record, path -> transformed.computeIfAbsent(
            new Change(path, null), k -> new long[1])[0]++);
      }
      RecordType type = record.recordType();
      SourceLocation at = ok.location();
      long observations = observations(record);
      obsRead += observations;
      // until written, the record's observations count as rejected: each rejection below leaves them there
      obsRejected += observations;
      if (!carries.contains(type)) {
        found.add(issue(ConversionRules.TYPE_NOT_CARRIED, at, Reason.NOT_CARRIED, to, type.typeName()));
        reject(at, Optional.of(type), found);
        continue;
      }
      if (settings.validation() != null) {
        ValidationReport report = settings.validation().validate(record, settings.profile());
        for (Issue i : report.issues()) {
          found.add(i.at(at.withoutPointer()));
        }
        // the record against the records before it in this file or batch (an identifier used twice)
        List<Issue> across = settings.crossRecord() == null ? List.of()
            : settings.crossRecord().check(record, at.withoutPointer());
        found.addAll(across);
        long errors = report.issues().stream().filter(i -> i.severity().isBlocking()).count()
            + across.stream().filter(i -> i.severity().isBlocking()).count();
        if (settings.rejectInvalid() && errors > 0) {
          found.add(issue(ConversionRules.INVALID_REJECTED, at, Reason.REJECTED, settings.profile(), errors));
          reject(at, Optional.of(type), found);
          continue;
        }
      }
      if (writer == null) {
        // a check: a record passes when nothing blocking was found in it
        boolean passes = found.stream().noneMatch(i -> i.severity().isBlocking());
        if (passes) {
          written++;
          obsRejected -= observations;
          obsWritten += observations;
        } else {
          rejected++;
        }
        keep(found);
        listener.accept(new RecordOutcome(read, at, Optional.of(type), passes, found));
        continue;
      }
      MignetRecord shared = record;
      if (settings.redactor() != null) {
        Map<Change, long[]> changes = new LinkedHashMap<>();
        try {
          shared = settings.redactor().apply(record,
              (path, action) -> changes.computeIfAbsent(new Change(path, action), k -> new long[1])[0]++);
        } catch (PolicyException e) {
          found.add(issue(ConversionRules.POLICY_FAILED, at, Reason.REJECTED, settings.redactor().policy()
              .agreement()));
          reject(at, Optional.of(type), found);
          continue;
        }
        changes.forEach((k, n) -> transformed.computeIfAbsent(k, x -> new long[1])[0] += n[0]);
      }
      try {
        writer.write(shared);
      } catch (MignetException e) {
        found.add(issue(ConversionRules.WRITE_FAILED, at, Reason.REJECTED, to, e.getMessage()));
        reject(at, Optional.of(type), found);
        continue;
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
  }

  /** @return the number of observations of a dataset, 0 for other records */
  private static long observations(MignetRecord record) {
    return record instanceof org.mignet.core.model.Dataset d ? d.observations().size() : 0;
  }

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
    Walk.Scan scan = Walk.scan(record);
    for (Map.Entry<String, Integer> list : scan.listSizes().entrySet()) {
      OptionalInt max = coverage.maxItems(type, list.getKey());
      if (max.isPresent() && list.getValue() > max.getAsInt()) {
        Lost key = new Lost(type, list.getKey() + "/" + max.getAsInt());
        lostCounts.computeIfAbsent(key, k -> new long[1])[0]++;
        lostReasons.putIfAbsent(key, Words.LOSS_ONLY_FIRST_ITEMS.with(to, max.getAsInt(), list.getKey()));
      }
    }
    for (String path : scan.leaves()) {
      Optional<Term> reason = coverage.lossReason(type, path);
      if (reason.isPresent()) {
        Lost key = new Lost(type, path);
        lostCounts.computeIfAbsent(key, k -> new long[1])[0]++;
        lostReasons.putIfAbsent(key, reason.get());
      }
    }
  }

  private void keep(List<Issue> more) {
    for (Issue i : more) {
      if (issues.size() < settings.maxIssues()) {
        issues.add(i);
      }
    }
  }

  private static Issue issue(RuleDefinition rule, SourceLocation location, Reason reason, Object... args) {
    return Issue.of(rule, "", location, args).withReason(reason);
  }

  /**
   * Counts records a writer took and then withheld whole (k-anonymity suppressed every row of them) as rejected,
   * with one issue, so that {@code written} is what is really in the output.
   *
   * @param count the records withheld
   * @param source where they came from
   */
  void withheld(long count, String source) {
    if (count > 0) {
      written -= count;
      rejected += count;
      keep(List.of(issue(ConversionRules.WITHHELD, SourceLocation.of(source), Reason.REJECTED, to, count)));
    }
  }

  /**
   * @param writerChanges what the writer itself changed (disclosure control), or empty for a check
   * @return the report of the run so far
   */
  ConversionReport report(List<Transformation> writerChanges) {
    List<Loss> lost = new ArrayList<>();
    lostCounts.forEach((key, count) -> lost.add(new Loss(key.pointer(), key.type(), lostReasons.get(key), count[0])));
    List<Transformation> all = new ArrayList<>();
    transformed.forEach((key, n) -> all.add(new Transformation(key.path(), key.transformation(), n[0])));
    all.addAll(writerChanges);
    return new ConversionReport(from, to, read, written, rejected, issues, lost, all,
        new ConversionReport.Observations(obsRead, obsWritten, obsRejected));
  }

  /** A lost path of one record type, the key of the loss counts. */
  private record Lost(RecordType type, String pointer) {}

  /**
   * A change the sharing policy made at a path (or, with no action, record metadata the conversion filled), the key
   * of the transformation counts.
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
