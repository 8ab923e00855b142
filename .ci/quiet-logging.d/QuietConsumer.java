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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.mignet.core.MignetException;
import org.mignet.core.model.MignetRecord;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;

/**
 * A library user of mignet-formats with nothing else on its class path. With "xlsx": mignet-formats-xlsx is there too;
 * it reads a canonical JSON file, writes it as XLSX and reads the XLSX back (Apache POI both ways). With "base": only
 * mignet-formats; it reads the JSON file, writes it as CSV, and asking for XLSX gives the message that names the
 * artifact (a MignetException, not a NoClassDefFoundError). It prints one line; anything else on stdout or stderr is
 * a library talking on its own.
 */
public class QuietConsumer {
  public static void main(String[] args) throws Exception {
    List<MignetRecord> records = new ArrayList<>();
    try (InputStream in = new java.io.FileInputStream(args[0]);
        RecordReader r = Formats.named("json").reader(in, "sample.json")) {
      r.forEachRemaining(res -> records.add(((ReadResult.Ok) res).record()));
    }
    if ("base".equals(args[1])) {
      ByteArrayOutputStream csv = new ByteArrayOutputStream();
      try (RecordWriter w = Formats.named("csv").writer(csv)) {
        for (MignetRecord rec : records) {
          w.write(rec);
        }
      }
      String refusal;
      try (RecordWriter w = Formats.named("xlsx").writer(new ByteArrayOutputStream())) {
        w.write(records.get(0));
        refusal = "none";
      } catch (MignetException e) {
        refusal = e.getMessage();
      }
      if (!refusal.contains("org.mignet:mignet-formats-xlsx")) {
        throw new AssertionError("XLSX without mignet-formats-xlsx: " + refusal);
      }
      System.out.println("wrote " + records.size() + " records as " + csv.size() + " bytes of CSV; XLSX refused: "
          + refusal.substring(0, refusal.indexOf(" (")));
      return;
    }
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named("xlsx").writer(xlsx)) {
      for (MignetRecord rec : records) {
        w.write(rec);
      }
    }
    int read = 0;
    try (RecordReader r = Formats.named("xlsx").reader(new ByteArrayInputStream(xlsx.toByteArray()), "out.xlsx")) {
      while (r.hasNext()) {
        if (r.next() instanceof ReadResult.Ok) {
          read++;
        }
      }
    }
    System.out.println("read " + read + " of " + records.size() + " records back from " + xlsx.size() + " bytes of XLSX");
  }
}
