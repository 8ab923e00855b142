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
package org.mignet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.mignet.core.validation.Validation;

class EarlyStartTest {

  @Test
  void getGivesTheResultOfTheWorkDoneOnAnotherThread() {
    EarlyStart<String> early =
        EarlyStart.start("test-early", () -> Thread.currentThread().getName());
    assertThat(early.get()).isEqualTo("test-early");
  }

  @Test
  void getThrowsTheSameRuntimeExceptionTheWorkThrew() {
    IllegalStateException thrown = new IllegalStateException("broken");
    EarlyStart<String> early =
        EarlyStart.start(
            "test-early",
            () -> {
              throw thrown;
            });
    assertThatThrownBy(early::get).isSameAs(thrown);
  }

  @Test
  void getThrowsTheSameErrorTheWorkThrew() {
    ExceptionInInitializerError thrown = new ExceptionInInitializerError("broken");
    EarlyStart<String> early =
        EarlyStart.start(
            "test-early",
            () -> {
              throw thrown;
            });
    assertThatThrownBy(early::get).isSameAs(thrown);
  }

  @Test
  void anInterruptWhileWaitingStillGivesTheResultAndKeepsTheInterrupt()
      throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    EarlyStart<String> early =
        EarlyStart.start(
            "test-early",
            () -> {
              release.await();
              return "done";
            });
    Thread.currentThread().interrupt();
    Thread releaser = new Thread(release::countDown);
    releaser.start();
    try {
      assertThat(early.get()).isEqualTo("done");
      assertThat(Thread.interrupted()).isTrue();
    } finally {
      releaser.join();
    }
  }

  @Test
  void withoutAnEarlyStartTheStandardValidationIsMadeOnTheCallersThread() {
    assertThat(Mignet.standardValidation()).isSameAs(Validation.standard());
  }
}
