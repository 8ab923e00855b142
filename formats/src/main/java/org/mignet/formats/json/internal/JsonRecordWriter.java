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
package org.mignet.formats.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordMeta;
import org.mignet.formats.RecordWriter;

/** Streams records as NDJSON lines or as a bundle's {@code records} array. Not thread-safe. */
public final class JsonRecordWriter implements RecordWriter {

  private final JsonGenerator g;
  private final boolean bundle;

  /** The repeated short strings of this writer's records, encoded once; null for none. */
  private final @Nullable RepeatedStrings strings;

  private boolean closed;

  /**
   * @param generator the generator; closed (with its target) by {@link #close()}
   * @param bundle true for a bundle, false for NDJSON (the generator must then be compact)
   */
  public JsonRecordWriter(JsonGenerator generator, boolean bundle) {
    this.g = generator;
    this.bundle = bundle;
    this.strings = RepeatedStrings.forGenerator(generator);
    try {
      if (bundle) {
        g.writeStartObject();
        g.writeStringField("schemaVersion", RecordMeta.CURRENT_SCHEMA_VERSION);
        g.writeFieldName("records");
        g.writeStartArray();
      } else {
        g.setRootValueSeparator(new SerializedString(""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start writing", e);
    }
  }

  @Override
  public void write(MignetRecord record) {
    Objects.requireNonNull(record, "record");
    if (closed) {
      throw new IllegalStateException("writer is closed");
    }
    try {
      JsonWriting.writeDocument(g, record, strings);
      if (!bundle) {
        g.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a record", e);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (bundle) {
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
      }
      g.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish writing", e);
    }
  }
}
