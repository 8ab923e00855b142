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
package org.mignet.formats.xlsx.internal.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;

/**
 * The fallback provider is the one the Log4j API picks when no backend is on the class path (as in
 * these tests, which have slf4j-nop and nothing of Log4j's), and it forwards to SLF4J because SLF4J
 * has a provider here. That nothing is printed for a user without any binding is shown by {@code
 * .ci/quiet-logging}.
 */
class FallbackLog4jProviderTest {

  @Test
  void theLog4jApiUsesTheFallbackWhenNoBackendIsPresent() {
    assertThat(LogManager.getFactory()).isInstanceOf(FallbackLoggerContextFactory.class);
  }

  @Test
  void poiLoggersForwardToSlf4jWhenSlf4jHasAProvider() {
    assertThat(FallbackLoggerContextFactory.slf4jHasProvider())
        .as("slf4j-nop is on the test class path")
        .isTrue();
    Logger logger = LogManager.getLogger("org.apache.poi.test");
    assertThat(logger).isInstanceOf(Slf4jForwardingLogger.class);
    // slf4j-nop turns every level off; the forwarding logger asks SLF4J, not a level of its own
    assertThat(logger.isErrorEnabled()).isFalse();
    assertThat(logger.getLevel()).isEqualTo(Level.OFF);
    assertThat(LogManager.getLogger("org.apache.poi.test")).isSameAs(logger);
  }

  @Test
  void theSilentLoggerLogsNothingAtAnyLevel() {
    SilentLogger silent = new SilentLogger("x");
    for (Level level : Level.values()) {
      assertThat(silent.isEnabled(level)).as(level.name()).isFalse();
    }
    assertThat(silent.getLevel()).isEqualTo(Level.OFF);
  }

  @Test
  void rankedBelowEveryLog4jBackend() {
    // log4j-core registers priority 10, log4j-to-slf4j 15: either wins over the fallback
    assertThat(new FallbackLog4jProvider().getPriority()).isLessThan(10);
  }
}
