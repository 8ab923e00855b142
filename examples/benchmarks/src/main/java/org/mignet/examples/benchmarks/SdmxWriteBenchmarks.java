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
package org.mignet.examples.benchmarks;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mignet.core.model.MignetRecord;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * SDMX-CSV 2.0 write of 1,000,000 observations (100 areas × 3 sexes × 3,334 periods, one dataset)
 * by mignet's {@code sdmx-csv} writer, against jackson-dataformat-csv writing the same cells (taken
 * from mignet's own output) row by row. One operation is one message written to a null stream.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SdmxWriteBenchmarks {

  /** Observations per message (about). */
  public static final int OBSERVATIONS = 100 * 3 * 3_334;

  private Format sdmxCsv;
  private List<MignetRecord> datasets;
  private List<String[]> cells;
  private CsvFactory csvFactory;

  /** Reads the generated message into datasets, and mignet's output into cells for the baseline. */
  @Setup
  public void setUp() throws IOException {
    sdmxCsv = Formats.named("sdmx-csv");
    csvFactory = new CsvFactory();
    datasets = new ArrayList<>();
    try (RecordReader r =
        sdmxCsv.reader(new ByteArrayInputStream(message()), "gen.csv", FormatOptions.none())) {
      while (r.hasNext()) {
        ReadResult result = r.next();
        if (!(result instanceof ReadResult.Ok ok)) {
          throw new IllegalStateException("generated message not read: " + result.issues());
        }
        datasets.add(ok.record());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out);
    cells = new ArrayList<>();
    try (CsvParser p = csvFactory.createParser(out.toByteArray())) {
      p.setSchema(CsvSchema.emptySchema());
      List<String> row = new ArrayList<>();
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          row.add(p.getText());
        } else if (t == JsonToken.END_ARRAY) {
          cells.add(row.toArray(String[]::new));
          row.clear();
        }
      }
    }
  }

  private void write(OutputStream out) {
    try (RecordWriter w = sdmxCsv.writer(out, FormatOptions.none())) {
      for (MignetRecord d : datasets) {
        w.write(d);
      }
    }
  }

  /**
   * @return datasets written by mignet's SDMX-CSV writer
   */
  @Benchmark
  public int mignetSdmxCsvWrite() {
    write(OutputStream.nullOutputStream());
    return datasets.size();
  }

  /**
   * @return rows written by jackson-dataformat-csv, the same cells
   */
  @Benchmark
  public int jacksonCsvWrite() throws IOException {
    try (CsvGenerator g = csvFactory.createGenerator(OutputStream.nullOutputStream())) {
      g.setSchema(CsvSchema.emptySchema());
      for (String[] row : cells) {
        g.writeStartArray();
        for (String cell : row) {
          g.writeString(cell);
        }
        g.writeEndArray();
      }
    }
    return cells.size();
  }

  /**
   * @return the rows mignet writes, header included, for the suite's rates
   */
  public int rows() {
    return cells.size() - 1;
  }

  static byte[] message() {
    StringBuilder b = new StringBuilder(OBSERVATIONS * 50);
    b.append("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,SEX,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n");
    for (int a = 0; a < 100; a++) {
      for (int s = 0; s < 3; s++) {
        for (int t = 0; t < 3_334; t++) {
          b.append("dataflow,TEST:DF_GEN(1.0),I,A")
              .append(a)
              .append(",S")
              .append(s)
              .append(",Y")
              .append(t)
              .append(',')
              .append(t)
              .append(".5,A\n");
        }
      }
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }
}
