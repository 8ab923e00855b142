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

import org.apache.logging.log4j.spi.Provider;

/**
 * The Log4j API provider mignet-formats registers (META-INF/services) for Apache POI's logging, at
 * priority 1: below log4j-core (10) and log4j-to-slf4j (15), so an application that has either
 * keeps it, and this one is used only where the Log4j API would otherwise find no provider and
 * print {@code ERROR Log4j API could not find a logging provider} on standard error. It forwards to
 * SLF4J when SLF4J has a provider (the application's binding), and is silent otherwise: a library
 * ships no binding, and prints nothing on its own.
 *
 * <p>Not a {@code log4j-to-slf4j} dependency on purpose: that bridge outranks log4j-core, so it
 * would take over the Log4j API logging of every application that uses log4j-core (and loop with
 * log4j-slf4j2-impl).
 */
public final class FallbackLog4jProvider extends Provider {

  /** The priority: lower than every Log4j backend. */
  static final int PRIORITY = 1;

  /** Creates it (ServiceLoader). */
  public FallbackLog4jProvider() {
    super(PRIORITY, "2.6.0", FallbackLoggerContextFactory.class);
  }
}
