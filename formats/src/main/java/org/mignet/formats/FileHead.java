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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The leading bytes of a file that sniffing looks at. Its own class so that the {@link Format}
 * contract (whose default {@link Format#sniff(Path)} reads them) does not depend on the {@link
 * Formats} registry, which depends on the contract. Stateless and thread-safe.
 */
final class FileHead {

  /** How many leading bytes sniffing looks at. */
  static final int BYTES = 4096;

  private FileHead() {}

  /**
   * Returns its first {@value #BYTES} bytes, fewer if it is shorter.
   *
   * @param file the file; not null
   * @throws UncheckedIOException if the file cannot be read
   */
  static byte[] read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.getFileName(), e);
    }
  }
}
