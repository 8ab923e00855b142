package org.mignet.examples.cli;

/**
 * A failure the user can act on (an unknown profile, a missing file, an unreadable stream): reported as one line
 * on standard error with exit code {@value Mignet#USAGE_OR_IO}. The message never contains personal data.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }

  CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
