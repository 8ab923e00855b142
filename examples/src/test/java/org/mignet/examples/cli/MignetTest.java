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

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MignetTest {

  @Test
  void unknownSubcommandIsAUsageError() {
    CliRun run = CliRun.of("frobnicate", "x.json");

    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err()).contains("frobnicate").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void subcommandsNotYetWrittenAreUnknownRatherThanStubs() {
    for (String later : new String[] {"aggregate"}) {
      assertThat(CliRun.of(later, "x.json").exitCode()).as(later).isEqualTo(Mignet.USAGE_OR_IO);
    }
  }

  @Test
  void withoutSubcommandPrintsUsageOnStandardErrorAndExits2() {
    CliRun run = CliRun.of();

    assertThat(run.exitCode()).isEqualTo(Mignet.USAGE_OR_IO);
    assertThat(run.err()).contains("validate", "rules", "schema");
  }

  @Test
  void helpListsTheSubcommandsAndExitCodes() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("validate", "rules", "schema", "Exit codes");
  }

  /**
   * What main builds for one subcommand (that subcommand only) answers as the command line with all
   * of them.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "validate --help",
        "validate --nope",
        "validate --threads 0",
        "validate no-such-file.json",
        "convert --help",
        "convert --to",
        "rules --help",
        "schema --help",
        "schema Nope",
        "aggregate --help",
        "inspect --help",
        "specs --help",
        "help validate",
        "--help",
        "frobnicate"
      })
  void aCommandLineWithOnlyTheNamedSubcommandAnswersAsTheWholeOne(String line) {
    String[] args = line.split(" ");
    picocli.CommandLine only = Mignet.commandLine(args);
    if (!args[0].startsWith("-") && !args[0].equals("help") && !args[0].equals("frobnicate")) {
      assertThat(only.getSubcommands().keySet()).containsExactly(args[0]);
    }
    assertThat(run(only, args)).isEqualTo(run(Mignet.commandLine(), args));
  }

  private static String run(picocli.CommandLine cl, String[] args) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    cl.setOut(new java.io.PrintWriter(out, true));
    cl.setErr(new java.io.PrintWriter(err, true));
    int code = cl.execute(args);
    return code + "\n" + out + "\n" + err;
  }

  @Test
  void versionExitsZero() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("mignet ");
  }

  @org.junit.jupiter.api.Test
  void anOutOfMemoryErrorIsAResourceLimitWithOneLineAndExitThree() {
    for (Error error :
        new Error[] {new OutOfMemoryError("Java heap space"), new StackOverflowError()}) {
      picocli.CommandLine cl = Mignet.commandLine();
      java.io.StringWriter err = new java.io.StringWriter();
      cl.setErr(new java.io.PrintWriter(err));
      cl.addSubcommand("boom", new picocli.CommandLine(new Boom(error)));
      int code = cl.execute("boom");
      org.assertj.core.api.Assertions.assertThat(code).isEqualTo(Mignet.RESOURCE_LIMIT);
      org.assertj.core.api.Assertions.assertThat(err.toString())
          .startsWith("mignet: resource limit exceeded: ")
          .doesNotContain("\tat ")
          .hasLineCount(1);
    }
  }

  @picocli.CommandLine.Command(name = "boom")
  static final class Boom implements java.util.concurrent.Callable<Integer> {
    private final Error error;

    Boom(Error error) {
      this.error = error;
    }

    @Override
    public Integer call() {
      throw error;
    }
  }
}
