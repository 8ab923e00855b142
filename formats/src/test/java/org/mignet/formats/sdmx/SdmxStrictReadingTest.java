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
package org.mignet.formats.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mignet.core.validation.Issue;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * Issue 8.5: the SDMX and JSON-stat readers report duplicates and undecodable bytes where they are.
 */
class SdmxStrictReadingTest {

  private static List<ReadResult> read(String format, InputStream in, FormatOptions options) {
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r = Formats.named(format).reader(in, "t", options)) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  private static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void reportsADuplicateHeaderWithItsColumns() {
    String csv =
        "STRUCTURE,STRUCTURE_ID,REF_AREA,TIME_PERIOD,OBS_VALUE,REF_AREA: Reference area\n"
            + "dataflow,T:DF(1.0),DEU,2020,1,FRA\n";
    List<ReadResult> r = read("sdmx-csv", utf8(csv), FormatOptions.none());
    assertThat(r).singleElement().isInstanceOf(ReadResult.Failed.class);
    Issue i = r.get(0).issues().get(0);
    assertThat(i.ruleId().value()).isEqualTo("MG-SDMX-020");
    assertThat(i.location().line()).isEqualTo(1);
    assertThat(i.location().column()).isEqualTo(6);
    assertThat(i.message()).contains("REF_AREA", "3, 6");
  }

  @Test
  void refusesBytesThatAreNotUtf8WithTheirLine() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("STRUCTURE,STRUCTURE_ID,REF_AREA,OBS_VALUE,COMMENT\n"
                + "dataflow,T:DF(1.0),DEU,1,ok\ndataflow,T:DF(1.0),FRA,2,C")
            .getBytes(StandardCharsets.UTF_8));
    out.write(0xF4);
    out.writeBytes("te\n".getBytes(StandardCharsets.UTF_8));
    List<ReadResult> r =
        read("sdmx-csv", new ByteArrayInputStream(out.toByteArray()), FormatOptions.none());
    Issue i = r.get(r.size() - 1).issues().get(0);
    assertThat(i.ruleId().value()).isEqualTo("MG-SDMX-022");
    assertThat(i.location().line()).isEqualTo(3);
    assertThat(i.message()).contains("UTF-8");
    assertThat(r.get(0)).as("the rows before are read").isInstanceOf(ReadResult.Ok.class);
  }

  @Test
  void reportsADuplicateSdmxJsonMemberWithItsPointer() {
    String message =
        SdmxJsonStreamingTest.smallMessage(true, "").replace("\"1:2:3\":[2]", "\"0:0:0\":[2]");
    List<ReadResult> r = read("sdmx-json", utf8(message), SdmxJsonStreamingTest.SMALL);
    Issue i = r.get(r.size() - 1).issues().get(0);
    assertThat(i.ruleId().value()).isEqualTo("MG-SDMX-021");
    assertThat(i.pointer()).isEqualTo("/data/dataSets/0/observations/0:0:0");
    assertThat(i.location().line()).isEqualTo(1);
    assertThat(i.message()).contains("0:0:0");
  }

  @Test
  void reportsADuplicateJsonStatMemberWithItsPointer() {
    String message =
        "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"geo\"],\"size\":[1],\n"
            + "\"dimension\":{\"geo\":{\"category\":{\"index\":{\"DE\":0}}}},\n"
            + "\"value\":[1],\"value\":[2]}";
    List<ReadResult> r = read("json-stat", utf8(message), FormatOptions.none());
    assertThat(r).singleElement().isInstanceOf(ReadResult.Failed.class);
    Issue i = r.get(0).issues().get(0);
    assertThat(i.ruleId().value()).isEqualTo("MG-SDMX-021");
    assertThat(i.pointer()).isEqualTo("/value");
    assertThat(i.location().line()).isEqualTo(3);
  }
}
