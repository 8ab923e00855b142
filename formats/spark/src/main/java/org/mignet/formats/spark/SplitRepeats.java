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
package org.mignet.formats.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.Identifier;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.RuleKind;
import org.mignet.core.validation.Validation;
import org.mignet.formats.RecordOutcome;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.json.CanonicalJson;
import scala.Tuple2;

/**
 * {@code MG-XREC-001} (an identifier used twice) across the byte ranges of a split file, for a read
 * that rejects invalid records ({@code reject-invalid}): the tasks decide the rejections, and a
 * task sees only its own range, so before any task runs a first pass over the split files finds,
 * for each range, the identifiers it uses whose first use in the file lies in an earlier range.
 * Each such first use (the record, with its record and line number) is handed to the range's task,
 * which feeds it to its cross-record check before its own records: the task then finds and rejects
 * each repeat exactly as {@code mignet convert --profile P} (and {@code mignet aggregate --profile
 * P}) over the whole file, with the same issue naming the same first use.
 *
 * <p>The scope is the file, as for those commands, which check identifiers file by file; a read of
 * several files that are one task each needs no first pass. The pass costs one more read of the
 * split files (read only: neither validated nor shared, since which records are readable does not
 * depend on it; only identifiers and where they are kept, the keys hashed to 128 bits as the CLI's
 * check keeps them), a shuffle of one small tuple per identifier and range, and a second read of
 * the ranges that hold a first use to be handed on. What reaches the driver is one entry per
 * identifier and later range that uses it, however often it is repeated.
 *
 * <p>An agency's own cross-record rules ({@link org.mignet.core.validation.CrossRecordRule}) keep
 * state this pass cannot hand on: a read that rejects invalid records of a split file under a
 * profile where such a rule is active is refused, naming the rules.
 */
final class SplitRepeats {

  /**
   * A first use of an identifier in an earlier range of the file: its record and line number in the
   * file, and the record as a canonical document.
   */
  record Replay(long record, long line, String json) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Says where, never the record (which may hold personal data). */
    @Override
    public String toString() {
      return "Replay[record " + record + ", line " + line + "]";
    }
  }

  /** A use of an identifier: its range (by the records before it), record and line. */
  record Use(long range, long record, long line) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A range of a file that must see the first use of an identifier before its records. */
  record Need(String file, long range, Use first) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private SplitRepeats() {}

  /**
   * Returns the parts of a read with the first uses each range must see (the parts themselves when
   * no file is split, or the profile has no cross-record rule).
   *
   * @throws IllegalArgumentException if a file is split and the profile has an agency's own
   *     cross-record rule
   */
  static List<MignetScan.FilePart> withReplays(
      SparkSession spark, JobOptions job, List<MignetScan.FilePart> parts, Configuration hadoop) {
    Map<String, Integer> ranges = new HashMap<>();
    parts.forEach(p -> ranges.merge(p.name(), 1, Integer::sum));
    List<MignetScan.FilePart> split = parts.stream().filter(p -> ranges.get(p.name()) > 1).toList();
    if (split.isEmpty() || job.profile == null) {
      return parts;
    }
    Validation validation = Validation.standard();
    if (validation.crossRecord(validation.profile(job.profile)).isEmpty()) {
      return parts;
    }
    if (!validation
        .crossRecord(validation.profile(job.profile), d -> !d.id().value().equals(AcrossInput.RULE))
        .isEmpty()) {
      throw new IllegalArgumentException(
          "reject-invalid over a file split across tasks cannot apply the cross-record rules of "
              + "your own ("
              + String.join(", ", ownRules(validation))
              + ") under profile "
              + job.profile
              + ", which must see every record of the file in order: read without "
              + "reject-invalid and call MignetFunctions.checkAcrossInput, or give a split-bytes "
              + "larger than the file");
    }
    JobOptions first = job.readingOnly();
    SerializableConfiguration conf = new SerializableConfiguration(hadoop);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Need> needs =
        jsc.parallelize(split, split.size())
            .flatMapToPair(p -> uses(first, p, conf.value()).iterator())
            .groupByKey()
            .flatMap(g -> needs(g._1(), g._2()).iterator())
            .collect();
    if (needs.isEmpty()) {
      return parts;
    }
    HashMap<String, HashSet<Long>> wanted = new HashMap<>();
    for (Need n : needs) {
      wanted
          .computeIfAbsent(rangeKey(n.file(), n.first().range()), k -> new HashSet<>())
          .add(n.first().record());
    }
    List<MignetScan.FilePart> holding =
        split.stream()
            .filter(p -> wanted.containsKey(rangeKey(p.name(), p.recordsBefore())))
            .toList();
    Map<String, String> documents = new HashMap<>();
    for (Tuple2<String, String> d :
        jsc.parallelize(holding, holding.size())
            .flatMap(
                p ->
                    documents(
                            first,
                            p,
                            conf.value(),
                            wanted.get(rangeKey(p.name(), p.recordsBefore())))
                        .iterator())
            .collect()) {
      documents.put(d._1(), d._2());
    }
    Map<String, TreeMap<Long, Replay>> replays = new HashMap<>();
    for (Need n : needs) {
      String json = documents.get(n.file() + '\u0000' + n.first().record());
      if (json == null) {
        throw new IllegalStateException(
            "record "
                + n.first().record()
                + " of "
                + n.file()
                + " was read in the first pass and not in the second: did the file change?");
      }
      replays
          .computeIfAbsent(rangeKey(n.file(), n.range()), k -> new TreeMap<>())
          .put(n.first().record(), new Replay(n.first().record(), n.first().line(), json));
    }
    List<MignetScan.FilePart> out = new ArrayList<>(parts.size());
    for (MignetScan.FilePart p : parts) {
      TreeMap<Long, Replay> r = replays.get(rangeKey(p.name(), p.recordsBefore()));
      out.add(r == null ? p : p.withReplay(List.copyOf(r.values())));
    }
    return out;
  }

  private static List<String> ownRules(Validation validation) {
    List<String> out = new ArrayList<>();
    for (RuleDefinition d : validation.catalogue().rules()) {
      if (d.kind() == RuleKind.CROSS_RECORD && !d.id().value().startsWith("MG-")) {
        out.add(d.id().value());
      }
    }
    return out;
  }

  private static String rangeKey(String file, long range) {
    return file + '\u0000' + range;
  }

  /**
   * Runs the pipeline over a range, reading only (see {@link JobOptions#readingOnly}), and hands
   * each record it reads, with its number and line in the file, to an action: no row is built.
   */
  private static void each(
      JobOptions job, MignetScan.FilePart part, Configuration hadoop, RecordAction action) {
    RecordType type = job.recordType();
    MignetRecord[] pending = new MignetRecord[1];
    RecordWriter sink =
        new RecordWriter() {
          @Override
          public void write(MignetRecord record) {
            pending[0] = record;
          }

          @Override
          public void close() {}
        };
    RecordOutcome.Listener listener =
        outcome -> {
          MignetRecord r = pending[0];
          pending[0] = null;
          if (outcome.passed() && r != null) {
            SourceLocation at = outcome.location();
            action.accept(
                r, at.recordNumber().orElse(outcome.number() + part.recordsBefore()), at.line());
          }
        };
    try (InputStream in = RecordRows.open(part, hadoop)) {
      job.withConversion(
          SplitFormat.of(job.formatObject(), part),
          null,
          null,
          c -> c.drain(in, part.name(), "spark", Set.of(type), sink, listener));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + part.name(), e);
    }
  }

  /** What {@link #each} does with a record read. */
  @FunctionalInterface
  private interface RecordAction {
    void accept(MignetRecord record, long number, long line);
  }

  /**
   * The identifiers a range uses, each once, with its first use in the range: keyed by the file and
   * a 128-bit hash of the record type, system and value (the key of {@code MG-XREC-001}).
   */
  private static List<Tuple2<String, Use>> uses(
      JobOptions job, MignetScan.FilePart part, Configuration hadoop) {
    Map<String, Use> first = new LinkedHashMap<>();
    each(
        job,
        part,
        hadoop,
        (record, number, line) ->
            first.putIfAbsent(
                part.name() + '\u0000' + key(record), new Use(part.recordsBefore(), number, line)));
    List<Tuple2<String, Use>> out = new ArrayList<>(first.size());
    first.forEach((k, u) -> out.add(new Tuple2<>(k, u)));
    return out;
  }

  /** The key of {@code MG-XREC-001} (record type, system, value), hashed to 128 bits. */
  private static String key(MignetRecord record) {
    Identifier id = record.meta().identifier();
    String key = record.recordType().typeName() + '\u0000' + id.system() + '\u0000' + id.value();
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The later ranges of an identifier used in more than one range, each with the first use. */
  private static List<Need> needs(String key, Iterable<Use> uses) {
    List<Use> all = new ArrayList<>();
    uses.forEach(all::add);
    if (all.size() < 2) {
      return List.of();
    }
    all.sort(Comparator.comparingLong(Use::record));
    String file = key.substring(0, key.indexOf('\u0000'));
    Use first = all.get(0);
    List<Need> out = new ArrayList<>(all.size() - 1);
    for (Use u : all.subList(1, all.size())) {
      out.add(new Need(file, u.range(), first));
    }
    return out;
  }

  /** The records of a range whose numbers are wanted, as canonical documents. */
  private static List<Tuple2<String, String>> documents(
      JobOptions job, MignetScan.FilePart part, Configuration hadoop, Set<Long> records) {
    List<Tuple2<String, String>> out = new ArrayList<>(records.size());
    each(
        job,
        part,
        hadoop,
        (record, number, line) -> {
          if (records.contains(number)) {
            out.add(
                new Tuple2<>(
                    part.name() + '\u0000' + number, CanonicalJson.standard().toJson(record)));
          }
        });
    return out;
  }
}
