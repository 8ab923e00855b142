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
package org.mignet.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mignet.core.RuleId;
import org.mignet.core.model.MignetRecord;

/**
 * {@link Validation#validateAll}: input order, the same reports as one record at a time, a bounded
 * window.
 */
class BatchValidationTest {

  private static final Validation VALIDATION = Fixtures.VALIDATION;
  private static final List<MignetRecord> RECORDS = new RecordCorpus(11, 0.1).records(20);

  private static List<Validated<MignetRecord>> all(Iterator<Validated<MignetRecord>> it) {
    List<Validated<MignetRecord>> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void givesEachRecordWithItsOwnReportInInputOrderOnSeveralThreads() {
    List<Validated<MignetRecord>> three =
        all(VALIDATION.validateAll(RECORDS.iterator(), Profile.EXCHANGE, Locale.ENGLISH, 3));
    assertThat(three).hasSameSizeAs(RECORDS);
    for (int i = 0; i < RECORDS.size(); i++) {
      assertThat(three.get(i).record()).isSameAs(RECORDS.get(i));
      assertThat(three.get(i).report())
          .as("record %d", i)
          .isEqualTo(VALIDATION.validate(RECORDS.get(i), Profile.EXCHANGE, Locale.ENGLISH));
    }
    assertThat(three.stream().filter(v -> !v.report().isEmpty()).count()).isPositive();
  }

  @Test
  void givesTheSameResultsOnOneThreadAsOnFour() {
    assertThat(
            all(VALIDATION.validateAll(RECORDS.iterator(), Profile.STRUCTURAL, Locale.FRENCH, 1)))
        .isEqualTo(
            all(VALIDATION.validateAll(RECORDS.iterator(), Profile.STRUCTURAL, Locale.FRENCH, 4)));
  }

  @Test
  void readsOnlyABoundedWindowAheadOfTheConsumer() {
    AtomicInteger read = new AtomicInteger();
    Iterator<MignetRecord> endless =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public MignetRecord next() {
            return RECORDS.get(read.getAndIncrement() % RECORDS.size());
          }
        };
    Iterator<Validated<MignetRecord>> it =
        VALIDATION.validateAll(endless, Profile.STRUCTURAL, Locale.ENGLISH, 2);
    for (int i = 0; i < 500; i++) {
      assertThat(it.next().record()).isSameAs(RECORDS.get(i % RECORDS.size()));
      assertThat(read.get()).isLessThanOrEqualTo(i + 1 + 2 * OrderedBatch.AHEAD_PER_THREAD);
    }
    ((OrderedBatch<?>) it).close();
  }

  @Test
  void throwsAFailureOfTheSourceAfterTheResultsOfTheRecordsReadBeforeIt() {
    Iterator<MignetRecord> failing =
        new Iterator<>() {
          private int n;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public MignetRecord next() {
            if (n == 5) {
              throw new IllegalStateException("line 6 cannot be read");
            }
            return RECORDS.get(n++);
          }
        };
    Iterator<Validated<MignetRecord>> it =
        VALIDATION.validateAll(failing, Profile.STRUCTURAL, Locale.ENGLISH, 2);
    for (int i = 0; i < 5; i++) {
      assertThat(it.next().record()).isSameAs(RECORDS.get(i));
    }
    assertThatThrownBy(it::hasNext)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("line 6 cannot be read");
  }

  @Test
  void aStreamOfResultsClosesItsSource() {
    AtomicBoolean closed = new AtomicBoolean();
    try (Stream<Validated<MignetRecord>> s =
        VALIDATION.validateAll(
            RECORDS.stream().onClose(() -> closed.set(true)),
            Profile.STRUCTURAL,
            Locale.ENGLISH,
            2)) {
      assertThat(s.map(Validated::record).toList()).isEqualTo(RECORDS);
    }
    assertThat(closed).isTrue();
  }

  @Test
  void refusesNoThreadsAndUnknownProfilesBeforeReadingAnything() {
    assertThatThrownBy(
            () -> VALIDATION.validateAll(RECORDS.iterator(), Profile.STRUCTURAL, Locale.ENGLISH, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parallelism");
    assertThatThrownBy(
            () ->
                VALIDATION.validateAll(
                    RECORDS.iterator(), Profile.of("nope", "unknown"), Locale.ENGLISH, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }

  private static Validation probing(java.util.function.Consumer<MignetRecord> probe) {
    return Validation.builder()
        .clock(Fixtures.CLOCK)
        .addRule(
            Rule.of(
                new RuleDefinition(
                    RuleId.of("ACME-PROBE-001"),
                    Severity.WARNING,
                    RuleKind.SEMANTIC,
                    java.util.Set.of(Profile.STRUCTURAL.name()),
                    java.util.Map.of("en", "Probe."),
                    "Runs a probe on each record, for the test.",
                    "mignet tests"),
                MignetRecord.class,
                (r, ctx) -> {
                  if (ctx.pointer().isEmpty()) {
                    probe.accept(r);
                  }
                }))
        .build();
  }

  @Test
  void validatesOnDaemonThreadsNamedAfterTheBatch() {
    java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    Validation v =
        probing(
            r -> {
              Thread t = Thread.currentThread();
              threads.add(t.getName().replaceAll("-\\d+-\\d+$", "") + " daemon=" + t.isDaemon());
            });
    assertThat(all(v.validateAll(RECORDS.iterator(), Profile.STRUCTURAL, Locale.ENGLISH, 2)))
        .hasSameSizeAs(RECORDS);
    assertThat(threads).containsExactly("mignet-validate daemon=true");
  }

  @Test
  void aRuleThatThrowsEndsTheBatchWithItsOwnException() {
    RuntimeException runtime = new IllegalArgumentException("rule broke");
    Error error = new AssertionError("rule failed");
    for (Throwable thrown : List.of(runtime, error)) {
      AtomicInteger seen = new AtomicInteger();
      Validation v =
          probing(
              r -> {
                if (seen.incrementAndGet() == 7) {
                  sneakyThrow(thrown);
                }
              });
      Iterator<Validated<MignetRecord>> it =
          v.validateAll(RECORDS.iterator(), Profile.STRUCTURAL, Locale.ENGLISH, 2);
      assertThatThrownBy(() -> all(it)).isSameAs(thrown);
      // the batch is over: nothing more comes out of it
      assertThat(it.hasNext()).isFalse();
    }
    Exception checked = new java.io.IOException("rule could not read");
    AtomicInteger seen = new AtomicInteger();
    Validation v =
        probing(
            r -> {
              if (seen.incrementAndGet() == 3) {
                sneakyThrow(checked);
              }
            });
    assertThatThrownBy(
            () -> all(v.validateAll(RECORDS.iterator(), Profile.STRUCTURAL, Locale.ENGLISH, 2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("validation failed")
        .hasCause(checked);
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
    throw (T) t;
  }

  @Test
  void aClosedBatchGivesNothingMore() {
    Iterator<Validated<MignetRecord>> it =
        VALIDATION.validateAll(RECORDS.iterator(), Profile.STRUCTURAL, Locale.ENGLISH, 2);
    assertThat(it.next().record()).isSameAs(RECORDS.get(0));
    ((OrderedBatch<?>) it).close();
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(java.util.NoSuchElementException.class);
    // closing one that runs on the caller's thread is harmless
    Iterator<Validated<MignetRecord>> one =
        VALIDATION.validateAll(RECORDS.iterator(), Profile.STRUCTURAL, Locale.ENGLISH, 1);
    ((OrderedBatch<?>) one).close();
    assertThat(all(one)).hasSameSizeAs(RECORDS);
  }

  @Test
  void aConsumerInterruptedWhileWaitingIsToldSoAndKeepsItsInterrupt() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    Validation v =
        probing(
            r -> {
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    Iterator<Validated<MignetRecord>> it =
        v.validateAll(RECORDS.iterator(), Profile.STRUCTURAL, Locale.ENGLISH, 2);
    try {
      Thread.currentThread().interrupt();
      assertThatThrownBy(it::hasNext)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("interrupted while waiting for a validation")
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(Thread.interrupted()).isTrue();
      // the batch is closed: nothing more comes out of it
      assertThat(it.hasNext()).isFalse();
    } finally {
      Thread.interrupted();
      release.countDown();
    }
  }
}
