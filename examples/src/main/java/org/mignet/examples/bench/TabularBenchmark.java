package org.mignet.examples.bench;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;

/**
 * Rows per second of converting a Eurostat by-citizenship table through its mapping spec to NDJSON, next to a raw
 * jackson-dataformat-csv read of the same bytes (the floor), in the same JVM: warm-up rounds, then measured rounds.
 * Run with {@code -Xmx64m} to show that conversion streams.
 *
 * <pre>java -Xmx64m -cp mignet.jar org.mignet.examples.bench.TabularBenchmark TABLE.csv SPEC.json [rounds]</pre>
 */
public final class TabularBenchmark {

  private TabularBenchmark() {}

  /**
   * @param args the table, the mapping spec, and optionally the number of measured rounds (default 5)
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path table = Path.of(args[0]);
    Path spec = Path.of(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    long rows = 0;
    for (int i = 0; i < 3; i++) {
      rows = raw(table);
      mignet(table, spec);
    }
    double rawBest = 0;
    double mignetBest = 0;
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      long n = raw(table);
      long t1 = System.nanoTime();
      ConversionReport report = mignet(table, spec);
      long t2 = System.nanoTime();
      double rawRate = n / ((t1 - t0) / 1e9);
      double mignetRate = report.read() / ((t2 - t1) / 1e9);
      rawBest = Math.max(rawBest, rawRate);
      mignetBest = Math.max(mignetBest, mignetRate);
      System.out.printf(Locale.ROOT, "round %d: raw jackson-csv %,.0f rows/s; mignet convert %,.0f rows/s (%s)%n",
          i + 1, rawRate, mignetRate, report.summary());
    }
    System.out.printf(Locale.ROOT, "%s: %,d rows, max heap %d MiB; best raw %,.0f rows/s, best mignet %,.0f rows/s,"
        + " ratio %.1fx%n", table.getFileName(), rows, Runtime.getRuntime().maxMemory() >> 20, rawBest, mignetBest,
        rawBest / mignetBest);
  }

  private static long raw(Path table) throws IOException {
    CsvMapper mapper = new CsvMapper();
    long rows = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(table));
        CsvParser p = mapper.getFactory().createParser(
            new InputStreamReader(in, Charset.forName("windows-1252")))) {
      p.setSchema(CsvSchema.emptySchema());
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.END_ARRAY) {
          rows++;
        }
      }
    }
    return rows - 1;
  }

  private static ConversionReport mignet(Path table, Path spec) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(table))) {
      Format csv = Formats.named("csv");
      Format ndjson = Formats.named("ndjson");
      return Conversion.from(csv).to(ndjson)
          .options(FormatOptions.none().with(FormatOptions.MAPPING, spec).forConversion(csv, ndjson))
          .run(in, table.getFileName().toString(), OutputStream.nullOutputStream());
    }
  }
}
