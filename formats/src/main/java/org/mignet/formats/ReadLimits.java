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
package org.mignet.formats;

import org.jspecify.annotations.Nullable;

/**
 * Limits a reader enforces against hostile or broken input (DESIGN §8), all in one place. Exceeding
 * one is a read-level issue that names the limit (by its component name, e.g. {@code maxColumns}),
 * its value and where it was hit, never an {@link OutOfMemoryError}: {@code MG-READ-011} in the
 * JSON readers, {@code MG-TAB-024} (columns) and {@code MG-TAB-025} (list indexes) in the table
 * readers and mapping specs, {@code MG-SDMX-024} (cube cells) in JSON-stat. The table and JSON-stat
 * readers enforce the defaults; {@code TableReader.Builder.limits} takes others. Immutable and
 * thread-safe.
 *
 * <p>The XML readers (SDMX-ML, structure messages, XForm instances, workbook parts) hold {@code
 * maxNestingDepth} as the deepest nesting of elements and {@code maxStringLength} as the longest
 * run of text in one element, and refuse DTDs and external entities outright. XLSX parts that
 * expand more than 100 times, or past 4 GiB, are refused as zip bombs (Apache POI's guard, reported
 * as {@code MG-READ-011}).
 *
 * <p>The bounds that are not read limits, listed here so that this stays the one place to look: a
 * conversion's report keeps at most {@link Conversion#DEFAULT_MAX_ISSUES} issues (10,000; {@code
 * Conversion.maxIssues}, the CLI's {@code --max-issues}) and counts the rest by rule; {@code
 * validate --json} keeps as many and counts the rest under {@code omitted}; a mapping spec's
 * patterns run on RE2/J, in time linear in the cell whatever the pattern; a JSON-stat document is
 * held whole and so bounded by {@link #maxRecordBytes()} while it is parsed. A run that still needs
 * more heap or stack than the JVM has ends with exit code 3 (resource limit exceeded;
 * examples/README-cli.md, "Exit codes").
 *
 * @param maxNestingDepth deepest nesting of objects and arrays, at least 8
 * @param maxStringLength longest string value or member name in characters, at least 1
 * @param maxNumberLength longest number literal in characters, at least 1
 * @param maxRecordBytes largest single record (one bundle element, one NDJSON line, one document)
 *     in bytes or characters, at least 1; also the largest JSON-stat document, which is held whole
 *     while it is read (its values may come before the dimensions that index them), checked while
 *     it is parsed (default 16 MiB: some 2 million cells, read within a 256 MB heap)
 * @param maxRecords most records read from one source, at least 1; the stream ends with a failed
 *     result after
 * @param maxColumns most columns of one table row (CSV, XLSX, HXL, the header included), at least
 *     1; for XLSX also the highest column a cell reference may name (default 16,384, XLSX's own
 *     maximum, column {@code XFD})
 * @param maxListIndex highest list index a JSON Pointer may name where a table column or a mapping
 *     spec builds a record from pointers ({@code /names/0/givenNames/3}), at least 0 (default
 *     10,000)
 * @param maxCubeCells most cells of a statistical cube (JSON-stat: the product of {@code size}), at
 *     least 1 (default 10,000,000)
 * @param maxSharedStrings most entries of an XLSX workbook's shared-strings table, which is held in
 *     memory while the sheet is read, at least 1 (default 1,000,000: about 100 MB of heap at most);
 *     past it the workbook is refused before any row is read
 */
public record ReadLimits(
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    long maxRecordBytes,
    long maxRecords,
    int maxColumns,
    int maxListIndex,
    long maxCubeCells,
    int maxSharedStrings) {

  /** Default of {@link #maxColumns()}: 16,384, XLSX's own maximum (column {@code XFD}). */
  public static final int DEFAULT_MAX_COLUMNS = 16_384;

  /** Default of {@link #maxListIndex()}: 10,000. */
  public static final int DEFAULT_MAX_LIST_INDEX = 10_000;

  /** Default of {@link #maxCubeCells()}: 10,000,000. */
  public static final long DEFAULT_MAX_CUBE_CELLS = 10_000_000L;

  /** Default of {@link #maxSharedStrings()}: 1,000,000. */
  public static final int DEFAULT_MAX_SHARED_STRINGS = 1_000_000;

  private static final ReadLimits DEFAULTS =
      new ReadLimits(
          64,
          1_000_000,
          100,
          16L * 1024 * 1024,
          10_000_000L,
          DEFAULT_MAX_COLUMNS,
          DEFAULT_MAX_LIST_INDEX,
          DEFAULT_MAX_CUBE_CELLS,
          DEFAULT_MAX_SHARED_STRINGS);

  /** Checks the ranges. */
  public ReadLimits {
    if (maxNestingDepth < 8
        || maxStringLength < 1
        || maxNumberLength < 1
        || maxRecordBytes < 1
        || maxRecords < 1
        || maxColumns < 1
        || maxListIndex < 0
        || maxCubeCells < 1
        || maxSharedStrings < 1) {
      throw new IllegalArgumentException(
          "limits must be positive (nesting depth at least 8, list index at least 0)");
    }
  }

  /**
   * The first eight limits as given, the shared-strings limit at its default (as before it
   * existed).
   */
  public ReadLimits(
      int maxNestingDepth,
      int maxStringLength,
      int maxNumberLength,
      long maxRecordBytes,
      long maxRecords,
      int maxColumns,
      int maxListIndex,
      long maxCubeCells) {
    this(
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxRecordBytes,
        maxRecords,
        maxColumns,
        maxListIndex,
        maxCubeCells,
        DEFAULT_MAX_SHARED_STRINGS);
  }

  /**
   * The first five limits as given, the table, pointer and cube limits at their defaults (as before
   * they existed).
   */
  public ReadLimits(
      int maxNestingDepth,
      int maxStringLength,
      int maxNumberLength,
      long maxRecordBytes,
      long maxRecords) {
    this(
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxRecordBytes,
        maxRecords,
        DEFAULT_MAX_COLUMNS,
        DEFAULT_MAX_LIST_INDEX,
        DEFAULT_MAX_CUBE_CELLS);
  }

  /**
   * Returns nesting depth 64, strings 1,000,000 characters, numbers 100 characters, records 16 MiB,
   * 10,000,000 records per source, 16,384 columns per table row, list index 10,000 in pointers,
   * 10,000,000 cube cells, 1,000,000 shared strings per workbook.
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** Returns a copy with the given columns per table row. */
  public ReadLimits withMaxColumns(int value) {
    return new ReadLimits(
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxRecordBytes,
        maxRecords,
        value,
        maxListIndex,
        maxCubeCells,
        maxSharedStrings);
  }

  /** Returns a copy with the given highest list index in pointers. */
  public ReadLimits withMaxListIndex(int value) {
    return new ReadLimits(
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxRecordBytes,
        maxRecords,
        maxColumns,
        value,
        maxCubeCells,
        maxSharedStrings);
  }

  /** Returns a copy with the given cells per cube. */
  public ReadLimits withMaxCubeCells(long value) {
    return new ReadLimits(
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxRecordBytes,
        maxRecords,
        maxColumns,
        maxListIndex,
        value,
        maxSharedStrings);
  }

  /** Returns a copy with the given nesting depth. */
  public ReadLimits withMaxNestingDepth(int value) {
    return new ReadLimits(
        value,
        maxStringLength,
        maxNumberLength,
        maxRecordBytes,
        maxRecords,
        maxColumns,
        maxListIndex,
        maxCubeCells,
        maxSharedStrings);
  }

  /** Returns a copy with the given string length. */
  public ReadLimits withMaxStringLength(int value) {
    return new ReadLimits(
        maxNestingDepth,
        value,
        maxNumberLength,
        maxRecordBytes,
        maxRecords,
        maxColumns,
        maxListIndex,
        maxCubeCells,
        maxSharedStrings);
  }

  /** Returns a copy with the given number length. */
  public ReadLimits withMaxNumberLength(int value) {
    return new ReadLimits(
        maxNestingDepth,
        maxStringLength,
        value,
        maxRecordBytes,
        maxRecords,
        maxColumns,
        maxListIndex,
        maxCubeCells,
        maxSharedStrings);
  }

  /** Returns a copy with the given record size. */
  public ReadLimits withMaxRecordBytes(long value) {
    return new ReadLimits(
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        value,
        maxRecords,
        maxColumns,
        maxListIndex,
        maxCubeCells,
        maxSharedStrings);
  }

  /** Returns a copy with the given entries per shared-strings table. */
  public ReadLimits withMaxSharedStrings(int value) {
    return new ReadLimits(
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxRecordBytes,
        maxRecords,
        maxColumns,
        maxListIndex,
        maxCubeCells,
        value);
  }

  /** Returns a copy with the given number of records per source. */
  public ReadLimits withMaxRecords(long value) {
    return new ReadLimits(
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxRecordBytes,
        value,
        maxColumns,
        maxListIndex,
        maxCubeCells,
        maxSharedStrings);
  }

  // equals and hashCode by hand, component by component as a record's own: the generated ones are
  // bootstrapped through ObjectMethods on first use, about 5 ms of start-up per record class (20
  // for the first). RecordEqualityTest checks that every component counts.

  @Override
  public boolean equals(@Nullable Object o) {
    return o == this
        || (o instanceof ReadLimits l
            && maxNestingDepth == l.maxNestingDepth
            && maxStringLength == l.maxStringLength
            && maxNumberLength == l.maxNumberLength
            && maxRecordBytes == l.maxRecordBytes
            && maxRecords == l.maxRecords
            && maxColumns == l.maxColumns
            && maxListIndex == l.maxListIndex
            && maxCubeCells == l.maxCubeCells
            && maxSharedStrings == l.maxSharedStrings);
  }

  @Override
  public int hashCode() {
    long h = maxNestingDepth;
    h = h * 31 + maxStringLength;
    h = h * 31 + maxNumberLength;
    h = h * 31 + maxRecordBytes;
    h = h * 31 + maxRecords;
    h = h * 31 + maxColumns;
    h = h * 31 + maxListIndex;
    h = h * 31 + maxCubeCells;
    h = h * 31 + maxSharedStrings;
    return Long.hashCode(h);
  }
}
