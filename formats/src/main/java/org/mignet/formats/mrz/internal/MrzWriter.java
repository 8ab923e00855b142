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
package org.mignet.formats.mrz.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mignet.core.MignetException;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Person;
import org.mignet.core.model.TravelDocument;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.Transformation;

/**
 * Writes each travel document, or each person with a travel document (the person's first document,
 * see {@link DocumentMapping#write(Person, LocalDate)}), as an MRZ, its lines ended by {@code \n},
 * MRZs separated by a blank line. A document the MRZ cannot hold is refused whole ({@link
 * MignetException}, naming the member, never its value); what the MRZ changes (transliteration,
 * truncation, joined names, a type read back from the code, a century read otherwise) is reported
 * through {@link #transformations()}. Not thread-safe.
 */
final class MrzWriter implements RecordWriter {

  private final OutputStream out;
  private final LocalDate today;
  private final Map<String, Map<Transformation.Action, long[]>> changes = new LinkedHashMap<>();
  private boolean first = true;
  private boolean closed;

  MrzWriter(OutputStream out, LocalDate today) {
    this.out = out;
    this.today = today;
  }

  @Override
  public void write(MignetRecord record) {
    if (closed) {
      throw new IllegalStateException("writer is closed");
    }
    DocumentMapping.Written w;
    if (record instanceof TravelDocument doc) {
      w = DocumentMapping.write(doc, today);
    } else if (record instanceof Person person) {
      w = DocumentMapping.write(person, today);
    } else {
      throw new MignetException(
          "the mrz format carries travel documents and persons only, not "
              + record.recordType().typeName());
    }
    try {
      if (!first) {
        out.write('\n');
      }
      first = false;
      out.write((w.mrz().text() + "\n").getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    w.changes()
        .forEach(
            (pointer, action) ->
                changes.computeIfAbsent(pointer, k -> new LinkedHashMap<>())
                    .computeIfAbsent(action, k -> new long[1])[0]++);
  }

  @Override
  public List<Transformation> transformations() {
    List<Transformation> list = new ArrayList<>();
    changes.forEach(
        (pointer, byAction) ->
            byAction.forEach((action, n) -> list.add(new Transformation(pointer, action, n[0]))));
    return List.copyOf(list);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
