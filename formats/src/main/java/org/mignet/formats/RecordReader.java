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

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A streaming reader of records: each {@link #next()} reads one more record from the source and
 * returns it, or the issues that stopped it. Bad data never throws: it is a {@link
 * ReadResult.Failed}, after which the reader goes on with the next record where the format allows
 * it, or ends.
 *
 * <p>Not thread-safe: one reader belongs to one thread. Close it to release the underlying stream.
 * Only the {@link Pending#decode()} of what {@link #nextPending()} returns may run on another
 * thread.
 */
public interface RecordReader extends Iterator<ReadResult>, AutoCloseable {

  /**
   * Returns the next result.
   *
   * @throws NoSuchElementException if {@link #hasNext()} is false
   * @throws java.io.UncheckedIOException if the underlying stream fails (not for bad data)
   */
  @Override
  ReadResult next();

  /**
   * Takes the next record from the source without necessarily decoding it yet, so that a caller
   * with several threads can decode records on workers while this reader's thread only splits the
   * source. Everything that depends on the position in the source (record numbers, lines, the
   * record limit) is settled here, on the reader's thread; {@link Pending#decode()} gives exactly
   * the result {@link #next()} would have given in its place.
   *
   * <p>The default decodes the record now ({@link #next()}) and returns it as already decoded; a
   * reader whose records can be cut out of the source cheaply (NDJSON lines) overrides it.
   *
   * @return the next record, decoded now or later
   * @throws NoSuchElementException if {@link #hasNext()} is false
   * @throws java.io.UncheckedIOException if the underlying stream fails (not for bad data)
   */
  default Pending nextPending() {
    ReadResult result = next();
    return () -> result;
  }

  /** A record taken from the source by {@link #nextPending()}, decoded now or later. */
  interface Pending {

    /**
     * Decodes the record: may run on any thread, once. Bad data is a {@link ReadResult.Failed}, as
     * for {@link RecordReader#next()}.
     *
     * @return the result
     */
    ReadResult decode();

    /**
     * Returns the bytes of the source this record holds until it is decoded (for a caller that
     * bounds what it keeps in memory); 0 when the record was decoded already and {@link #decode()}
     * does no work.
     */
    default int heldBytes() {
      return 0;
    }
  }

  /** Closes the underlying stream; never throws a checked exception. */
  @Override
  void close();
}
