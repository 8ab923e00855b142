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
import static org.apache.spark.sql.functions.not;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.datasources.v2.DataSourceV2Relation;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.CrossRecordCheck;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Validation;
import org.mignet.formats.json.CanonicalJson;
import scala.Tuple2;

/**
 * {@code MG-XREC-001} (a record identifier used twice) over the whole input of a read, where each
 * task of the read checks only its own file or split. The records are grouped by their identifier
 * key (type, system, value) on the cluster; only keys used more than once go on, and each such
 * group is checked in input order (files in name order, records in their file's order) by the very
 * {@link CrossRecordCheck} the CLI runs, fed the records with where they were read: so each repeat
 * gets the CLI's issue, naming where the identifier was first used. The tasks' own {@code
 * MG-XREC-001} issues are replaced by these.
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
   * Returns the read with {@code MG-XREC-001} found across the whole input.
   *
   * @param read a read with every column
   * @param profile the profile whose cross-record rules apply (as the read's)
   * @param lang the language of the messages
   */
  static Dataset<Row> check(Dataset<Row> read, String profile, Locale lang) {
    RecordType type = typeOf(read.schema());
    StructType full = MignetDataSource.schema(type);
    Column key =
        concat_ws(
            "\u0000",
            col("recordType"),
            col("meta.identifier.system"),
            col("meta.identifier.value"));
    Dataset<Row> readable =
        read.filter(not(col(MignetColumns.REJECTED)).and(col("meta.identifier").isNotNull()))
            .withColumn("_key", key);
    // renamed, so that the join below compares two columns, not the one column of a self-join
    Dataset<Row> repeated =
        readable
            .groupBy(col("_key"))
            .agg(count(lit(1)).as("_n"))
            .filter(col("_n").gt(1))
            .select(col("_key").as("_repeated"));
    Column[] columns = new Column[full.size() + 1];
    for (int i = 0; i < full.size(); i++) {
      columns[i] = col("`" + full.fields()[i].name() + "`");
    }
    columns[full.size()] = col("_key");
    Dataset<Row> candidates =
        readable.join(repeated, col("_key").equalTo(col("_repeated")), "left_semi").select(columns);
    int source = full.fieldIndex(MignetColumns.SOURCE);
    int record = full.fieldIndex(MignetColumns.RECORD);
    int line = full.fieldIndex(MignetColumns.LINE);
    int keyAt = full.size();
    String tag = lang.toLanguageTag();
    JavaRDD<Row> found =
        candidates
            .queryExecution()
            .toRdd()
            .toJavaRDD()
            .mapToPair(
                row ->
                    new Tuple2<>(
                        row.getUTF8String(keyAt).toString(),
                        occurrence(row, full, type, source, record, line)))
            .groupByKey()
            .flatMap(group -> issues(group._2(), profile, Locale.forLanguageTag(tag)).iterator());
    StructType foundSchema =
        new StructType(
            new StructField[] {
              new StructField("_xsource", DataTypes.StringType, false, Metadata.empty()),
              new StructField("_xrecord", DataTypes.LongType, false, Metadata.empty()),
              new StructField("_xissues", MignetColumns.ISSUES_TYPE, false, Metadata.empty())
            });
    Dataset<Row> across = read.sparkSession().createDataFrame(found, foundSchema);
    Dataset<Row> joined =
        read.join(
            across,
            read.col(MignetColumns.SOURCE)
                .equalTo(across.col("_xsource"))
                .and(read.col(MignetColumns.RECORD).equalTo(across.col("_xrecord"))),
            "left_outer");
    Column own = filter(col(MignetColumns.ISSUES), i -> not(i.getField("rule").equalTo(lit(RULE))));
    Column issues = concat(own, coalesce(col("_xissues"), array().cast(MignetColumns.ISSUES_TYPE)));
    List<Column> out = new ArrayList<>();
    for (String f : read.schema().fieldNames()) {
      out.add(
          f.equals(MignetColumns.ISSUES)
              ? issues.as(MignetColumns.ISSUES)
              : read.col("`" + f + "`"));
    }
    return joined.select(out.toArray(Column[]::new));
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
   * The CLI's check over one identifier's uses, in input order: the issues of every use after the
   * first.
   */
  private static List<Row> issues(Iterable<Occurrence> uses, String profile, Locale lang) {
    List<Occurrence> sorted = new ArrayList<>();
    uses.forEach(sorted::add);
    sorted.sort(Comparator.comparing(Occurrence::source).thenComparingLong(Occurrence::record));
    CrossRecordCheck check = Holder.VALIDATION.crossRecord(profile);
    List<Row> out = new ArrayList<>();
    for (Occurrence o : sorted) {
      SourceLocation at =
          new SourceLocation(Optional.of(o.source()), o.record(), o.line(), 0, Optional.empty());
      List<Row> found = new ArrayList<>();
      for (Issue i : check.check(CanonicalJson.standard().fromJson(o.json()), at)) {
        if (i.ruleId().equals(RULE)) {
          long l = i.location().line() > 0 ? i.location().line() : o.line();
          found.add(
              RowFactory.create(
                  i.ruleId(),
                  i.severity().name(),
                  i.pointer(),
                  l > 0 ? l : null,
                  i.message(lang),
                  i.value().orElse(null),
                  i.masked()));
        }
      }
      if (!found.isEmpty()) {
        out.add(RowFactory.create(o.source(), o.record(), found.toArray(Row[]::new)));
      }
    }
    return out;
  }

  /** One standard validation per executor JVM. */
  private static final class Holder {
    static final Validation VALIDATION = Validation.standard();
  }
}
