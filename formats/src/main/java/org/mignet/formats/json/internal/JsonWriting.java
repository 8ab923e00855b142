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
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.code.GcmObjective;
import org.mignet.core.code.GuidingPrinciple;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.internal.ValueType;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.PartialDate;

/**
 * Writes the model in the canonical JSON shape: members in component order, empty optionals, lists
 * and maps left out, {@code recordType} first in a record document. Each record is written through
 * its {@link JsonBinding}, worked out once per class: no class tests or metamodel look-ups per
 * value.
 */
public final class JsonWriting {

  private JsonWriting() {}

  /** Writes a record document: {@code recordType} first, then the components. */
  public static void writeDocument(JsonGenerator g, MignetRecord record) throws IOException {
    writeDocument(g, record, null);
  }

  /** Writes a record document, its repeated short strings through {@code strings} (null: none). */
  static void writeDocument(JsonGenerator g, MignetRecord record, @Nullable RepeatedStrings strings)
      throws IOException {
    g.writeStartObject();
    g.writeFieldName(RECORD_TYPE);
    g.writeString(record.recordType().typeName());
    writeMembers(g, record, JsonBinding.of(record.getClass()), strings);
    g.writeEndObject();
  }

  private static final SerializedString RECORD_TYPE = new SerializedString("recordType");

  /**
   * Writes any value of the model (a nested record, a partial date, an enum…) in its canonical
   * form.
   */
  public static void writeValue(JsonGenerator g, Object value) throws IOException {
    writeAny(g, value, ValueType.of(value.getClass()));
  }

  /**
   * Writes a value of any type the model has, by its class at run time (the type of a value handed
   * in on its own is known only that way); the components of a record are then written by their
   * declared shapes.
   */
  private static void writeAny(JsonGenerator g, Object v, ValueType type) throws IOException {
    if (v instanceof Optional<?> o) {
      writeAny(g, o.orElseThrow(), type.element());
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Integer n) {
      g.writeNumber(n);
    } else if (v instanceof Long n) {
      g.writeNumber(n);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof BigDecimal d) {
      writeDecimal(g, d);
    } else if (v instanceof PartialDate d) {
      g.writeString(d.toString());
    } else if (v instanceof Instant t) {
      g.writeString(t.toString());
    } else if (v instanceof GcmObjective o) {
      g.writeNumber(o.number());
    } else if (v instanceof GuidingPrinciple p) {
      g.writeString(String.valueOf(p.letter()));
    } else if (v instanceof Enum<?> e) {
      g.writeString(e.name());
    } else if (v instanceof List<?> list) {
      ValueType element = type.element();
      g.writeStartArray();
      for (Object o : list) {
        writeAny(g, o, element);
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> map) {
      boolean jsonLike = type.element().raw() == Object.class;
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        if (jsonLike) {
          writeJsonLike(g, e.getValue());
        } else {
          writeAny(g, e.getValue(), type.element());
        }
      }
      g.writeEndObject();
    } else if (RecordModel.isModelRecord(v.getClass())) {
      g.writeStartObject();
      writeMembers(g, v, JsonBinding.of(v.getClass()), null);
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException("no canonical JSON form for " + v.getClass().getName());
    }
  }

  static void writeMembers(
      JsonGenerator g, Object instance, JsonBinding binding, @Nullable RepeatedStrings strings)
      throws IOException {
    for (JsonBinding.Member m : binding.members()) {
      Object v = m.component().get(instance);
      if (m.shape().isEmpty(v)) {
        continue;
      }
      g.writeFieldName(m.encodedName());
      writeValue(g, v, m.shape(), strings);
    }
  }

  /**
   * Writes a value of the given shape; its type is the shape's, as the record's component declares
   * it.
   */
  private static void writeValue(
      JsonGenerator g, Object v, JsonShape shape, @Nullable RepeatedStrings strings)
      throws IOException {
    switch (shape.kind()) {
      case OPTIONAL -> writeValue(g, ((Optional<?>) v).orElseThrow(), shape.element(), strings);
      case STRING -> RepeatedStrings.writeString(g, (String) v, strings);
      case INTEGER -> g.writeNumber((Integer) v);
      case BOOLEAN -> g.writeBoolean((Boolean) v);
      case DOUBLE -> g.writeNumber((Double) v);
      case DECIMAL -> writeDecimal(g, (BigDecimal) v);
      case PARTIAL_DATE -> g.writeString(v.toString());
      case INSTANT -> g.writeString(v.toString());
      case GCM_OBJECTIVE -> g.writeNumber(((GcmObjective) v).number());
      case GUIDING_PRINCIPLE -> g.writeString(String.valueOf(((GuidingPrinciple) v).letter()));
      case ENUM -> g.writeString(((Enum<?>) v).name());
      case LIST -> {
        JsonShape element = shape.element();
        g.writeStartArray();
        for (Object o : (List<?>) v) {
          writeValue(g, o, element, strings);
        }
        g.writeEndArray();
      }
      case MAP, JSON_MAP -> {
        boolean jsonLike = shape.kind() == JsonShape.Kind.JSON_MAP;
        JsonShape element = shape.element();
        g.writeStartObject();
        // forEach walks the model's maps without an entry object per entry
        try {
          ((Map<?, ?>) v)
              .forEach(
                  (key, value) -> {
                    try {
                      if (key instanceof String name) {
                        RepeatedStrings.writeFieldName(g, name, strings);
                      } else {
                        g.writeFieldName(String.valueOf(key));
                      }
                      if (jsonLike) {
                        writeJsonLike(g, value);
                      } else {
                        writeValue(g, value, element, strings);
                      }
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  });
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        g.writeEndObject();
      }
      case RECORD -> {
        g.writeStartObject();
        writeMembers(g, v, shape.record(), strings);
        g.writeEndObject();
      }
      default ->
          throw new IllegalArgumentException(
              "no canonical JSON form for " + v.getClass().getName());
    }
  }

  /** Writes an extension value: null, string, boolean, number, list or map of them, as is. */
  static void writeJsonLike(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof BigDecimal d) {
      writeDecimal(g, d);
    } else if (v instanceof BigInteger i) {
      g.writeNumber(i);
    } else if (v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof Byte) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof Double || v instanceof Float) {
      g.writeNumber(((Number) v).doubleValue());
    } else if (v instanceof Number n) {
      writeDecimal(g, new BigDecimal(n.toString()));
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        writeJsonLike(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        writeJsonLike(g, e.getValue());
      }
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException("not a JSON-like value: " + v.getClass().getName());
    }
  }

  /** Never exponent notation: {@code 1E+3} is written {@code 1000}. */
  private static void writeDecimal(JsonGenerator g, BigDecimal d) throws IOException {
    // a whole number of up to 18 digits (most counts) goes out as a long: the same digits as
    // toPlainString(), without the string made for them
    if (d.scale() == 0 && d.precision() <= 18) {
      g.writeNumber(d.longValue());
      return;
    }
    g.writeNumber(d.toPlainString());
  }
}
