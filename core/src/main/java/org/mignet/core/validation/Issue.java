package org.mignet.core.validation;

import java.util.Objects;
import java.util.Optional;
import org.mignet.core.SourceLocation;

/**
 * One problem found in the data: which rule, how serious, where (an RFC 6901 JSON Pointer into the record's
 * canonical form, plus the source location where there is one), a message in the reader's language, and the
 * offending value unless it is personal data.
 *
 * @param ruleId the permanent id of the rule, e.g. {@code MG-INC-001}
 * @param severity how serious it is
 * @param pointer JSON Pointer into the record's canonical JSON ({@code ""} for the whole record)
 * @param location source file, record number and line, where known
 * @param message the message, in the language asked for; never contains personal data
 * @param value the offending value, cut short; empty if there is none or if it is personal data
 * @param masked whether a value existed but was withheld because it is personal data
 */
public record Issue(
    String ruleId,
    Severity severity,
    String pointer,
    SourceLocation location,
    String message,
    Optional<String> value,
    boolean masked) {

  /** The most characters of an offending value an issue repeats. */
  public static final int MAX_VALUE_LENGTH = 80;

  /** Checks required parts and cuts the value short. */
  public Issue {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pointer, "pointer");
    location = location == null ? SourceLocation.unknown() : location;
    Objects.requireNonNull(message, "message");
    value = value == null ? Optional.empty() : value.map(Issue::cut);
    if (masked && value.isPresent()) {
      throw new IllegalArgumentException("a masked issue carries no value");
    }
  }

  private static String cut(String s) {
    return s.length() <= MAX_VALUE_LENGTH ? s : s.substring(0, MAX_VALUE_LENGTH) + "…";
  }

  /** @return a copy located in a source (file, record, line); the pointer stays */
  public Issue at(SourceLocation where) {
    return new Issue(ruleId, severity, pointer, where, message, value, masked);
  }

  /** @return a copy whose pointer is prefixed, for a record nested in a bundle */
  public Issue under(String prefix) {
    return new Issue(ruleId, severity, prefix + pointer, location, message, value, masked);
  }

  /** @return {@code ERROR MG-INC-001 /totalDeadAndMissing: message (value)} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(severity).append(' ').append(ruleId).append(' ')
        .append(pointer.isEmpty() ? "/" : pointer);
    if (!location.equals(SourceLocation.unknown())) {
      b.append(" @ ").append(location);
    }
    b.append(": ").append(message);
    value.ifPresent(v -> b.append(" (found: ").append(v).append(')'));
    if (masked) {
      b.append(" (value withheld: personal data)");
    }
    return b.toString();
  }
}
