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
package org.mignet.core;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Where in a source something was found: a file or stream name, a record number, a line and column,
 * and an RFC 6901 JSON Pointer into the record. Every part is optional; {@link #unknown()} has
 * none.
 *
 * <p>Immutable and thread-safe. {@link #toString()} gives a compact human form such as {@code
 * cases.ndjson:12:5 record 12 /victims/0/person}.
 *
 * @param source the file or stream name, empty if unknown
 * @param record the 1-based record number within the source, 0 if unknown
 * @param line the 1-based line, 0 if unknown
 * @param column the 1-based column, 0 if unknown
 * @param pointer an RFC 6901 JSON Pointer into the record ({@code ""} is the whole record), empty
 *     if unknown
 */
public record SourceLocation(
    Optional<String> source, long record, long line, long column, Optional<String> pointer) {

  private static final SourceLocation UNKNOWN =
      new SourceLocation(Optional.empty(), 0, 0, 0, Optional.empty());

  /** Checks ranges and normalises {@code null} optionals to empty. */
  public SourceLocation {
    source = source == null ? Optional.empty() : source;
    pointer = pointer == null ? Optional.empty() : pointer;
    if (record < 0 || line < 0 || column < 0) {
      throw new IllegalArgumentException("record, line and column must be >= 0 (0 = unknown)");
    }
    pointer.ifPresent(
        p -> {
          if (!p.isEmpty() && p.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON Pointer is empty or starts with '/'");
          }
        });
  }

  /** Returns the location with nothing known. */
  public static SourceLocation unknown() {
    return UNKNOWN;
  }

  /**
   * Returns a location naming only the source.
   *
   * @param source the file or stream name, not null
   */
  public static SourceLocation of(String source) {
    return new SourceLocation(
        Optional.of(Objects.requireNonNull(source, "source")), 0, 0, 0, Optional.empty());
  }

  /** Returns a copy with the given 1-based record number. */
  public SourceLocation withRecord(long recordNumber) {
    return new SourceLocation(source, recordNumber, line, column, pointer);
  }

  /** Returns a copy with the given 1-based line and column (0 = unknown). */
  public SourceLocation withLine(long lineNumber, long columnNumber) {
    return new SourceLocation(source, record, lineNumber, columnNumber, pointer);
  }

  /** Returns a copy with the given JSON Pointer. */
  public SourceLocation withPointer(String jsonPointer) {
    return new SourceLocation(source, record, line, column, Optional.of(jsonPointer));
  }

  /** Returns a copy without a JSON Pointer (where the pointer is shown apart, as an issue does). */
  public SourceLocation withoutPointer() {
    return pointer.isEmpty()
        ? this
        : new SourceLocation(source, record, line, column, Optional.empty());
  }

  /** Returns the line if known. */
  public OptionalLong lineNumber() {
    return line == 0 ? OptionalLong.empty() : OptionalLong.of(line);
  }

  /** Returns the record number if known. */
  public OptionalLong recordNumber() {
    return record == 0 ? OptionalLong.empty() : OptionalLong.of(record);
  }

  /** Returns the column if known. */
  public OptionalInt columnNumber() {
    return column == 0
        ? OptionalInt.empty()
        : OptionalInt.of((int) Math.min(Integer.MAX_VALUE, column));
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    source.ifPresent(b::append);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    if (record > 0) {
      b.append(b.length() > 0 ? " " : "").append("record ").append(record);
    }
    pointer.ifPresent(
        p -> {
          if (b.length() > 0) {
            b.append(' ');
          }
          b.append(p.isEmpty() ? "/" : p);
        });
    return b.length() == 0 ? "(unknown location)" : b.toString();
  }
}
