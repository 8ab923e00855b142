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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Forwards to the SLF4J logger of the same name; Log4j's FATAL becomes SLF4J's ERROR. */
final class Slf4jForwardingLogger extends LevelLogger {

  private static final long serialVersionUID = 1L;

  private final transient Logger slf4j;

  Slf4jForwardingLogger(String name) {
    super(name);
    this.slf4j = LoggerFactory.getLogger(name);
  }

  @Override
  boolean enabled(Level level) {
    int l = level.intLevel();
    if (l <= Level.OFF.intLevel()) {
      return false;
    } else if (l <= Level.ERROR.intLevel()) {
      return slf4j.isErrorEnabled();
    } else if (l <= Level.WARN.intLevel()) {
      return slf4j.isWarnEnabled();
    } else if (l <= Level.INFO.intLevel()) {
      return slf4j.isInfoEnabled();
    } else if (l <= Level.DEBUG.intLevel()) {
      return slf4j.isDebugEnabled();
    }
    return slf4j.isTraceEnabled();
  }

  @Override
  public void logMessage(String fqcn, Level level, Marker marker, Message message, Throwable t) {
    String text = message == null ? null : message.getFormattedMessage();
    int l = level.intLevel();
    if (l <= Level.OFF.intLevel()) {
      return;
    } else if (l <= Level.ERROR.intLevel()) {
      slf4j.error(text, t);
    } else if (l <= Level.WARN.intLevel()) {
      slf4j.warn(text, t);
    } else if (l <= Level.INFO.intLevel()) {
      slf4j.info(text, t);
    } else if (l <= Level.DEBUG.intLevel()) {
      slf4j.debug(text, t);
    } else {
      slf4j.trace(text, t);
    }
  }

  @Override
  public Level getLevel() {
    for (Level level :
        new Level[] {Level.TRACE, Level.DEBUG, Level.INFO, Level.WARN, Level.ERROR}) {
      if (enabled(level)) {
        return level;
      }
    }
    return Level.OFF;
  }
}
