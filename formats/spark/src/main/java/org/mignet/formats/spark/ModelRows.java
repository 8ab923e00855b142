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

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.ArrayBasedMapData;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.catalyst.util.MapData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;
import org.apache.spark.unsafe.types.UTF8String;
import org.mignet.core.code.GcmObjective;
import org.mignet.core.code.GuidingPrinciple;
import org.mignet.core.internal.Component;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.internal.ValueType;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.RecordType;

/**
 * The Spark shape of the model, derived from the record metamodel ({@link RecordModel}): one column
 * per component in canonical member order, a nested record as a struct, a list as an array, a map
 * as a map with string keys; an optional is a nullable column of its element. Scalars are what the
 * canonical JSON writes: strings, integers, longs, doubles, booleans; a decimal is its exact
 * canonical text (a string column: cast it to what a job needs), a partial date, an instant, an
 * enum constant and a guiding principle are their canonical text, a GCM objective its number; an
 * agency extension value ({@code Map<String, Object>}) is its JSON text.
 *
 * <p>Records become Catalyst rows ({@link #toRow}); rows become canonical record documents ({@link
 * #toJson}) that the canonical reader then reads and checks, so that a row is never turned into a
 * record by a second set of rules.
 */
final class ModelRows {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelRows() {}

  /** Returns the columns of a record type: {@code recordType}, then one per component. */
  static StructType schema(RecordType type) {
    List<StructField> fields = new ArrayList<>();
    // nullable: a rejected record keeps its row, with null record columns
    fields.add(new StructField("recordType", DataTypes.StringType, true, Metadata.empty()));
    for (StructField f : struct(RecordModel.of(type.javaType())).fields()) {
      fields.add(new StructField(f.name(), f.dataType(), true, f.metadata()));
    }
    return new StructType(fields.toArray(StructField[]::new));
  }

  private static StructType struct(RecordModel model) {
    List<StructField> fields = new ArrayList<>();
    for (Component c : model.components()) {
      fields.add(
          new StructField(
              c.name(),
              type(c.type(), c.owner().type().getSimpleName() + "." + c.name()),
              c.type().isContainer(),
              Metadata.empty()));
    }
    return new StructType(fields.toArray(StructField[]::new));
  }

  private static DataType type(ValueType t, String where) {
    return switch (t.kind()) {
      case OPTIONAL -> type(t.element(), where);
      case LIST -> DataTypes.createArrayType(type(t.element(), where), false);
      case MAP ->
          DataTypes.createMapType(
              DataTypes.StringType,
              t.element().raw() == Object.class ? DataTypes.StringType : type(t.element(), where),
              false);
      case RECORD -> struct(t.record());
      case ENUM -> DataTypes.StringType;
      case SCALAR -> scalar(t.raw(), where);
    };
  }

  private static DataType scalar(Class<?> raw, String where) {
    if (raw == String.class
        || raw == BigDecimal.class
        || raw == PartialDate.class
        || raw == Instant.class
        || raw == GuidingPrinciple.class) {
      return DataTypes.StringType;
    }
    if (raw == Integer.class || raw == int.class || raw == GcmObjective.class) {
      return DataTypes.IntegerType;
    }
    if (raw == Long.class || raw == long.class) {
      return DataTypes.LongType;
    }
    if (raw == Double.class || raw == double.class) {
      return DataTypes.DoubleType;
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return DataTypes.BooleanType;
    }
    throw new IllegalStateException(
        "no Spark column type for " + raw.getName() + " (" + where + ")");
  }

  // ---- record -> row
  // -------------------------------------------------------------------------------------------

  /**
   * Returns the Catalyst row.
   *
   * @param record a record of the schema's type
   * @param extra the values of the columns after the record's (already Catalyst values)
   */
  static InternalRow toRow(MignetRecord record, Object... extra) {
    RecordModel model = RecordModel.of(record.getClass());
    List<Component> cs = model.components();
    Object[] values = new Object[1 + cs.size() + extra.length];
    values[0] = UTF8String.fromString(record.recordType().typeName());
    for (Component c : cs) {
      values[1 + c.index()] = value(c.get(record), c.type());
    }
    System.arraycopy(extra, 0, values, 1 + cs.size(), extra.length);
    return new GenericInternalRow(values);
  }

  /** Returns a row of nulls for the record columns of a type, then the extra values. */
  static InternalRow emptyRow(RecordType type, Object... extra) {
    int n = 1 + RecordModel.of(type.javaType()).components().size();
    Object[] values = new Object[n + extra.length];
    System.arraycopy(extra, 0, values, n, extra.length);
    return new GenericInternalRow(values);
  }

  private static Object value(Object v, ValueType t) {
    if (v == null) {
      return null;
    }
    switch (t.kind()) {
      case OPTIONAL -> {
        Optional<?> o = (Optional<?>) v;
        return o.isEmpty() ? null : value(o.get(), t.element());
      }
      case LIST -> {
        List<?> list = (List<?>) v;
        if (list.isEmpty()) {
          return null;
        }
        Object[] out = new Object[list.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = value(list.get(i), t.element());
        }
        return new GenericArrayData(out);
      }
      case MAP -> {
        Map<?, ?> map = (Map<?, ?>) v;
        if (map.isEmpty()) {
          return null;
        }
        boolean jsonLike = t.element().raw() == Object.class;
        Object[] keys = new Object[map.size()];
        Object[] values = new Object[map.size()];
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
          keys[i] = UTF8String.fromString(String.valueOf(e.getKey()));
          values[i] =
              jsonLike
                  ? UTF8String.fromString(jsonText(e.getValue()))
                  : value(e.getValue(), t.element());
          i++;
        }
        return new ArrayBasedMapData(new GenericArrayData(keys), new GenericArrayData(values));
      }
      case RECORD -> {
        RecordModel model = t.record();
        Object[] values = new Object[model.components().size()];
        for (Component c : model.components()) {
          values[c.index()] = value(c.get(v), c.type());
        }
        return new GenericInternalRow(values);
      }
      case ENUM -> {
        return UTF8String.fromString(((Enum<?>) v).name());
      }
      default -> {
        return scalarValue(v);
      }
    }
  }

  private static Object scalarValue(Object v) {
    if (v instanceof Integer || v instanceof Long || v instanceof Double || v instanceof Boolean) {
      return v;
    }
    if (v instanceof BigDecimal d) {
      return UTF8String.fromString(d.toPlainString());
    }
    if (v instanceof GcmObjective o) {
      return o.number();
    }
    if (v instanceof GuidingPrinciple p) {
      return UTF8String.fromString(String.valueOf(p.letter()));
    }
    // strings, partial dates and instants: their canonical text
    return UTF8String.fromString(v.toString());
  }

  private static String jsonText(Object v) {
    try {
      return JSON.writeValueAsString(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- row -> canonical record document
  // ------------------------------------------------------------------------

  /**
   * Checks that every column of a DataFrame to be written is a component of the record type (or
   * {@code recordType} or one of the mignet columns the reader adds, which are ignored), so that no
   * column is dropped without a word.
   *
   * @throws IllegalArgumentException naming the first column the model has no place for
   */
  static void checkWritable(StructType schema, RecordType type) {
    for (StructField f : schema.fields()) {
      if (f.name().equals("recordType") || MignetColumns.isMignetColumn(f.name())) {
        continue;
      }
      RecordModel model = RecordModel.of(type.javaType());
      Optional<Component> c = model.component(f.name());
      if (c.isEmpty()) {
        throw new IllegalArgumentException(
            "the column '"
                + f.name()
                + "' is not a component of "
                + type.typeName()
                + "; select only the record's columns ("
                + String.join(", ", model.components().stream().map(Component::name).toList())
                + ")");
      }
      checkNested(f.dataType(), c.get().type(), f.name());
    }
  }

  private static void checkNested(DataType d, ValueType t, String path) {
    ValueType leaf = t;
    while (leaf.kind() == ValueType.Kind.OPTIONAL) {
      leaf = leaf.element();
    }
    if (leaf.kind() == ValueType.Kind.LIST && d instanceof ArrayType a) {
      checkNested(a.elementType(), leaf.element(), path + "[]");
    } else if (leaf.kind() == ValueType.Kind.MAP
        && d instanceof MapType m
        && leaf.element().raw() != Object.class) {
      checkNested(m.valueType(), leaf.element(), path + "{}");
    } else if (leaf.kind() == ValueType.Kind.RECORD && d instanceof StructType s) {
      RecordModel model = leaf.record();
      for (StructField f : s.fields()) {
        Optional<Component> c = model.component(f.name());
        if (c.isEmpty()) {
          throw new IllegalArgumentException(
              "the column '"
                  + path
                  + "."
                  + f.name()
                  + "' is not a component of "
                  + model.type().getSimpleName());
        }
        checkNested(f.dataType(), c.get().type(), path + "." + f.name());
      }
    }
  }

  /**
   * Writes a row as a compact canonical record document. Values are written as the model types
   * them; a value of the wrong shape is written as it is, for the canonical reader to refuse with
   * its own rule and pointer.
   *
   * @param row the row; not null
   * @param schema its schema
   * @param type the record type when the row has no {@code recordType} value
   * @return one line of NDJSON (no line break)
   */
  static String toJson(InternalRow row, StructType schema, RecordType type) {
    RecordModel model = RecordModel.of(type.javaType());
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.getFactory().createGenerator(w)) {
      g.writeStartObject();
      int rt =
          schema.getFieldIndex("recordType").isDefined() ? schema.fieldIndex("recordType") : -1;
      String typeName =
          rt >= 0 && !row.isNullAt(rt) ? row.getUTF8String(rt).toString() : type.typeName();
      g.writeStringField("recordType", typeName);
      Map<String, Object> members = struct(row, schema);
      writeMembers(g, members, model);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void writeMembers(JsonGenerator g, Map<String, Object> members, RecordModel model)
      throws IOException {
    for (Component c : model.components()) {
      Object v = members.get(c.name());
      if (v == null) {
        continue;
      }
      g.writeFieldName(c.name());
      write(g, v, c.type());
    }
  }

  private static void write(JsonGenerator g, Object v, ValueType t) throws IOException {
    switch (t.kind()) {
      case OPTIONAL -> write(g, v, t.element());
      case LIST -> {
        if (v instanceof List<?> list) {
          g.writeStartArray();
          for (Object o : list) {
            if (o == null) {
              g.writeNull();
            } else {
              write(g, o, t.element());
            }
          }
          g.writeEndArray();
        } else {
          writeAsIs(g, v);
        }
      }
      case MAP -> {
        if (v instanceof Map<?, ?> map) {
          boolean jsonLike = t.element().raw() == Object.class;
          g.writeStartObject();
          for (Map.Entry<?, ?> e : map.entrySet()) {
            g.writeFieldName(String.valueOf(e.getKey()));
            if (e.getValue() == null) {
              g.writeNull();
            } else if (jsonLike && e.getValue() instanceof String s) {
              writeJsonText(g, s);
            } else {
              write(g, e.getValue(), t.element());
            }
          }
          g.writeEndObject();
        } else {
          writeAsIs(g, v);
        }
      }
      case RECORD -> {
        if (v instanceof Map<?, ?> map) {
          g.writeStartObject();
          @SuppressWarnings("unchecked")
          Map<String, Object> members = (Map<String, Object>) map;
          writeMembers(g, members, t.record());
          g.writeEndObject();
        } else {
          writeAsIs(g, v);
        }
      }
      default -> {
        if (t.raw() == BigDecimal.class && v instanceof String s) {
          try {
            g.writeNumber(new BigDecimal(s.trim()));
          } catch (NumberFormatException e) {
            g.writeString(s);
          }
        } else {
          writeAsIs(g, v);
        }
      }
    }
  }

  private static void writeJsonText(JsonGenerator g, String text) throws IOException {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (IOException e) {
      node = null;
    }
    if (node == null || node.isMissingNode()) {
      g.writeString(text);
    } else {
      g.writeTree(node);
    }
  }

  private static void writeAsIs(JsonGenerator g, Object v) throws IOException {
    if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Integer
        || v instanceof Long
        || v instanceof Short
        || v instanceof Byte) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (v instanceof Number n) {
      g.writeNumber(n.doubleValue());
    } else if (v instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        if (o == null) {
          g.writeNull();
        } else {
          writeAsIs(g, o);
        }
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        if (e.getValue() == null) {
          g.writeNull();
        } else {
          writeAsIs(g, e.getValue());
        }
      }
      g.writeEndObject();
    } else {
      g.writeString(String.valueOf(v));
    }
  }

  /** Returns a struct's non-null fields as Java values, by name. */
  private static Map<String, Object> struct(InternalRow row, StructType schema) {
    Map<String, Object> out = new LinkedHashMap<>();
    StructField[] fields = schema.fields();
    for (int i = 0; i < fields.length; i++) {
      if (!row.isNullAt(i)) {
        out.put(fields[i].name(), java(row.get(i, fields[i].dataType()), fields[i].dataType()));
      }
    }
    return out;
  }

  private static Object java(Object v, DataType d) {
    if (v == null) {
      return null;
    }
    if (d instanceof StructType s) {
      return struct((InternalRow) v, s);
    }
    if (d instanceof ArrayType a) {
      ArrayData data = (ArrayData) v;
      List<Object> out = new ArrayList<>(data.numElements());
      for (int i = 0; i < data.numElements(); i++) {
        out.add(data.isNullAt(i) ? null : java(data.get(i, a.elementType()), a.elementType()));
      }
      return out;
    }
    if (d instanceof MapType m) {
      MapData data = (MapData) v;
      Map<String, Object> out = new LinkedHashMap<>();
      ArrayData keys = data.keyArray();
      ArrayData values = data.valueArray();
      for (int i = 0; i < data.numElements(); i++) {
        out.put(
            String.valueOf(java(keys.get(i, m.keyType()), m.keyType())),
            values.isNullAt(i) ? null : java(values.get(i, m.valueType()), m.valueType()));
      }
      return out;
    }
    if (v instanceof UTF8String s) {
      return s.toString();
    }
    if (d instanceof DecimalType) {
      return ((org.apache.spark.sql.types.Decimal) v).toJavaBigDecimal();
    }
    if (d instanceof TimestampType) {
      long micros = (Long) v;
      return Instant.ofEpochSecond(
              Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L)
          .toString();
    }
    if (d instanceof DateType) {
      return LocalDate.ofEpochDay((Integer) v).toString();
    }
    return v;
  }
}
