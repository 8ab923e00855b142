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
package org.mignet.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mignet.formats.ReadLimits;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * {@link RecordReader#nextPending()} on the NDJSON reader: lines are cut out of the source on the
 * reader's thread and decoded later, on any thread, in any order, into exactly what {@link
 * RecordReader#next()} gives in their place, locations and issues included; lines the reader
 * refuses before decoding come back decoded already.
 */
class PendingRecordsTest {

  private static final CanonicalJson JSON = CanonicalJson.standard();
  private static final String GOOD = JSON.toJson(Samples.smallPerson()).replace('\n', ' ');

  /**
   * Every fate of a line: valid, blank, broken, not an object, trailing content, members out of
   * order, too long.
   */
  private static String mixed() {
    String outOfOrder =
        GOOD.replaceFirst("\\{\\s*\"recordType\"\\s*:\\s*\"Person\"\\s*,", "{")
            .replaceFirst("\\}\\s*$", ", \"recordType\": \"Person\"}");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      b.append(GOOD).append('\n');
      switch (i % 8) {
        case 0 -> b.append("\n   \n");
        case 1 -> b.append("{\"recordType\": \"Person\", \"meta\": \n");
        case 2 -> b.append("[1, 2]\n");
        case 3 -> b.append(GOOD).append(" {}\n");
        case 4 -> b.append(outOfOrder).append('\n');
        case 5 ->
            b.append("{\"recordType\": \"Person\", \"x\": \"")
                .append("y".repeat(9_000))
                .append("\"}\n");
        case 6 -> b.append(GOOD.replace("\"Person\"", "\"Nobody\"")).append('\n');
        default -> b.append("{\"recordType\": \"Person\"}\n");
      }
    }
    return b.toString();
  }

  private static CanonicalJson limited() {
    ReadLimits d = ReadLimits.defaults();
    return JSON.withLimits(
        new ReadLimits(
            d.maxNestingDepth(), d.maxStringLength(), d.maxNumberLength(), 8_000, d.maxRecords()));
  }

  private static RecordReader reader(CanonicalJson json, String text) {
    return json.ndjsonReader(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in.ndjson");
  }

  private static List<ReadResult> readNow(CanonicalJson json, String text) {
    List<ReadResult> results = new ArrayList<>();
    try (RecordReader r = reader(json, text)) {
      r.forEachRemaining(results::add);
    }
    return results;
  }

  @Test
  void linesDecodedLaterOnOtherThreadsInReverseOrderGiveWhatReadingThemInOrderGives()
      throws Exception {
    String text = mixed();
    List<ReadResult> now = readNow(limited(), text);
    List<RecordReader.Pending> pending = new ArrayList<>();
    try (RecordReader r = reader(limited(), text)) {
      while (r.hasNext()) {
        pending.add(r.nextPending());
      }
    }
    // decoded after the reader is closed, on four threads, the last line first
    List<RecordReader.Pending> reversed = new ArrayList<>(pending);
    Collections.reverse(reversed);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ReadResult>> futures = new ArrayList<>();
      for (RecordReader.Pending p : reversed) {
        futures.add(pool.submit(p::decode));
      }
      List<ReadResult> later = new ArrayList<>();
      for (Future<ReadResult> f : futures) {
        later.add(f.get());
      }
      Collections.reverse(later);
      assertThat(later).containsExactlyElementsOf(now);
    } finally {
      pool.shutdownNow();
    }
    // the input meets every fate: records, read failures of several rules, and a refusal before
    // decoding
    assertThat(now).hasSize(75);
    assertThat(now).filteredOn(r -> r instanceof ReadResult.Ok).hasSizeGreaterThan(40);
    assertThat(
            now.stream()
                .flatMap(r -> r.issues().stream())
                .map(i -> i.ruleId().value())
                .distinct()
                .count())
        .isGreaterThanOrEqualTo(4);
  }

  @Test
  void aLineWaitingToBeDecodedHoldsItsBytesAndARefusedLineNone() {
    String text =
        GOOD + "\n" + "{\"recordType\": \"Person\", \"x\": \"" + "y".repeat(9_000) + "\"}\n";
    try (RecordReader r = reader(limited(), text)) {
      RecordReader.Pending line = r.nextPending();
      RecordReader.Pending tooLong = r.nextPending();
      assertThat(line.heldBytes()).isEqualTo(GOOD.getBytes(StandardCharsets.UTF_8).length);
      assertThat(tooLong.heldBytes()).isZero();
      assertThat(tooLong.decode().issues())
          .extracting(i -> i.ruleId().value())
          .containsExactly("MG-READ-011");
      assertThat(line.decode()).isInstanceOf(ReadResult.Ok.class);
      assertThat(r.hasNext()).isFalse();
    }
  }

  @Test
  void nextAndNextPendingMixOnOneReaderWithoutLosingALine() {
    String text = GOOD + "\n" + GOOD + "\n" + GOOD + "\n";
    try (RecordReader r = reader(JSON, text)) {
      assertThat(r.next().location().record()).isEqualTo(1);
      assertThat(r.nextPending().decode().location().record()).isEqualTo(2);
      assertThat(r.next().location().record()).isEqualTo(3);
      assertThat(r.hasNext()).isFalse();
    }
  }
}
