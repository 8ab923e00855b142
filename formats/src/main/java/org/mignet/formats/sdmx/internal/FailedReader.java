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
package org.mignet.formats.sdmx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.NoSuchElementException;
import org.mignet.core.ParseException;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Severity;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * A reader whose only result is why it cannot read (here: the structure message given is
 * unreadable).
 */
final class FailedReader implements RecordReader {

  private final InputStream in;
  private ReadResult result;

  FailedReader(InputStream in, ParseException e) {
    this.in = in;
    Issue issue =
        e instanceof org.mignet.formats.ReadException r
            ? r.issue()
            : org.mignet.formats.internal.SdmxRules.issue(
                org.mignet.formats.internal.SdmxRules.MALFORMED, e.location(), "SDMX");
    this.result = new ReadResult.Failed(e.location(), List.of(issue.withSeverity(Severity.FATAL)));
  }

  @Override
  public boolean hasNext() {
    return result != null;
  }

  @Override
  public ReadResult next() {
    if (result == null) {
      throw new NoSuchElementException();
    }
    ReadResult r = result;
    result = null;
    return r;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
