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

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.ForwardingFormat;
import org.mignet.formats.ReadException;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * A format read from a byte range of a file: its reader's record and line numbers are shifted by
 * the records and lines before the range, before the pipeline sees them, so that everything the
 * pipeline says of a record (its issues, and where the cross-record rules remember it was first
 * seen) names the file's own record and line, as one pipeline over the whole file would.
 */
final class SplitFormat extends ForwardingFormat {

  private final long linesBefore;
  private final long recordsBefore;

  private SplitFormat(Format format, long linesBefore, long recordsBefore) {
    super(format);
    this.linesBefore = linesBefore;
    this.recordsBefore = recordsBefore;
  }

  /** Returns the format for a task's part of a file: itself when the part starts the file. */
  static Format of(Format format, MignetScan.FilePart part) {
    return part.linesBefore() == 0 && part.recordsBefore() == 0
        ? format
        : new SplitFormat(format, part.linesBefore(), part.recordsBefore());
  }

  SourceLocation shift(SourceLocation at) {
    return new SourceLocation(
        at.source(),
        at.record() > 0 ? at.record() + recordsBefore : 0,
        at.line() > 0 ? at.line() + linesBefore : 0,
        at.column(),
        at.pointer());
  }

  private List<Issue> shift(List<Issue> issues) {
    List<Issue> out = new ArrayList<>(issues.size());
    for (Issue i : issues) {
      out.add(i.at(shift(i.location())));
    }
    return out;
  }

  @Override
  public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
    RecordReader reader = delegate().reader(in, sourceName, options);
    return new RecordReader() {
      @Override
      public boolean hasNext() {
        return reader.hasNext();
      }

      @Override
      public ReadResult next() {
        ReadResult r;
        try {
          r = reader.next();
        } catch (ReadException e) {
          throw new ReadException(e.issue().at(shift(e.issue().location())), e);
        }
        if (r instanceof ReadResult.Ok ok) {
          return new ReadResult.Ok(ok.record(), shift(ok.location()), shift(ok.issues()));
        }
        return new ReadResult.Failed(shift(r.location()), shift(r.issues()));
      }

      @Override
      public void close() {
        reader.close();
      }
    };
  }
}
