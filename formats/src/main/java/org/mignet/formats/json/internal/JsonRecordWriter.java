package org.mignet.formats.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordMeta;
import org.mignet.formats.RecordWriter;

/** Streams records as NDJSON lines or as a bundle's {@code records} array. Not thread-safe. */
public final class JsonRecordWriter implements RecordWriter {

  private final JsonGenerator g;
  private final boolean bundle;
  private boolean closed;

  /**
   * @param generator the generator; closed (with its target) by {@link #close()}
   * @param bundle true for a bundle, false for NDJSON (the generator must then be compact)
   */
  public JsonRecordWriter(JsonGenerator generator, boolean bundle) {
    this.g = generator;
    this.bundle = bundle;
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
      JsonWriting.writeDocument(g, record);
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
