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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place formats create temporary files: workbook copies, spools and the temporary half of
 * an output file. They hold personal data, so each is created readable and writable by its owner
 * only (mode 0600, given at creation where the file system is POSIX, so there is no moment when it
 * is open to others), and each is deleted by whoever created it, on close. Files still there when
 * the JVM shuts down (an exception path that forgot, an {@code OutOfMemoryError}, an interrupt) are
 * deleted by one shutdown hook; nothing can delete them after a {@code kill -9}, which is why
 * readers read a file in place when they can ({@link FileInput}).
 *
 * <p>Thread-safe. Unlike {@code File.deleteOnExit}, whose list only grows, a file deleted here is
 * forgotten.
 */
public final class PrivateTempFiles {

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(PrivateTempFiles::deletePending, "mignet-temp-files"));
  }

  private PrivateTempFiles() {}

  /**
   * Returns a new, empty file in the system's temporary directory, private to its owner.
   *
   * @param prefix the start of the file name, e.g. {@code "mignet-"}; not null
   * @param suffix the end of the file name, e.g. {@code ".xlsx"}; not null
   * @throws IOException if it cannot be created
   */
  public static Path create(String prefix, String suffix) throws IOException {
    return create(Path.of(System.getProperty("java.io.tmpdir")), prefix, suffix);
  }

  /**
   * Returns a new, empty file in {@code directory}, private to its owner, deleted at shutdown
   * unless {@link #delete(Path) deleted} or {@link #forget(Path) forgotten} before.
   *
   * @param directory where to create it; not null, must exist
   * @param prefix the start of the file name; not null
   * @param suffix the end of the file name; not null
   * @throws IOException if it cannot be created
   */
  public static Path create(Path directory, String prefix, String suffix) throws IOException {
    Path file =
        Files.createTempFile(directory, prefix, suffix, ownerOnly(directory.getFileSystem()));
    PENDING.add(file);
    return file;
  }

  /**
   * Copies a stream to a new private temporary file.
   *
   * @param in the bytes; not null; read to its end, not closed
   * @param prefix the start of the file name; not null
   * @param suffix the end of the file name; not null
   * @return the copy; the caller deletes it with {@link #delete(Path)}
   * @throws IOException if the copy cannot be made (nothing is left behind)
   */
  public static Path copy(InputStream in, String prefix, String suffix) throws IOException {
    Path file = create(prefix, suffix);
    // writes into the file created above: Files.copy(…, REPLACE_EXISTING) would recreate it with
    // the umask's mode
    try (OutputStream out = Files.newOutputStream(file)) {
      in.transferTo(out);
    } catch (IOException | RuntimeException e) {
      delete(file);
      throw e;
    }
    return file;
  }

  /**
   * Deletes a file made here; never throws. A file that cannot be deleted now (still open on
   * Windows) is left for the shutdown hook.
   *
   * @param file the file; null is ignored
   */
  public static void delete(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
      PENDING.remove(file);
    } catch (IOException e) {
      // kept in PENDING: the shutdown hook tries again
    }
  }

  /**
   * Stops tracking a file made here that has become someone else's (moved into place as an output).
   *
   * @param file the file's name before it was moved; not null
   */
  public static void forget(Path file) {
    PENDING.remove(file);
  }

  /** Returns the files made here and not yet deleted or forgotten, a snapshot. */
  public static Set<Path> pending() {
    return Set.copyOf(PENDING);
  }

  private static FileAttribute<?>[] ownerOnly(FileSystem fs) {
    return fs.supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
        : new FileAttribute<?>[0];
  }

  private static void deletePending() {
    for (Path file : PENDING) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // shutting down: nobody to tell
      }
    }
  }
}
