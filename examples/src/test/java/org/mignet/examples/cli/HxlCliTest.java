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

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.examples.TestFiles;

/**
 * HXL tables as HDX publishes them, converted and validated from the command line without a spec.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class HxlCliTest {

  @TempDir Path dir;

  @Test
  void convertsAnHdxHxlTableToSdmxCsvWithoutASpecOrFrom() throws Exception {
    Path in = TestFiles.sharedData("hxl/hdx-published/kenya-drought-related-idps-hxl.csv");
    Path out = dir.resolve("kenya.csv");
    Path report = dir.resolve("report.json");
    CliRun run =
        CliRun.of(
            "convert",
            "--to",
            "sdmx-csv",
            "--report",
            report.toString(),
            in.toString(),
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String csv = Files.readString(out);
    assertThat(csv).contains("KE007", "205014", "#affected+idps+ind");
    assertThat(Files.readString(report))
        .contains("\"rejected\":0", "\"from\":\"hxl\"")
        .contains("MG-HXL-004");
  }

  @Test
  void validatesAnHxlTableAgainstAnHxlSchema() throws Exception {
    Path in = TestFiles.sharedData("hxl/hdx-published/kenya-drought-related-idps-hxl.csv");
    Path schema = dir.resolve("schema.csv");
    Files.writeString(schema, "#valid_tag,#valid_value+max\n#affected,100000\n");
    CliRun run = CliRun.of("validate", "--json", "--hxl-schema", schema.toString(), in.toString());
    assertThat(run.out()).contains("MG-HXL-019");
    assertThat(run.exitCode()).isEqualTo(1);
    Files.writeString(schema, "#valid_tag,#valid_value+outliers\n#affected,true\n");
    CliRun refused =
        CliRun.of("validate", "--json", "--hxl-schema", schema.toString(), in.toString());
    assertThat(refused.out())
        .contains("MG-HXL-015")
        .contains("#valid_value+outliers")
        .doesNotContain("MG-HXL-019");
  }
}
