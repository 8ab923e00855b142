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

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.mignet.core.model.RecordType;

/**
 * The {@code mignet} Spark data source (DataSource V2): reads any mignet format into a DataFrame of
 * canonical records and writes a DataFrame of records to any writable format, through mignet's one
 * pipeline ({@link org.mignet.formats.Conversion}), so that validation, rejections, sharing
 * policies and loss accounting are those of the CLI.
 *
 * <pre>{@code
 * Dataset<Row> cases = spark.read().format("mignet").option("from", "htcds").load("cases/*.csv");
 * cases.filter("not _rejected").write().format("mignet").option("to", "ndjson")
 *     .option("policy", "agreement.json").mode("overwrite").save("out/");
 * }</pre>
 *
 * <p>A read gives one row per record read, valid or not: the record's columns ({@code recordType},
 * then one per component of the record type, see {@link #schema(RecordType)}), then {@link
 * MignetColumns}: {@code _rejected}, {@code _issues}, {@code _source}, {@code _record}. A rejected
 * record keeps its row, with null record columns and the issues that say why, so that nothing read
 * is dropped without a word.
 */
public final class MignetDataSource implements TableProvider, DataSourceRegister {

  /** Creates the data source (Spark calls this). */
  public MignetDataSource() {}

  @Override
  public String shortName() {
    return "mignet";
  }

  @Override
  public StructType inferSchema(CaseInsensitiveStringMap options) {
    String from = options.get("from");
    String to = options.get("to");
    java.util.Map<String, String> checked = new java.util.HashMap<>();
    if (from != null) {
      checked.put("from", from);
    } else if (to != null) {
      checked.put("to", to);
    }
    if (options.get("type") != null) {
      checked.put("type", options.get("type"));
    }
    JobOptions job =
        JobOptions.parse(
            checked,
            from != null || to == null ? "from" : "to",
            new org.apache.hadoop.conf.Configuration(false));
    return schema(job.recordType());
  }

  /**
   * Returns the schema of a read of that type: the record's columns, then the columns of {@link
   * MignetColumns}.
   *
   * @param type a record type
   */
  public static StructType schema(RecordType type) {
    java.util.List<StructField> fields =
        new java.util.ArrayList<>(java.util.List.of(ModelRows.schema(type).fields()));
    fields.addAll(MignetColumns.fields());
    return new StructType(fields.toArray(StructField[]::new));
  }

  /**
   * Returns the schema of the record alone: {@code recordType}, then one column per component.
   *
   * @param type a record type
   */
  public static StructType recordSchema(RecordType type) {
    return ModelRows.schema(type);
  }

  @Override
  public Table getTable(
      StructType schema, Transform[] partitioning, Map<String, String> properties) {
    return new MignetTable(schema, SparkSession.active());
  }

  @Override
  public boolean supportsExternalMetadata() {
    // a write hands over the DataFrame's own schema, checked against the model when the write is
    // built
    return true;
  }
}
