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
package org.mignet.formats.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * End to end to SDMX: what a shipped spec reads from a real statistics file converts whole to
 * SDMX-CSV and SDMX-JSON (written = read, none rejected), the report's observation count equals the
 * file's counted here on its own, and the SDMX read back holds the same observations as the spec
 * read.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class StatisticsToSdmxTest {

  private static final Path SPECS =
      Path.of("src/main/resources/org/mignet/formats/tabular/mappings");
  private static final String DTM = "hxl/iom-dtm/global-iom-dtm-from-api-admin-0-to-2.csv";
  private static final String DESA =
      "statistics/un-desa-international-migrant-stock-2024/UN_DESA_IMS2024_stock_by_sex_and_destination.xlsx";

  private record Run(ConversionReport report, byte[] output) {}

  private static Run convert(String format, String file, String spec, String to) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Path in = SharedData.data(file);
    try (InputStream s = Files.newInputStream(in)) {
      ConversionReport report =
          Conversion.from(Formats.named(format))
              .to(Formats.named(to))
              .options(
                  FormatOptions.none().with(FormatOptions.MAPPING, SPECS.resolve(spec + ".json")))
              .run(s, in.getFileName().toString(), out);
      return new Run(report, out.toByteArray());
    }
  }

  /** The observations the spec reads, in a stable order. */
  private static List<Observation> readBySpec(String file, String spec) throws Exception {
    List<Observation> out = new ArrayList<>();
    Path in = SharedData.data(file);
    try (InputStream s = Files.newInputStream(in);
        RecordReader r =
            Mapping.read(s, in.getFileName().toString(), MappingSpec.bundled(spec).orElseThrow())) {
      r.forEachRemaining(x -> out.addAll(((Dataset) ((ReadResult.Ok) x).record()).observations()));
    }
    return sorted(out);
  }

  private static List<Observation> readBack(String format, byte[] bytes) {
    List<Observation> out = new ArrayList<>();
    try (RecordReader r = Formats.named(format).reader(new ByteArrayInputStream(bytes), "back")) {
      r.forEachRemaining(
          x -> {
            assertThat(x).as("%s", x.issues()).isInstanceOf(ReadResult.Ok.class);
            out.addAll(((Dataset) ((ReadResult.Ok) x).record()).observations());
          });
    }
    return sorted(out);
  }

  private static List<Observation> sorted(List<Observation> obs) {
    // each key built once: the order only has to be the same for both lists
    Map<Observation, String> keys = new java.util.IdentityHashMap<>();
    for (Observation o : obs) {
      keys.put(
          o,
          new TreeMap<>(o.dimensions())
              + "|"
              + o.value().map(BigDecimal::toPlainString)
              + "|"
              + new TreeMap<>(o.attributes())
              + o.status()
              + o.unit());
    }
    List<Observation> s = new ArrayList<>(obs);
    s.sort(Comparator.comparing(keys::get));
    return s;
  }

  private static final Map<String, List<Observation>> BY_SPEC =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The spec's reading of a file, once per test class. */
  private static List<Observation> expected(String file, String spec) {
    return BY_SPEC.computeIfAbsent(
        file,
        f -> {
          try {
            return readBySpec(f, spec);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /**
   * DTM: the data rows under the header and the HXL hashtag row, one observation each; counted by
   * Jackson CSV.
   */
  private static long dtmRows() throws Exception {
    CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    long rows = 0;
    try (MappingIterator<String[]> it =
        m.readerFor(String[].class).readValues(SharedData.data(DTM).toFile())) {
      while (it.hasNext()) {
        String[] row = it.next();
        if (row.length > 1 || row.length == 1 && !row[0].isBlank()) {
          rows++;
        }
      }
    }
    return rows - 2;
  }

  @ParameterizedTest
  @ValueSource(strings = {"sdmx-csv", "sdmx-json"})
  void theDtmFileThroughItsSpecConvertsWholeAndReadsBackEqual(String to) throws Exception {
    Run run = convert("csv", DTM, "iom-dtm-hxl", to);
    long rows = dtmRows();
    assertThat(run.report().rejected()).as("%s", run.report().issues()).isZero();
    // consecutive rows are datasets of up to 1,000 observations
    assertThat(run.report().written()).isEqualTo(run.report().read()).isBetween(rows / 1000, rows);
    assertThat(run.report().observations())
        .isEqualTo(new ConversionReport.Observations(rows, rows, 0));
    List<Observation> back = readBack(to, run.output());
    assertThat(back).hasSize((int) rows).isEqualTo(expected(DTM, "iom-dtm-hxl"));
    // the first data row of the file: Afghanistan, admin level 0, 2017-03-30, 179,956 IDPs, round
    // 1, conflict
    assertThat(back)
        .anySatisfy(
            o -> {
              assertThat(o.dimensions())
                  .containsEntry("REF_AREA", "AFG")
                  .containsEntry("ADMIN_LEVEL", "0")
                  .containsEntry("TIME_PERIOD", "2017-03-30")
                  .containsEntry("ROUND", "1")
                  .containsEntry("DISPLACEMENT_REASON", "Conflict")
                  .doesNotContainKey("ADM1");
              assertThat(o.value())
                  .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("179956"));
            });
    // admin 1 and admin 2 rows keep their P-codes
    assertThat(back)
        .anyMatch(o -> o.dimensions().containsKey("ADM2") && o.dimensions().containsKey("ADM1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sdmx-csv", "sdmx-json"})
  void unDesa2024ThroughItsSpecConvertsWholeAndReadsBackEqual(String to) throws Exception {
    // counted on the workbook by POI: rows under the header (row 11) with a numeric location code,
    // times the
    // year columns of each of the three sex blocks
    long places = 0;
    int years = 0;
    String firstCode = null;
    double firstValue = 0;
    String firstYear = null;
    try (InputStream s = Files.newInputStream(SharedData.data(DESA));
        XSSFWorkbook wb = new XSSFWorkbook(s)) {
      Sheet sheet = wb.getSheet("Table 1");
      Row header = sheet.getRow(10);
      int code = -1;
      for (Cell c : header) {
        String h =
            c.getCellType() == CellType.NUMERIC
                ? String.valueOf((int) c.getNumericCellValue())
                : c.getStringCellValue().strip();
        if (h.equals("Location code")) {
          code = c.getColumnIndex();
        }
        if (c.getColumnIndex() >= 5 && c.getColumnIndex() <= 12 && h.matches("[0-9]{4}")) {
          years++;
          firstYear = firstYear == null ? h : firstYear;
        }
      }
      for (int i = 11; i <= sheet.getLastRowNum(); i++) {
        Row row = sheet.getRow(i);
        Cell c = row == null ? null : row.getCell(code);
        if (c != null && c.getCellType() == CellType.NUMERIC) {
          places++;
          if (firstCode == null) {
            firstCode = String.valueOf((int) c.getNumericCellValue());
            firstValue = row.getCell(5).getNumericCellValue();
          }
        }
      }
    }
    long observations = places * years * 3;
    Run run = convert("xlsx", DESA, "undesa-ims-2024", to);
    assertThat(run.report().rejected()).as("%s", run.report().issues()).isZero();
    // 24 observations a row: datasets of 41 rows (984 observations)
    assertThat(run.report().written()).isEqualTo(run.report().read()).isEqualTo((places + 40) / 41);
    assertThat(run.report().observations())
        .isEqualTo(new ConversionReport.Observations(observations, observations, 0));
    List<Observation> back = readBack(to, run.output());
    assertThat(back).hasSize((int) observations).isEqualTo(expected(DESA, "undesa-ims-2024"));
    String area = firstCode;
    String year = firstYear;
    BigDecimal value = BigDecimal.valueOf(firstValue);
    assertThat(back)
        .anySatisfy(
            o -> {
              assertThat(o.dimensions())
                  .isEqualTo(Map.of("REF_AREA", area, "SEX", "_T", "TIME_PERIOD", year));
              assertThat(o.value())
                  .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(value));
              assertThat(o.unit()).contains("PS");
            });
    assertThat(new String(run.output(), StandardCharsets.UTF_8)).contains("UNDESA:IMS_STOCK_2024");
  }
}
