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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Constraint;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.mignet.core.code.Code;
import org.mignet.core.code.CodeList;
import org.mignet.core.code.CodeLists;
import org.mignet.core.code.GcmObjective;
import org.mignet.core.code.GuidingPrinciple;
import org.mignet.core.code.HtcdsCodeLists;
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.internal.Component;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.internal.ValueType;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.RecordType;

/**
 * Build-time generator of {@code mignet.schema.json} (Draft 2020-12), built from the record
 * metamodel ({@link RecordModel}) with Jackson's tree model: one definition per record and enum of
 * the model, a record type's definition with its {@code recordType} first, and the Jakarta
 * constraints of each component (and of its type arguments) translated to JSON Schema keywords. Run
 * by the build in {@code process-classes}.
 *
 * <p>A constraint it has no translation for fails the build (fail closed) instead of being left out
 * silently.
 */
public final class SchemaGenerator {

  static final String PARTIAL_DATE = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

  /** Suffix of the definition of a record embedded in another, without {@code recordType}. */
  static final String EMBEDDED = ".Embedded";

  /** Suffix of the definition of an optional value: its definition or {@code null}. */
  static final String NULLABLE = "-nullable";

  /** The most codes a list may have to be written into the schema as an {@code enum}. */
  static final int MAX_ENUM_CODES = 500;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * A text that is not blank as Java's {@link String#isBlank()} says (the model's test): one
   * character that is not {@link Character#isWhitespace(int) white space}. Spelled out because JSON
   * Schema's {@code \s} (ECMA-262) is another set: it holds the no-break spaces (U+00A0, U+2007,
   * U+202F) and U+FEFF, which Java does not count as white space, and not U+001C–U+001F, which Java
   * does.
   */
  static final String NOT_BLANK =
      "[^\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029"
          + "\\u205F\\u3000]";

  private final Map<String, ObjectNode> defs = new TreeMap<>();
  private final Set<String> building = new HashSet<>();

  private SchemaGenerator() {}

  /**
   * Writes the schema to a file.
   *
   * @param args the output file
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Files.createDirectories(out.getParent());
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Files.writeString(out, mapper.writeValueAsString(generate(mapper)) + "\n");
  }

  static ObjectNode generate(ObjectMapper mapper) {
    return new SchemaGenerator().schema(mapper);
  }

  private ObjectNode schema(ObjectMapper mapper) {
    Map<String, ObjectNode> records = new LinkedHashMap<>();
    ArrayNode oneOf = mapper.createArrayNode();
    for (RecordType t : RecordType.values()) {
      ObjectNode def = NODES.objectNode().put("type", "object");
      ObjectNode props = def.putObject("properties");
      props.putObject("recordType").put("const", t.typeName());
      ObjectNode members = recordDefinition(RecordModel.of(t.javaType()));
      props.setAll((ObjectNode) members.get("properties"));
      ArrayNode required = def.putArray("required").add("recordType");
      if (members.has("required")) {
        required.addAll((ArrayNode) members.get("required"));
      }
      def.put("additionalProperties", false);
      records.put(t.typeName(), def);
      oneOf.addObject().put("$ref", ref(t.typeName()));
    }
    ObjectNode all = mapper.createObjectNode();
    defs.forEach(all::set);
    records.forEach(all::set);
    ObjectNode bundle = all.putObject("Bundle");
    bundle.put("type", "object");
    ObjectNode bp = bundle.putObject("properties");
    bp.putObject("schemaVersion").put("type", "string").put("pattern", "^[0-9]+\\.[0-9]+$");
    bp.putObject("id").put("type", "string");
    bp.putObject("created").put("type", "string").put("format", "date-time");
    ObjectNode items = bp.putObject("records");
    items.put("type", "array");
    items.putObject("items").set("oneOf", oneOf.deepCopy());
    bundle.putArray("required").add("schemaVersion").add("records");
    bundle.put("additionalProperties", false);

    ObjectNode root = mapper.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://mignet.org/schema/1.0/mignet.schema.json");
    root.put("title", "mignet canonical JSON 1.0");
    root.put(
        "description",
        "A mignet record document (recordType first, components by name) or a bundle. "
            + "Generated from the model by the build; do not edit.");
    ArrayNode top = oneOf.deepCopy();
    top.addObject().put("$ref", ref("Bundle"));
    root.set("oneOf", top);
    root.set("$defs", all);
    return root;
  }

  /**
   * The members of a record in canonical order; required are the components that are not
   * containers.
   */
  private ObjectNode recordDefinition(RecordModel model) {
    ObjectNode def = NODES.objectNode().put("type", "object");
    ObjectNode props = def.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    for (Component c : model.components()) {
      ObjectNode member = value(c.type(), c.annotatedType(), c);
      props.set(c.name(), member);
      if (c.isRequired()) {
        required.add(c.name());
        // the model's canonical constructors refuse a blank required text (Checks.text): empty or
        // white space only; a code list or pattern already refuses both on its own
        if (c.type().kind() == ValueType.Kind.SCALAR
            && c.type().raw() == String.class
            && !member.has("enum")
            && !member.has("pattern")) {
          member.put("minLength", 1);
          member.put("pattern", NOT_BLANK);
        }
      }
    }
    if (!required.isEmpty()) {
      def.set("required", required);
    }
    def.put("additionalProperties", false);
    return def;
  }

  private ObjectNode value(ValueType type, AnnotatedType annotated, Component where) {
    ObjectNode n =
        switch (type.kind()) {
          case OPTIONAL -> nullable(value(type.element(), argument(annotated, 0), where));
          case LIST -> {
            ObjectNode list = NODES.objectNode().put("type", "array");
            list.set("items", value(type.element(), argument(annotated, 0), where));
            yield list;
          }
          case MAP ->
              type.element().raw() == String.class
                  ? reference(
                      "StringMap",
                      () -> {
                        ObjectNode m = NODES.objectNode().put("type", "object");
                        m.putObject("additionalProperties").put("type", "string");
                        return m;
                      })
                  : reference("Extensions", () -> NODES.objectNode().put("type", "object"));
          case RECORD -> {
            RecordModel model = type.record();
            String name =
                recordType(type.raw())
                    .map(t -> t.typeName() + EMBEDDED)
                    .orElse(simpleName(type.raw()));
            yield reference(name, () -> recordDefinition(model));
          }
          case ENUM -> enumeration(type.raw());
          case SCALAR -> scalar(type.raw(), where);
        };
    constrain(n, type, annotated, where);
    return n;
  }

  private ObjectNode enumeration(Class<?> raw) {
    if (raw == GcmObjective.class) {
      return reference(
          "GcmObjective",
          () ->
              NODES
                  .objectNode()
                  .put("type", "integer")
                  .put("minimum", 1)
                  .put("maximum", 23)
                  .put("description", "A Global Compact for Migration objective by number."));
    }
    if (raw == GuidingPrinciple.class) {
      return reference(
          "GuidingPrinciple",
          () -> {
            ObjectNode n = NODES.objectNode().put("type", "string");
            ArrayNode e = n.putArray("enum");
            for (GuidingPrinciple p : GuidingPrinciple.values()) {
              e.add(String.valueOf(p.letter()));
            }
            return n.put("description", "A GCM guiding principle by its letter in para. 15.");
          });
    }
    return reference(
        simpleName(raw),
        () -> {
          ObjectNode n = NODES.objectNode().put("type", "string");
          ArrayNode e = n.putArray("enum");
          for (Object constant : raw.getEnumConstants()) {
            e.add(((Enum<?>) constant).name());
          }
          return n;
        });
  }

  private ObjectNode scalar(Class<?> raw, Component where) {
    if (raw == String.class) {
      return NODES.objectNode().put("type", "string");
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return NODES.objectNode().put("type", "boolean");
    }
    if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
      return NODES.objectNode().put("type", "integer");
    }
    if (raw == Double.class || raw == double.class || raw == BigDecimal.class) {
      return NODES.objectNode().put("type", "number");
    }
    if (raw == PartialDate.class) {
      return reference(
          "PartialDate",
          () ->
              NODES
                  .objectNode()
                  .put("type", "string")
                  .put("pattern", PARTIAL_DATE)
                  .put(
                      "description",
                      "A date known to the year, month or day: 1990, 1990-05 or 1990-05-17."));
    }
    if (raw == Instant.class) {
      return reference(
          "Instant", () -> NODES.objectNode().put("type", "string").put("format", "date-time"));
    }
    throw new IllegalStateException("no JSON Schema for " + raw.getName() + " in " + where);
  }

  /**
   * An optional value: {@code null} or the value (the canonical reader takes {@code null} for
   * absent).
   */
  private ObjectNode nullable(ObjectNode value) {
    if (value.has("$ref")) {
      String name = value.get("$ref").textValue().substring("#/$defs/".length());
      return reference(
          name + NULLABLE,
          () -> {
            ObjectNode n = NODES.objectNode();
            n.putArray("anyOf").add(NODES.objectNode().put("type", "null")).add(value.deepCopy());
            return n;
          });
    }
    if (value.path("type").isTextual() && !value.has("enum")) {
      String type = value.get("type").textValue();
      value.putArray("type").add(type).add("null");
      return value;
    }
    ObjectNode n = NODES.objectNode();
    n.putArray("anyOf").add(NODES.objectNode().put("type", "null")).add(value);
    return n;
  }

  private ObjectNode reference(String name, Supplier<ObjectNode> definition) {
    if (!defs.containsKey(name) && building.add(name)) {
      defs.put(name, definition.get());
      building.remove(name);
    }
    return NODES.objectNode().put("$ref", ref(name));
  }

  /**
   * Translates the Jakarta constraints declared on one type use; one it cannot translate fails the
   * build.
   */
  private static void constrain(
      ObjectNode n, ValueType type, AnnotatedType annotated, Component where) {
    boolean list = type.kind() == ValueType.Kind.LIST;
    for (Annotation a : annotated.getAnnotations()) {
      if (!a.annotationType().isAnnotationPresent(Constraint.class) || a instanceof NotNull) {
        continue;
      }
      if (n.has("$ref") || (type.isContainer() && !list)) {
        throw new IllegalStateException(
            "no JSON Schema for @"
                + a.annotationType().getSimpleName()
                + " on "
                + type
                + " in "
                + where);
      }
      if (a instanceof Pattern p) {
        if (p.flags().length > 0) {
          throw new IllegalStateException("no JSON Schema for pattern flags in " + where);
        }
        // Java patterns match the whole value; JSON Schema patterns match anywhere unless anchored
        n.put("pattern", "^(?:" + p.regexp() + ")$");
      } else if (a instanceof Min m) {
        n.put("minimum", m.value());
      } else if (a instanceof Max m) {
        n.put("maximum", m.value());
      } else if (a instanceof DecimalMin m) {
        n.put(m.inclusive() ? "minimum" : "exclusiveMinimum", new BigDecimal(m.value()));
      } else if (a instanceof DecimalMax m) {
        n.put(m.inclusive() ? "maximum" : "exclusiveMaximum", new BigDecimal(m.value()));
      } else if (a instanceof PositiveOrZero) {
        n.put("minimum", 0);
      } else if (a instanceof Positive) {
        n.put("exclusiveMinimum", 0);
      } else if (a instanceof NegativeOrZero) {
        n.put("maximum", 0);
      } else if (a instanceof Negative) {
        n.put("exclusiveMaximum", 0);
      } else if (a instanceof Size s) {
        if (s.min() > 0) {
          n.put(list ? "minItems" : "minLength", s.min());
        }
        if (s.max() < Integer.MAX_VALUE) {
          n.put(list ? "maxItems" : "maxLength", s.max());
        }
      } else if (a instanceof NotEmpty) {
        n.put(list ? "minItems" : "minLength", 1);
      } else if (a instanceof NotBlank && !list) {
        n.put("minLength", 1);
        if (!n.has("pattern")) {
          n.put("pattern", NOT_BLANK);
        }
      } else if (a instanceof InCodeList c && !list) {
        Optional<ArrayNode> codes = codes(c.value());
        if (codes.isPresent()) {
          n.set("enum", codes.get());
        } else {
          // an open list (from the JDK's data) is not frozen into the schema, but every code has
          // its shape
          shape(c.value()).ifPresent(pattern -> n.put("pattern", pattern));
        }
      } else {
        throw new IllegalStateException(
            "no JSON Schema for @"
                + a.annotationType().getSimpleName()
                + " on "
                + type
                + " in "
                + where);
      }
    }
  }

  /** The codes a value of a closed, small list may take, with HTCDS's mignet extension codes. */
  static Optional<ArrayNode> codes(String listId) {
    if (!isClosed(listId)) {
      return Optional.empty();
    }
    CodeList list = CodeLists.standard().require(listId);
    ArrayNode codes = NODES.arrayNode();
    list.codes().forEach(c -> codes.add(c.code()));
    if (listId.startsWith(HtcdsCodeLists.ID_PREFIX)) {
      String field = listId.substring(HtcdsCodeLists.ID_PREFIX.length());
      for (Code c : HtcdsCodeLists.instance().extensionCodes(field)) {
        codes.add(c.code());
      }
    }
    return codes.size() <= MAX_ENUM_CODES ? Optional.of(codes) : Optional.empty();
  }

  /**
   * Shapes a code of an open list may have, tried in order; the first every code of the list has is
   * used.
   */
  private static final List<String> SHAPES =
      List.of("^[a-z]{3}$", "^[A-Z]{3}$", "^[A-Z]{2,3}$", "^[a-z]{2,3}$");

  /**
   * The shape every code of a list has (ISO 639 codes are three lower-case letters, ISO 4217 codes
   * three capitals), for a list too open or too long to be an {@code enum}: the schema then rejects
   * what cannot be a code of it.
   */
  static Optional<String> shape(String listId) {
    CodeList list = CodeLists.standard().require(listId);
    for (String shape : SHAPES) {
      java.util.regex.Pattern p = java.util.regex.Pattern.compile(shape);
      if (list.codes().stream().allMatch(c -> p.matcher(c.code()).matches())) {
        return Optional.of(shape);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a code list is closed: its data ship in mignet's own resources, so the build's copy is
   * the validator's. ISO 639 and ISO 4217 are not: they come from the JDK's locale data, and a list
   * frozen at build time could disagree with the validator on another JDK.
   */
  static boolean isClosed(String listId) {
    return List.of("iso3166", "icao-nationality", "gcm-objective", "gcm-principle").contains(listId)
        || listId.startsWith(HtcdsCodeLists.ID_PREFIX);
  }

  private static AnnotatedType argument(AnnotatedType t, int i) {
    if (t instanceof AnnotatedParameterizedType p) {
      return p.getAnnotatedActualTypeArguments()[i];
    }
    throw new IllegalStateException("no type argument in " + t);
  }

  private static Optional<RecordType> recordType(Class<?> c) {
    return Arrays.stream(RecordType.values()).filter(t -> t.javaType() == c).findFirst();
  }

  private static String simpleName(Class<?> c) {
    return c.getName().substring(c.getPackageName().length() + 1).replace('$', '.');
  }

  private static String ref(String name) {
    return "#/$defs/" + name;
  }
}
