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
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Observation;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Validation;
import org.mignet.formats.ReadException;
import org.mignet.formats.json.CanonicalJson;
import org.mignet.formats.stat.Aggregation;
import org.mignet.formats.stat.AggregationReport;
import org.mignet.formats.stat.DisclosureControl;
import org.mignet.formats.stat.SuppressionMethod;

/**
 * mignet's validation as Spark functions.
 *
 * <ul>
 *   <li>{@code mignet_validate(json, profile[, lang])}, registered for Spark SQL (and so for
 *       PySpark) by {@link #register(SparkSession)}: the issues of one canonical record document
 *       under a profile, as {@code array<struct<rule, severity, pointer, message>>} (empty when the
 *       record passes; a document that cannot be read gives its read-level issue), messages in the
 *       language asked for (English by default, any of the six UN languages).
 *   <li>{@link #report(Dataset)}: the validation report of a {@code mignet} read, aggregated on the
 *       cluster into the JSON object {@code mignet validate --json} prints for the same files.
 *   <li>{@link #issueCounts(Dataset)}: the issues of a {@code mignet} read counted by rule and
 *       severity.
 *   <li>{@link #checkAcrossInput(Dataset)}: the read with {@code MG-XREC-001} (an identifier used
 *       twice) checked across the whole input, where each task checks only its own file or split.
 *   <li>{@link #aggregate(Dataset, Aggregation)}: {@code mignet aggregate} on the cluster, the
 *       statistics with disclosure control and their report; {@link #observations} gives the
 *       published table as a DataFrame.
 * </ul>
 */
public final class MignetFunctions {

  /** The name the validation function is registered under. */
  public static final String VALIDATE = "mignet_validate";

  /**
   * As {@code mignet validate --json}: at most this many issues are listed, the rest counted by
   * rule.
   */
  public static final int MAX_KEPT = 10_000;

  /** {@code struct<rule, severity, pointer, message>}. */
  public static final StructType ISSUE =
      new StructType(
          new StructField[] {
            new StructField("rule", DataTypes.StringType, false, Metadata.empty()),
            new StructField("severity", DataTypes.StringType, false, Metadata.empty()),
            new StructField("pointer", DataTypes.StringType, false, Metadata.empty()),
            new StructField("message", DataTypes.StringType, false, Metadata.empty())
          });

  /** The result type of {@code mignet_validate}. */
  public static final ArrayType ISSUES = DataTypes.createArrayType(ISSUE, false);

  private MignetFunctions() {}

  /**
   * Registers {@code mignet_validate(json, profile[, lang])} in a session, for SQL, PySpark and
   * {@code functions.call_function}.
   *
   * @param spark the session; not null
   */
  public static void register(SparkSession spark) {
    // Spark's own registration of the three-argument function gives the builder of its expression;
    // the function
    // registered under the name then takes two or three arguments, the language defaulting to
    // English
    spark.udf().register(VALIDATE, validateFunction());
    var registry = spark.sessionState().functionRegistry();
    org.apache.spark.sql.catalyst.FunctionIdentifier id = null;
    for (var f : scala.jdk.javaapi.CollectionConverters.asJava(registry.listFunction())) {
      if (f.funcName().equals(VALIDATE)) {
        id = f;
      }
    }
    if (id == null) {
      throw new IllegalStateException(VALIDATE + " was not registered");
    }
    scala.Function1<scala.collection.immutable.Seq<Expression>, Expression> three =
        registry.lookupFunctionBuilder(id).get();
    scala.Function1<scala.collection.immutable.Seq<Expression>, Expression> builder =
        args -> {
          int n = args.size();
          if (n == 3) {
            return three.apply(args);
          }
          if (n != 2) {
            throw new IllegalArgumentException(
                VALIDATE
                    + " takes (json, profile) or (json, profile, lang), not "
                    + n
                    + " arguments");
          }
          return three.apply(
              scala.jdk.javaapi.CollectionConverters.asScala(
                      List.of(
                          args.apply(0),
                          args.apply(1),
                          (Expression) Literal.create("en", DataTypes.StringType)))
                  .toList());
        };
    registry.registerFunction(id, builder, "scala_udf");
  }

  /**
   * Returns {@code mignet_validate} as a column function of three arguments (json, profile, lang),
   * for the DataFrame API: {@code df.select(MignetFunctions.validateFunction().apply(col("json"),
   * lit("exchange"), lit("fr")))}.
   */
  public static UserDefinedFunction validateFunction() {
    UDF3<String, String, String, List<Row>> f = MignetFunctions::validate;
    return org.apache.spark.sql.functions.udf(f, ISSUES).withName(VALIDATE);
  }

  /**
   * The function itself: reads the document with the canonical reader and validates it under the
   * profile.
   *
   * @param json a canonical record document, or null (gives null)
   * @param profile a profile of the standard validation; not null
   * @param lang a language tag for the messages (null for English)
   * @return the issues, in the order found
   * @throws IllegalArgumentException for an unknown profile (the query fails, naming the profiles)
   */
  static List<Row> validate(String json, String profile, String lang) {
    if (json == null) {
      return null;
    }
    Validation validation = Validation.standard();
    if (profile == null
        || validation.profiles().stream().noneMatch(p -> p.name().equals(profile))) {
      throw new IllegalArgumentException(
          "unknown profile '"
              + profile
              + "'; known: "
              + String.join(
                  ", ", new TreeSet<>(validation.profiles().stream().map(p -> p.name()).toList())));
    }
    Locale locale = lang == null ? Locale.ENGLISH : Locale.forLanguageTag(lang);
    List<Issue> issues;
    try {
      MignetRecord record = CanonicalJson.standard().fromJson(json);
      issues = validation.validate(record, validation.profile(profile), locale).issues();
    } catch (ReadException e) {
      issues = List.of(e.issue());
    }
    List<Row> out = new ArrayList<>(issues.size());
    for (Issue i : issues) {
      out.add(
          RowFactory.create(
              i.ruleId().value(), i.severity().name(), i.pointer(), i.message(locale)));
    }
    return out;
  }

  /**
   * Returns whether a row of a {@code mignet} read is invalid as the CLI counts it: rejected, or
   * with an error.
   */
  private static Column invalid() {
    return col(MignetColumns.REJECTED)
        .or(exists(col(MignetColumns.ISSUES), i -> i.getField("severity").isin("ERROR", "FATAL")));
  }

  /**
   * Counts the issues of a {@code mignet} read by rule and severity, on the cluster.
   *
   * @param read a DataFrame from {@code spark.read().format("mignet")} (its {@code _issues} column
   *     is used)
   * @return {@code rule, severity, count}, most frequent first
   */
  public static Dataset<Row> issueCounts(Dataset<Row> read) {
    return read.select(posexplode(col(MignetColumns.ISSUES)).as(new String[] {"pos", "issue"}))
        .groupBy(col("issue.rule").as("rule"), col("issue.severity").as("severity"))
        .agg(count(lit(1)).as("count"))
        .orderBy(col("count").desc(), col("rule"));
  }

  /**
   * The validation report of a {@code mignet} read, aggregated on the cluster, as the JSON object
   * that {@code mignet validate --json} prints for the same files given in the same order (the
   * order given to {@code load}; a directory's files or a glob's matches in name order, as a shell
   * gives them): {@code records}, {@code valid}, {@code invalid}, {@code observations}, the first
   * {@value #MAX_KEPT} {@code issues} by file, record and order found (each with rule, severity,
   * pointer, line, record, file and message), and {@code omitted}, the count by rule of the issues
   * beyond them. Messages are in the language of the read ({@code lang}). Only the counts and the
   * listed issues reach the driver.
   *
   * <p>Read with {@code profile} (and without {@code reject-invalid}) to get the CLI's check: every
   * record read and validated. A read keeps one record type; records of another type in the files
   * are rejected (rule {@code MG-CONV-001}), where the CLI would validate them too.
   *
   * @param read a DataFrame from {@code spark.read().format("mignet")}, not filtered
   * @return the JSON text, pretty-printed as the CLI prints it (without the CLI's final line break)
   */
  public static String report(Dataset<Row> read) {
    List<String> files = AcrossInput.files(read);
    read = checkAcrossInput(read, files);
    Column observations =
        hasObservations(read)
            ? when(col("observations").isNull(), lit(0L))
                .otherwise(size(col("observations")).cast("long"))
            : lit(0L);
    Column readable = not(col(MignetColumns.REJECTED));
    Row totals =
        read.agg(
                count(lit(1)),
                sum(when(invalid(), 1L).otherwise(0L)),
                sum(when(readable, observations).otherwise(0L)),
                sum(when(readable.and(not(invalid())), observations).otherwise(0L)))
            .first();
    long records = totals.getLong(0);
    long invalid = totals.isNullAt(1) ? 0 : totals.getLong(1);
    long obsRead = totals.isNullAt(2) ? 0 : totals.getLong(2);
    long obsValid = totals.isNullAt(3) ? 0 : totals.getLong(3);
    Dataset<Row> issues =
        read.select(
            col(MignetColumns.SOURCE),
            col(MignetColumns.RECORD),
            posexplode(col(MignetColumns.ISSUES)).as(new String[] {"pos", "issue"}),
            AcrossInput.fileOrder(files).as("_file"));
    List<Row> kept =
        issues
            .orderBy(col("_file"), col(MignetColumns.SOURCE), col(MignetColumns.RECORD), col("pos"))
            .limit(MAX_KEPT)
            .collectAsList();
    // one pass over the issues counts them by rule: the rules map, the total and what is omitted
    // come from it
    List<Row> byRule =
        issues
            .groupBy(col("issue.rule"), col("issue.severity"))
            .count()
            .orderBy(col("rule"))
            .collectAsList();
    long total = byRule.stream().mapToLong(r -> r.getLong(2)).sum();
    Map<String, Long> omitted = new TreeMap<>();
    if (total > kept.size()) {
      for (Row r : byRule) {
        omitted.merge(r.getString(0), r.getLong(2), Long::sum);
      }
      for (Row r : kept) {
        omitted.merge(r.getStruct(3).getString(0), -1L, Long::sum);
      }
      omitted.values().removeIf(v -> v == 0);
    }
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("records", records);
      g.writeNumberField("valid", records - invalid);
      g.writeNumberField("invalid", invalid);
      g.writeObjectFieldStart("observations");
      g.writeNumberField("read", obsRead);
      g.writeNumberField("valid", obsValid);
      g.writeNumberField("invalid", obsRead - obsValid);
      g.writeEndObject();
      g.writeArrayFieldStart("issues");
      for (Row r : kept) {
        // the one issue shape of every JSON report (ReportJson.ISSUE_SCHEMA), compact, as the CLI
        // writes it
        g.writeRawValue(issueJson(r.getStruct(3), r.getString(0), r.getLong(1)));
      }
      g.writeEndArray();
      g.writeObjectFieldStart("rules");
      for (Row r : byRule) {
        g.writeObjectFieldStart(r.getString(0));
        g.writeStringField("severity", r.getString(1));
        g.writeNumberField("count", r.getLong(2));
        g.writeEndObject();
      }
      g.writeEndObject();
      if (!omitted.isEmpty()) {
        g.writeObjectFieldStart("omitted");
        for (Map.Entry<String, Long> e : omitted.entrySet()) {
          g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Returns one issue as the compact JSON object of {@code ReportJson.toJson(Issue, String, long,
   * long, Locale)}.
   */
  private static String issueJson(Row issue, String file, long record) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("rule", issue.getString(0));
      g.writeStringField("severity", issue.getString(1));
      g.writeStringField("file", file);
      g.writeNumberField("record", record);
      if (!issue.isNullAt(3)) {
        g.writeNumberField("line", issue.getLong(3));
      } else {
        g.writeNullField("line");
      }
      g.writeStringField("pointer", issue.getString(2));
      if (!issue.isNullAt(5)) {
        g.writeStringField("value", issue.getString(5));
      }
      g.writeBooleanField("masked", issue.getBoolean(6));
      g.writeStringField("message", issue.getString(4));
      g.writeEndObject();
    }
    return w.toString();
  }

  /**
   * A read with its cross-record rules checked across the whole input, as {@code mignet validate}
   * checks them over the files of one run: each task of a read checks only its own file or split,
   * so a repeat in another split or file is missed there. {@code MG-XREC-001} (a record identifier
   * used twice) is found by grouping on the cluster: only identifiers used more than once go on;
   * the first use of each, in input order (files in the order given to {@code load}, records in
   * their file's order), is found by an aggregation and joined with each later use, which the CLI's
   * own check then gives its issue (its file, record and line, and where the identifier was first
   * used); no identifier's uses are ever held together in memory. An agency's own cross-record
   * rules ({@link org.mignet.core.validation.CrossRecordRule}, registered through {@link
   * java.util.ServiceLoader}) active under the profile are fed every readable record in input order
   * in one task (sorted into one partition). Each record's {@code _issues} then holds the CLI's
   * cross-record issues, after its other issues; the tasks' own are replaced. {@link #report} does
   * this itself.
   *
   * <p>It needs the read's profile (the rule is active under {@code exchange} and the profiles
   * including it); a read without a profile, or with {@code reject-invalid}, is returned as it is:
   * such a read decided its rejections file by file, as {@code mignet convert} and {@code mignet
   * aggregate} do, identifiers repeated across the splits of a file included (see the README).
   *
   * @param read a DataFrame from {@code spark.read().format("mignet")}, every column kept (filter
   *     after, not before: a record filtered away is not seen)
   * @return the same rows and columns, {@code _issues} with the repeats across the whole input
   */
  public static Dataset<Row> checkAcrossInput(Dataset<Row> read) {
    return checkAcrossInput(read, AcrossInput.files(read));
  }

  private static Dataset<Row> checkAcrossInput(Dataset<Row> read, List<String> files) {
    Map<String, String> options = AcrossInput.readOptions(read);
    String profile = options.get("profile");
    if (profile == null || Boolean.parseBoolean(options.getOrDefault("reject-invalid", "false"))) {
      return read;
    }
    return AcrossInput.check(
        read, profile, Locale.forLanguageTag(options.getOrDefault("lang", "en")), files);
  }

  /**
   * {@code mignet aggregate} on the cluster: counts the people (or the dead and missing) of a
   * {@code mignet} read by the aggregation's dimensions, then protects and audits the table as the
   * CLI does. The executors ask {@link Aggregation#cells} which cells each record adds to (the
   * CLI's own unit counting); Spark sums the cells with a {@code groupBy} on the dimensions; only
   * the small table, one count per file and the records left out reach the driver, where {@link
   * Aggregation#result()} applies the primary and secondary suppression and the audit.
   *
   * <p>The result equals {@code mignet aggregate --type T --by … --threshold N --method M --report
   * R FILES…} when the read is the CLI's: the same files, read with {@code type} of the
   * aggregation's record type (for formats that carry several) and, for {@code --profile P}, with
   * {@code profile=P} and {@code reject-invalid=true}; the files given in the same order. Records
   * left out are named as the CLI names them: the file's name and the record's number in that file
   * ({@code _record}, which is the file's own even when the file is split across tasks), with the
   * rules that left them out (a record the read rejected: its blocking rules; otherwise the
   * aggregation's rule).
   *
   * @param read a DataFrame from {@code spark.read().format("mignet")} of the aggregation's record
   *     type, with every column (it may be filtered: rows filtered away are neither counted nor
   *     left out)
   * @param aggregation the type, dimensions and disclosure control (its {@link Aggregation#with});
   *     it is not changed
   * @return the report: {@code result().dataset()} is the published table (every cell and total
   *     with {@code CONF_STATUS} and {@code OBS_STATUS}), {@code result().audit()} the audit,
   *     {@code result().leftOut()} the records left out, {@code toJson()} the JSON of {@code
   *     --report}
   * @throws IllegalArgumentException if the DataFrame lacks a column of a read of that record type
   */
  public static AggregationReport aggregate(Dataset<Row> read, Aggregation aggregation) {
    return ClusterAggregation.aggregate(read, aggregation);
  }

  /**
   * {@link #aggregate(Dataset, Aggregation)} with the CLI's option values, for PySpark and other
   * callers without the Java types.
   *
   * @param type {@code trafficking}, {@code smuggling}, {@code returns} or {@code incidents}
   * @param by dimensions, comma-separated, as {@code --by}
   * @param threshold as {@code --threshold}; null for the type's default (5 for cases, 0 for
   *     incidents)
   * @param method as {@code --method} ({@code hypercube}, {@code linear}, {@code optimal}, {@code
   *     none}); null for hypercube
   * @return the report
   * @throws IllegalArgumentException for an unknown type, dimension or method, naming what is known
   */
  public static AggregationReport aggregate(
      Dataset<Row> read, String type, String by, Integer threshold, String method) {
    RecordType recordType =
        type == null ? null : Aggregation.TYPE_NAMES.get(type.toLowerCase(Locale.ROOT));
    if (recordType == null) {
      throw new IllegalArgumentException(
          "unknown type '" + type + "'; known: trafficking, smuggling, returns, " + "incidents");
    }
    SuppressionMethod suppression;
    try {
      suppression =
          method == null
              ? SuppressionMethod.HYPERCUBE
              : SuppressionMethod.valueOf(method.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown method '" + method + "'; known: hypercube, linear, optimal, none", e);
    }
    Aggregation a = Aggregation.of(recordType, List.of(by == null ? new String[0] : by.split(",")));
    int minimum = threshold != null ? threshold : a.disclosureControl().threshold();
    return aggregate(read, a.with(DisclosureControl.threshold(minimum).method(suppression)));
  }

  /**
   * The published table of an aggregation as a DataFrame, one row per cell (totals {@code _T}
   * included), in the dataset's order: one string column per dimension, {@code OBS_VALUE} (long;
   * null where suppressed), {@code OBS_STATUS} and {@code CONF_STATUS}. It holds only what the
   * report publishes.
   *
   * @param spark the session
   * @param report a report of {@link #aggregate}
   * @return the DataFrame
   */
  public static Dataset<Row> observations(SparkSession spark, AggregationReport report) {
    org.mignet.core.model.Dataset d = report.result().dataset();
    List<StructField> fields = new ArrayList<>();
    for (String dim : d.dimensionIds()) {
      fields.add(new StructField(dim, DataTypes.StringType, false, Metadata.empty()));
    }
    fields.add(new StructField("OBS_VALUE", DataTypes.LongType, true, Metadata.empty()));
    fields.add(new StructField("OBS_STATUS", DataTypes.StringType, true, Metadata.empty()));
    fields.add(new StructField("CONF_STATUS", DataTypes.StringType, true, Metadata.empty()));
    List<Row> rows = new ArrayList<>();
    for (Observation o : d.observations()) {
      Object[] v = new Object[fields.size()];
      int k = 0;
      for (String dim : d.dimensionIds()) {
        v[k++] = o.dimensions().get(dim);
      }
      v[k++] = o.value().map(x -> x.longValueExact()).orElse(null);
      v[k++] = o.status().orElse(null);
      v[k] = o.confidentiality().orElse(null);
      rows.add(RowFactory.create(v));
    }
    return spark.createDataFrame(rows, new StructType(fields.toArray(StructField[]::new)));
  }

  private static boolean hasObservations(Dataset<Row> read) {
    for (String f : read.schema().fieldNames()) {
      if (f.equals("observations")) {
        return true;
      }
    }
    return false;
  }
}
