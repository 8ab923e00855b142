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
package org.mignet.formats.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mignet.formats.tabular.SharedData;

/**
 * The fuzz targets of {@link ReaderFuzzTest}, seeded from the real files of {@code ../shared/data}
 * without copying them: each target reads the first 4 KiB and the first 64 KiB of every file of its
 * kind, cut wherever the cut falls (mid-row, mid-string, mid-element, mid-zip), and holds the same
 * promises as under the fuzzer. The local fuzzing script uses the same heads as its starting
 * corpus.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class RealFileSeedsTest {

  static final int[] CUTS = {4 * 1024, 64 * 1024};

  /** Which files seed which targets, by file extension. */
  static final Map<String, List<String>> TARGETS =
      Map.of(
          "json", List.of("json", "ndjson", "sdmx-json", "json-stat", "mmp"),
          "csv", List.of("csv", "hxl", "htcds", "ctdc", "mmp", "sdmx-csv"),
          "xml", List.of("htcds-xform", "sdmx-ml"),
          "xlsx", List.of("xlsx", "htcds", "ctdc", "hxl"),
          "tsv", List.of("mrz"));

  static Path shared() {
    return SharedData.dir().resolve("data");
  }

  static List<Path> files(String extension) {
    try (Stream<Path> all = Files.walk(shared())) {
      return all.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().toLowerCase().endsWith("." + extension))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("../shared/data is missing: the seeds are its files", e);
    }
  }

  static byte[] head(Path file, int bytes) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return the seeds of every file but workbooks
   */
  static Stream<Arguments> seeds() {
    return seedsOf(false);
  }

  /**
   * @return the seeds of workbooks (read with mignet-formats-xlsx)
   */
  static Stream<Arguments> workbookSeeds() {
    return seedsOf(true);
  }

  static Stream<Arguments> seedsOf(boolean workbooks) {
    List<Arguments> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> kind : TARGETS.entrySet()) {
      if (kind.getKey().equals("xlsx") != workbooks) {
        continue;
      }
      for (Path file : files(kind.getKey())) {
        for (String format : kind.getValue()) {
          for (int cut : CUTS) {
            out.add(
                Arguments.of(
                    format,
                    shared().relativize(file) + " [first " + cut / 1024 + " KiB]",
                    file,
                    cut));
          }
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("seeds")
  void everyReaderHoldsItsPromisesOnTheHeadOfEveryRealFile(
      String format, String name, Path file, int cut) {
    FuzzedRead.check(format, head(file, cut));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("workbookSeeds")
  @org.mignet.formats.WithXlsx
  void everyReaderHoldsItsPromisesOnTheHeadOfEveryRealWorkbook(
      String format, String name, Path file, int cut) {
    everyReaderHoldsItsPromisesOnTheHeadOfEveryRealFile(format, name, file, cut);
  }

  @ParameterizedTest(name = "structure message: {0}")
  @MethodSource("xmlHeads")
  void theStructureReaderHoldsItsPromisesOnTheHeadOfEveryRealXmlFile(String name, byte[] head) {
    FuzzedRead.checkStructure(head);
  }

  static Stream<Arguments> xmlHeads() {
    List<Arguments> out = new ArrayList<>();
    Consumer<Path> add =
        f -> {
          for (int cut : CUTS) {
            out.add(
                Arguments.of(
                    shared().relativize(f) + " [first " + cut / 1024 + " KiB]", head(f, cut)));
          }
        };
    files("xml").forEach(add);
    return out.stream();
  }
}
