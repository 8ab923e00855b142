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
