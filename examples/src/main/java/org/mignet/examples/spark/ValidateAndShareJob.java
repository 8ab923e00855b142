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

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.mignet.formats.spark.MignetFunctions;

/**
 * An example Spark job: reads case files of any mignet format on the cluster, validates every
 * record under the {@code exchange} profile, prints the validation report ({@code mignet validate
 * --json}'s object) and the issues counted by rule (from Spark SQL), and shares the records that
 * passed in another format with a sharing policy applied on the executors, one file per partition
 * and a conversion report beside them.
 *
 * <pre>
 * spark-submit --class org.mignet.examples.spark.ValidateAndShareJob --jars mignet.jar mignet.jar \
 *     htcds 'hdfs:///cases/2025/*.csv' hdfs:///shared/2025 ndjson agreement.json
 * </pre>
 *
 * Arguments: the source format, the input (a file, directory or glob), the output directory, the
 * target format (default {@code ndjson}) and the sharing policy file (optional; its key, if it
 * pseudonymises, is read on each executor from the variable the policy names: set it with {@code
 * spark.executorEnv.NAME}).
 */
public final class ValidateAndShareJob {

  private ValidateAndShareJob() {}

  /**
   * @param args from, input, output[, to[, policy]]
   */
  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println("usage: ValidateAndShareJob FROM INPUT OUTPUT [TO [POLICY]]");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("mignet validate and share").getOrCreate();
    try {
      Dataset<Row> records =
          spark
              .read()
              .format("mignet")
              .option("from", args[0])
              .option("profile", "exchange")
              .load(args[1]);
      records.cache();
      System.out.println(MignetFunctions.report(records));

      // the same issues from Spark SQL
      records.createOrReplaceTempView("records");
      spark
          .sql(
              "select i.rule, i.severity, count(*) as n from records lateral view explode(_issues) t as i "
                  + "group by i.rule, i.severity order by n desc")
          .show(50, false);

      Dataset<Row> valid =
          records
              .filter(
                  "not _rejected and not exists(_issues, i -> i.severity in ('ERROR', "
                      + "'FATAL'))")
              .drop("_rejected", "_issues", "_source", "_record", "_line");
      var write =
          valid
              .write()
              .format("mignet")
              .option("to", args.length > 3 ? args[3] : "ndjson")
              .option("type", valid.first().getString(0))
              .mode("overwrite");
      if (args.length > 4) {
        write = write.option("policy", args[4]);
      }
      write.save(args[2]);
      System.out.println("shared: " + args[2] + " (see _mignet-report.json there)");
    } finally {
      spark.stop();
    }
  }
}
