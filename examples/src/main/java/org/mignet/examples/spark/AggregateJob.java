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
package org.mignet.examples.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.spark.MignetFunctions;
import org.mignet.formats.stat.AggregationReport;
import org.mignet.formats.stat.LeftOut;

/**
 * An example Spark job: {@code mignet aggregate} on a cluster. Reads case files (or incidents) of
 * any mignet format, counts the people by the dimensions asked on the executors, and on the driver
 * applies the same disclosure control and audit as the CLI; writes the published table as SDMX-CSV
 * and the aggregation report (JSON) on the driver's file system, shows the table from Spark SQL and
 * names every record left out.
 *
 * <pre>
 * spark-submit --class org.mignet.examples.spark.AggregateJob --jars mignet.jar mignet.jar \
 *     ctdc 'hdfs:///cases/2025/*.csv' trafficking CITIZENSHIP,SEX,AGE 5 out/victims.csv out/victims-report.json
 * </pre>
 *
 * Arguments: the source format, the input (a file, directory or glob), the type counted ({@code
 * trafficking}, {@code smuggling}, {@code returns}, {@code incidents}), the dimensions, the
 * threshold ({@code -} for the type's default), the statistics file and the report file. The type's
 * record type is read ({@code type} option), so formats that carry several need nothing more.
 */
public final class AggregateJob {

  private AggregateJob() {}

  /**
   * @param args from, input, type, by, threshold, statistics, report
   * @throws IOException if an output cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 7) {
      System.err.println(
          "usage: AggregateJob FROM INPUT TYPE DIM[,DIM...] THRESHOLD|- STATISTICS.csv REPORT.json");
      System.exit(2);
    }
    var recordType = org.mignet.formats.stat.Aggregation.TYPE_NAMES.get(args[2]);
    if (recordType == null) {
      System.err.println(
          "unknown type '" + args[2] + "'; known: trafficking, smuggling, returns, incidents");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("mignet aggregate").getOrCreate();
    try {
      String typeName = recordType.typeName();
      Dataset<Row> records =
          spark
              .read()
              .format("mignet")
              .option("from", args[0])
              .option("type", typeName)
              .load(args[1]);
      Integer threshold = args[4].equals("-") ? null : Integer.valueOf(args[4]);
      AggregationReport report =
          MignetFunctions.aggregate(records, args[2], args[3], threshold, "hypercube");

      // the published table (small) is written on the driver, as mignet aggregate writes it
      try (OutputStream out = Files.newOutputStream(Path.of(args[5]));
          RecordWriter writer = Formats.named("sdmx-csv").writer(out, FormatOptions.none())) {
        writer.write(report.result().dataset());
      }
      Files.writeString(Path.of(args[6]), report.toJson(), StandardCharsets.UTF_8);

      // the same table for Spark SQL: suppressed cells have no OBS_VALUE
      MignetFunctions.observations(spark, report).createOrReplaceTempView("statistics");
      spark.sql("select * from statistics").show(100, false);
      for (LeftOut l : report.result().leftOut()) {
        System.err.println(
            l.source()
                + ": record "
                + l.record()
                + " left out ("
                + String.join(", ", l.rules())
                + ")");
      }
      System.out.println(
          "aggregated "
              + report.result().counted()
              + " records ("
              + report.result().unitsIn()
              + " counted) into "
              + args[5]
              + "; report: "
              + args[6]);
    } finally {
      spark.stop();
    }
  }
}
