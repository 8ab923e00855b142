package org.mignet.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The leading bytes of a file that sniffing looks at. Its own class so that the {@link Format} contract (whose
 * default {@link Format#sniff(Path)} reads them) does not depend on the {@link Formats} registry, which depends on
 * the contract. Stateless and thread-safe.
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
