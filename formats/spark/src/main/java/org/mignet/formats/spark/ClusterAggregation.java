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

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordType;
import org.mignet.formats.ReadException;
import org.mignet.formats.json.CanonicalJson;
import org.mignet.formats.stat.Aggregation;
import org.mignet.formats.stat.AggregationReport;

/**
 * {@code mignet aggregate} on a cluster: each executor turns its rows back into canonical records
 * and asks {@link Aggregation#cells} which cells each record adds to (the unit counting of the CLI,
 * not a copy of it); Spark sums the cells with a {@code groupBy} on the cell dimensions; the driver
 * collects the small table, the count of records per file and the records left out, and hands them
 * to the same {@link Aggregation}, whose {@link Aggregation#result()} applies the same disclosure
 * control and audit as the CLI.
 */
final class ClusterAggregation {

  /** {@code _kind} of an intermediate row: a record counted, a record left out, a cell's units. */
  private static final int COUNTED = 0;

  private static final int LEFT_OUT = 1;
  private static final int CELL = 2;

  private ClusterAggregation() {}

  static AggregationReport aggregate(Dataset<Row> read, Aggregation given) {
    RecordType type = given.type();
    StructType full = MignetDataSource.schema(type);
    requireColumns(read.schema(), full, type);
    // inputs and records left out are listed in input order, as the CLI lists its arguments
    List<String> files = AcrossInput.files(read);
    // a fresh aggregation with the same settings: the one given stays as it was
    Aggregation aggregation =
        Aggregation.of(type, given.dimensions()).with(given.disclosureControl());
    List<String> by = aggregation.dimensions();
    List<String> dims = aggregation.cellDimensions();
    StructType out = intermediate(dims);
    Column[] columns = new Column[full.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = col("`" + full.fields()[i].name() + "`");
    }
    int rejected = full.fieldIndex(MignetColumns.REJECTED);
    int issues = full.fieldIndex(MignetColumns.ISSUES);
    int source = full.fieldIndex(MignetColumns.SOURCE);
    int record = full.fieldIndex(MignetColumns.RECORD);
    JavaRDD<Row> rows =
        read.select(columns)
            .queryExecution()
            .toRdd()
            .toJavaRDD()
            .mapPartitions(
                it -> {
                  Aggregation local = Aggregation.of(type, by);
                  return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, 0), false)
                      .flatMap(
                          row ->
                              rows(local, row, full, rejected, issues, source, record, dims.size())
                                  .stream())
                      .iterator();
                });
    Dataset<Row> parts =
        read.sparkSession().createDataFrame(rows, out).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Column[] dimColumns = dims.stream().map(d -> col("`" + d + "`")).toArray(Column[]::new);
      Map<List<String>, Long> sums = new HashMap<>();
      for (Row r :
          parts
              .filter(col("_kind").equalTo(CELL))
              .groupBy(dimColumns)
              .agg(sum(col("_units")))
              .collectAsList()) {
        List<String> key = new ArrayList<>(dims.size());
        for (int k = 0; k < dims.size(); k++) {
          key.add(r.getString(k));
        }
        sums.put(key, r.getLong(dims.size()));
      }
      List<Row> perFile =
          parts
              .filter(col("_kind").lt(CELL))
              .groupBy(col("_source"))
              .agg(
                  count(lit(1)),
                  sum(when(col("_kind").equalTo(COUNTED), 1L).otherwise(0L)),
                  sum(when(col("_kind").equalTo(COUNTED), col("_units")).otherwise(0L)))
              .orderBy(AcrossInput.fileOrder(files), col("_source"))
              .collectAsList();
      List<AggregationReport.Input> inputs = new ArrayList<>(perFile.size());
      long counted = 0;
      long genderOnly = 0;
      for (Row r : perFile) {
        long c = r.getLong(2);
        inputs.add(
            new AggregationReport.Input(name(r.getString(0)), r.getLong(1), c, r.getLong(1) - c));
        counted += c;
        genderOnly += r.getLong(3);
      }
      aggregation.addCounted(sums, counted, genderOnly);
      for (Row r :
          parts
              .filter(col("_kind").equalTo(LEFT_OUT))
              .select(col("_source"), col("_record"), col("_rules"))
              .orderBy(AcrossInput.fileOrder(files), col("_source"), col("_record"))
              .collectAsList()) {
        aggregation.leftOut(name(r.getString(0)), r.getLong(1), r.<String>getList(2));
      }
      return new AggregationReport(inputs, aggregation.result());
    } finally {
      parts.unpersist();
    }
  }

  /** The CLI names a file by its name alone in the aggregation report. */
  private static String name(String source) {
    int slash = source.lastIndexOf('/');
    return slash < 0 ? source : source.substring(slash + 1);
  }

  private static void requireColumns(StructType have, StructType want, RecordType type) {
    for (StructField f : want.fields()) {
      boolean found = false;
      for (StructField h : have.fields()) {
        if (h.name().equals(f.name()) && h.dataType().equals(f.dataType())) {
          found = true;
        }
      }
      if (!found) {
        throw new IllegalArgumentException(
            "aggregating "
                + type.typeName()
                + " needs the columns of a mignet read "
                + "of "
                + type.typeName()
                + " records (spark.read().format(\"mignet\")…); column '"
                + f.name()
                + "' is missing or of another type: read the records with option type="
                + type.typeName()
                + " and keep every column");
      }
    }
  }

  /** {@code _kind, _source, _record, _rules, _units}, then one string column per cell dimension. */
  private static StructType intermediate(List<String> dims) {
    List<StructField> f = new ArrayList<>();
    f.add(new StructField("_kind", DataTypes.IntegerType, false, Metadata.empty()));
    f.add(new StructField("_source", DataTypes.StringType, false, Metadata.empty()));
    f.add(new StructField("_record", DataTypes.LongType, false, Metadata.empty()));
    f.add(
        new StructField(
            "_rules",
            DataTypes.createArrayType(DataTypes.StringType, false),
            true,
            Metadata.empty()));
    f.add(new StructField("_units", DataTypes.LongType, false, Metadata.empty()));
    for (String d : dims) {
      f.add(new StructField(d, DataTypes.StringType, true, Metadata.empty()));
    }
    return new StructType(f.toArray(StructField[]::new));
  }

  /**
   * What one row of the read gives: a record counted with its cells, or a record left out with its
   * rules.
   */
  private static List<Row> rows(
      Aggregation local,
      InternalRow row,
      StructType schema,
      int rejected,
      int issues,
      int source,
      int number,
      int dims) {
    String from = row.getUTF8String(source).toString();
    long at = row.getLong(number);
    if (row.getBoolean(rejected)) {
      // as the CLI: a record the pipeline did not pass is left out with its blocking rules
      Set<String> rules = new LinkedHashSet<>();
      ArrayData found = row.getArray(issues);
      for (int i = 0; i < found.numElements(); i++) {
        InternalRow issue = found.getStruct(i, MignetColumns.ISSUE.size());
        String severity = issue.getUTF8String(1).toString();
        if (severity.equals("ERROR") || severity.equals("FATAL")) {
          rules.add(issue.getUTF8String(0).toString());
        }
      }
      return List.of(leftOut(from, at, List.copyOf(rules), dims));
    }
    MignetRecord record;
    try {
      record = CanonicalJson.standard().fromJson(ModelRows.toJson(row, schema, local.type()));
    } catch (ReadException e) {
      // a row changed after the read into something that is no record: left out with the reader's
      // rule
      return List.of(leftOut(from, at, List.of(e.issue().ruleId().value()), dims));
    }
    List<Row> out = new ArrayList<>();
    long[] genderOnly = new long[1];
    var rule =
        local.cells(
            record,
            new Aggregation.CellSink() {
              @Override
              public void accept(List<String> key, long units) {
                Object[] v = new Object[5 + dims];
                v[0] = CELL;
                v[1] = from;
                v[2] = at;
                v[4] = units;
                for (int k = 0; k < dims; k++) {
                  v[5 + k] = key.get(k);
                }
                out.add(RowFactory.create(v));
              }

              @Override
              public void sexUnknownGenderKnown(long people) {
                genderOnly[0] += people;
              }
            });
    if (rule.isPresent()) {
      return List.of(leftOut(from, at, List.of(rule.get()), dims));
    }
    Object[] v = new Object[5 + dims];
    v[0] = COUNTED;
    v[1] = from;
    v[2] = at;
    // a counted record's units are its people of unknown sex and known gender (MG-STAT-008), summed
    // per file
    v[4] = genderOnly[0];
    out.add(RowFactory.create(v));
    return out;
  }

  private static Row leftOut(String source, long record, List<String> rules, int dims) {
    Object[] v = new Object[5 + dims];
    v[0] = LEFT_OUT;
    v[1] = source;
    v[2] = record;
    v[3] = rules.toArray(String[]::new);
    v[4] = 0L;
    return RowFactory.create(v);
  }
}
