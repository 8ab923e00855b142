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

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.mrz.MrzOptions;

/**
 * Issue 10, point 5: a Jazzer fuzz target per reader. In a plain {@code mvn verify} each target
 * runs in regression mode, over the seeds and past findings kept in {@code
 * src/test/resources/org/mignet/formats/fuzz/ ReaderFuzzTestInputs/<target>/}; {@link
 * RealFileSeedsTest} runs the same targets over the head of every real file in {@code
 * ../shared/data}. With {@code JAZZER_FUZZ=1} one target fuzzes (see {@code formats/FUZZING.md}).
 *
 * <p>What every target holds, for any bytes: the reader ends without an exception other than {@code
 * ReadException}, never an {@link Error}; every issue has a rule id and renders in every UN
 * language; see {@link FuzzedRead}.
 */
class ReaderFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void json(byte[] input) {
    FuzzedRead.check("json", input);
  }

  @FuzzTest(maxDuration = "5m")
  void ndjson(byte[] input) {
    FuzzedRead.check("ndjson", input);
  }

  @FuzzTest(maxDuration = "5m")
  void csv(byte[] input) {
    FuzzedRead.check("csv", input);
  }

  @FuzzTest(maxDuration = "5m")
  void csvWithSpec(byte[] input) {
    FuzzedRead.check("csv", input, FuzzedRead.withSpec("eurostat-by-citizenship.json"));
  }

  @FuzzTest(maxDuration = "5m")
  void hxl(byte[] input) {
    FuzzedRead.check("hxl", input);
  }

  @FuzzTest(maxDuration = "5m")
  void htcds(byte[] input) {
    FuzzedRead.check("htcds", input);
  }

  @FuzzTest(maxDuration = "5m")
  void htcdsXform(byte[] input) {
    FuzzedRead.check("htcds-xform", input);
  }

  @FuzzTest(maxDuration = "5m")
  void ctdc(byte[] input) {
    FuzzedRead.check("ctdc", input);
  }

  @FuzzTest(maxDuration = "5m")
  void mmp(byte[] input) {
    FuzzedRead.check("mmp", input);
  }

  /**
   * The MMP reader on its JSON (API) path: the {@code mmp} target, seeded with CSV, rarely reaches
   * it, since one byte other than {@code [} at the start sends the input to the CSV path. Input
   * that does not open an array is given one, so every execution is read as the API's JSON.
   */
  @FuzzTest(maxDuration = "5m")
  void mmpJson(byte[] input) {
    FuzzedRead.check("mmp", FuzzedRead.asJsonArray(input));
  }

  @FuzzTest(maxDuration = "5m")
  void sdmxCsv(byte[] input) {
    FuzzedRead.check("sdmx-csv", input);
  }

  @FuzzTest(maxDuration = "5m")
  void sdmxJson(byte[] input) {
    FuzzedRead.check("sdmx-json", input);
  }

  @FuzzTest(maxDuration = "5m")
  void sdmxMl(byte[] input) {
    FuzzedRead.check("sdmx-ml", input);
  }

  @FuzzTest(maxDuration = "5m")
  void structureMessage(byte[] input) {
    FuzzedRead.checkStructure(input);
  }

  @FuzzTest(maxDuration = "5m")
  void jsonStat(byte[] input) {
    FuzzedRead.check("json-stat", input);
  }

  @FuzzTest(maxDuration = "5m")
  void mrz(byte[] input) {
    FuzzedRead.check("mrz", input);
  }

  @FuzzTest(maxDuration = "5m")
  void mrzOcrTolerant(byte[] input) {
    FuzzedRead.check("mrz", input, FormatOptions.none().with(MrzOptions.OCR_TOLERANT, true));
  }

  @FuzzTest(maxDuration = "5m")
  @org.mignet.formats.WithXlsx
  void xlsx(byte[] input) {
    FuzzedRead.check("xlsx", input, FormatOptions.none());
  }
}
