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
package org.mignet.examples.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --threads N} option of {@code convert} and {@code validate}: how many threads validate
 * records and apply the sharing policy ({@link org.mignet.formats.Conversion#parallelism}); by
 * default, the cores available to the JVM. Output and report do not depend on it.
 */
final class ThreadsOption {

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads that validate and apply the policy (default: the available cores). Output and report"
              + " are the same for any N.")
  Integer threads;

  /**
   * @return the threads to use
   * @throws CliException if the option is below 1
   */
  int threads() {
    if (threads == null) {
      return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
    if (threads < 1) {
      throw new CliException("--threads must be 1 or more; found " + threads);
    }
    return threads;
  }
}
