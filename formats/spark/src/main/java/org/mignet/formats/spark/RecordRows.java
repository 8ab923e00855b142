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
package org.mignet.formats.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.CrossRecordCheck;
import org.mignet.core.validation.Validation;
import org.mignet.formats.RecordOutcome;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.json.CanonicalJson;

/**
 * One task of a {@code mignet} read: runs the pipeline ({@link
 * org.mignet.formats.Conversion#drain}) over its file or byte range on a thread of its own and
 * hands Spark one row per record outcome, through a bounded queue, so memory stays bounded by the
 * queue, never by the file. Record and line numbers of a byte range are shifted by the lines and
 * records before it, so that they are the file's own.
 */
final class RecordRows implements PartitionReader<InternalRow> {

  private static final int QUEUE = 256;
  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
  private final Thread producer;
  private final MignetScan.FilePart part;
  private volatile boolean closed;
  private InternalRow current;
  private boolean done;

  RecordRows(JobOptions job, MignetScan.FilePart part, Configuration hadoop) {
    this.part = part;
    this.producer = new Thread(() -> produce(job, part, hadoop), "mignet-read-" + part.name());
    producer.setDaemon(true);
    producer.start();
  }

  private void produce(JobOptions job, MignetScan.FilePart part, Configuration hadoop) {
    try {
      RecordType type = job.recordType();
      MignetRecord[] pending = new MignetRecord[1];
      RecordWriter sink =
          new RecordWriter() {
            @Override
            public void write(MignetRecord record) {
              pending[0] = record;
            }

            @Override
            public void close() {}
          };
      java.util.Locale lang = job.locale();
      // the reader of a byte range numbers records and lines as the file does (SplitFormat), so
      // the outcomes need no shifting; only a record without a number is counted from the range
      RecordOutcome.Listener listener =
          outcome -> {
            SourceLocation where = outcome.location();
            long number = where.recordNumber().orElse(outcome.number() + part.recordsBefore());
            Object[] extra =
                MignetColumns.values(
                    !outcome.passed(),
                    MignetColumns.issues(outcome.issues(), lang, where.line()),
                    part.name(),
                    number,
                    where.line());
            InternalRow row =
                outcome.passed() && pending[0] != null
                    ? ModelRows.toRow(pending[0], extra)
                    : ModelRows.emptyRow(type, extra);
            pending[0] = null;
            put(row);
          };
      try (InputStream in = open(part, hadoop)) {
        job.withConversion(
            SplitFormat.of(job.formatObject(), part),
            null,
            replayed(job, part),
            c -> c.drain(in, part.name(), "spark", Set.of(type), sink, listener));
      }
      put(END);
    } catch (Cancelled e) {
      // the task ended before its input: nothing more to hand over
    } catch (Throwable t) {
      try {
        put(t);
      } catch (Cancelled e) {
        // the task ended
      }
    }
  }

  /**
   * The cross-record check of a range whose identifiers were first used in earlier ranges of its
   * file (see {@link SplitRepeats}): those first uses are fed to it, at their own record and line,
   * before the range's records, so that it finds each repeat as one pipeline over the whole file
   * does; null when the range needs none (the pipeline starts its own).
   */
  private static CrossRecordCheck replayed(JobOptions job, MignetScan.FilePart part) {
    if (part.replay().isEmpty() || job.profile == null) {
      return null;
    }
    CrossRecordCheck check =
        Validation.standard().crossRecord(Validation.standard().profile(job.profile));
    for (SplitRepeats.Replay r : part.replay()) {
      // what the earlier use finds is its own range's business: only what it leaves behind counts
      check.check(
          CanonicalJson.standard().fromJson(r.json()),
          new SourceLocation(Optional.of(part.name()), r.record(), r.line(), 0, Optional.empty()));
    }
    return check;
  }

  static InputStream open(MignetScan.FilePart part, Configuration hadoop) throws IOException {
    Path p = new Path(part.uri());
    FSDataInputStream in = p.getFileSystem(hadoop).open(p);
    if (part.length() < 0) {
      return new BufferedInputStream(in, 1 << 16);
    }
    in.seek(part.start());
    return new BufferedInputStream(new Range(in, part.length()), 1 << 16);
  }

  private void put(Object item) {
    try {
      while (!closed) {
        if (queue.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new Cancelled();
  }

  @Override
  public boolean next() {
    if (done) {
      return false;
    }
    Object item;
    try {
      item = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + part.name(), e);
    }
    if (item == END) {
      done = true;
      return false;
    }
    if (item instanceof Throwable t) {
      done = true;
      throw new IllegalStateException(
          "mignet could not read " + part.name() + ": " + t.getMessage(), t);
    }
    current = (InternalRow) item;
    return true;
  }

  @Override
  public InternalRow get() {
    return current;
  }

  @Override
  public void close() {
    closed = true;
    queue.clear();
    try {
      producer.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Thrown on the producer's thread when the task has ended. */
  private static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super(null, null, false, false);
    }
  }

  /** The first {@code length} bytes of a stream. */
  private static final class Range extends InputStream {
    private final InputStream in;
    private long left;

    Range(InputStream in, long length) {
      this.in = in;
      this.left = length;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
