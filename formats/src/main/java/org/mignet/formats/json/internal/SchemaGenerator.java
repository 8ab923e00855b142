package org.mignet.formats.json.internal;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.mignet.core.code.GcmObjective;
import org.mignet.core.code.GuidingPrinciple;
import org.mignet.core.internal.Component;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.internal.ValueType;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.RecordType;

/**
 * Build-time generator of {@code mignet.schema.json} (Draft 2020-12) from the model with victools
 * jsonschema-generator, configured to the canonical JSON shape. Run by the build in {@code process-classes};
 * victools is a build-time ({@code provided}) dependency, so this class is not usable at run time.
 */
public final class SchemaGenerator {

  static final String PARTIAL_DATE = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

  /** Suffix of the definition of a record embedded in another, without {@code recordType}. */
  static final String EMBEDDED = ".Embedded";

  private SchemaGenerator() {}

  /** @param args the output file */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Files.createDirectories(out.getParent());
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Files.writeString(out, mapper.writeValueAsString(generate(mapper)) + "\n");
  }

  static ObjectNode generate(ObjectMapper mapper) {
    SchemaGeneratorConfigBuilder b = new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_2020_12,
        OptionPreset.PLAIN_JSON)
        .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
        .with(Option.FLATTENED_OPTIONALS, Option.FLATTENED_ENUMS, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
            Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS, Option.DEFINITIONS_FOR_ALL_OBJECTS,
            Option.PLAIN_DEFINITION_KEYS)
        .without(Option.SCHEMA_VERSION_INDICATOR, Option.PUBLIC_STATIC_FIELDS, Option.NONPUBLIC_STATIC_FIELDS,
            Option.VALUES_FROM_CONSTANT_FIELDS, Option.NULLABLE_FIELDS_BY_DEFAULT, Option.GETTER_METHODS,
            Option.NONSTATIC_NONVOID_NONGETTER_METHODS);
    b.forTypesInGeneral()
        .withCustomDefinitionProvider((type, context) -> custom(type, mapper))
        .withDefinitionNamingStrategy((key, context) -> name(key.getType()))
        .withPropertySorter((a, c) -> Integer.compare(order(a.getDeclaringType().getErasedType(), a.getName()),
            order(c.getDeclaringType().getErasedType(), c.getName())));
    b.forFields()
        .withRequiredCheck(f -> !ValueType.of(f.getRawMember().getGenericType()).isContainer())
        .withIgnoreCheck(f -> f.isStatic() || !f.getDeclaringType().getErasedType().isRecord());
    com.github.victools.jsonschema.generator.SchemaGenerator generator =
        new com.github.victools.jsonschema.generator.SchemaGenerator(b.build());
    SchemaBuilder multi = generator.buildMultipleSchemaDefinitions();
    ArrayNode oneOf = mapper.createArrayNode();
    for (RecordType t : RecordType.values()) {
      multi.createSchemaReference(t.javaType());
      oneOf.addObject().put("$ref", "#/$defs/" + t.typeName());
    }
    ObjectNode defs = multi.collectDefinitions("$defs");
    for (RecordType t : RecordType.values()) {
      ObjectNode def = ((ObjectNode) defs.get(t.typeName() + EMBEDDED)).deepCopy();
      defs.set(t.typeName(), def);
      ObjectNode props = mapper.createObjectNode();
      props.putObject("recordType").put("const", t.typeName());
      props.setAll((ObjectNode) def.get("properties"));
      def.set("properties", props);
      ArrayNode required = mapper.createArrayNode().add("recordType");
      if (def.has("required")) {
        required.addAll((ArrayNode) def.get("required"));
      }
      def.set("required", required);
    }
    // a record embedded in another (a victim's person) has no recordType: drop the embedded forms nobody uses
    for (RecordType t : RecordType.values()) {
      String embedded = t.typeName() + EMBEDDED;
      if (!defs.toString().contains("\"#/$defs/" + embedded + "\"")) {
        defs.remove(embedded);
      }
    }
    anchorPatterns(defs);
    ObjectNode bundle = defs.putObject("Bundle");
    bundle.put("type", "object");
    ObjectNode bp = bundle.putObject("properties");
    bp.putObject("schemaVersion").put("type", "string").put("pattern", "^[0-9]+\\.[0-9]+$");
    bp.putObject("id").put("type", "string");
    bp.putObject("created").put("type", "string").put("format", "date-time");
    ObjectNode records = bp.putObject("records");
    records.put("type", "array");
    records.putObject("items").set("oneOf", oneOf.deepCopy());
    bundle.putArray("required").add("schemaVersion").add("records");
    bundle.put("additionalProperties", false);

    ObjectNode root = mapper.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://mignet.org/schema/1.0/mignet.schema.json");
    root.put("title", "mignet canonical JSON 1.0");
    root.put("description", "A mignet record document (recordType first, components by name) or a bundle. "
        + "Generated from the model by the build; do not edit.");
    ArrayNode top = oneOf.deepCopy();
    top.addObject().put("$ref", "#/$defs/Bundle");
    root.set("oneOf", top);
    root.set("$defs", defs);
    return root;
  }

  private static CustomDefinition custom(ResolvedType type, ObjectMapper mapper) {
    Class<?> c = type.getErasedType();
    ObjectNode n = mapper.createObjectNode();
    if (c == PartialDate.class) {
      n.put("type", "string").put("pattern", PARTIAL_DATE)
          .put("description", "A date known to the year, month or day: 1990, 1990-05 or 1990-05-17.");
    } else if (c == Instant.class) {
      n.put("type", "string").put("format", "date-time");
    } else if (c == GcmObjective.class) {
      n.put("type", "integer").put("minimum", 1).put("maximum", 23)
          .put("description", "A Global Compact for Migration objective by number.");
    } else if (c == GuidingPrinciple.class) {
      ArrayNode e = n.put("type", "string").putArray("enum");
      for (GuidingPrinciple p : GuidingPrinciple.values()) {
        e.add(String.valueOf(p.letter()));
      }
      n.put("description", "A GCM guiding principle by its letter in para. 15.");
    } else if (c == Map.class) {
      n.put("type", "object");
      if (type.getTypeParameters().size() == 2 && type.getTypeParameters().get(1).getErasedType() == String.class) {
        n.putObject("additionalProperties").put("type", "string");
      }
    } else {
      return null;
    }
    return new CustomDefinition(n, CustomDefinition.DefinitionType.STANDARD,
        CustomDefinition.AttributeInclusion.NO);
  }

  private static String name(ResolvedType type) {
    Class<?> c = type.getErasedType();
    if (c == Map.class) {
      boolean strings = type.getTypeParameters().size() == 2
          && type.getTypeParameters().get(1).getErasedType() == String.class;
      return strings ? "StringMap" : "Extensions";
    }
    for (RecordType t : RecordType.values()) {
      if (t.javaType() == c) {
        return t.typeName() + EMBEDDED;
      }
    }
    return c.getName().substring(c.getPackageName().length() + 1).replace('$', '.');
  }

  private static int order(Class<?> record, String component) {
    if (!RecordModel.isModelRecord(record)) {
      return 0;
    }
    RecordModel model = RecordModel.of(record);
    return model.component(component).map(Component::index).orElse(model.components().size());
  }

  /** Java patterns match the whole value; JSON Schema patterns match anywhere unless anchored. */
  private static void anchorPatterns(JsonNode node) {
    if (node instanceof ObjectNode o) {
      JsonNode p = o.get("pattern");
      if (p != null && p.isTextual() && !p.textValue().startsWith("^")) {
        o.put("pattern", "^(?:" + p.textValue() + ")$");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        anchorPatterns(it.next().getValue());
      }
    } else if (node instanceof ArrayNode a) {
      for (JsonNode e : a) {
        anchorPatterns(e);
      }
    }
  }

}
