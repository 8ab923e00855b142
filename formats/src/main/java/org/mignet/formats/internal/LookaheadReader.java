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

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The iterator half every pull reader shares: a reader supplies {@link #advance()}, which reads the
 * next result or says there is none, and this class turns it into {@code hasNext}/{@code next} with
 * one result of look-ahead. Readers declare {@code extends LookaheadReader<ReadResult> implements
 * RecordReader}: this class does not name the reader contract, so that this package, which the
 * {@code org.mignet.formats} pipeline uses, does not depend on it in turn. Not thread-safe, like
 * every reader.
 *
 * @param <T> what the reader yields
 */
public abstract class LookaheadReader<T> implements Iterator<T> {

  private T next;
  private boolean done;

  /**
   * Reads the next result.
   *
   * @return the next result, or {@code null} when the input is exhausted (the reader is then
   *     finished)
   */
  protected abstract T advance();

  /** Marks the reader finished: no further {@link #advance()} calls are made. */
  protected final void finish() {
    done = true;
  }

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      next = advance();
      if (next == null) {
        done = true;
      }
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T r = next;
    next = null;
    return r;
  }
}
