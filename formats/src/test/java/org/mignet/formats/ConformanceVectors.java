package org.mignet.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Validation;
import org.mignet.formats.json.CanonicalJson;
import org.mignet.formats.json.JsonSchemas;

/**
 * The conformance vectors of {@code docs/conformance/}, made from the tests' own base documents (valid records of
 * each type, in {@code src/test/resources/org/mignet/formats/conformance/base/}) and a table of one change per rule
 * that breaks it. For each vector, what mignet reports (rule and pointer of every issue under the vector's profile)
 * and whether the published JSON Schema accepts the document are computed here and written into the vector, so
 * another implementation can be checked against them; {@link ConformanceVectorsTest} keeps the committed folder equal
 * to what this class makes.
 */
final class ConformanceVectors {

  /** Where the vectors live in the repository, from its root. */
  static final String FOLDER = "docs/conformance/vectors";
  /** How to regenerate them. */
  static final String REGENERATE = "mvn -B -q -pl formats -am test -Dtest=ConformanceVectorsTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dmignet.vectors.write=true";

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  static final Schema SCHEMA = SCHEMAS.getSchema(JsonSchemas.schema(), InputFormat.JSON);

  /** The base documents, by record type name. */
  static final List<String> BASES = List.of("Dataset", "Incident", "IndicatorValue", "Organization", "Person",
      "Policy", "Programme", "Referral", "ReturnCase", "SmugglingCase", "TraffickingCase", "TravelDocument");

  /**
   * One change that breaks one rule: in the base document of a type, the member at a JSON Pointer is set to a value
   * (JSON text) or, with {@code null}, removed.
   */
  record Change(String rule, String base, String profile, String pointer, String json) {}

  static final List<Change> CHANGES = List.of(
      // structural rules: each is also a JSON Schema error
      new Change("MG-CODE-001", "Incident", Profile.STRUCTURAL, "/countriesOfOrigin/1", "\"ATL\""),
      new Change("MG-CODE-002", "TravelDocument", Profile.STRUCTURAL, "/issuingState", "\"ZZZ\""),
      new Change("MG-CODE-003", "Person", Profile.STRUCTURAL, "/languages/0", "\"arabic\""),
      new Change("MG-CODE-004", "Programme", Profile.STRUCTURAL, "/budget/currency", "\"usd\""),
      new Change("MG-CODE-005", "TraffickingCase", Profile.STRUCTURAL, "/victims/0/traffickingStatus",
          "\"Victim\""),
      new Change("MG-DOC-001", "TravelDocument", Profile.STRUCTURAL, "/documentCode", "\"p1\""),
      new Change("MG-DOC-002", "TravelDocument", Profile.STRUCTURAL, "/number", "\"x-123\""),
      new Change("MG-GEO-001", "Incident", Profile.STRUCTURAL, "/place/coordinates/latitude", "95.5"),
      new Change("MG-GEO-002", "Incident", Profile.STRUCTURAL, "/place/coordinates/longitude", "-190"),
      new Change("MG-INC-002", "Incident", Profile.STRUCTURAL, "/survivors", "-1"),
      new Change("MG-INC-005", "Incident", Profile.STRUCTURAL, "/sourceQuality", "6"),
      new Change("MG-IND-001", "IndicatorValue", Profile.STRUCTURAL, "/timePeriod", "\"2023-13x\""),
      new Change("MG-META-003", "Policy", Profile.STRUCTURAL, "/meta/schemaVersion", "\"one\""),
      new Change("MG-PERSON-004", "Person", Profile.STRUCTURAL, "/numberOfChildren", "41"),
      new Change("MG-POL-002", "Policy", Profile.STRUCTURAL, "/sdgTargets/0", "\"18.1\""),
      new Change("MG-PROG-004", "Programme", Profile.STRUCTURAL, "/markers/0/score", "\"A\""),
      new Change("MG-RET-003", "ReturnCase", Profile.STRUCTURAL, "/followUps/0/sustainabilityScore", "1.5"),
      new Change("MG-SOM-003", "SmugglingCase", Profile.STRUCTURAL, "/interception/peopleConcerned", "-3"),
      new Change("MG-TIP-004", "TraffickingCase", Profile.STRUCTURAL, "/victims/0/ageWhenTrafficked", "121"),
      // semantic rules: the schema accepts the document, mignet does not
      new Change("MG-INC-001", "Incident", Profile.STRUCTURAL, "/totalDeadAndMissing", "70"),
      new Change("MG-INC-003", "Incident", Profile.STRUCTURAL, "/females", "60"),
      new Change("MG-INC-004", "Incident", Profile.STRUCTURAL, "/children", "62"),
      new Change("MG-INC-006", "Incident", Profile.STRUCTURAL, "/date", "\"2999-01-01\""),
      new Change("MG-PERSON-001", "Person", Profile.STRUCTURAL, "/birthDate", "\"2999-01\""),
      new Change("MG-META-001", "Person", Profile.STRUCTURAL, "/meta/updated", "\"2001-01-01T00:00:00Z\""),
      new Change("MG-RET-002", "ReturnCase", Profile.STRUCTURAL, "/originCountry", "\"ROU\""),
      new Change("MG-RET-001", "ReturnCase", Profile.STRUCTURAL, "/departureDate", "\"2024-03-01\""),
      new Change("MG-RET-004", "ReturnCase", Profile.STRUCTURAL, "/assistance/0/value/amount", "-5"),
      new Change("MG-RET-005", "ReturnCase", Profile.STRUCTURAL, "/followUps/0/date", "\"2024-04-01\""),
      new Change("MG-JOURNEY-002", "SmugglingCase", Profile.STRUCTURAL, "/legs/0/arrival", "\"2024-08-01\""),
      new Change("MG-PROG-001", "Programme", Profile.STRUCTURAL, "/end", "\"2023-01\""),
      new Change("MG-PROG-002", "Programme", Profile.STRUCTURAL, "/budget/amount", "-1"),
      new Change("MG-PERSON-002", "Person", Profile.STRUCTURAL, "/stateless", "true"),
      new Change("MG-TIP-009", "TraffickingCase", Profile.STRUCTURAL, "/victims/1/sexualExploitationTypes",
          "[\"Prostitution\"]"),
      // exchange rules
      new Change("MG-META-010", "Policy", Profile.EXCHANGE, "/meta/sourceOrganization", null),
      new Change("MG-META-011", "Policy", Profile.EXCHANGE, "/meta/created", null),
      new Change("MG-META-012", "Person", Profile.EXCHANGE, "/meta/legalBasis", null),
      new Change("MG-META-013", "Person", Profile.EXCHANGE, "/meta/schemaVersion", "\"2.0\""),
      new Change("MG-META-014", "Person", Profile.EXCHANGE, "/meta/extensions/unit", "\"x\""));

  private ConformanceVectors() {}

  /** @return every vector by file name (in {@link #FOLDER}), plus {@code index.json}, as their text */
  static Map<String, String> render() {
    Map<String, String> files = new TreeMap<>();
    ArrayNode index = JSON.createArrayNode();
    for (String base : BASES) {
      ObjectNode document = base(base);
      String name = base + ".valid.json";
      files.put(name, text(vector(null, Profile.EXCHANGE, document)));
      index.add(name);
    }
    for (Change c : CHANGES) {
      ObjectNode document = base(c.base());
      apply(document, c.pointer(), c.json());
      ObjectNode v = vector(c.rule(), c.profile(), document);
      boolean found = false;
      for (JsonNode i : v.get("expected")) {
        found |= i.get("rule").asText().equals(c.rule()) && i.get("pointer").asText().equals(c.pointer());
      }
      if (!found) {
        throw new IllegalStateException(c + " does not break " + c.rule() + " at " + c.pointer() + "; mignet reports "
            + v.get("expected"));
      }
      String name = c.rule() + ".invalid.json";
      files.put(name, text(v));
      index.add(name);
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("description", "mignet conformance vectors: for each document, the rule ids and JSON Pointers mignet "
        + "reports under the profile, and whether the JSON Schema mignet.schema.json accepts it. Generated by "
        + "the formats tests; do not edit.");
    root.set("vectors", index);
    files.put("index.json", text(root));
    return files;
  }

  private static ObjectNode vector(String rule, String profile, ObjectNode document) {
    ObjectNode v = JSON.createObjectNode();
    if (rule != null) {
      v.put("rule", rule);
    }
    v.put("profile", profile);
    ArrayNode expected = v.putArray("expected");
    for (Map<String, String> i : mignet(document, profile)) {
      expected.addObject().put("rule", i.get("rule")).put("pointer", i.get("pointer"));
    }
    v.put("schemaValid", SCHEMA.validate(document.toString(), InputFormat.JSON).isEmpty());
    v.set("document", document);
    return v;
  }

  /** @return the rule and pointer of every issue mignet reports on a document under a profile, in report order */
  static List<Map<String, String>> mignet(JsonNode document, String profile) {
    MignetRecord record = CanonicalJson.standard().fromJson(document.toString());
    List<Map<String, String>> out = new ArrayList<>();
    for (Issue i : Validation.standard().validate(record, profile).issues()) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("rule", i.ruleId());
      m.put("pointer", i.pointer());
      out.add(m);
    }
    return out;
  }

  static ObjectNode base(String type) {
    String name = "/org/mignet/formats/conformance/base/" + type + ".json";
    try (InputStream in = ConformanceVectors.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no base document " + name);
      }
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets (creating absent parent objects) or, with a null value, removes the member at a pointer. */
  private static void apply(ObjectNode document, String pointer, String json) {
    String[] tokens = pointer.substring(1).split("/");
    JsonNode parent = document;
    for (int i = 0; i < tokens.length - 1; i++) {
      JsonNode next = parent.isArray() ? parent.get(Integer.parseInt(tokens[i])) : parent.get(tokens[i]);
      if (next == null) {
        next = ((ObjectNode) parent).putObject(tokens[i]);
      }
      parent = next;
    }
    String last = tokens[tokens.length - 1];
    try {
      JsonNode value = json == null ? null : JSON.readTree(json);
      if (parent instanceof ArrayNode a) {
        a.set(Integer.parseInt(last), value);
      } else if (value == null) {
        ((ObjectNode) parent).remove(last);
      } else {
        ((ObjectNode) parent).set(last, value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode node) {
    try {
      return JSON.writeValueAsString(node) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
