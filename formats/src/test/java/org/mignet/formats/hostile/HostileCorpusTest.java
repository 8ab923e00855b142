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
package org.mignet.formats.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mignet.core.ParseException;
import org.mignet.core.validation.Issue;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadException;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.hostile.HostileCorpus.Input;
import org.mignet.formats.json.CanonicalJson;
import org.mignet.formats.sdmx.SdmxStructures;

/**
 * Issue 10, point 4: the hostile corpus, run against every reader that could be handed it. The
 * suite runs in its own surefire execution, in a forked JVM of 256 MB heap ({@code hostile} tag,
 * see formats/pom.xml), so a reader that holds a hostile input in memory fails here with {@link
 * OutOfMemoryError} instead of passing on a roomy heap.
 *
 * <p>Every case holds the same promises: the reader returns (within its time budget) or throws a
 * {@link ReadException} carrying its issue; nothing else escapes, an {@link Error} least of all;
 * every issue has a rule id and a location naming the source; a message never echoes the hostile
 * payload; an input that is not well formed is refused, not read as records; and afterwards the
 * heap is back to what it was (the JVM is still well).
 */
@Tag("hostile")
class HostileCorpusTest {

  /** How a case may end. */
  enum Expect {
    /** the input is not well formed for the format: at least one failure, with its issue */
    REFUSED,
    /** the input may be well formed (UTF-16 with a BOM, for instance): any clear outcome */
    CLEAR,
    /**
     * the input points at a local file (DTD, XInclude): whatever is read, that file's text is
     * nowhere in it
     */
    NO_LEAK
  }

  private static final Duration BUDGET = Duration.ofSeconds(60);
  private static final int MAX_MESSAGE = 2_000;

  private static final String TABLE = "a,b,c";
  private static final String SDMX_CSV =
      "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE";
  private static final String MMP =
      "Incident ID,Region,Reported Date,Reported Year,Reported Month,Number Dead";
  private static final String HTCDS = "cas_CaseID,prs_PersonID,prs_Sex";
  private static final String HXL = "Country,Affected\n#country,#affected";

  static Stream<Arguments> jsonCases() {
    List<Input> inputs =
        List.of(
            HostileCorpus.deepJsonArrays(100_000),
            HostileCorpus.deepJsonObjects(100_000),
            HostileCorpus.hugeJsonString(100 * HostileCorpus.MB),
            HostileCorpus.hugeJsonNumber(10_000),
            HostileCorpus.invalidUtf8Json(),
            HostileCorpus.duplicateKeysJson(),
            HostileCorpus.nanJson());
    List<Arguments> cases = new ArrayList<>();
    for (String format : List.of("json", "ndjson", "sdmx-json", "json-stat", "mmp")) {
      for (Input input : inputs) {
        cases.add(Arguments.of(format, input, Expect.REFUSED));
      }
      String doc = "{\"recordType\":\"Incident\",\"version\":\"2.0\"}";
      cases.add(Arguments.of(format, HostileCorpus.utf16("JSON", doc, true), Expect.CLEAR));
      cases.add(Arguments.of(format, HostileCorpus.utf16("JSON", doc, false), Expect.CLEAR));
    }
    return cases.stream();
  }

  static Stream<Arguments> xmlCases() {
    List<Input> inputs =
        List.of(
            HostileCorpus.xxe(),
            HostileCorpus.billionLaughs(),
            HostileCorpus.deepXml(100_000),
            HostileCorpus.hugeXmlText(100 * HostileCorpus.MB));
    List<Arguments> cases = new ArrayList<>();
    for (String format : List.of("sdmx-ml", "htcds-xform")) {
      for (Input input : inputs) {
        cases.add(Arguments.of(format, input, Expect.REFUSED));
      }
      cases.add(Arguments.of(format, HostileCorpus.dtd(), Expect.NO_LEAK));
      cases.add(Arguments.of(format, HostileCorpus.xinclude(), Expect.NO_LEAK));
      cases.add(
          Arguments.of(
              format,
              HostileCorpus.utf16("XML", "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>", true),
              Expect.CLEAR));
    }
    return cases.stream();
  }

  static Stream<Arguments> tableCases() {
    List<Arguments> cases = new ArrayList<>();
    List<String[]> formats =
        List.of(
            new String[] {"csv", TABLE},
            new String[] {"hxl", HXL},
            new String[] {"htcds", HTCDS},
            new String[] {"ctdc", TABLE},
            new String[] {"mmp", MMP},
            new String[] {"sdmx-csv", SDMX_CSV});
    for (String[] f : formats) {
      cases.add(Arguments.of(f[0], HostileCorpus.unterminatedQuote(), Expect.REFUSED));
      cases.add(
          Arguments.of(f[0], HostileCorpus.hugeCell(f[1], 50 * HostileCorpus.MB), Expect.REFUSED));
      // HXL, as libhxl, reads a cell past the hashtag row as an untagged column: reported
      // (MG-HXL-004), not refused
      cases.add(
          Arguments.of(
              f[0],
              HostileCorpus.raggedRows(f[1]),
              f[0].equals("hxl") ? Expect.CLEAR : Expect.REFUSED));
      cases.add(Arguments.of(f[0], HostileCorpus.invalidUtf8Csv(f[1]), Expect.CLEAR));
      cases.add(
          Arguments.of(f[0], HostileCorpus.utf16("CSV", f[1] + "\n1,2,3\n", true), Expect.CLEAR));
      cases.add(
          Arguments.of(f[0], HostileCorpus.utf16("CSV", f[1] + "\n1,2,3\n", false), Expect.CLEAR));
    }
    return cases.stream();
  }

  static Stream<Arguments> mrzCases() {
    String td3a = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    String td3b = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    return Stream.of(
        Arguments.of(
            "mrz",
            HostileCorpus.text(
                "MRZ lines of the wrong length", td3a + "<<\n" + td3b.substring(3) + "\n"),
            Expect.REFUSED),
        Arguments.of(
            "mrz",
            HostileCorpus.text(
                // two MRZs one after another are read one by one; a line left over is refused
                "MRZ with a line left over", td3a + "\n" + td3b + "\n" + td3a + "\n"),
            Expect.REFUSED),
        Arguments.of(
            "mrz",
            HostileCorpus.text(
                "MRZ with characters outside A-Z, 0-9 and <",
                td3a.replace('A', 'Ä') + "\n" + td3b + "\n"),
            Expect.REFUSED),
        Arguments.of(
            "mrz",
            HostileCorpus.repeated("one MRZ line of 50 MB", "", "<", 50 * HostileCorpus.MB, "\n"),
            Expect.REFUSED),
        Arguments.of(
            "mrz",
            HostileCorpus.repeated("a million blank lines", "", "\n", 1_000_000, ""),
            Expect.CLEAR),
        Arguments.of("mrz", HostileCorpus.invalidUtf8Csv(td3a), Expect.REFUSED));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("mrzCases")
  void theMrzReaderEndsHostileLinesClearly(String format, Input input, Expect expect) {
    check(format, input, expect);
  }

  static Stream<Arguments> workbookCases() {
    List<Arguments> cases = new ArrayList<>();
    for (String format : List.of("xlsx", "htcds", "ctdc", "hxl")) {
      cases.add(Arguments.of(format, HostileCorpus.highRatioZipBomb(), Expect.REFUSED));
      cases.add(Arguments.of(format, HostileCorpus.mediumRatioZipBomb(), Expect.REFUSED));
      cases.add(Arguments.of(format, HostileCorpus.sharedStringsBomb(), Expect.REFUSED));
      cases.add(Arguments.of(format, HostileCorpus.manySharedStrings(), Expect.REFUSED));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("jsonCases")
  void everyJsonReaderEndsHostileJsonClearly(String format, Input input, Expect expect) {
    check(format, input, expect);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("xmlCases")
  void everyXmlReaderEndsHostileXmlClearly(String format, Input input, Expect expect) {
    check(format, input, expect);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("tableCases")
  void everyTableReaderEndsHostileTablesClearly(String format, Input input, Expect expect) {
    check(format, input, expect);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("workbookCases")
  @org.mignet.formats.WithXlsx
  void everyWorkbookReaderRefusesHostileWorkbooksClearly(
      String format, Input input, Expect expect) {
    check(format, input, expect);
  }

  @ParameterizedTest(name = "structure message: {0}")
  @MethodSource("structureInputs")
  void theStructureReaderRefusesHostileXmlClearly(Input input) {
    assertTimeoutPreemptively(
        BUDGET,
        () -> {
          try (InputStream in = input.open().get()) {
            SdmxStructures.read(in, "hostile.xml");
            fail("a hostile structure message was read as if it were well formed: " + input);
          } catch (ParseException e) {
            assertThat(e.ruleId().value()).as("rule id").startsWith("MG-");
            assertThat(e.getMessage())
                .hasSizeLessThan(MAX_MESSAGE)
                .doesNotContain(HostileCorpus.SECRET);
          }
        });
  }

  static Stream<Input> structureInputs() {
    return Stream.of(
        HostileCorpus.xxe(),
        HostileCorpus.dtd(),
        HostileCorpus.billionLaughs(),
        HostileCorpus.xinclude(),
        HostileCorpus.deepXml(100_000),
        HostileCorpus.hugeXmlText(100 * HostileCorpus.MB));
  }

  static Stream<Arguments> largeJsonStat() {
    return Stream.of(
        Arguments.of(HostileCorpus.largeJsonStat(2, false), 2_000_000L),
        Arguments.of(HostileCorpus.largeJsonStat(1, true), 1_000_000L));
  }

  /**
   * Issue 10: a large JSON-stat is read whole at 256 MB of heap, every cell an observation with its
   * value and the status of one cell in seven, though its values come before the dimensions that
   * index them.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("largeJsonStat")
  void aLargeJsonStatIsReadInBoundedMemory(Input input, long cells) {
    long[] seen = new long[2];
    assertTimeoutPreemptively(
        BUDGET,
        () -> {
          try (InputStream in = input.open().get();
              RecordReader reader = Formats.named("json-stat").reader(in, "hostile-input")) {
            while (reader.hasNext()) {
              ReadResult r = reader.next();
              assertThat(r).as("a cell of %s", input).isInstanceOf(ReadResult.Ok.class);
              org.mignet.core.model.Dataset ds =
                  (org.mignet.core.model.Dataset) ((ReadResult.Ok) r).record();
              for (org.mignet.core.model.Observation o : ds.observations()) {
                long p = seen[0]++;
                if (p % 99_991 == 0) {
                  assertThat(o.value())
                      .as("value of cell %d", p)
                      .hasValueSatisfying(
                          v -> assertThat(v).isEqualByComparingTo((p % 997) + "." + (p % 10)));
                }
                seen[1] += o.status().filter("e"::equalsIgnoreCase).isPresent() ? 1 : 0;
              }
            }
          }
        });
    assertThat(seen[0]).as("observations").isEqualTo(cells);
    assertThat(seen[1]).as("cells with status e").isEqualTo(cells / 7);
  }

  private static void check(String format, Input input, Expect expect) {
    List<Issue> issues = new ArrayList<>();
    StringBuilder written = new StringBuilder();
    int[] counts = new int[2];
    assertTimeoutPreemptively(
        BUDGET,
        () -> {
          try (InputStream in = input.open().get();
              RecordReader reader = Formats.named(format).reader(in, "hostile-input")) {
            while (reader.hasNext()) {
              ReadResult r = reader.next();
              if (r instanceof ReadResult.Ok ok) {
                counts[0]++;
                if (expect == Expect.NO_LEAK) {
                  written.append(CanonicalJson.standard().toJson(ok.record()));
                }
              } else {
                counts[1]++;
              }
              issues.addAll(r.issues());
              if (counts[0] + counts[1] > 10_000) {
                break;
              }
            }
          } catch (ReadException e) {
            counts[1]++;
            issues.add(e.issue());
          } catch (Error | RuntimeException e) {
            fail(
                format
                    + " let "
                    + e.getClass().getName()
                    + " escape on "
                    + input
                    + ": "
                    + cut(e.getMessage()),
                e);
          }
        },
        () -> format + " did not finish " + input + " within " + BUDGET.toSeconds() + " s");

    if (System.getenv("MIGNET_HOSTILE_VERBOSE") != null) {
      System.out.println(
          format
              + " | "
              + input
              + " | ok "
              + counts[0]
              + " failed "
              + counts[1]
              + " | "
              + issues.stream()
                  .limit(3)
                  .map(
                      i ->
                          i.ruleId().value()
                              + " "
                              + i.location()
                              + " "
                              + cut(i.message(Locale.ENGLISH)))
                  .toList());
    }
    for (Issue issue : issues) {
      assertThat(issue.ruleId().value()).as("rule id of %s", issue).matches("MG-[A-Z]+-\\d{3}");
      assertThat(issue.location().source())
          .as("source named by %s", issue.ruleId().value())
          .contains("hostile-input");
      String message = issue.message(Locale.ENGLISH);
      assertThat(message)
          .as("message of %s", issue.ruleId().value())
          .hasSizeLessThan(MAX_MESSAGE)
          .doesNotContain(HostileCorpus.SECRET)
          .doesNotContain("x".repeat(1_000))
          .doesNotContain("a".repeat(1_000));
    }
    if (expect == Expect.NO_LEAK) {
      assertThat(written.toString())
          .as("records read from %s", input)
          .doesNotContain(HostileCorpus.SECRET);
      assertThat(issues)
          .extracting(i -> i.message(Locale.ENGLISH))
          .noneMatch(m -> m.contains(HostileCorpus.SECRET));
    }
    if (expect == Expect.REFUSED) {
      assertThat(counts[1])
          .as("%s: failures reading %s (records read: %d)", format, input, counts[0])
          .isPositive();
    }
  }

  private static String cut(String s) {
    return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  /**
   * The JVM is still well after each case: the heap comes back down and a large array can still be
   * had.
   */
  @AfterEach
  void heapIsBackToNormal() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long used = memory.getHeapMemoryUsage().getUsed();
    long max = Runtime.getRuntime().maxMemory();
    assertThat(used).as("heap in use after the case (of %d MB)", max >> 20).isLessThan(max / 2);
    byte[] probe = new byte[(int) Math.min(max / 8, 64L << 20)];
    assertThat(probe).isNotEmpty();
  }
}
