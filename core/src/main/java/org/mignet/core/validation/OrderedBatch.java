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
package org.mignet.core.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mignet.core.model.MignetRecord;

/**
 * The iterator behind {@link Validation#validateAll}: reads the source on the consumer's thread,
 * hands it in chunks to worker threads that validate a bounded window ahead, and hands results out
 * in input order. Memory holds at most the window, whatever the length of the source. Not
 * thread-safe: one consumer.
 *
 * <p>Records travel in chunks rather than one by one: a task per record costs a queue hand-over and
 * a wake-up of a worker per record, about what validating a record costs, and made two threads
 * slower than one.
 *
 * <p>Worker threads are daemons that end when the source is drained, when {@link #close()} is
 * called, or after two idle seconds if the consumer walks away.
 */
final class OrderedBatch<R extends MignetRecord> implements Iterator<Validated<R>>, AutoCloseable {

  /** Records handed to a worker at once. */
  static final int CHUNK_RECORDS = 64;

  /**
   * Chunks in flight per worker: enough to keep every worker busy while the consumer takes results
   * in order.
   */
  static final int CHUNKS_PER_THREAD = 4;

  /** Records read ahead of the consumer per worker, at most. */
  static final int AHEAD_PER_THREAD = CHUNK_RECORDS * CHUNKS_PER_THREAD;

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Iterator<? extends R> source;
  private final Function<MignetRecord, ValidationReport> validate;
  // null when the batch runs on the caller's thread (parallelism 1)
  private final @Nullable ThreadPoolExecutor pool;
  private final int window;
  private final ArrayDeque<Future<List<Validated<R>>>> inFlight = new ArrayDeque<>();
  private Iterator<Validated<R>> current = Collections.emptyIterator();
  private @Nullable RuntimeException sourceFailure;
  private boolean sourceDone;

  OrderedBatch(
      Iterator<? extends R> source,
      Function<MignetRecord, ValidationReport> validate,
      int parallelism) {
    this.source = source;
    this.validate = validate;
    this.window = parallelism * CHUNKS_PER_THREAD;
    if (parallelism == 1) {
      this.pool = null;
    } else {
      int id = POOLS.incrementAndGet();
      AtomicInteger threads = new AtomicInteger();
      ThreadFactory factory =
          r -> {
            Thread t = new Thread(r, "mignet-validate-" + id + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
          };
      this.pool =
          new ThreadPoolExecutor(
              parallelism, parallelism, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
      this.pool.allowCoreThreadTimeOut(true);
    }
  }

  @Override
  public boolean hasNext() {
    if (pool == null) {
      return source.hasNext();
    }
    while (!current.hasNext()) {
      fill(pool);
      if (inFlight.isEmpty()) {
        if (sourceFailure != null) {
          RuntimeException e = sourceFailure;
          sourceFailure = null;
          throw e;
        }
        return false;
      }
      current = await(inFlight.poll()).iterator();
    }
    return true;
  }

  @Override
  public Validated<R> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (pool == null) {
      R r = Objects.requireNonNull(source.next(), "a record of the batch is null");
      return new Validated<>(r, validate.apply(r));
    }
    Validated<R> result = current.next();
    fill(pool);
    return result;
  }

  /**
   * Reads the source until the window is full (the chunk being handed out counts); a failure of the
   * source waits until what came before is out.
   */
  private void fill(ThreadPoolExecutor executor) {
    while (!sourceDone
        && sourceFailure == null
        && inFlight.size() + (current.hasNext() ? 1 : 0) < window) {
      List<R> chunk = new ArrayList<>(CHUNK_RECORDS);
      while (chunk.size() < CHUNK_RECORDS) {
        try {
          if (!source.hasNext()) {
            sourceDone = true;
            break;
          }
          chunk.add(Objects.requireNonNull(source.next(), "a record of the batch is null"));
        } catch (RuntimeException e) {
          sourceFailure = e;
          break;
        }
      }
      if (!chunk.isEmpty()) {
        inFlight.add(
            executor.submit(
                () -> {
                  List<Validated<R>> done = new ArrayList<>(chunk.size());
                  for (R r : chunk) {
                    done.add(new Validated<>(r, validate.apply(r)));
                  }
                  return done;
                }));
      }
    }
    if ((sourceDone || sourceFailure != null) && inFlight.isEmpty()) {
      executor.shutdown();
    }
  }

  private List<Validated<R>> await(Future<List<Validated<R>>> f) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      close();
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("validation failed", cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new IllegalStateException("interrupted while waiting for a validation", e);
    }
  }

  /** Stops the workers and drops what is in flight. */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
      inFlight.clear();
      current = Collections.emptyIterator();
      sourceDone = true;
    }
  }
}
