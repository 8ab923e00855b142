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

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.datasources.v2.DataSourceV2Relation;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.CrossRecordCheck;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.RuleKind;
import org.mignet.core.validation.Validation;
import org.mignet.formats.json.CanonicalJson;

/**
 * The cross-record rules of a read's profile over its whole input, where each task of the read
 * checks only its own file or split: {@code MG-XREC-001} (a record identifier used twice) by
 * grouping on the cluster, any other (an agency's own) by one ordered pass. Input order is the
 * read's: files in the order given to {@code load} (a directory's files and a glob's matches in
 * name order), records in their file's order, as {@code mignet validate} takes its arguments. The
 * tasks' own issues of these rules are replaced by the ones found here, which are the CLI's.
 */
final class AcrossInput {

  /** The rule this pass re-checks over the whole input. */
  static final String RULE = "MG-XREC-001";

  private AcrossInput() {}

  /**
   * The options of the {@code mignet} read a DataFrame comes from (empty if none or several
   * differ).
   */
  static Map<String, String> readOptions(Dataset<Row> df) {
    List<Map<String, String>> found = new ArrayList<>();
    LogicalPlan plan = df.queryExecution().analyzed();
    for (LogicalPlan leaf : scala.jdk.javaapi.CollectionConverters.asJava(plan.collectLeaves())) {
      if (leaf instanceof DataSourceV2Relation r && r.table() instanceof MignetTable) {
        Map<String, String> o = new HashMap<>();
        r.options().asCaseSensitiveMap().forEach((k, v) -> o.put(k.toLowerCase(Locale.ROOT), v));
        found.add(o);
      }
    }
    return found.stream().distinct().count() == 1 ? found.get(0) : Map.of();
  }

  /** Returns the record type whose read schema the DataFrame has. */
  static RecordType typeOf(StructType schema) {
    for (RecordType t : RecordType.values()) {
      StructType s;
      try {
        s = MignetDataSource.schema(t);
      } catch (RuntimeException e) {
        continue;
      }
      if (contains(schema, s)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "not the DataFrame of a mignet read: its columns are not those of a record "
            + "type (spark.read().format(\"mignet\")…, every column kept)");
  }

  static boolean contains(StructType have, StructType want) {
    for (StructField f : want.fields()) {
      Optional<StructField> h =
          java.util.Arrays.stream(have.fields()).filter(x -> x.name().equals(f.name())).findFirst();
      if (h.isEmpty() || !h.get().dataType().equals(f.dataType())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The files of a read in the order it reads them (the order given to {@code load}; a directory's
   * files or a glob's matches in name order), as they are named in {@code _source}; empty when the
   * DataFrame is not one {@code mignet} read.
   */
  static List<String> files(Dataset<Row> df) {
    Map<String, String> options = readOptions(df);
    if (options.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (MignetScan.Source s :
        MignetScan.sources(
            MignetScan.paths(options), df.sparkSession().sparkContext().hadoopConfiguration())) {
      out.add(s.name());
    }
    return out;
  }

  /**
   * A column giving each row's file its place in the input ({@link #files}); files not listed (a
   * DataFrame that is not one read) come last, to be ordered by name.
   */
  static Column fileOrder(List<String> files) {
    HashMap<String, Integer> index = new HashMap<>();
    for (String f : files) {
      index.putIfAbsent(f, index.size());
    }
    UDF1<String, Integer> place = s -> s == null ? null : index.getOrDefault(s, Integer.MAX_VALUE);
    return udf(place, DataTypes.IntegerType).apply(col(MignetColumns.SOURCE));
  }

  /**
   * Returns the read with its cross-record rules checked across the whole input, as {@code mignet
   * validate} checks them over the files of one run.
   *
   * <p>{@code MG-XREC-001} is checked by grouping on the cluster: the readable records are keyed by
   * identifier (type, system, value); only keys used more than once go on; the first use of each
   * (in input order) is found by an aggregation, and each later use is joined with it and handed,
   * with the first use's file, record and line, to the CLI's own check, which gives it the CLI's
   * issue. No group of uses is ever held in memory, however often one identifier repeats.
   *
   * <p>Any other cross-record rule active under the profile (an agency's own, through {@link
   * org.mignet.core.validation.CrossRecordRule}) keeps state only its own code knows: it is fed
   * every readable record in input order, in one task (the records are sorted into one partition,
   * which Spark spills to disk as it needs).
   *
   * <p>The tasks' own issues of these rules are replaced by the ones found here, which come after
   * the record's other issues ({@code MG-XREC-001} first, then the others in the order the check
   * runs them), as in the CLI.
   *
   * @param read a read with every column
   * @param profile the profile whose cross-record rules apply (as the read's)
   * @param lang the language of the messages
   * @param files the read's files in input order ({@link #files})
   */
  static Dataset<Row> check(Dataset<Row> read, String profile, Locale lang, List<String> files) {
    RecordType type = typeOf(read.schema());
    StructType full = MignetDataSource.schema(type);
    String tag = lang.toLanguageTag();
    Dataset<Row> readable =
        read.filter(not(col(MignetColumns.REJECTED))).withColumn("_file", fileOrder(files));
    Column[] columns = new Column[full.size()];
    for (int i = 0; i < full.size(); i++) {
      columns[i] = col("`" + full.fields()[i].name() + "`");
    }
    int source = full.fieldIndex(MignetColumns.SOURCE);
    int record = full.fieldIndex(MignetColumns.RECORD);
    int line = full.fieldIndex(MignetColumns.LINE);
    int extra = full.size();

    Dataset<Row> identified =
        readable
            .filter(col("meta.identifier").isNotNull())
            .withColumn(
                "_key",
                concat_ws(
                    "\u0000",
                    col("recordType"),
                    col("meta.identifier.system"),
                    col("meta.identifier.value")));
    // renamed, so that the joins below compare two columns, not the one column of a self-join
    Dataset<Row> repeated =
        identified
            .groupBy(col("_key"))
            .agg(count(lit(1)).as("_n"))
            .filter(col("_n").gt(1))
            .select(col("_key").as("_repeated"));
    Dataset<Row> uses =
        identified.join(repeated, col("_key").equalTo(col("_repeated")), "left_semi");
    Dataset<Row> firsts =
        uses.groupBy(col("_key").as("_fkey"))
            .agg(
                min(struct(
                        col("_file").as("f"),
                        col(MignetColumns.SOURCE).as("s"),
                        col(MignetColumns.RECORD).as("r"),
                        col(MignetColumns.LINE).as("l")))
                    .as("_first"));
    List<Column> laterColumns = new ArrayList<>(List.of(columns));
    laterColumns.add(col("_first.s"));
    laterColumns.add(col("_first.r"));
    laterColumns.add(col("_first.l"));
    // the uses stream past the one first use of their key: nothing is grouped
    Dataset<Row> later =
        uses.join(firsts, col("_key").equalTo(col("_fkey")))
            .filter(
                not(
                    col(MignetColumns.SOURCE)
                        .equalTo(col("_first.s"))
                        .and(col(MignetColumns.RECORD).equalTo(col("_first.r")))))
            .select(laterColumns.toArray(Column[]::new));
    JavaRDD<Row> repeats =
        later
            .queryExecution()
            .toRdd()
            .toJavaRDD()
            .map(
                row -> {
                  Occurrence use = occurrence(row, full, type, source, record, line);
                  SourceLocation first =
                      new SourceLocation(
                          Optional.of(row.getUTF8String(extra).toString()),
                          row.getLong(extra + 1),
                          row.isNullAt(extra + 2) ? 0 : row.getLong(extra + 2),
                          0,
                          Optional.empty());
                  return repeat(use, first, profile, Locale.forLanguageTag(tag));
                });

    StructType foundSchema =
        new StructType(
            new StructField[] {
              new StructField("_xsource", DataTypes.StringType, false, Metadata.empty()),
              new StructField("_xrecord", DataTypes.LongType, false, Metadata.empty()),
              new StructField("_xissues", MignetColumns.ISSUES_TYPE, false, Metadata.empty())
            });
    Dataset<Row> joined =
        joinIssues(read, read.sparkSession().createDataFrame(repeats, foundSchema), "_x");
    Column found = coalesce(col("_xissues"), array().cast(MignetColumns.ISSUES_TYPE));

    if (!Holder.VALIDATION
        .crossRecord(Holder.VALIDATION.profile(profile), d -> !d.id().value().equals(RULE))
        .isEmpty()) {
      List<Column> ordered = new ArrayList<>(List.of(columns));
      ordered.add(col("_file"));
      JavaRDD<Row> own =
          readable
              .select(ordered.toArray(Column[]::new))
              .repartition(1)
              .sortWithinPartitions(
                  col("_file"), col(MignetColumns.SOURCE), col(MignetColumns.RECORD))
              .queryExecution()
              .toRdd()
              .toJavaRDD()
              .mapPartitions(
                  rows ->
                      new OwnRules(
                          rows,
                          full,
                          type,
                          source,
                          record,
                          line,
                          profile,
                          Locale.forLanguageTag(tag)));
      StructType ownSchema =
          new StructType(
              new StructField[] {
                new StructField("_osource", DataTypes.StringType, false, Metadata.empty()),
                new StructField("_orecord", DataTypes.LongType, false, Metadata.empty()),
                new StructField("_oissues", MignetColumns.ISSUES_TYPE, false, Metadata.empty())
              });
      joined = joinIssues(joined, read.sparkSession().createDataFrame(own, ownSchema), "_o");
      found = concat(found, coalesce(col("_oissues"), array().cast(MignetColumns.ISSUES_TYPE)));
    }

    Set<String> crossRecordRules = new HashSet<>();
    for (RuleDefinition d : Holder.VALIDATION.catalogue().rules()) {
      if (d.kind() == RuleKind.CROSS_RECORD) {
        crossRecordRules.add(d.id().value());
      }
    }
    Column kept =
        filter(
            col(MignetColumns.ISSUES),
            i -> not(i.getField("rule").isin(crossRecordRules.toArray())));
    List<Column> out = new ArrayList<>();
    for (String f : read.schema().fieldNames()) {
      out.add(
          f.equals(MignetColumns.ISSUES)
              ? concat(kept, found).as(MignetColumns.ISSUES)
              : col("`" + f + "`"));
    }
    return joined.select(out.toArray(Column[]::new));
  }

  /** The read joined with issues found for some of its records, by file and record. */
  private static Dataset<Row> joinIssues(Dataset<Row> read, Dataset<Row> issues, String prefix) {
    return read.join(
        issues,
        col(MignetColumns.SOURCE)
            .equalTo(issues.col(prefix + "source"))
            .and(col(MignetColumns.RECORD).equalTo(issues.col(prefix + "record"))),
        "left_outer");
  }

  /**
   * One use of a repeated identifier: where it was read, and the record as a canonical document.
   */
  record Occurrence(String source, long record, long line, String json)
      implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
  }

  private static Occurrence occurrence(
      InternalRow row, StructType schema, RecordType type, int source, int record, int line) {
    return new Occurrence(
        row.getUTF8String(source).toString(),
        row.getLong(record),
        row.isNullAt(line) ? 0 : row.getLong(line),
        ModelRows.toJson(row, schema, type));
  }

  /**
   * The CLI's check of a later use of an identifier: a check of {@code MG-XREC-001} alone is shown
   * the record at its first use's place, then at its own, so that it says of the second exactly
   * what it says of a repeat over the whole input (only the key matters to it, and the key is the
   * same).
   */
  private static Row repeat(Occurrence use, SourceLocation first, String profile, Locale lang) {
    MignetRecord r = CanonicalJson.standard().fromJson(use.json());
    CrossRecordCheck check =
        Holder.VALIDATION.crossRecord(
            Holder.VALIDATION.profile(profile), d -> d.id().value().equals(RULE));
    check.check(r, first);
    List<Issue> issues =
        check.check(
            r,
            new SourceLocation(
                Optional.of(use.source()), use.record(), use.line(), 0, Optional.empty()));
    return RowFactory.create(use.source(), use.record(), rows(issues, use.line(), lang));
  }

  private static Row[] rows(List<Issue> issues, long recordLine, Locale lang) {
    Row[] out = new Row[issues.size()];
    for (int k = 0; k < out.length; k++) {
      Issue i = issues.get(k);
      long l = i.location().line() > 0 ? i.location().line() : recordLine;
      out[k] =
          RowFactory.create(
              i.ruleId().value(),
              i.severity().name(),
              i.pointer(),
              l > 0 ? l : null,
              i.message(lang),
              i.value().orElse(null),
              i.masked());
    }
    return out;
  }

  /**
   * The cross-record rules other than {@code MG-XREC-001} over every readable record in input
   * order, in one task: the records whose check finds something, with what it found.
   */
  private static final class OwnRules implements java.util.Iterator<Row> {
    private final java.util.Iterator<InternalRow> rows;
    private final StructType schema;
    private final RecordType type;
    private final int source;
    private final int record;
    private final int line;
    private final Locale lang;
    private final CrossRecordCheck check;
    private Row next;

    OwnRules(
        java.util.Iterator<InternalRow> rows,
        StructType schema,
        RecordType type,
        int source,
        int record,
        int line,
        String profile,
        Locale lang) {
      this.rows = rows;
      this.schema = schema;
      this.type = type;
      this.source = source;
      this.record = record;
      this.line = line;
      this.lang = lang;
      this.check =
          Holder.VALIDATION.crossRecord(
              Holder.VALIDATION.profile(profile), d -> !d.id().value().equals(RULE));
    }

    @Override
    public boolean hasNext() {
      while (next == null && rows.hasNext()) {
        Occurrence o = occurrence(rows.next(), schema, type, source, record, line);
        List<Issue> issues =
            check.check(
                CanonicalJson.standard().fromJson(o.json()),
                new SourceLocation(
                    Optional.of(o.source()), o.record(), o.line(), 0, Optional.empty()));
        if (!issues.isEmpty()) {
          next = RowFactory.create(o.source(), o.record(), rows(issues, o.line(), lang));
        }
      }
      return next != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      Row r = next;
      next = null;
      return r;
    }
  }

  /** One standard validation per executor JVM. */
  private static final class Holder {
    static final Validation VALIDATION = Validation.standard();
  }
}
