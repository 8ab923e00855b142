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
package org.mignet.examples.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work a command will need, started on a second thread while the main one does something else (a
 * part of a fast start: {@link Mignet#main} builds the standard validation this way while picocli
 * builds the command's model). {@link #get()} waits for the work and gives its result, or throws
 * what it threw, as if the caller had done the work itself.
 *
 * <p>The caller must not touch the work's classes until {@link #get()} returns: classes initialised
 * by two threads at once, each waiting for the other's, would deadlock.
 *
 * @param <T> the result
 */
final class EarlyStart<T> {

  private final FutureTask<T> task;

  private EarlyStart(FutureTask<T> task) {
    this.task = task;
  }

  /**
   * @param name the thread's name
   * @param work what to do; runs once, on a new daemon thread (it does not keep the JVM running)
   * @return the started work
   */
  static <T> EarlyStart<T> start(String name, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return new EarlyStart<>(task);
  }

  /**
   * @return the work's result, once it is done
   * @throws RuntimeException what the work threw, the same object
   * @throws Error what the work threw, the same object
   */
  T get() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          // the work is needed all the same: wait on, and keep the interrupt for later
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
