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
package org.mignet.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mignet.core.RuleId;
import org.mignet.core.internal.Component;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.internal.ValueType;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Validation;

/** The published schema against the record metamodel it is generated from. */
class JsonSchemaModelTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNode DEFS = read(JsonSchemas.schema()).get("$defs");
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  @Test
  void describesEveryComponentOfEveryRecordWithItsRequiredness() {
    List<String> checked = new ArrayList<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    Set<Class<?>> seen = new HashSet<>();
    for (RecordType t : RecordType.values()) {
      todo.add(t.javaType());
    }
    while (!todo.isEmpty()) {
      Class<?> c = todo.poll();
      if (!seen.add(c)) {
        continue;
      }
      RecordModel model = RecordModel.of(c);
      for (String name : definitionNames(c)) {
        JsonNode def = DEFS.get(name);
        assertThat(def).as(name).isNotNull();
        List<String> members = new ArrayList<>();
        List<String> required = new ArrayList<>();
        if (RecordType.named(name).isPresent()) {
          members.add("recordType");
          required.add("recordType");
          assertThat(def.at("/properties/recordType/const").asText()).as(name).isEqualTo(name);
        }
        for (Component k : model.components()) {
          members.add(k.name());
          if (k.isRequired()) {
            required.add(k.name());
          }
          ValueType leaf = k.type().leaf();
          if (leaf.kind() == ValueType.Kind.RECORD) {
            todo.add(leaf.raw());
          }
        }
        assertThat(names(def.get("properties")))
            .as(name + " members")
            .containsExactlyElementsOf(members);
        assertThat(names(def.path("required")))
            .as(name + " required")
            .containsExactlyElementsOf(required);
        assertThat(def.get("additionalProperties").asBoolean(true))
            .as(name + " additionalProperties")
            .isFalse();
        checked.add(name);
      }
    }
    assertThat(checked)
        .contains("Victim", "Person", "Person.Embedded", "PersonName", "RecordMeta", "Coordinates");
  }

  /**
   * A closed list shipped with mignet becomes an enum; the schema and the validator refuse the same
   * code.
   */
  @ParameterizedTest
  @CsvSource({
    "RETURN_CASE, /hostCountry, XXX, MG-CODE-001",
    "PERSON, /countryOfBirth, NG, MG-CODE-001",
    "PERSON, /citizenships/0, NG, MG-CODE-002",
    "TRAVEL_DOCUMENT, /issuingState, ZZZ, MG-CODE-002",
    "TRAFFICKING_CASE, /victims/0/exploitationTypes/0, NotAnExploitation, MG-CODE-005",
    "TRAFFICKING_CASE, /victims/0/person/gender, F, MG-CODE-005",
  })
  void refusesACodeOutsideItsList(RecordType type, String pointer, String code, String rule) {
    ObjectNode document = (ObjectNode) read(CanonicalJson.standard().toJson(Samples.rich(type)));
    Schema schema = REGISTRY.getSchema(JsonSchemas.schema(type), InputFormat.JSON);
    assertThat(schema.validate(document)).isEmpty();

    set(document, pointer, code);

    List<Error> errors = schema.validate(document);
    // an optional's value is null or a code: the null branch's type error comes with the enum's
    assertThat(errors).extracting(Error::getKeyword).contains("enum").isSubsetOf("enum", "type");
    assertThat(errors).extracting(e -> e.getInstanceLocation().toString()).containsOnly(pointer);
    assertThat(
            Validation.standard()
                .validate(CanonicalJson.standard().fromJson(document.toString()))
                .hasIssue(RuleId.of(rule), pointer))
        .isTrue();
  }

  /**
   * ISO 639 and ISO 4217 come from the JDK's locale data; the build's copy could differ from the
   * validator's, so a code of the right shape is left to the validator, and only what has not a
   * code's shape is a schema error.
   */
  @Test
  void leavesListsFromTheJdkToTheValidatorButChecksTheirShape() {
    ObjectNode document =
        (ObjectNode) read(CanonicalJson.standard().toJson(Samples.rich(RecordType.PERSON)));
    set(document, "/languages/0", "zzz");
    assertThat(
            REGISTRY
                .getSchema(JsonSchemas.schema(RecordType.PERSON), InputFormat.JSON)
                .validate(document))
        .isEmpty();
    set(document, "/languages/0", "zz");
    assertThat(
            REGISTRY
                .getSchema(JsonSchemas.schema(RecordType.PERSON), InputFormat.JSON)
                .validate(document))
        .singleElement()
        .asString()
        .contains("/languages/0");
  }

  private static void set(ObjectNode document, String pointer, String value) {
    assertThat(document.at(pointer).isTextual()).as(pointer).isTrue();
    int cut = pointer.lastIndexOf('/');
    JsonNode parent = document.at(pointer.substring(0, cut));
    String last = pointer.substring(cut + 1);
    if (parent instanceof ArrayNode a) {
      a.set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).put(last, value);
    }
  }

  private static List<String> definitionNames(Class<?> c) {
    for (RecordType t : RecordType.values()) {
      if (t.javaType() == c) {
        return DEFS.has(t.typeName() + ".Embedded")
            ? List.of(t.typeName(), t.typeName() + ".Embedded")
            : List.of(t.typeName());
      }
    }
    return List.of(c.getName().substring(c.getPackageName().length() + 1).replace('$', '.'));
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> names.add(n.asText()));
    } else {
      node.fieldNames().forEachRemaining(names::add);
    }
    return names;
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
