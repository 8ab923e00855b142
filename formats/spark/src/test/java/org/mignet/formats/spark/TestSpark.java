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

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The one {@code local[2]} session of this module's tests: Spark is slow to start, so every test
 * class shares it (surefire runs them in one JVM); it stops when the JVM does.
 */
final class TestSpark {

  private static SparkSession session;

  private TestSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("mignet-spark-test")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config(
                  "spark.sql.warehouse.dir",
                  Path.of("target", "spark-warehouse").toAbsolutePath().toString())
              .getOrCreate();
    }
    return session;
  }
}
