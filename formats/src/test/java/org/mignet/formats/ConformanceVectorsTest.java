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
package org.mignet.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mignet.core.RuleId;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.RuleKind;
import org.mignet.core.validation.Validation;

/**
 * Keeps {@code docs/conformance/vectors} true (as {@link FormatsPageTest} does for the formats
 * page), checks mignet against every shipped vector, and runs the schema half of them through
 * Python's {@code jsonschema}.
 */
class ConformanceVectorsTest {

  private static final Path FOLDER =
      FormatsPage.repositoryRoot().resolve(ConformanceVectors.FOLDER);
  private static final String RESOURCES = "/org/mignet/formats/conformance/vectors/";

  @Test
  void committedVectorsAreWhatTheTestsMake() throws IOException {
    Map<String, String> made = ConformanceVectors.render();
    if (Boolean.getBoolean("mignet.vectors.write")) {
      Files.createDirectories(FOLDER);
      try (Stream<Path> old = Files.list(FOLDER)) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
      for (Map.Entry<String, String> e : made.entrySet()) {
        Files.writeString(FOLDER.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
    }
    if (!Files.isDirectory(FOLDER)) {
      fail(
          ConformanceVectors.FOLDER
              + " is missing; generate it with: "
              + ConformanceVectors.REGENERATE);
    }
    try (Stream<Path> s = Files.list(FOLDER)) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
          .as(
              "files in %s (regenerate: %s)",
              ConformanceVectors.FOLDER, ConformanceVectors.REGENERATE)
          .isEqualTo(List.copyOf(made.keySet()));
    }
    for (Map.Entry<String, String> e : made.entrySet()) {
      assertThat(Files.readString(FOLDER.resolve(e.getKey()), StandardCharsets.UTF_8))
          .as("%s is stale; regenerate: %s", e.getKey(), ConformanceVectors.REGENERATE)
          .isEqualTo(e.getValue());
    }
  }

  @Test
  void everyStructuralAndExchangeRuleHasAnInvalidVector() {
    Set<String> covered =
        ConformanceVectors.CHANGES.stream()
            .map(ConformanceVectors.Change::rule)
            .collect(Collectors.toSet());
    List<String> structuralOrExchange =
        Validation.standard().catalogue().rules().stream()
            .filter(r -> r.id().isMignet())
            .filter(
                r ->
                    r.kind() == RuleKind.STRUCTURAL
                        || (r.kind() == RuleKind.SEMANTIC
                            && r.profiles().equals(Set.of("exchange"))
                            && r.id().value().startsWith("MG-META-")))
            .map(rd -> rd.id().value())
            .toList();
    assertThat(covered).containsAll(structuralOrExchange);
  }

  /** The vectors the formats jar ships, read from the class path as a user of the jar would. */
  private static List<JsonNode> shipped() throws IOException {
    JsonNode index = read("index.json");
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode name : index.get("vectors")) {
      out.add(read(name.asText()));
    }
    assertThat(out.size())
        .as("vectors in the jar (rebuild after regenerating)")
        .isEqualTo(ConformanceVectors.count());
    return out;
  }

  private static JsonNode read(String name) throws IOException {
    try (InputStream in = ConformanceVectorsTest.class.getResourceAsStream(RESOURCES + name)) {
      assertThat(in).as("%s in the formats jar's resources", name).isNotNull();
      return ConformanceVectors.JSON.readTree(in);
    }
  }

  @Test
  void mignetReportsExactlyWhatEveryShippedVectorExpects() throws IOException {
    for (JsonNode v : shipped()) {
      List<Map<String, String>> expected = new ArrayList<>();
      for (JsonNode i : v.get("expected")) {
        Map<String, String> m = new LinkedHashMap<>();
        i.properties().forEach(e -> m.put(e.getKey(), e.getValue().asText()));
        expected.add(m);
      }
      String name =
          v.path("rule")
              .asText(
                  "valid "
                      + v.path("document").path("recordType").asText(v.path("format").asText()));
      String profile = v.get("profile").asText();
      if (v.has("format")) {
        byte[] input =
            v.has("inputBase64")
                ? Base64.getDecoder().decode(v.get("inputBase64").asText())
                : v.get("input").asText().getBytes(StandardCharsets.UTF_8);
        assertThat(
                ConformanceVectors.mignet(
                    v.get("format").asText(), profile, v.path("options"), v.path("files"), input))
            .as("vector %s", name)
            .isEqualTo(expected);
        if (v.has("schemaValid")) {
          assertThat(
                  ConformanceVectors.SCHEMA
                      .validate(v.get("input").asText(), InputFormat.JSON)
                      .isEmpty())
              .as("schema on %s", name)
              .isEqualTo(v.get("schemaValid").asBoolean());
        }
        continue;
      }
      assertThat(ConformanceVectors.mignet(v.get("document"), profile))
          .as("vector %s", name)
          .isEqualTo(expected);
      assertThat(
              ConformanceVectors.SCHEMA
                  .validate(v.get("document").toString(), InputFormat.JSON)
                  .isEmpty())
          .as("schema on %s", name)
          .isEqualTo(v.get("schemaValid").asBoolean());
    }
  }

  /**
   * Rules without a vector, by id prefix, each with the reason. Everything else in the catalogue
   * (every rule of {@link Validation#standard()} and of the formats, through ServiceLoader) must
   * have one.
   */
  static final Map<String, String> NOT_A_DOCUMENT =
      Map.ofEntries(
          Map.entry(
              "MG-SDMX-004",
              "no reader says it today: an observation value that is not a number is read as a text "
                  + "value and said with MG-SDMX-032 (vectored); the id stays, as rule ids are permanent"),
          Map.entry(
              "MG-TAB-002",
              "about workbooks: the xlsx format needs the artifact mignet-formats-xlsx, which the formats "
                  + "jar the vectors ship in does not hold; the xlsx module's tests check it"),
          Map.entry(
              "MG-TAB-003", "about workbooks (a sheet the spec names is missing): as MG-TAB-002"),
          Map.entry(
              "MG-TAB-033",
              "about workbooks (a formula cell with no calculated value): as MG-TAB-002; "
                  + "WorkbookFormulaCellsTest checks it"),
          Map.entry(
              "MG-TAB-016",
              "said by the XLSX writer (a cell longer than a workbook holds), not by a reader: a "
                  + "conversion to xlsx, which a vector does not make; the xlsx module's tests check it"),
          Map.entry(
              "MG-HTCDS-017",
              "an XForm element over the reader's limit of 1,000,000 characters: a vector would be a "
                  + "megabyte of one letter; HtcdsBadInputTest.refusesXFormTextOverTheLimitNamingIt checks it"),
          Map.entry(
              "MG-HXL-003",
              "said only by the public HxlReader (an HXL-tagged TableReader for mapped tables), which no "
                  + "format's reader uses: the hxl format says of a hashtag outside the core schema that "
                  + "HXL does not say what it is (MG-HXL-005, vectored); HxlReader's own callers see it"),
          Map.entry(
              "MG-MMP-013",
              "a guard, not a rule a file can break: the MMP reader builds only incidents the model "
                  + "accepts (every count, date and position is checked by its own MG-MMP rule first), so no "
                  + "file is known to reach the model's refusal; IncidentMapper keeps it so that a future model "
                  + "check fails one record, not the file"),
          Map.entry(
              "MG-CTDC-011",
              "about writing CTDC, not reading it: the CTDC writer holds at most max-buffered-rows "
                  + "rows to apply k-anonymity; it needs a conversion to ctdc, which a vector (one input "
                  + "read and checked) does not make; CtdcWriteTest checks it"),
          Map.entry(
              "MG-CONV-",
              "about a conversion, not a document: the target format cannot carry a record type, its writer "
                  + "refuses a record, a sharing policy removes a required value, disclosure control withholds a record; "
                  + "they need a target format, a policy or a writer's state, which a vector (one input, one profile) does "
                  + "not hold; ConversionTest, CanaryTest, AggregationTest and the writers' tests check them"),
          Map.entry(
              "MG-STAT-008",
              "about an aggregated table, not a document: people of known gender and unknown sex counted by "
                  + "SEX; it needs an aggregation's dimensions, which a vector does not hold; AggregationTest and "
                  + "AggregateCommandTest (on the real CTDC excerpt) check it"));

  /**
   * Read rules of the source formats that have no vector yet, each with the reason in a comment:
   * none now (the last, MG-SDMX-017, 031, 047 and 061, were vectored in session 7). A new read rule
   * that cannot be vectored at once goes here, so that the gap is explicit.
   */
  static final List<String> FORMAT_READ_RULES_NOT_YET_VECTORED = List.of();

  @Test
  void everyRuleInTheCatalogueHasAVectorOrASaidReasonWhyNot() throws IOException {
    Set<String> vectored = new java.util.TreeSet<>();
    for (JsonNode v : shipped()) {
      for (JsonNode i : v.get("expected")) {
        vectored.add(i.get("rule").asText());
      }
    }
    List<String> missing =
        org.mignet.formats.Formats.catalogue(Validation.standard()).rules().stream()
            .map(rd -> rd.id().value())
            .filter(id -> !vectored.contains(id))
            .filter(id -> NOT_A_DOCUMENT.keySet().stream().noneMatch(id::startsWith))
            .filter(id -> FORMAT_READ_RULES_NOT_YET_VECTORED.stream().noneMatch(id::startsWith))
            .toList();
    assertThat(missing)
        .as("rules with no conformance vector (add a Change or a FileCase to ConformanceVectors)")
        .isEmpty();
  }

  @Test
  void everyStructuralRuleBrokenIsASchemaErrorAndEveryValidDocumentPassesTheSchema()
      throws IOException {
    for (JsonNode v : shipped()) {
      String rule = v.path("rule").asText("");
      boolean structural =
          !rule.isEmpty()
              && Validation.standard()
                  .catalogue()
                  .find(RuleId.of(rule))
                  .map(r -> r.kind() == RuleKind.STRUCTURAL)
                  .orElse(false);
      if (rule.isEmpty() && v.has("document")) {
        assertThat(v.get("schemaValid").asBoolean())
            .as("valid %s", v.get("document").get("recordType"))
            .isTrue();
      } else if (structural) {
        assertThat(v.get("schemaValid").asBoolean()).as("schema on %s", rule).isFalse();
      }
    }
  }

  private static final Path INVALID_SAMPLE =
      FormatsPage.repositoryRoot()
          .resolve(
              "examples/src/main/resources/org/mignet/examples/samples/invalid-incident-and-case.json");

  @Test
  void everyStructuralErrorInTheBundledInvalidSampleIsASchemaErrorAtItsPointer()
      throws IOException {
    JsonNode bundle = ConformanceVectors.JSON.readTree(INVALID_SAMPLE.toFile());
    assertThat(ConformanceVectors.SCHEMA.validate(bundle.toString(), InputFormat.JSON))
        .isNotEmpty();
    int structural = 0;
    for (JsonNode record : bundle.get("records")) {
      org.mignet.core.model.MignetRecord r =
          org.mignet.formats.json.CanonicalJson.standard().fromJson(record.toString());
      List<String> schemaErrors =
          ConformanceVectors.SCHEMAS
              .getSchema(
                  org.mignet.formats.json.JsonSchemas.schema(r.recordType()), InputFormat.JSON)
              .validate(record.toString(), InputFormat.JSON)
              .stream()
              .map(Object::toString)
              .toList();
      for (org.mignet.core.validation.Issue i : Validation.standard().validate(r).issues()) {
        if (i.rule().kind() == RuleKind.STRUCTURAL) {
          structural++;
          assertThat(schemaErrors)
              .as("schema errors of %s for %s", r.recordType(), i)
              .anyMatch(e -> e.startsWith(i.pointer() + ":") || e.startsWith(i.pointer() + " "));
        }
      }
    }
    assertThat(structural).as("structural errors in the sample").isPositive();
  }

  @Test
  void pythonJsonschemaAgreesWithTheSchemaHalfOfEveryVector() throws Exception {
    Path script = FormatsPage.repositoryRoot().resolve("docs/conformance/check_schema.py");
    Path schema =
        Path.of(
            ConformanceVectorsTest.class
                .getResource("/org/mignet/formats/json/mignet.schema.json")
                .toURI());
    Process probe;
    try {
      probe =
          new ProcessBuilder("python3", "-c", "import jsonschema")
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      probe = null;
    }
    Assumptions.assumeTrue(
        probe != null && probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0,
        "python3 with jsonschema is not installed (Debian: apt-get install python3-jsonschema); .ci/run installs "
            + "it");
    List<String> command =
        new ArrayList<>(
            List.of(
                "python3",
                script.toString(),
                "--schema",
                schema.toString(),
                "--reject",
                INVALID_SAMPLE.toString()));
    for (Path sample : validSamples()) {
      command.add("--accept");
      command.add(sample.toString());
    }
    command.add(FOLDER.toString());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out)
        .contains(ConformanceVectors.count() + " vectors")
        .contains("invalid-incident-and-case.json: rejected")
        .contains("trafficking-case-two-victims.json: accepted");
  }

  /**
   * The schema is exactly as strict as mignet about empty and blank text: in every base document,
   * each text member set to {@code ""}, to spaces only, to other white space Java counts as such
   * (an em space and a tab) and to a no-break space (which Java does not count, and JSON Schema's
   * {@code \s} does) is rejected by the schema when mignet rejects the record (an error, in reading
   * or under the structural rules), and accepted when mignet accepts it or rejects it only under a
   * semantic rule (the schema is never stricter than the rules on data they accept).
   */
  @Test
  void theSchemaRejectsAnEmptyOrBlankTextMemberExactlyWhenMignetDoes() {
    List<String> disagree = new ArrayList<>();
    int checked = 0;
    for (String type : ConformanceVectors.BASES) {
      com.fasterxml.jackson.databind.node.ObjectNode base = ConformanceVectors.base(type);
      for (String pointer : textPointers(base, "")) {
        for (String blank : BLANKS) {
          com.fasterxml.jackson.databind.node.ObjectNode document = base.deepCopy();
          JsonNode parent = document.at(pointer.substring(0, pointer.lastIndexOf('/')));
          String last =
              pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
          if (parent instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
            a.set(Integer.parseInt(last), blank);
          } else {
            ((com.fasterxml.jackson.databind.node.ObjectNode) parent).put(last, blank);
          }
          // mignet rejects the record structurally: an error in reading it or under a structural
          // rule
          // (a semantic
          // rule, such as a consent reference no longer matching, is not the schema's to check)
          List<String> errors = new ArrayList<>();
          org.mignet.formats.Conversion.from(org.mignet.formats.Formats.named("json"))
              .validating(Validation.standard(), Profile.STRUCTURAL)
              .check(
                  new java.io.ByteArrayInputStream(
                      document.toString().getBytes(StandardCharsets.UTF_8)),
                  type,
                  o ->
                      o.issues().stream()
                          .filter(i -> i.severity().isBlocking())
                          .filter(
                              i ->
                                  i.rule().kind() == RuleKind.READ
                                      || i.rule().kind() == RuleKind.STRUCTURAL)
                          .forEach(i -> errors.add(i.ruleId().value())));
          boolean[] passed = {errors.isEmpty()};
          boolean schemaValid =
              ConformanceVectors.SCHEMA.validate(document.toString(), InputFormat.JSON).isEmpty();
          checked++;
          if (passed[0] != schemaValid) {
            disagree.add(
                type
                    + " "
                    + pointer
                    + " = "
                    + ConformanceVectors.JSON.getNodeFactory().textNode(blank)
                    + ": mignet "
                    + (passed[0] ? "accepts" : "rejects " + errors)
                    + ", the schema "
                    + (schemaValid ? "accepts" : "rejects"));
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(100);
    assertThat(disagree).isEmpty();
  }

  /** Empty and blank texts, and a no-break space, which Java does not count as white space. */
  private static final List<String> BLANKS = List.of("", "   ", "\u2003\t", "\u00a0");

  /**
   * @return the pointer of every text value in a document, except recordType
   */
  private static List<String> textPointers(JsonNode node, String at) {
    List<String> out = new ArrayList<>();
    if (node.isTextual() && !at.equals("/recordType")) {
      out.add(at);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.addAll(textPointers(node.get(i), at + "/" + i));
      }
    } else if (node.isObject()) {
      node.properties()
          .forEach(
              e ->
                  out.addAll(
                      textPointers(
                          e.getValue(),
                          at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"))));
    }
    return out;
  }

  /**
   * @return the bundled samples meant to be valid (all but invalid-*.json)
   */
  private static List<Path> validSamples() throws IOException {
    try (Stream<Path> s = Files.list(INVALID_SAMPLE.getParent())) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(p -> !p.getFileName().toString().startsWith("invalid-"))
          .sorted()
          .toList();
    }
  }

  @Test
  void everyValidBundledSamplePassesTheSchema() throws IOException {
    List<Path> samples = validSamples();
    assertThat(samples).hasSizeGreaterThanOrEqualTo(7);
    for (Path sample : samples) {
      assertThat(ConformanceVectors.SCHEMA.validate(Files.readString(sample), InputFormat.JSON))
          .as("schema errors of %s", sample.getFileName())
          .isEmpty();
    }
  }
}
