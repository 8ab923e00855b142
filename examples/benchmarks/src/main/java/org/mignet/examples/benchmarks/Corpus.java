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

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.mignet.core.model.RecordType;
import org.mignet.formats.Formats;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.json.JsonSchemas;

/**
 * The benchmarks' inputs: generated trafficking cases written by mignet's NDJSON writer, and the
 * published per-type JSON Schema. As a program it writes them to files for the baselines outside
 * the JVM (ajv) and the memory check:
 *
 * <pre>
 * java -cp benchmarks.jar org.mignet.examples.benchmarks.Corpus cases FILE RECORDS     # RECORDS cases, seed 42
 * java -cp benchmarks.jar org.mignet.examples.benchmarks.Corpus bytes FILE BYTES       # at least BYTES of cases
 * java -cp benchmarks.jar org.mignet.examples.benchmarks.Corpus schema FILE            # the TraffickingCase schema
 * </pre>
 */
public final class Corpus {

  /** The seed of every benchmark's cases. */
  public static final long SEED = 42;

  private Corpus() {}

  /**
   * @param records how many cases
   * @return that many generated cases as NDJSON, from {@link #SEED}
   */
  public static byte[] ndjson(int records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(records * 1400);
    write(out, records, Long.MAX_VALUE);
    return out.toByteArray();
  }

  /**
   * @return the JSON Schema of a trafficking case, as {@code mignet schema TraffickingCase} prints
   *     it
   */
  public static String schema() {
    return JsonSchemas.schema(RecordType.TRAFFICKING_CASE);
  }

  /**
   * Writes cases until {@code records} are written or {@code bytes} are exceeded; streams, whatever
   * the size.
   */
  private static long write(OutputStream out, long records, long bytes) {
    CaseGenerator generator = new CaseGenerator(SEED);
    CountingStream counting = new CountingStream(out);
    long n = 0;
    try (RecordWriter writer =
        Formats.named("ndjson").writer(counting, org.mignet.formats.FormatOptions.none())) {
      while (n < records && counting.count < bytes) {
        writer.write(generator.next());
        n++;
      }
    }
    return n;
  }

  /**
   * @param args {@code cases FILE RECORDS}, {@code bytes FILE BYTES} or {@code schema FILE}
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: Corpus cases FILE RECORDS | bytes FILE BYTES | schema FILE");
      System.exit(2);
    }
    Path file = Path.of(args[1]);
    switch (args[0]) {
      case "schema" -> Files.writeString(file, schema());
      case "cases", "bytes" -> {
        long limit = Long.parseLong(args[2]);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
          long n =
              args[0].equals("cases")
                  ? write(out, limit, Long.MAX_VALUE)
                  : write(out, Long.MAX_VALUE, limit);
          System.err.printf(Locale.ROOT, "wrote %,d cases to %s%n", n, file);
        }
      }
      default -> {
        System.err.println("unknown corpus: " + args[0]);
        System.exit(2);
      }
    }
  }

  /** Counts the bytes written through it. */
  private static final class CountingStream extends java.io.FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
