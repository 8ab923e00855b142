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

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.message.Message;

/** Logs nothing: where SLF4J has no provider, the application asked for no logging. */
final class SilentLogger extends LevelLogger {

  private static final long serialVersionUID = 1L;

  SilentLogger(String name) {
    super(name);
  }

  @Override
  boolean enabled(Level level) {
    return false;
  }

  @Override
  public void logMessage(String fqcn, Level level, Marker marker, Message message, Throwable t) {}

  @Override
  public Level getLevel() {
    return Level.OFF;
  }
}
