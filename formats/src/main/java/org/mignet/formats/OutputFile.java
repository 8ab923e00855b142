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

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mignet.formats.internal.PrivateTempFiles;

/**
 * A file written all or nothing: the bytes go to a temporary file beside the target (private to its
 * owner), which replaces the target, atomically where the file system can, only on {@link
 * #commit()}. Closing without a commit deletes the temporary file and leaves an existing target as
 * it was, so a run that fails half-way never leaves a truncated output, and a run that fails at
 * once never destroys the previous one.
 *
 * <pre>{@code
 * try (OutputFile file = OutputFile.open(target)) {
 *   writeEverything(file.stream());
 *   file.commit();
 * }
 * }</pre>
 *
 * <p>A target that is a link to a file replaces the file it points to; a replaced file keeps its
 * permissions, a new one is readable by its owner only (it usually holds personal data). A target
 * that exists but is not a regular file (a device such as {@code /dev/null}, a named pipe) has
 * nothing to protect and is written directly.
 *
 * <p>Not thread-safe: one writer per instance.
 */
public final class OutputFile implements AutoCloseable {

  private static final int MAX_PREFIX = 100;

  private final Path target;
  // both null when the target is not a regular file (a device, a pipe): written in place
  private final @Nullable Path destination;
  private final @Nullable Path temp;
  private final Stream stream;
  private boolean closed;

  private OutputFile(
      Path target,
      @Nullable Path destination,
      @Nullable Path temp,
      OutputStream out,
      @Nullable FileChannel sync) {
    this.target = target;
    this.destination = destination;
    this.temp = temp;
    this.stream = new Stream(out, sync);
  }

  /**
   * Starts writing a file.
   *
   * @param target the file to write; not null; its directory must exist
   * @return an open output file whose {@link #stream()} is empty
   * @throws NoSuchFileException naming {@code target} if its directory does not exist
   * @throws AccessDeniedException naming {@code target} if it exists read-only or its directory is
   *     not writable
   * @throws FileSystemException naming {@code target} if it is a directory
   * @throws IOException if the temporary file cannot be created
   */
  public static OutputFile open(Path target) throws IOException {
    Objects.requireNonNull(target, "target");
    String name = target.toString();
    if (Files.isDirectory(target)) {
      throw new FileSystemException(name, null, "is a directory");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      return new OutputFile(target, null, null, Files.newOutputStream(target), null);
    }
    if (Files.exists(target) && !Files.isWritable(target)) {
      throw new AccessDeniedException(name, null, "the file is read-only");
    }
    Path destination = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
    Path directory = destination.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new NoSuchFileException(name, null, "its directory does not exist");
    }
    String base = destination.getFileName().toString();
    Path temp;
    try {
      temp =
          PrivateTempFiles.create(
              directory,
              "." + base.substring(0, Math.min(base.length(), MAX_PREFIX)) + ".",
              ".tmp");
    } catch (AccessDeniedException e) {
      throw new AccessDeniedException(name, null, "its directory is not writable");
    }
    try {
      FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
      return new OutputFile(target, destination, temp, Channels.newOutputStream(channel), channel);
    } catch (IOException | RuntimeException e) {
      PrivateTempFiles.delete(temp);
      throw e;
    }
  }

  /**
   * Whether writing {@code target} would overwrite {@code input}: the same file by {@link
   * Files#isSameFile} when both exist (which sees through links, hard and symbolic), else the same
   * real path.
   *
   * @param input a file to be read; not null
   * @param target a file to be written; not null
   * @return true if they are one file
   */
  public static boolean isSameFile(Path input, Path target) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(target, "target");
    if (Files.exists(input) && Files.exists(target)) {
      try {
        return Files.isSameFile(input, target);
      } catch (IOException e) {
        // an unreadable attribute: decide by name below
      }
    }
    return realPath(input).equals(realPath(target));
  }

  /** The real path of a file, or of its directory for a file that does not exist (yet). */
  private static Path realPath(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    try {
      return file.toRealPath();
    } catch (IOException e) {
      try {
        return parent == null ? absolute : parent.toRealPath().resolve(absolute.getFileName());
      } catch (IOException again) {
        return absolute;
      }
    }
  }

  /**
   * Returns where to write; buffered; closing it (writers do) finishes the bytes but does not
   * commit them; writing after {@link #commit()} or {@link #close()} throws {@code IOException}.
   */
  public OutputStream stream() {
    return stream;
  }

  /**
   * Finishes the bytes written (flushed and synced to the disk) and puts them in place of the
   * target.
   *
   * @throws IOException naming the target if a write failed or the file cannot be moved into place;
   *     the target is then as it was, and {@link #close()} deletes the temporary file
   * @throws IllegalStateException if already committed or closed
   */
  public void commit() throws IOException {
    if (closed) {
      throw new IllegalStateException("the output file is already closed");
    }
    stream.close();
    if (stream.failed) {
      throw new IOException(target + ": a write failed; the file was not replaced");
    }
    if (temp != null) {
      try {
        if (Files.exists(destination)
            && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
          Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(destination));
        }
        try {
          Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (FileSystemException e) {
        throw new FileSystemException(target.toString(), null, e.getReason());
      }
      PrivateTempFiles.forget(temp);
    }
    closed = true;
  }

  /**
   * Without a {@link #commit()}, deletes the temporary file and leaves the target as it was; never
   * throws.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    stream.discard();
    PrivateTempFiles.delete(temp);
  }

  /**
   * The buffered stream handed out: remembers a failed write, so that a writer that swallowed it
   * cannot commit.
   */
  private static final class Stream extends OutputStream {
    private final OutputStream raw;
    private final OutputStream out;
    private final @Nullable FileChannel sync;
    private boolean finished;
    private boolean failed;

    Stream(OutputStream raw, @Nullable FileChannel sync) {
      this.raw = raw;
      this.out = new BufferedOutputStream(raw, 1 << 16);
      this.sync = sync;
    }

    @Override
    public void write(int b) throws IOException {
      open();
      try {
        out.write(b);
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      open();
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      open();
      try {
        out.flush();
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public void close() throws IOException {
      if (finished) {
        return;
      }
      finished = true;
      try {
        out.flush();
        if (sync != null) {
          sync.force(true);
        }
      } catch (IOException e) {
        failed = true;
        throw e;
      } finally {
        raw.close();
      }
    }

    /** Closes without flushing what is buffered: the bytes are being thrown away. */
    void discard() {
      if (finished) {
        return;
      }
      finished = true;
      failed = true;
      try {
        raw.close();
      } catch (IOException e) {
        // thrown away anyway
      }
    }

    private void open() throws IOException {
      if (finished) {
        throw new IOException("the output is closed");
      }
    }
  }
}
