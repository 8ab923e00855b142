package org.mignet.formats.internal;

import java.util.NoSuchElementException;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * The iterator half every pull reader shares: a reader supplies {@link #advance()}, which reads the next result or
 * says there is none, and this class turns it into {@code hasNext}/{@code next} with one result of look-ahead.
 * Not thread-safe, like every reader.
 */
public abstract class LookaheadReader implements RecordReader {

  private ReadResult next;
  private boolean done;

  /**
   * Reads the next result.
   *
   * @return the next result, or {@code null} when the input is exhausted (the reader is then finished)
   */
  protected abstract ReadResult advance();

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
  public final ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadResult r = next;
    next = null;
    return r;
  }
}
