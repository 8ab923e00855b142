package org.mignet.formats;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A streaming reader of records: each {@link #next()} reads one more record from the source and returns it, or
 * the issues that stopped it. Bad data never throws: it is a {@link ReadResult.Failed}, after which the reader
 * goes on with the next record where the format allows it, or ends.
 *
 * <p>Not thread-safe: one reader belongs to one thread. Close it to release the underlying stream.
 */
public interface RecordReader extends Iterator<ReadResult>, AutoCloseable {

  /**
   * @return the next result
   * @throws NoSuchElementException if {@link #hasNext()} is false
   * @throws java.io.UncheckedIOException if the underlying stream fails (not for bad data)
   */
  @Override
  ReadResult next();

  /** Closes the underlying stream; never throws a checked exception. */
  @Override
  void close();
}
