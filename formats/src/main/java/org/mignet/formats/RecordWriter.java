package org.mignet.formats;

import org.mignet.core.model.MignetRecord;

/**
 * A streaming writer of records. Records are written as they come; {@link #close()} finishes the output (e.g.
 * closes a bundle's array) and flushes it. Whether the underlying stream is closed is said by the factory.
 *
 * <p>Not thread-safe.
 */
public interface RecordWriter extends AutoCloseable {

  /**
   * @param record the record to write; not null
   * @throws java.io.UncheckedIOException if the underlying stream fails
   * @throws IllegalStateException if the writer is closed
   */
  void write(MignetRecord record);

  /** Finishes and flushes the output; never throws a checked exception. */
  /**
   * What the writer changed to protect personal data (pseudonymised, generalised, dropped) since it was opened,
   * counted by path. Writers that transform nothing return an empty list.
   *
   * @return the transformations so far
   */
  default java.util.List<Transformation> transformations() {
    return java.util.List.of();
  }

  @Override
  void close();
}
