package org.mignet.formats;

/**
 * Limits a reader enforces against hostile or broken input (DESIGN §8). Exceeding one is a read-level issue
 * ({@code MG-READ-011}), never an {@link OutOfMemoryError}. Immutable and thread-safe.
 *
 * @param maxNestingDepth deepest nesting of objects and arrays, at least 8
 * @param maxStringLength longest string value or member name in characters, at least 1
 * @param maxNumberLength longest number literal in characters, at least 1
 * @param maxRecordBytes largest single record (one bundle element, one NDJSON line, one document) in bytes or
 *     characters, at least 1
 * @param maxRecords most records read from one source, at least 1; the stream ends with a failed result after
 */
public record ReadLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxRecordBytes,
    long maxRecords) {

  private static final ReadLimits DEFAULTS = new ReadLimits(64, 1_000_000, 100, 16L * 1024 * 1024, 10_000_000L);

  /** Checks the ranges. */
  public ReadLimits {
    if (maxNestingDepth < 8 || maxStringLength < 1 || maxNumberLength < 1 || maxRecordBytes < 1
        || maxRecords < 1) {
      throw new IllegalArgumentException("limits must be positive (nesting depth at least 8)");
    }
  }

  /**
   * @return nesting depth 64, strings 1,000,000 characters, numbers 100 characters, records 16 MiB, 10,000,000
   *     records per source
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** @return a copy with the given nesting depth */
  public ReadLimits withMaxNestingDepth(int value) {
    return new ReadLimits(value, maxStringLength, maxNumberLength, maxRecordBytes, maxRecords);
  }

  /** @return a copy with the given string length */
  public ReadLimits withMaxStringLength(int value) {
    return new ReadLimits(maxNestingDepth, value, maxNumberLength, maxRecordBytes, maxRecords);
  }

  /** @return a copy with the given number length */
  public ReadLimits withMaxNumberLength(int value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, value, maxRecordBytes, maxRecords);
  }

  /** @return a copy with the given record size */
  public ReadLimits withMaxRecordBytes(long value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, value, maxRecords);
  }

  /** @return a copy with the given number of records per source */
  public ReadLimits withMaxRecords(long value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxRecordBytes, value);
  }
}
