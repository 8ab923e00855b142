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
package org.mignet.core.code.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A bundled tab-separated resource read in full: {@code #} comment lines (of which {@code #
 * version:} and {@code # source:} are read as metadata), an optional header row, then data rows.
 *
 * <p>Immutable once read. A malformed resource is a build defect, so reading fails fast with an
 * {@link IllegalStateException} naming the resource and line.
 */
public final class TsvResource {

  /** One data row with the line it came from. */
  public record Row(int line, List<String> cells) {
    /** Copies the cells. */
    public Row {
      cells = List.copyOf(cells);
    }

    /**
     * Returns a cell.
     *
     * @param i zero-based column
     * @return the cell text, trimmed
     */
    public String get(int i) {
      return cells.get(i);
    }

    /**
     * Returns a cell, or empty if it is blank.
     *
     * @param i zero-based column
     * @return the cell text
     */
    public Optional<String> optional(int i) {
      String s = cells.get(i);
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
  }

  private final String name;
  private final String version;
  private final String source;
  private final List<Row> rows;

  private TsvResource(String name, String version, String source, List<Row> rows) {
    this.name = name;
    this.version = version;
    this.source = source;
    this.rows = List.copyOf(rows);
  }

  /**
   * Reads a resource that sits beside {@code org.mignet.core.code.CodeList}.
   *
   * @param fileName the file name in {@code org/mignet/core/code/}
   * @param columns the number of columns every data row must have
   * @param header the expected header row (its first cell), or null if the file has no header row
   * @return the rows
   * @throws IllegalStateException if the resource is missing or malformed
   */
  public static TsvResource read(String fileName, int columns, String header) {
    String resource = "/org/mignet/core/code/" + fileName;
    InputStream in = TsvResource.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("bundled resource " + resource + " is missing");
    }
    String version = null;
    String source = null;
    List<Row> rows = new ArrayList<>();
    boolean headerSeen = header == null;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (n == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.startsWith("#")) {
          String c = line.substring(1).strip();
          if (c.startsWith("version:")) {
            version = c.substring("version:".length()).strip();
          } else if (c.startsWith("source:")) {
            source = c.substring("source:".length()).strip();
          }
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        List<String> cells = cells(line);
        if (!headerSeen) {
          if (!cells.get(0).equals(header)) {
            throw malformed(resource, n, "expected header row starting with '" + header + "'");
          }
          headerSeen = true;
          continue;
        }
        if (cells.size() != columns) {
          throw malformed(
              resource, n, "expected " + columns + " tab-separated columns, found " + cells.size());
        }
        rows.add(new Row(n, cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + resource, e);
    }
    if (version == null || source == null) {
      throw new IllegalStateException(
          "bundled resource " + resource + " lacks a '# version:' or '# source:' header line");
    }
    return new TsvResource(resource, version, source, rows);
  }

  /**
   * The tab-separated cells of a line, each stripped (a plain loop: the tables are read at
   * start-up, where a stream per line costs more than the reading).
   */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    int start = 0;
    for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', start)) {
      cells.add(line.substring(start, tab).strip());
      start = tab + 1;
    }
    cells.add(line.substring(start).strip());
    return cells;
  }

  /**
   * Builds the exception for a bad row.
   *
   * @param resource the resource path
   * @param line the 1-based line
   * @param what what is wrong
   * @return the exception to throw
   */
  public static IllegalStateException malformed(String resource, int line, String what) {
    return new IllegalStateException(
        "malformed bundled resource " + resource + " line " + line + ": " + what);
  }

  /** Returns the resource path. */
  public String name() {
    return name;
  }

  /** Returns the {@code # version:} value. */
  public String version() {
    return version;
  }

  /** Returns the {@code # source:} value. */
  public String source() {
    return source;
  }

  /** Returns the data rows in file order. */
  public List<Row> rows() {
    return rows;
  }
}
