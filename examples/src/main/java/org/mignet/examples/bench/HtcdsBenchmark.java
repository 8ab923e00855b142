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

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.mignet.core.code.CodeList;
import org.mignet.core.code.HtcdsCodeLists;
import org.mignet.core.model.CaseComment;
import org.mignet.core.model.CaseReferral;
import org.mignet.core.model.NameUse;
import org.mignet.core.model.OrganizationRef;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.PersonName;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.ReferralDirection;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.htcds.Htcds;

/**
 * Rows per second of reading an HTCDS CSV table into {@link TraffickingCase} records, next to a raw
 * jackson-dataformat-csv read of the same bytes (the floor), in the same JVM: warm-up rounds, then
 * measured rounds. The table is generated: N seeded synthetic cases (one victim, codes from the
 * HTCDS v2.0 lists, one to three referrals, so some cases span continuation rows) written by the
 * {@code htcds} writer to a temporary file.
 *
 * <pre>java -cp mignet.jar org.mignet.examples.bench.HtcdsBenchmark [cases] [rounds]</pre>
 */
public final class HtcdsBenchmark {

  private static final String[] NAMES = {
    "Amina", "José", "Lê", "O'Brien", "Nguyễn", "Ana María", "Kofi", "Ørsted"
  };
  private static final String[] COUNTRIES = {
    "AFG", "NGA", "VNM", "MMR", "GBR", "ROU", "THA", "PHL", "UKR"
  };

  private HtcdsBenchmark() {}

  /**
   * @param args optionally the number of cases (default 20,000) and of measured rounds (default 5)
   * @throws IOException if the temporary file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int cases = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path table = Files.createTempFile("htcds-bench-", ".csv");
    try {
      generate(table, cases, 20240601L);
      long rows = 0;
      for (int i = 0; i < 3; i++) {
        rows = raw(table);
        htcds(table);
      }
      double rawBest = 0;
      double htcdsBest = 0;
      for (int i = 0; i < rounds; i++) {
        long t0 = System.nanoTime();
        long n = raw(table);
        long t1 = System.nanoTime();
        long read = htcds(table);
        long t2 = System.nanoTime();
        double rawRate = n / ((t1 - t0) / 1e9);
        double htcdsRate = n / ((t2 - t1) / 1e9);
        rawBest = Math.max(rawBest, rawRate);
        htcdsBest = Math.max(htcdsBest, htcdsRate);
        System.out.printf(
            Locale.ROOT,
            "round %d: raw jackson-csv %,.0f rows/s; htcds read %,.0f rows/s"
                + " (%,d cases, %,.0f cases/s)%n",
            i + 1,
            rawRate,
            htcdsRate,
            read,
            read / ((t2 - t1) / 1e9));
      }
      System.out.printf(
          Locale.ROOT,
          "%,d cases in %,d data rows (%,d KiB), max heap %d MiB; best raw %,.0f rows/s,"
              + " best htcds %,.0f rows/s, ratio %.1fx%n",
          cases,
          rows,
          Files.size(table) >> 10,
          Runtime.getRuntime().maxMemory() >> 20,
          rawBest,
          htcdsBest,
          rawBest / htcdsBest);
    } finally {
      Files.deleteIfExists(table);
    }
  }

  /** The floor: every cell of every row parsed, nothing built. */
  private static long raw(Path table) throws IOException {
    CsvMapper mapper = new CsvMapper();
    long rows = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(table));
        CsvParser p =
            mapper.getFactory().createParser(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      p.setSchema(CsvSchema.emptySchema());
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.END_ARRAY) {
          rows++;
        }
      }
    }
    return rows - 2;
  }

  /**
   * The htcds reader: header and label rows resolved, rows grouped into cases, codes checked,
   * records built.
   */
  private static long htcds(Path table) throws IOException {
    long cases = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(table));
        RecordReader r = Formats.named(Htcds.TABLE).reader(in, table.getFileName().toString())) {
      while (r.hasNext()) {
        if (r.next() instanceof ReadResult.Ok ok && ok.record() instanceof TraffickingCase) {
          cases++;
        }
      }
    }
    return cases;
  }

  private static void generate(Path table, int cases, long seed) throws IOException {
    Random r = new Random(seed);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(table));
        RecordWriter w = Formats.named(Htcds.TABLE).writer(out)) {
      for (int i = 0; i < cases; i++) {
        w.write(synthetic(r, i));
      }
    }
  }

  private static TraffickingCase synthetic(Random r, int n) {
    String id = "case-" + n;
    Person person =
        Person.builder(RecordMeta.of("urn:mignet:htcds", id + "#victim"))
            .name(
                new PersonName(
                    NameUse.PRIMARY,
                    Optional.empty(),
                    List.of(pick(r, NAMES)),
                    List.of(),
                    List.of(pick(r, NAMES)),
                    Optional.empty(),
                    Optional.empty()))
            .birthDate(PartialDate.of(1960 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28)))
            .gender(code(r, "prs_Gender"))
            .citizenship(pick(r, COUNTRIES))
            .build();
    Victim victim =
        Victim.builder(person)
            .status(
                code(r, "vic_TraffickingStatus"), code(r, "vic_TraffickingStatusDecisionMakingOrg"))
            .methodOfControl(code(r, "vic_MethodsOfControl"), code(r, "vic_MethodsOfControl"))
            .exploitationType(code(r, "vic_TypeOfExploitation"))
            .build();
    TraffickingCase.Builder b =
        TraffickingCase.builder(RecordMeta.of("urn:mignet:htcds", id))
            .status(code(r, "cas_Status"))
            .caseOwner("user-" + r.nextInt(100))
            .victim(victim)
            .comment(
                new CaseComment(
                    Optional.empty(), Optional.empty(), "Follow-up " + r.nextInt(1000)));
    for (int i = 0, k = 1 + r.nextInt(3); i < k; i++) {
      b.referral(
          new CaseReferral(
              ReferralDirection.INCOMING,
              Optional.of(OrganizationRef.named("Shelter " + r.nextInt(40), null)),
              Optional.empty(),
              Optional.of(
                  PartialDate.of(2020 + r.nextInt(5), 1 + r.nextInt(12), 1 + r.nextInt(28))),
              Optional.of(code(r, "cas_ReasonForIncomingReferral")),
              Optional.empty(),
              false,
              Optional.empty()));
    }
    return b.build();
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  private static String code(Random r, String field) {
    CodeList list = HtcdsCodeLists.instance().forField(field).orElseThrow();
    return list.codes().get(r.nextInt(list.codes().size())).code();
  }
}
