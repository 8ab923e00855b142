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
package org.mignet.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mignet.core.model.MignetRecord;
import org.mignet.formats.Conversion;
import org.mignet.formats.Format;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;

/**
 * Records per second of binding canonical NDJSON into the model and writing it back, next to a
 * Jackson token scan of the same bytes (the floor), in one JVM and one thread: N generated {@link
 * CaseCorpus} cases (about 1.3 KB each), warm-up rounds, then interleaved measured rounds; the
 * figures are medians.
 *
 * <ul>
 *   <li>{@code token scan}: one {@link JsonParser} over all the bytes, every token visited, nothing
 *       built;
 *   <li>{@code read + bind}: the {@code ndjson} reader, every record built and checked by its
 *       constructor;
 *   <li>{@code write}: the {@code ndjson} writer over records already built, next to a Jackson copy
 *       of the tokens of the same bytes to a generator;
 *   <li>{@code convert}: {@code Conversion.from(ndjson).to(ndjson)} (read, bind, write, loss
 *       accounting);
 *   <li>{@code Jackson values per line}: the least a binding does with Jackson, one parser per line
 *       and every value decoded, nothing built: the floor of read + bind.
 * </ul>
 *
 * <pre>java -cp mignet.jar org.mignet.examples.bench.BindBenchmark [records] [rounds]</pre>
 */
public final class BindBenchmark {

  private BindBenchmark() {}

  /**
   * @param args optionally the number of records (default 100,000) and of measured rounds (default
   *     7)
   */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    byte[] bytes = CaseCorpus.ndjson(count, 20240601L);
    Format ndjson = Formats.named("ndjson");
    JsonFactory json = new JsonFactory();
    List<MignetRecord> sample = read(ndjson, Arrays.copyOf(bytes, prefix(bytes, 10_000)));
    byte[] sampleBytes = Arrays.copyOf(bytes, prefix(bytes, sample.size()));
    int sampleRepeat = Math.max(1, count / sample.size());

    String[] names = {
      "token scan",
      "read + bind",
      "token copy",
      "write",
      "convert ndjson→ndjson",
      "Jackson values per line"
    };
    Job[] jobs = {
      () -> scan(json, bytes),
      () -> count(ndjson, bytes),
      () -> copy(json, sampleBytes, sampleRepeat),
      () -> write(ndjson, sample, sampleRepeat),
      () ->
          Conversion.from(ndjson)
              .to(ndjson)
              .run(new ByteArrayInputStream(bytes), "bench.ndjson", OutputStream.nullOutputStream())
              .written(),
      () -> values(json, bytes)
    };
    double[][] rates = new double[jobs.length][rounds];
    for (int w = 0; w < 3; w++) {
      for (Job job : jobs) {
        job.run();
      }
    }
    for (int i = 0; i < rounds; i++) {
      for (int j = 0; j < jobs.length; j++) {
        long t0 = System.nanoTime();
        long n = jobs[j].run();
        rates[j][i] = n * 1e9 / (System.nanoTime() - t0);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%,d canonical TraffickingCase records, %,d bytes (%.2f KB each), median of %d"
            + " interleaved rounds, %s%n",
        count,
        bytes.length,
        bytes.length / 1000.0 / count,
        rounds,
        System.getProperty("java.version"));
    double scan = median(rates[0]);
    double copy = median(rates[2]);
    for (int j = 0; j < jobs.length; j++) {
      double m = median(rates[j]);
      String ratio =
          j == 0 || j == 2
              ? ""
              : String.format(
                  Locale.ROOT,
                  "  %.2f× %s",
                  m / (j == 3 ? copy : scan),
                  j == 3 ? "token copy" : "token scan");
      System.out.printf(Locale.ROOT, "%-24s %,12.0f records/s%s%n", names[j], m, ratio);
    }
  }

  private interface Job {
    long run();
  }

  private static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /**
   * @return the length of the first {@code lines} lines
   */
  private static int prefix(byte[] bytes, int lines) {
    int seen = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n' && ++seen == lines) {
        return i + 1;
      }
    }
    return bytes.length;
  }

  private static long scan(JsonFactory json, byte[] bytes) {
    long records = 0;
    try (JsonParser p = json.createParser(bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.END_OBJECT && p.getParsingContext().inRoot()) {
          records++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  /**
   * What any binding must at least do with Jackson: one parser per line (as an NDJSON reader that
   * goes on after a bad line needs), every string, integer and number decoded.
   */
  private static long values(JsonFactory json, byte[] bytes) {
    long records = 0;
    int start = 0;
    try {
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] != '\n') {
          continue;
        }
        try (JsonParser p = json.createParser(bytes, start, i - start)) {
          JsonToken t;
          while ((t = p.nextToken()) != null) {
            if (t == JsonToken.VALUE_STRING) {
              p.getText();
            } else if (t == JsonToken.VALUE_NUMBER_INT) {
              p.getIntValue();
            } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
              p.getDoubleValue();
            }
          }
        }
        records++;
        start = i + 1;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  private static long copy(JsonFactory json, byte[] bytes, int repeat) {
    long records = 0;
    try (JsonGenerator g = json.createGenerator(OutputStream.nullOutputStream())) {
      for (int i = 0; i < repeat; i++) {
        try (JsonParser p = json.createParser(bytes)) {
          JsonToken t;
          while ((t = p.nextToken()) != null) {
            g.copyCurrentEvent(p);
            if (t == JsonToken.END_OBJECT && p.getParsingContext().inRoot()) {
              records++;
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  private static long count(Format ndjson, byte[] bytes) {
    long n = 0;
    try (RecordReader r = ndjson.reader(new ByteArrayInputStream(bytes), "bench.ndjson")) {
      while (r.hasNext()) {
        if (!(r.next() instanceof ReadResult.Ok)) {
          throw new IllegalStateException("a generated record did not read");
        }
        n++;
      }
    }
    return n;
  }

  private static List<MignetRecord> read(Format ndjson, byte[] bytes) {
    List<MignetRecord> out = new ArrayList<>();
    try (RecordReader r = ndjson.reader(new ByteArrayInputStream(bytes), "bench.ndjson")) {
      while (r.hasNext()) {
        if (r.next() instanceof ReadResult.Ok ok) {
          out.add(ok.record());
        } else {
          throw new IllegalStateException("a generated record did not read");
        }
      }
    }
    return out;
  }

  private static long write(Format ndjson, List<MignetRecord> records, int repeat) {
    try (RecordWriter w = ndjson.writer(OutputStream.nullOutputStream())) {
      for (int i = 0; i < repeat; i++) {
        for (MignetRecord record : records) {
          w.write(record);
        }
      }
    }
    return (long) records.size() * repeat;
  }
}
