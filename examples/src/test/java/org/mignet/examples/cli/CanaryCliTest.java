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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.model.RecordType;
import org.mignet.formats.Format;
import org.mignet.formats.Formats;
import org.mignet.formats.json.CanonicalJson;

/**
 * The canary (issue 8, point 3) at the command line: a file holding a hostile canary of every
 * record type (a marker in every personal field, see {@link CliCanaries}) goes through {@code
 * validate} (text and {@code --json}, six languages), {@code convert --report} to every writable
 * format, {@code convert --policy} with a drop-all policy, and {@code inspect} of the tables
 * written from it. No marker may appear on standard output or error, in a report, or in the output
 * of a drop-all conversion; {@code inspect} shows column names, never values.
 */
class CanaryCliTest {

  private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

  @TempDir static Path dir;

  static Path canaries;

  @BeforeAll
  static void writeCanaries() throws IOException {
    StringBuilder b = new StringBuilder();
    for (RecordType t : RecordType.values()) {
      b.append(CanonicalJson.standard().toJson(CliCanaries.of(t)).replace("\n", "")).append('\n');
    }
    canaries = dir.resolve("canaries.ndjson");
    Files.writeString(canaries, b.toString());
  }

  @Test
  void validateShowsNoMarkerInAnyLanguageAsTextOrJson() {
    List<String> leaks = new ArrayList<>();
    for (String lang : LANGUAGES) {
      for (String profile : List.of("structural", "exchange")) {
        check(
            leaks,
            "validate --lang " + lang + " --profile " + profile,
            CliRun.of("validate", "--lang", lang, "--profile", profile, canaries.toString()));
        CliRun json =
            CliRun.of(
                "validate", "--json", "--lang", lang, "--profile", profile, canaries.toString());
        check(leaks, "validate --json --lang " + lang + " --profile " + profile, json);
        assertThat(json.out()).as("the canaries trip rules").contains("\"issues\"", "MG-CODE-");
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void convertReportsShowNoMarkerForAnyTargetFormat() throws IOException {
    List<String> leaks = new ArrayList<>();
    for (Format f : Formats.all()) {
      if (!f.isWritable()) {
        continue;
      }
      Path report = dir.resolve("report-" + f.name() + ".json");
      Path out = dir.resolve("out-" + f.name() + "." + f.fileExtensions().get(0));
      for (String lang : LANGUAGES) {
        CliRun run =
            CliRun.of(
                "convert",
                "--to",
                f.name(),
                "--profile",
                "exchange",
                "--lang",
                lang,
                "--report",
                report.toString(),
                canaries.toString(),
                out.toString());
        check(leaks, "convert --to " + f.name() + " --lang " + lang, run);
        if (Files.exists(report)) {
          check(
              leaks,
              "convert --to " + f.name() + " --lang " + lang + " report",
              Files.readString(report));
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void aDropAllConversionWritesNoMarkerToAnyFormat() throws IOException {
    Path policy = dir.resolve("drop-all.json");
    Files.writeString(
        policy,
        "{\"agreement\": \"test-agreement\", \"categories\": {\"DIRECT_IDENTIFIER\": \"drop\","
            + " \"QUASI_IDENTIFIER\": \"drop\", \"SENSITIVE\": \"drop\"}}");
    List<String> leaks = new ArrayList<>();
    for (Format f : Formats.all()) {
      if (!f.isWritable()) {
        continue;
      }
      Path report = dir.resolve("dropped-report-" + f.name() + ".json");
      Path out = dir.resolve("dropped-" + f.name() + "." + f.fileExtensions().get(0));
      CliRun run =
          CliRun.of(
              "convert",
              "--to",
              f.name(),
              "--policy",
              policy.toString(),
              "--report",
              report.toString(),
              canaries.toString(),
              out.toString());
      check(leaks, "convert --policy drop-all --to " + f.name(), run);
      if (Files.exists(out)) {
        check(leaks, "drop-all output " + f.name(), textOf(out));
      }
      if (Files.exists(report)) {
        check(leaks, "drop-all report " + f.name(), Files.readString(report));
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void inspectShowsColumnNamesButNoValueOfATableHoldingMarkers() throws IOException {
    List<String> leaks = new ArrayList<>();
    int inspected = 0;
    for (String format : List.of("htcds", "xlsx", "ctdc", "mmp", "hxl", "sdmx-csv")) {
      Path table =
          dir.resolve("table-" + format + "." + Formats.named(format).fileExtensions().get(0));
      CliRun.of("convert", "--to", format, canaries.toString(), table.toString());
      if (!Files.exists(table) || CliCanaries.found(textOf(table)).isEmpty()) {
        continue;
      }
      inspected++;
      for (List<String> args :
          List.of(
              List.of("inspect"),
              List.of("inspect", "--json"),
              List.of("inspect", "--record-type", "TraffickingCase"),
              List.of("inspect", "--json", "--record-type", "Person"))) {
        List<String> all = new ArrayList<>(args);
        all.add(table.toString());
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(String.join(" ", all) + ": " + run.err()).isZero();
        check(leaks, String.join(" ", args) + " " + format, run);
      }
    }
    assertThat(inspected).as("tables holding markers were inspected").isGreaterThanOrEqualTo(2);
    assertThat(leaks).isEmpty();
  }

  @Test
  void aDefectNextToAMarkerGivesErrorsThatDoNotEchoIt() throws IOException {
    List<String> leaks = new ArrayList<>();
    String canonical = Files.readString(canaries);
    Path htcds = dir.resolve("defects-source.csv");
    CliRun.of("convert", "--to", "htcds", canaries.toString(), htcds.toString());
    int refused = 0;
    List<String> sources = List.of(canonical, Files.readString(htcds));
    for (int k = 0; k < sources.size(); k++) {
      String source = sources.get(k);
      boolean table = k == 1;
      int marker = source.indexOf(CliCanaries.TEXT);
      int end = marker + CliCanaries.TEXT.length() + 3;
      List<String> defects =
          List.of(
              source.substring(0, end),
              source.substring(0, end) + "\"@" + source.substring(end),
              source.substring(0, marker) + "\u0001" + source.substring(marker),
              source.substring(0, end)
                  + (table ? "\"x" : "\",\"meta\":7,\"z")
                  + source.substring(end));
      int n = 0;
      for (String defect : defects) {
        Path file =
            dir.resolve(
                "defect-"
                    + (table ? "table" : "canonical")
                    + "-"
                    + (++n)
                    + (table ? ".csv" : ".ndjson"));
        Files.writeString(file, defect);
        for (String lang : LANGUAGES) {
          check(
              leaks,
              "validate --json --lang " + lang + " " + file.getFileName(),
              CliRun.of("validate", "--json", "--lang", lang, file.toString()));
          CliRun run = CliRun.of("validate", "--lang", lang, file.toString());
          check(leaks, "validate --lang " + lang + " " + file.getFileName(), run);
          refused += run.exitCode() == Mignet.VALID ? 0 : 1;
        }
        Path report = dir.resolve("defect-report.json");
        check(
            leaks,
            "convert " + file.getFileName(),
            CliRun.of(
                "convert",
                "--to",
                "ndjson",
                "--report",
                report.toString(),
                file.toString(),
                dir.resolve("defect-out.ndjson").toString()));
        if (Files.exists(report)) {
          check(leaks, "convert report " + file.getFileName(), Files.readString(report));
        }
        if (table) {
          check(
              leaks,
              "inspect " + file.getFileName(),
              CliRun.of("inspect", "--json", file.toString()));
        }
      }
    }
    assertThat(refused).as("the defects are found").isPositive();
    assertThat(leaks).isEmpty();
  }

  private static void check(List<String> leaks, String where, CliRun run) {
    check(leaks, where + " stdout", run.out());
    check(leaks, where + " stderr", run.err());
  }

  private static void check(List<String> leaks, String where, String output) {
    // the temporary directory's random name is not output
    String text = output.replace(dir.toString(), "DIR");
    List<String> found = CliCanaries.found(text);
    if (!found.isEmpty()) {
      int at =
          Math.max(
              0,
              text.toUpperCase(java.util.Locale.ROOT)
                  .indexOf(found.get(0).toUpperCase(java.util.Locale.ROOT)));
      leaks.add(
          where
              + ": "
              + found
              + " in «"
              + text.substring(Math.max(0, at - 150), Math.min(text.length(), at + 60))
                  .replace("\n", "⏎")
              + "»");
    }
  }

  private static String textOf(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    StringBuilder b = new StringBuilder();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(e)) {
          b.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return b.toString();
  }
}
