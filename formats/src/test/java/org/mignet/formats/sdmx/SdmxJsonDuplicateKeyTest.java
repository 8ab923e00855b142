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
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Formats;

/**
 * An SDMX-CSV data set may repeat a key (a publisher's duplicate row); SDMX-JSON names each
 * observation by its key, so writing both would make a message no reader can parse. The data set is
 * rejected, said, and nothing of it written.
 */
class SdmxJsonDuplicateKeyTest {

  @Test
  void aDataSetRepeatingAKeyIsRejectedNotWrittenAsAnUnreadableMessage() {
    String csv =
        "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE\n"
            + "dataflow,X:DF(1.0),I,DEU,2020,1\n"
            + "dataflow,X:DF(1.0),I,ITA,2020,2\n"
            + "dataflow,X:DF(1.0),I,DEU,2020,3\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ConversionReport report =
        Conversion.from(Formats.named("sdmx-csv"))
            .to(Formats.named("sdmx-json"))
            .run(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "dup.csv", out);

    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.observations().rejected()).isEqualTo(3);
    assertThat(report.issues())
        .anySatisfy(i -> assertThat(i.message()).contains("/observations/2").contains("one key"));
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("\"0:0\"");
  }
}
