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
package org.mignet.formats.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A buffered stream over a file that still knows the file, so that a reader which needs random
 * access (an XLSX workbook is a ZIP) can read it in place instead of copying it to a temporary
 * file. Readers that do not look for it read it as any stream. Not thread-safe.
 */
public final class FileInput extends BufferedInputStream {

  private final Path path;

  private FileInput(Path path) throws IOException {
    super(Files.newInputStream(path));
    this.path = path;
  }

  /**
   * Returns the file name of a source name, its last segment when it is a path ({@code /} or {@code
   * \\}): what a reader matches against a publisher's naming, since the CLI names a source by the
   * path it was given.
   *
   * @param sourceName a file name or path; not null
   */
  public static String fileName(String sourceName) {
    int slash = Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\'));
    return sourceName.substring(slash + 1);
  }

  /**
   * Returns a stream over it.
   *
   * @param path a readable file; not null
   * @throws IOException if it cannot be opened
   */
  public static FileInput open(Path path) throws IOException {
    return new FileInput(path);
  }

  /**
   * Returns the file, to be read in place: only by a reader that has consumed nothing of this
   * stream, or has reset it to its start, and which then closes this stream instead of reading it.
   */
  public Path path() {
    return path;
  }
}
