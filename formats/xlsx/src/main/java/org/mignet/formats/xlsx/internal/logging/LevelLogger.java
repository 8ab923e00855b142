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
import org.apache.logging.log4j.spi.AbstractLogger;

/** A Log4j API logger whose every {@code isEnabled} asks one question: is this level on. */
abstract class LevelLogger extends AbstractLogger {

  private static final long serialVersionUID = 1L;

  LevelLogger(String name) {
    super(name);
  }

  /** Returns whether a message of this level is logged. */
  abstract boolean enabled(Level level);

  @Override
  public final boolean isEnabled(Level level, Marker marker, Message message, Throwable t) {
    return enabled(level);
  }

  @Override
  public final boolean isEnabled(Level level, Marker marker, CharSequence message, Throwable t) {
    return enabled(level);
  }

  @Override
  public final boolean isEnabled(Level level, Marker marker, Object message, Throwable t) {
    return enabled(level);
  }

  @Override
  public final boolean isEnabled(Level level, Marker marker, String message, Throwable t) {
    return enabled(level);
  }

  @Override
  public final boolean isEnabled(Level level, Marker marker, String message) {
    return enabled(level);
  }

  @Override
  public final boolean isEnabled(Level level, Marker marker, String message, Object... params) {
    return enabled(level);
  }

  @Override
  public final boolean isEnabled(Level level, Marker marker, String message, Object p0) {
    return enabled(level);
  }

  @Override
  public final boolean isEnabled(Level level, Marker marker, String message, Object p0, Object p1) {
    return enabled(level);
  }

  @Override
  public final boolean isEnabled(
      Level level, Marker marker, String message, Object p0, Object p1, Object p2) {
    return enabled(level);
  }

  @Override
  public final boolean isEnabled(
      Level level, Marker marker, String message, Object p0, Object p1, Object p2, Object p3) {
    return enabled(level);
  }

  @Override
  public final boolean isEnabled(
      Level level,
      Marker marker,
      String message,
      Object p0,
      Object p1,
      Object p2,
      Object p3,
      Object p4) {
    return enabled(level);
  }

  @Override
  public final boolean isEnabled(
      Level level,
      Marker marker,
      String message,
      Object p0,
      Object p1,
      Object p2,
      Object p3,
      Object p4,
      Object p5) {
    return enabled(level);
  }

  @Override
  public final boolean isEnabled(
      Level level,
      Marker marker,
      String message,
      Object p0,
      Object p1,
      Object p2,
      Object p3,
      Object p4,
      Object p5,
      Object p6) {
    return enabled(level);
  }

  @Override
  public final boolean isEnabled(
      Level level,
      Marker marker,
      String message,
      Object p0,
      Object p1,
      Object p2,
      Object p3,
      Object p4,
      Object p5,
      Object p6,
      Object p7) {
    return enabled(level);
  }

  @Override
  public final boolean isEnabled(
      Level level,
      Marker marker,
      String message,
      Object p0,
      Object p1,
      Object p2,
      Object p3,
      Object p4,
      Object p5,
      Object p6,
      Object p7,
      Object p8) {
    return enabled(level);
  }

  @Override
  public final boolean isEnabled(
      Level level,
      Marker marker,
      String message,
      Object p0,
      Object p1,
      Object p2,
      Object p3,
      Object p4,
      Object p5,
      Object p6,
      Object p7,
      Object p8,
      Object p9) {
    return enabled(level);
  }
}
