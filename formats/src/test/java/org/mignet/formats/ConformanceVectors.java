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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
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
 * The conformance vectors of {@code docs/conformance/}, made from the tests' own base documents
 * (valid records of each type, in {@code src/test/resources/org/mignet/formats/conformance/base/})
 * and a table of one change per rule that breaks it. For each vector, what mignet reports (rule and
 * pointer of every issue under the vector's profile) and whether the published JSON Schema accepts
 * the document are computed here and written into the vector, so another implementation can be
 * checked against them; {@link ConformanceVectorsTest} keeps the committed folder equal to what
 * this class makes.
 */
final class ConformanceVectors {

  /** Where the vectors live in the repository, from its root. */
  static final String FOLDER = "docs/conformance/vectors";

  /** How to regenerate them. */
  static final String REGENERATE =
      "mvn -B -q -pl formats -am test -Dtest=ConformanceVectorsTest "
          + "-Dsurefire.failIfNoSpecifiedTests=false -Dmignet.vectors.write=true";

  static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  static final Schema SCHEMA = SCHEMAS.getSchema(JsonSchemas.schema(), InputFormat.JSON);

  /** The profile of the HTCDS v2.0 Core fields. */
  static final String HTCDS_CORE = org.mignet.formats.htcds.HtcdsRules.PROFILE;

  /** The base documents, by record type name. */
  static final List<String> BASES =
      List.of(
          "Dataset",
          "Incident",
          "IndicatorValue",
          "Organization",
          "Person",
          "Policy",
          "Programme",
          "Referral",
          "ReturnCase",
          "SmugglingCase",
          "TraffickingCase",
          "TravelDocument");

  /** Base documents also valid under a profile other than {@code exchange}: type, profile. */
  static final Map<String, String> VALID_UNDER = Map.of("TraffickingCase", HTCDS_CORE);

  /**
   * @return how many vectors there are
   */
  static int count() {
    return BASES.size() + VALID_UNDER.size() + CHANGES.size() + FILES.size() + VALID_FILES.size();
  }

  /**
   * One change that breaks one rule: in the base document of a type, the member at a JSON Pointer
   * is set to a value (JSON text) or, with {@code null}, removed.
   */
  record Change(String rule, String base, String profile, String pointer, List<Edit> edits) {
    Change(String rule, String base, String profile, String pointer, String json) {
      this(rule, base, profile, pointer, List.of(new Edit(pointer, json)));
    }

    Change(String rule, String base, String profile, String pointer, String json, Edit... more) {
      this(rule, base, profile, pointer, concat(new Edit(pointer, json), more));
    }

    /**
     * @return this change, expecting the issue at another pointer than the edit's
     */
    Change reportedAt(String expected) {
      return new Change(rule, base, profile, expected, edits);
    }

    private static List<Edit> concat(Edit first, Edit... more) {
      // the other edits first, so that the one breaking the rule may edit inside what they set
      List<Edit> all = new ArrayList<>(List.of(more));
      all.add(first);
      return all;
    }
  }

  /** The value of an edit that removes the member. */
  static final String REMOVE = null;

  /**
   * One edit of a base document: the member at a pointer set to a value (JSON text) or, with null,
   * removed.
   */
  record Edit(String pointer, String json) {}

  static Edit edit(String pointer, String json) {
    return new Edit(pointer, json);
  }

  static final List<Change> CHANGES =
      List.of(
          // structural rules: each is also a JSON Schema error
          new Change(
              "MG-CODE-001",
              "Incident",
              Profile.STRUCTURAL.name(),
              "/countriesOfOrigin/1",
              "\"ATL\""),
          new Change(
              "MG-CODE-002",
              "TravelDocument",
              Profile.STRUCTURAL.name(),
              "/issuingState",
              "\"ZZZ\""),
          new Change(
              "MG-CODE-003", "Person", Profile.STRUCTURAL.name(), "/languages/0", "\"arabic\""),
          new Change(
              "MG-CODE-004", "Programme", Profile.STRUCTURAL.name(), "/budget/currency", "\"usd\""),
          new Change(
              "MG-CODE-005",
              "TraffickingCase",
              Profile.STRUCTURAL.name(),
              "/victims/0/traffickingStatus",
              "\"Victim\""),
          new Change(
              "MG-DOC-001", "TravelDocument", Profile.STRUCTURAL.name(), "/documentCode", "\"p1\""),
          new Change(
              "MG-DOC-002", "TravelDocument", Profile.STRUCTURAL.name(), "/number", "\"x-123\""),
          new Change(
              "MG-GEO-001",
              "Incident",
              Profile.STRUCTURAL.name(),
              "/place/coordinates/latitude",
              "95.5"),
          new Change(
              "MG-GEO-002",
              "Incident",
              Profile.STRUCTURAL.name(),
              "/place/coordinates/longitude",
              "-190"),
          new Change("MG-INC-002", "Incident", Profile.STRUCTURAL.name(), "/survivors", "-1"),
          new Change("MG-INC-005", "Incident", Profile.STRUCTURAL.name(), "/sourceQuality", "6"),
          new Change(
              "MG-IND-001",
              "IndicatorValue",
              Profile.STRUCTURAL.name(),
              "/timePeriod",
              "\"2023-13x\""),
          new Change(
              "MG-META-003", "Policy", Profile.STRUCTURAL.name(), "/meta/schemaVersion", "\"one\""),
          new Change(
              "MG-PERSON-004", "Person", Profile.STRUCTURAL.name(), "/numberOfChildren", "41"),
          new Change(
              "MG-POL-002", "Policy", Profile.STRUCTURAL.name(), "/sdgTargets/0", "\"18.1\""),
          new Change(
              "MG-PROG-004", "Programme", Profile.STRUCTURAL.name(), "/markers/0/score", "\"A\""),
          new Change(
              "MG-RET-003",
              "ReturnCase",
              Profile.STRUCTURAL.name(),
              "/followUps/0/sustainabilityScore",
              "1.5"),
          new Change(
              "MG-SOM-003",
              "SmugglingCase",
              Profile.STRUCTURAL.name(),
              "/interception/peopleConcerned",
              "-3"),
          new Change(
              "MG-TIP-004",
              "TraffickingCase",
              Profile.STRUCTURAL.name(),
              "/victims/0/ageWhenTrafficked",
              "121"),
          // semantic rules: the schema accepts the document, mignet does not
          new Change(
              "MG-INC-001", "Incident", Profile.STRUCTURAL.name(), "/totalDeadAndMissing", "70"),
          new Change("MG-INC-003", "Incident", Profile.STRUCTURAL.name(), "/females", "60"),
          new Change("MG-INC-004", "Incident", Profile.STRUCTURAL.name(), "/children", "62"),
          new Change(
              "MG-INC-006", "Incident", Profile.STRUCTURAL.name(), "/date", "\"2999-01-01\""),
          new Change(
              "MG-PERSON-001", "Person", Profile.STRUCTURAL.name(), "/birthDate", "\"2999-01\""),
          new Change(
              "MG-META-001",
              "Person",
              Profile.STRUCTURAL.name(),
              "/meta/updated",
              "\"2001-01-01T00:00:00Z\""),
          new Change(
              "MG-RET-002", "ReturnCase", Profile.STRUCTURAL.name(), "/originCountry", "\"ROU\""),
          new Change(
              "MG-RET-001",
              "ReturnCase",
              Profile.STRUCTURAL.name(),
              "/departureDate",
              "\"2024-03-01\""),
          new Change(
              "MG-RET-004",
              "ReturnCase",
              Profile.STRUCTURAL.name(),
              "/assistance/0/value/amount",
              "-5"),
          new Change(
              "MG-RET-005",
              "ReturnCase",
              Profile.STRUCTURAL.name(),
              "/followUps/0/date",
              "\"2024-04-01\""),
          new Change(
              "MG-JOURNEY-002",
              "SmugglingCase",
              Profile.STRUCTURAL.name(),
              "/legs/0/arrival",
              "\"2024-08-01\""),
          new Change("MG-PROG-001", "Programme", Profile.STRUCTURAL.name(), "/end", "\"2023-01\""),
          new Change("MG-PROG-002", "Programme", Profile.STRUCTURAL.name(), "/budget/amount", "-1"),
          new Change("MG-PERSON-002", "Person", Profile.STRUCTURAL.name(), "/stateless", "true"),
          new Change(
              "MG-TIP-009",
              "TraffickingCase",
              Profile.STRUCTURAL.name(),
              "/victims/1/sexualExploitationTypes",
              "[\"Prostitution\"]"),
          new Change(
              "MG-DOC-003",
              "TravelDocument",
              Profile.STRUCTURAL.name(),
              "/expiryDate",
              "\"1989-01-01\"",
              edit("/birthDate", "\"1990-04-02\"")),
          new Change(
              "MG-DOC-004", "TravelDocument", Profile.STRUCTURAL.name(), "/documentCode", "\"V\""),
          new Change(
              "MG-DOC-005",
              "TravelDocument",
              Profile.STRUCTURAL.name(),
              "/expiryDate",
              "\"2001-01-01\""),
          new Change(
              "MG-GEO-003",
              "Incident",
              Profile.STRUCTURAL.name(),
              "/place/coordinates",
              "{\"latitude\": 34, " + "\"longitude\": 12, \"precision\": \"EXACT\"}"),
          new Change(
              "MG-GEO-004",
              "Incident",
              Profile.STRUCTURAL.name(),
              "/place/coordinates",
              "{\"latitude\": 0, " + "\"longitude\": 0, \"precision\": \"APPROXIMATE\"}"),
          new Change(
              "MG-INC-007",
              "Incident",
              Profile.STRUCTURAL.name(),
              "/reportedDate",
              "\"2024-06-01\""),
          new Change(
              "MG-IND-002",
              "IndicatorValue",
              Profile.STRUCTURAL.name(),
              "/status",
              REMOVE,
              edit("/value", REMOVE)),
          new Change(
              "MG-JOURNEY-001",
              "SmugglingCase",
              Profile.STRUCTURAL.name(),
              "/legs/1/from/country",
              "\"AFG\""),
          new Change(
              "MG-JOURNEY-003",
              "SmugglingCase",
              Profile.STRUCTURAL.name(),
              "/legs/1/departure",
              "\"2024-08-01\""),
          new Change(
              "MG-JOURNEY-004",
              "SmugglingCase",
              Profile.STRUCTURAL.name(),
              "/legs/2/crossing",
              "\"IRREGULAR\""),
          new Change(
              "MG-META-004",
              "TraffickingCase",
              Profile.STRUCTURAL.name(),
              "/comments/0/at",
              "\"2020-01-01T00:00:00Z\""),
          new Change(
              "MG-META-005",
              "TraffickingCase",
              Profile.STRUCTURAL.name(),
              "/meta/sensitivity",
              "\"CONFIDENTIAL\""),
          new Change(
              "MG-META-006",
              "Person",
              Profile.STRUCTURAL.name(),
              "/meta/sensitivity",
              "\"PUBLIC\""),
          new Change(
              "MG-PERSON-003",
              "Person",
              Profile.STRUCTURAL.name(),
              "/age",
              "{\"range\": {\"min\": 60, \"max\": 60}, " + "\"asOf\": \"2024-01-01\"}"),
          new Change(
              "MG-PERSON-005", "Person", Profile.STRUCTURAL.name(), "/gender", "\"Masculine\""),
          new Change(
              "MG-PERSON-006",
              "Person",
              Profile.STRUCTURAL.name(),
              "/documents/0/issueDate",
              "\"1980-01-01\"",
              edit("/documents", "[{\"type\": \"PASSPORT\", \"number\": \"X1234567\"}]")),
          new Change(
              "MG-PERSON-007",
              "Person",
              Profile.STRUCTURAL.name(),
              "/documents/0/expiryDate",
              "\"2019-01-01\"",
              edit(
                  "/documents",
                  "[{\"type\": \"PASSPORT\", \"number\": \"X1234567\", "
                      + "\"issueDate\": \"2020-01-01\"}]")),
          new Change("MG-REF-001", "Referral", Profile.STRUCTURAL.name(), "/consent", REMOVE),
          new Change(
              "MG-REF-002",
              "Referral",
              Profile.STRUCTURAL.name(),
              "/responseDate",
              "\"2025-02-01\""),
          new Change(
              "MG-REF-003",
              "Referral",
              Profile.STRUCTURAL.name(),
              "/consent/withdrawn",
              "\"2025-01-01\""),
          new Change(
              "MG-SOM-001",
              "SmugglingCase",
              Profile.STRUCTURAL.name(),
              "/fees/0/amount/amount",
              "-5"),
          new Change(
              "MG-SOM-002",
              "SmugglingCase",
              Profile.STRUCTURAL.name(),
              "/legs",
              "[{\"from\": {\"name\": \"Van\", "
                  + "\"country\": \"TUR\"}, \"to\": {\"name\": \"Edirne\", \"country\": \"TUR\"}, "
                  + "\"departure\": \"2024-08-25\", \"arrival\": \"2024-08-27\", \"mode\": \"BUS\", "
                  + "\"crossing\": \"NONE\"}]"),
          new Change(
                  "MG-STAT-001",
                  "Dataset",
                  Profile.STRUCTURAL.name(),
                  "/observations/0/dimensions/SEX",
                  REMOVE)
              .reportedAt("/observations/0/dimensions"),
          new Change(
                  "MG-STAT-002",
                  "Dataset",
                  Profile.STRUCTURAL.name(),
                  "/observations/1/dimensions/SEX",
                  "\"F\"")
              .reportedAt("/observations/1/dimensions"),
          new Change(
              "MG-STAT-003",
              "Dataset",
              Profile.STRUCTURAL.name(),
              "/observations/0/status",
              REMOVE,
              edit("/observations/0/value", REMOVE)),
          new Change(
              "MG-STAT-004",
              "Dataset",
              Profile.STRUCTURAL.name(),
              "/observations/11/value",
              "3300"),
          new Change(
              "MG-TIP-001", "TraffickingCase", Profile.STRUCTURAL.name(), "/palermo/means", "[]"),
          new Change(
              "MG-TIP-002", "TraffickingCase", Profile.STRUCTURAL.name(), "/palermo/acts", "[]"),
          new Change(
              "MG-TIP-003",
              "TraffickingCase",
              Profile.STRUCTURAL.name(),
              "/victims/1/ageWhenTrafficked",
              "30"),
          new Change(
              "MG-TIP-005",
              "TraffickingCase",
              Profile.STRUCTURAL.name(),
              "/victims/0/ageWhenTrafficked",
              "25"),
          new Change(
              "MG-TIP-006",
              "TraffickingCase",
              Profile.STRUCTURAL.name(),
              "/events/2/date",
              "\"1990-01\""),
          new Change(
              "MG-TIP-007",
              "TraffickingCase",
              Profile.STRUCTURAL.name(),
              "/events/5/date",
              "\"2999-01\""),
          new Change(
                  "MG-TIP-008",
                  "TraffickingCase",
                  Profile.STRUCTURAL.name(),
                  "/victims/0/traffickingStatus",
                  "\"NotAVictimOfTrafficking\"")
              .reportedAt("/victims/0/exploitationTypes"),
          new Change(
              "MG-TIP-010",
              "TraffickingCase",
              Profile.STRUCTURAL.name(),
              "/victims/0/forcedLabourIndustry",
              "\"Agriculture\""),
          new Change(
              "MG-TIP-011",
              "TraffickingCase",
              Profile.STRUCTURAL.name(),
              "/referrals/0/date",
              "\"2025-01-01\""),
          new Change(
              "MG-TIP-012",
              "TraffickingCase",
              Profile.STRUCTURAL.name(),
              "/supportPlans/1/actualEnd",
              "\"2025-01-01\""),
          // the htcds-core profile (HTCDS v2.0 Core fields): warnings only
          new Change("MG-HTCDS-101", "TraffickingCase", HTCDS_CORE, "/status", REMOVE),
          new Change(
              "MG-HTCDS-102", "TraffickingCase", HTCDS_CORE, "/victims/0/statusDecidedBy", REMOVE),
          new Change(
              "MG-HTCDS-103", "TraffickingCase", HTCDS_CORE, "/victims/1/person/gender", REMOVE),
          new Change("MG-HTCDS-104", "TraffickingCase", HTCDS_CORE, "/consents", "[]"),
          new Change(
              "MG-HTCDS-105", "TraffickingCase", HTCDS_CORE, "/victims/1/methodsOfControl", "[]"),
          // exchange rules
          new Change(
              "MG-META-010", "Policy", Profile.EXCHANGE.name(), "/meta/sourceOrganization", REMOVE),
          new Change("MG-META-011", "Policy", Profile.EXCHANGE.name(), "/meta/created", REMOVE),
          new Change("MG-META-012", "Person", Profile.EXCHANGE.name(), "/meta/legalBasis", REMOVE),
          new Change(
              "MG-META-013", "Person", Profile.EXCHANGE.name(), "/meta/schemaVersion", "\"2.0\""),
          new Change(
              "MG-META-014", "Person", Profile.EXCHANGE.name(), "/meta/extensions/unit", "\"x\""),
          new Change(
              "MG-CODE-010", "IndicatorValue", Profile.EXCHANGE.name(), "/refArea", "\"QQQ\""),
          new Change(
              "MG-CODE-011", "Dataset", Profile.EXCHANGE.name(), "/observations/0/status", "\"X\""),
          new Change(
              "MG-CODE-012",
              "Dataset",
              Profile.EXCHANGE.name(),
              "/observations/0/dimensions/CITIZENSHIP",
              "\"ZZZ\""));

  /**
   * A file in a format, read and checked through the pipeline as {@code mignet validate --from
   * FORMAT} does: for rules about reading (canonical JSON that is not well-formed, a member twice…)
   * and about several records (an identifier used twice). The input is text, or bytes where it must
   * not be text; {@code lenient} is the {@code lenient} reader option.
   */
  record FileCase(
      String rule,
      String format,
      String profile,
      Map<String, Object> options,
      Map<String, String> files,
      String text,
      byte[] bytes) {
    FileCase(String rule, String format, String text) {
      this(rule, format, Profile.STRUCTURAL.name(), Map.of(), Map.of(), text, null);
    }

    FileCase(
        String rule, String format, String profile, boolean lenient, String text, byte[] bytes) {
      this(
          rule,
          format,
          profile,
          lenient ? Map.of("lenient", true) : Map.of(),
          Map.of(),
          text,
          bytes);
    }

    byte[] input() {
      return bytes != null ? bytes.clone() : text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @return this case with a reader option set: a boolean, number or text, or for an option that
     *     takes a file, the name of one of {@link #files()}
     */
    FileCase option(String name, Object value) {
      Map<String, Object> more = new TreeMap<>(options);
      more.put(name, value);
      return new FileCase(rule, format, profile, more, files, text, bytes);
    }

    /**
     * @return this case with a file beside the input (a mapping spec, an SDMX structure, an HXL
     *     schema), named by an option
     */
    FileCase file(String name, String content) {
      Map<String, String> more = new TreeMap<>(files);
      more.put(name, content);
      return new FileCase(rule, format, profile, options, more, text, bytes);
    }

    /**
     * @return this case with a file beside the input and the option that names it
     */
    FileCase withFile(String option, String name, String content) {
      return file(name, content).option(option, name);
    }

    /**
     * @return this case, checked under another profile
     */
    FileCase under(String other) {
      return new FileCase(rule, format, other, options, files, text, bytes);
    }
  }

  /** A Policy record as canonical JSON text, with members added after the title. */
  private static String policy(String more) {
    return "{\"recordType\": \"Policy\", \"meta\": {\"identifier\": {\"system\": \"urn:mignet:conformance:policy\", "
        + "\"value\": \"POL-1\"}, \"sourceOrganization\": \"IOM\", \"created\": \"2024-06-18T12:00:00Z\", "
        + "\"schemaVersion\": \"1.0\", \"sensitivity\": \"PUBLIC\", \"legalBasis\": \"public-interest\"}, "
        + "\"title\": \"National migration strategy\", \"country\": \"TUN\""
        + more
        + "}";
  }

  /** ICAO Doc 9303 Part 4, Appendix A: the specimen passport's two lines. */
  private static final String MRZ_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";

  private static final String MRZ_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

  /** A header of the Missing Migrants Project's 2023 CSV export, some of its columns. */
  private static final String MMP_HEADER =
      "\"Incident ID\",\"Incident Date\",\"Number Dead\",\"Cause of Death\",\"Country of Origin\","
          + "Coordinates,\"Source Quality\"\n";

  /** A row under {@link #MMP_HEADER}, with | for the commas between cells. */
  private static final String MMP_ROW = "2023.MMP001|2023-01-02|1|Drowning|Egypt|\"32.9, 13.1\"|4";

  /** The header of the Missing Migrants Project's 2017 dataset. */
  private static final String MMP_2017 =
      "id,cause_of_death,region_origin,affected_nationality,missing,dead,incident_region,date,source,"
          + "reliability,lat,lon\n";

  /**
   * @return a row of cells separated by |, as a CSV line
   */
  private static String mmp(String row) {
    return row.replace("|", ",") + "\n";
  }

  /**
   * An HXL table of people affected by country, with a third column (text header, hashtag, cell).
   */
  private static String hxl(String header, String hashtag, String cell) {
    return "Country,Affected,"
        + header
        + "\n#country+code,#affected,"
        + hashtag
        + "\nAFG,10,"
        + cell
        + "\n";
  }

  /** An HXL table of people affected by organisation, province and sector, for HXL schemas. */
  private static final String HXL_TABLE =
      "Org,Province,Sector,Women,Men,Date\n#org,#adm1+code,#sector,#affected+f,#affected+m,"
          + "#date+reported\nUNHCR,HT01,WASH,100,90,2024-01-31\n";

  /** A case of an HXL table read with an HXL schema (hxl-schema, schema.csv). */
  private static FileCase hxlSchema(String rule, String table, String schema) {
    return new FileCase(rule, "hxl", table).withFile("hxl-schema", "schema.csv", schema);
  }

  /** JSON-stat text written with ' where JSON has ", to keep the cases readable. */
  private static String jstat(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  // mapping specs and tables of the tabular vectors
  private static final String TAB_STATS =
      "{\"mappingSpec\": \"1.0\", \"name\": \"l\", \"dataflow\": \"D\", "
          + "\"missingValues\": [\":\"], \"columns\": [{\"column\": \"geo\", "
          + "\"to\": \"/dimensions/REF_AREA\", \"codeList\": \"iso3166\"}, "
          + "{\"column\": \"v\", \"to\": \"/value\"}, {\"column\": \"f\", \"to\": \"/status\", "
          + "\"flags\": {\"p\": \"P\"}}]}";

  private static final String TAB_INCIDENTS =
      "{\"mappingSpec\": \"1.0\", \"name\": \"incidents\", "
          + "\"recordType\": \"Incident\", "
          + "\"constants\": {\"/meta/identifier/system\": \"urn:test\"}, "
          + "\"columns\": [{\"column\": \"Id\", \"to\": \"/meta/identifier/value\", "
          + "\"required\": true}, {\"column\": \"Date\", \"to\": \"/date\", "
          + "\"dateFormats\": [\"dd/MM/yyyy\"]}, {\"column\": \"Dead\", "
          + "\"to\": \"/dead\"}, {\"column\": \"Route\", \"to\": \"/route\", "
          + "\"values\": {\"cm\": \"Central Mediterranean\"}, \"strictValues\": true}, "
          + "{\"column\": \"Sensitivity\", \"to\": \"/meta/sensitivity\"}, "
          + "{\"column\": \"Position\", \"to\": [\"/place/coordinates/latitude\", "
          + "\"/place/coordinates/longitude\"], "
          + "\"set\": {\"/place/coordinates/precision\": \"APPROXIMATE\"}, "
          + "\"pattern\": \"\\\\s*(-?[0-9.]+)\\\\s*,\\\\s*(-?[0-9.]+)\\\\s*\"}]}";

  private static final String TAB_PERSONS =
      "{\"mappingSpec\": \"1.0\", \"name\": \"persons\", \"recordType\": \"Person\", "
          + "\"constants\": {\"/meta/identifier/system\": \"urn:test\"}, "
          + "\"columns\": [{\"column\": \"Id\", \"to\": \"/meta/identifier/value\", "
          + "\"required\": true}, {\"column\": \"Stateless\", \"to\": \"/stateless\"}]}";

  private static final String TAB_LAYOUT =
      "{\"mappingSpec\": \"1.0\", \"name\": \"s\", \"dataflow\": \"D\", "
          + "\"source\": {\"expect\": {\"A\": \"Country\", \"B\": \"Value\"}}, "
          + "\"columns\": [{\"column\": \"Country\", \"to\": \"/dimensions/REF_AREA\"}, "
          + "{\"column\": \"Value\", \"to\": \"/value\"}]}";

  private static final String TAB_META =
      "{\"mappingSpec\": \"1.0\", \"name\": \"t\", \"dataflow\": \"X:Y(1.0)\", "
          + "\"recordMeta\": {\"sourceOrganization\": {\"column\": \"Publisher\"}, "
          + "\"created\": {\"column\": \"Extracted\", \"dateFormat\": \"dd/MM/yyyy\"}, "
          + "\"updated\": {\"fromSource\": \"_(\\\\d{8})\\\\.csv$\", "
          + "\"dateFormat\": \"yyyyMMdd\"}}, \"columns\": [{\"column\": \"Year\", "
          + "\"to\": \"/dimensions/TIME_PERIOD\"}, {\"column\": \"Value\", "
          + "\"to\": \"/value\"}]}";

  private static final String TAB_WIDE =
      "{\"mappingSpec\":\"1.0\",\"name\":\"ims\",\"dataflow\":\"D\",\"source\":{\"headerRow\":3},\"columns\":[{\"column\":\"Code\",\"to\":\"/dimensions/REF_AREA\"}],\"wide\":[{\"block\":{\"row\":2,\"title\":\"Stock (both sexes)\"},\"dimension\":\"TIME_PERIOD\",\"headers\":\"^[0-9]{4}$\",\"set\":{\"SEX\":\"_T\"}},{\"block\":{\"row\":2,\"title\":\"Stock (male)\"},\"dimension\":\"TIME_PERIOD\",\"headers\":\"^[0-9]{4}$\",\"set\":{\"SEX\":\"M\"}}]}";

  private static final String TAB_HEADER_ROW =
      "{\"mappingSpec\": \"1.0\", \"name\": \"h\", \"dataflow\": \"D\", "
          + "\"source\": {\"headerRow\": 5}, \"columns\": [{\"column\": \"geo\", "
          + "\"to\": \"/dimensions/REF_AREA\"}, {\"column\": \"v\", \"to\": \"/value\"}]}";

  private static final String TAB_SKIP =
      "{\"mappingSpec\": \"1.0\", \"name\": \"l\", \"dataflow\": \"D\", "
          + "\"skipRows\": [{\"column\": \"geo\", \"matches\": \"Total\", "
          + "\"reason\": \"a total row\"}], \"columns\": [{\"column\": \"geo\", "
          + "\"to\": \"/dimensions/REF_AREA\", \"codeList\": \"iso3166\"}, "
          + "{\"column\": \"v\", \"to\": \"/value\"}]}";

  private static final String TAB_JSON =
      "{\"mappingSpec\": \"1.0\", \"name\": \"j\", \"recordType\": \"Incident\", "
          + "\"source\": {\"format\": \"json\", \"records\": \"/data\"}, "
          + "\"constants\": {\"/meta/identifier/system\": \"urn:test\"}, "
          + "\"columns\": [{\"pointer\": \"/Id\", \"to\": \"/meta/identifier/value\"}, "
          + "{\"pointer\": \"/Dead\", \"to\": \"/dead\"}]}";

  private static final String TAB_POLICY_HEADER =
      "/recordType,/meta/identifier/system,/meta/identifier/value,"
          + "/meta/sourceOrganization,/meta/created,/meta/schemaVersion,"
          + "/meta/sensitivity,/meta/legalBasis,/title,/country";

  private static final String TAB_POLICY_ROW =
      "Policy,urn:mignet:conformance:policy,POL-1,IOM,"
          + "2024-06-18T12:00:00Z,1.0,PUBLIC,public-interest,"
          + "National migration strategy,TUN";

  private static final String TAB_INCIDENTS_HEADER = "Id,Date,Dead,Route,Sensitivity,Position\n";

  private static final String TAB_INCIDENTS_ROW = "I-1,01/02/2024,3,cm,PUBLIC,\"32.9, 13.1\"\n";

  /**
   * @return {@code n} header cells {@code <prefix>1} to {@code <prefix>n}, one after the other
   */
  private static String numbered(String prefix, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      b.append(prefix).append(i);
    }
    return b.toString();
  }

  /** A case of a table read with a mapping spec (mapping, spec.json). */
  private static FileCase mapped(String rule, String spec, String table) {
    return new FileCase(rule, "csv", table).withFile("mapping", "spec.json", spec);
  }

  /** An SDMX-CSV 1.0 table of a dataflow no structure is given for. */
  private static final String SDMX_CSV_HEADER = "DATAFLOW,REF_AREA,SEX,TIME_PERIOD,OBS_VALUE\n";

  private static final String SDMX_CSV_ROW = "ESTAT:MIGR(1.0),GRC,F,2020,5\n";

  /** An SDMX-CSV 1.0 table of TEST:DF_T, the dataflow of {@link #sdmxStructure()}. */
  private static final String SDMX_DSD_HEADER =
      "DATAFLOW,REF_AREA,SEX,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS\n";

  private static final String SDMX_DSD_ROW = "TEST:DF_T(1.0),AFG,F,2020,1,PS,A\n";

  /** An SDMX-ML 2.1 generic observation. */
  private static final String SDMX_ML_OBS =
      "<generic:Obs><generic:ObsDimension value=\"2007\"/><generic:ObsValue value=\"1\"/>"
          + "</generic:Obs>";

  /**
   * @return the SDMX-ML 2.1 structure message of the formats tests (TEST:DF_T: REF_AREA, SEX and
   *     TIME_PERIOD; OBS_STATUS and a mandatory UNIT_MEASURE; a content constraint)
   */
  static String sdmxStructure() {
    return sdmxResource("test-structure.xml");
  }

  /**
   * @return an SDMX 3.0 structure message of the formats tests (ESTAT:NA_MAIN: DIM_1, DIM_2, DIM_3
   *     as time; two measures, OBS_VALUE1 and OBS_VALUE2)
   */
  static String sdmxStructure30() {
    return sdmxResource("na-main-3.0-structure.xml");
  }

  private static String sdmxResource(String name) {
    try (InputStream in =
        ConformanceVectors.class.getResourceAsStream("/org/mignet/formats/sdmx/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A case of an SDMX-CSV table read with the structure of {@link #sdmxStructure()}. */
  private static FileCase structured(String rule, String table) {
    return new FileCase(rule, "sdmx-csv", table).withFile("structure", "dsd.xml", sdmxStructure());
  }

  /**
   * @return an SDMX-ML 2.1 generic data message of one series (COUNTRY BE) holding the body
   */
  private static String sdmxMl(String series) {
    String message = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    return "<?xml version=\"1.0\"?><message:GenericData xmlns:message=\""
        + message
        + "\" xmlns:generic=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic\" "
        + "xmlns:common=\"http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common\">"
        + "<message:Header><message:ID>T</message:ID><message:Test>true</message:Test>"
        + "<message:Prepared>2024-01-01T00:00:00</message:Prepared><message:Sender id=\"T\"/>"
        + "<message:Structure structureID=\"STR1\" dimensionAtObservation=\"TIME_PERIOD\">"
        + "<common:Structure><Ref agencyID=\"ESTAT\" id=\"DEMOGRAPHY\" version=\"1.0\"/>"
        + "</common:Structure></message:Structure></message:Header>"
        + "<message:DataSet structureRef=\"STR1\"><generic:Series><generic:SeriesKey>"
        + "<generic:Value id=\"COUNTRY\" value=\"BE\"/></generic:SeriesKey>"
        + series
        + "</generic:Series></message:DataSet></message:GenericData>";
  }

  /**
   * @return an SDMX-JSON 1.0 data message whose data set has the observations (their members and
   *     the closing brace) and then more members
   */
  private static String sdmxJson(String observations, String more) {
    return "{\"data\": {\"structures\": [{\"name\": \"T\", \"links\": [{\"urn\": "
        + "\"urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=TEST:DF(1.0)\", \"rel\": \"dataflow\"}], "
        + "\"dimensions\": {\"observation\": [{\"id\": \"REF_AREA\", \"keyPosition\": 0, "
        + "\"values\": [{\"id\": \"GRC\"}, {\"id\": \"ITA\"}]}, {\"id\": \"TIME_PERIOD\", "
        + "\"keyPosition\": 1, \"values\": [{\"id\": \"2020\"}]}]}, \"attributes\": {\"observation\": "
        + "[{\"id\": \"OBS_STATUS\", \"values\": [{\"id\": \"A\"}]}]}}], \"dataSets\": [{\"structure\": 0, "
        + "\"observations\": {"
        + observations
        + more
        + "}]}}";
  }

  /** An SDMX-ML 2.0 CompactData message (BIS), one series of one observation. */
  private static final String SDMX_ML_20_COMPACT =
      "<?xml version=\"1.0\"?><CompactData "
          + "xmlns=\"http://www.SDMX.org/resources/SDMXML/schemas/v2_0/message\" xmlns:bisc=\"urn:bis\">"
          + "<Header><ID>x</ID><Test>true</Test><Prepared>2001-03-11T09:30:47</Prepared>"
          + "<Sender id=\"BIS\"/></Header><bisc:DataSet>"
          + "<bisc:Series FREQ=\"A\" VIS_CTY=\"MX\" TIME_FORMAT=\"P1Y\">"
          + "<bisc:Obs TIME=\"2000\" OBS_VALUE=\"3.14\" OBS_STATUS=\"A\"/></bisc:Series>"
          + "</bisc:DataSet></CompactData>";

  /**
   * @return an SDMX-ML 2.1 structure-specific data message of ESTAT:DEMOGRAPHY, flat
   *     (AllDimensions) with explicit measures ({@code xsi:type} on each observation)
   */
  private static String sdmxMl21Explicit(String observations) {
    String v21 = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/";
    return "<?xml version=\"1.0\"?><message:StructureSpecificData xmlns:message=\""
        + v21
        + "message\" xmlns:ss=\""
        + v21
        + "data/structurespecific\" xmlns:common=\""
        + v21
        + "common\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        + "xmlns:ns=\"urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=ESTAT:DEMOGRAPHY(1.0)\">"
        + "<message:Header><message:ID>T</message:ID><message:Test>true</message:Test>"
        + "<message:Prepared>2024-01-01T00:00:00</message:Prepared><message:Sender id=\"T\"/>"
        + "<message:Structure structureID=\"STR1\" dimensionAtObservation=\"AllDimensions\" "
        + "explicitMeasures=\"true\"><common:Structure><Ref agencyID=\"ESTAT\" id=\"DEMOGRAPHY\" "
        + "version=\"1.0\"/></common:Structure></message:Structure></message:Header>"
        + "<message:DataSet ss:structureRef=\"STR1\" xsi:type=\"ns:DataSetType\">"
        + observations
        + "</message:DataSet></message:StructureSpecificData>";
  }

  /**
   * @return an SDMX-ML 3.0 structure-specific data message of ESTAT:NA_MAIN(1.6.0) (the dataflow of
   *     {@link #sdmxStructure30()}), DIM_3 at the observation, holding the series
   */
  private static String sdmxMl30(String series) {
    String v30 = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/";
    String flow = "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=ESTAT:NA_MAIN(1.6.0)";
    return "<?xml version=\"1.0\"?><message:StructureSpecificData xmlns:message=\""
        + v30
        + "message\" xmlns:ss=\""
        + v30
        + "data/structurespecific\" xmlns:common=\""
        + v30
        + "common\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:ns1=\""
        + flow
        + "\"><message:Header><message:ID>T</message:ID><message:Test>true</message:Test>"
        + "<message:Prepared>2024-01-01T00:00:00Z</message:Prepared><message:Sender id=\"T\"/>"
        + "<message:Structure structureID=\"NA_MAIN\" dimensionAtObservation=\"DIM_3\">"
        + "<common:StructureUsage>"
        + flow
        + "</common:StructureUsage></message:Structure></message:Header>"
        + "<message:DataSet ss:structureRef=\"NA_MAIN\" xsi:type=\"ns1:DataSetType\">"
        + series
        + "</message:DataSet></message:StructureSpecificData>";
  }

  /**
   * @return the structure of {@link #sdmxStructure()} and a second data structure (TEST:DSD_U):
   *     with two, a dataset of another dataflow has none
   */
  private static String sdmxTwoStructures() {
    return sdmxStructure()
        .replace(
            "</str:DataStructures>",
            "<str:DataStructure id=\"DSD_U\" agencyID=\"TEST\" version=\"1.0\">"
                + "<str:DataStructureComponents><str:DimensionList id=\"DimensionDescriptor\">"
                + "<str:TimeDimension id=\"TIME_PERIOD\" position=\"1\"/></str:DimensionList>"
                + "<str:MeasureList id=\"MeasureDescriptor\"><str:PrimaryMeasure id=\"OBS_VALUE\"/>"
                + "</str:MeasureList></str:DataStructureComponents></str:DataStructure>"
                + "</str:DataStructures>");
  }

  static final List<FileCase> FILES =
      List.of(
          new FileCase("MG-READ-001", "json", policy(", \"sdgTargets\": [\"10.7\" \"10.8\"]")),
          new FileCase("MG-READ-002", "json", policy(", \"gcmObjectives\": \"one\"")),
          new FileCase("MG-READ-003", "json", policy("").replace("\"Policy\"", "\"Treaty\"")),
          new FileCase(
              "MG-READ-004", "json", policy("").replace("\"recordType\": \"Policy\", ", "")),
          new FileCase("MG-READ-005", "json", policy(", \"minister\": \"A. Example\"")),
          new FileCase(
              "MG-READ-006",
              "json",
              Profile.STRUCTURAL.name(),
              true,
              policy(", \"minister\": \"A. Example\""),
              null),
          new FileCase("MG-READ-007", "json", policy(", \"adopted\": \"2024-13-45\"")),
          new FileCase(
              "MG-READ-008",
              "json",
              edited("Person", "/age", "{\"range\": {\"min\": 30, \"max\": 20}}")),
          new FileCase(
              "MG-READ-009",
              "json",
              policy("").replace("\"title\": \"National migration strategy\", ", "")),
          new FileCase("MG-READ-010", "json", policy("").substring(0, 120)),
          new FileCase(
              "MG-READ-011", "json", policy(", \"gcmObjectives\": [" + "1".repeat(101) + "]")),
          new FileCase("MG-READ-012", "json", policy(", \"country\": \"MAR\"")),
          new FileCase("MG-READ-013", "json", "[1, 2, 3]"),
          new FileCase(
              "MG-READ-014", "ndjson", Profile.STRUCTURAL.name(), false, null, ndjsonWithLatin1()),
          // MRZ lines (ICAO Doc 9303), read as the mrz format: the specimen passport of Doc 9303
          // Part 4, changed
          new FileCase("MG-MRZ-001", "mrz", MRZ_1),
          new FileCase("MG-MRZ-002", "mrz", MRZ_1.substring(0, 43) + "\n" + MRZ_2),
          new FileCase("MG-MRZ-003", "mrz", MRZ_1.replace("ANNA", "AnNA") + "\n" + MRZ_2),
          new FileCase(
              "MG-MRZ-004", "mrz", MRZ_1 + "\n" + MRZ_2.replace("L898902C36", "L898902C37")),
          new FileCase("MG-MRZ-005", "mrz", MRZ_1 + "\n" + MRZ_2.substring(0, 43) + "1"),
          new FileCase("MG-MRZ-006", "mrz", MRZ_1 + "\n" + MRZ_2.replace("7408122", "7413122")),
          new FileCase("MG-MRZ-007", "mrz", MRZ_1.replace("ERIKSSON", "ERIKSS0N") + "\n" + MRZ_2),
          // a long document number: the PRADO specimens of Belgian identity cards (TD1), one whose
          // check digit ICAO's way holds, one whose holds only with the filler
          new FileCase(
              "MG-MRZ-008",
              "mrz",
              "IDBEL600001795<0152<<<<<<<<<<<\n1301014F2311207BEL130101987398\n"
                  + "SPECIMEN<<SPECIMEN<<<<<<<<<<<<"),
          new FileCase(
              "MG-MRZ-009",
              "mrz",
              "IDBEL000590240<6013<<<<<<<<<<<\n8512017F1311048BEL851201002007\n"
                  + "REINARTZ<<ULRIKE<KATIA<E<<<<<<"),
          // OCR confusions, read with the ocr-tolerant option: in the birth date (B for 8, I for 1,
          // Z
          // for 2; the check digit confirms them), in the issuing state (0 for O; no check digit)
          new FileCase("MG-MRZ-013", "mrz", MRZ_1 + "\n" + MRZ_2.replace("7408122", "740BIZZ"))
              .option("ocr-tolerant", true),
          new FileCase("MG-MRZ-014", "mrz", MRZ_1.replace("P<UTO", "P<UT0") + "\n" + MRZ_2)
              .option("ocr-tolerant", true),
          new FileCase(
              "MG-MRZ-010", "mrz", "P<UTOERIKSSONWESTERBERG<<ANNA<MARIA<ELISABET" + "\n" + MRZ_2),
          new FileCase("MG-MRZ-011", "mrz", MRZ_1.replace("P<UTO", "P<ZZZ") + "\n" + MRZ_2),
          new FileCase("MG-MRZ-012", "mrz", MRZ_1 + "\n" + MRZ_2),
          new FileCase("MG-MRZ-015", "mrz", "P<UTO" + "<".repeat(39) + "\n" + MRZ_2),
          new FileCase("MG-MRZ-016", "mrz", MRZ_1 + "\n" + "<<<<<<<<<0" + MRZ_2.substring(10)),
          new FileCase("MG-MRZ-017", "mrz", "Scan of page 2:\n" + MRZ_1 + "\n" + MRZ_2),
          // CTDC (Counter Trafficking Data Collaborative) global datasets: a header of CTDC
          // variables, one victim a row
          new FileCase(
              "MG-CTDC-001", "ctdc", "yearOfRegistration,gender,agencyRisk\n2019,Female,high\n"),
          new FileCase(
              "MG-CTDC-002",
              "ctdc",
              "yearOfRegistration,gender,meansOfControlThreatOfLawEnforce\n2019,Female,1\n"),
          new FileCase(
              "MG-CTDC-003",
              "ctdc",
              "yearOfRegistration,gender,meansOfControlConcatenated\n2019,Female,Debt bondage\n"),
          new FileCase(
              "MG-CTDC-004",
              "ctdc",
              "yearOfRegistration,gender,majorityStatus\n2019,Female,Teen\n"),
          new FileCase(
              "MG-CTDC-005", "ctdc", "yearOfRegistration,gender,isForcedLabour\n20x9,Female,1\n"),
          new FileCase("MG-CTDC-006", "ctdc", "name,phone\nA,1\n"),
          new FileCase(
                  "MG-CTDC-007",
                  "ctdc",
                  Profile.STRUCTURAL.name(),
                  false,
                  null,
                  notUtf8("yearOfRegistration,gender\n2019,Female\n2020,", "\n"))
              .option("encoding", "UTF-8"),
          new FileCase(
              "MG-CTDC-008", "ctdc", "gender,yearOfRegistration,gender\nFemale,2019,Male\n"),
          new FileCase(
              "MG-CTDC-009",
              "ctdc",
              "yearOfRegistration,gender,CountryOfExploitation\n2019,Female,419\n"),
          new FileCase(
              "MG-CTDC-010",
              "ctdc",
              "yearOfRegistration,gender,recruiterRelationFriend,recruiterRelationFamily\n"
                  + "2019,Female,1,1\n"),
          new FileCase(
              "MG-CTDC-012", "ctdc", "yearOfRegistration,gender\n2019,Female\n2020,Male,extra\n"),
          new FileCase(
              "MG-CTDC-013",
              "ctdc",
              "\"By using this data you agree to the Terms of Use: "
                  + "https://www.ctdatacollaborative.org/terms-use\",yearOfRegistration,gender\n"
                  + ",2016,Female\n"),
          // Missing Migrants Project: the 2023 CSV export (mmp(...)), the 2017 dataset, the API's
          // JSON
          new FileCase("MG-MMP-001", "mmp", "a,b\n1,2\n"),
          new FileCase(
              "MG-MMP-002",
              "mmp",
              MMP_HEADER.replace("\n", ",Extra\n") + mmp(MMP_ROW).replace("\n", ",x\n")),
          new FileCase("MG-MMP-003", "mmp", MMP_HEADER + mmp(MMP_ROW).replace("\n", ",x\n")),
          new FileCase("MG-MMP-004", "mmp", MMP_HEADER + mmp(MMP_ROW.replace("|1|", "|three|"))),
          new FileCase(
              "MG-MMP-005",
              "mmp",
              MMP_HEADER + mmp(MMP_ROW.replace("2023-01-02", "31st of August"))),
          new FileCase(
              "MG-MMP-006", "mmp", MMP_HEADER + mmp(MMP_ROW.replace("\"32.9, 13.1\"", "north"))),
          new FileCase("MG-MMP-007", "mmp", MMP_HEADER + mmp(MMP_ROW.replace("2023.MMP001", ""))),
          new FileCase(
              "MG-MMP-008",
              "mmp",
              MMP_HEADER + mmp(MMP_ROW.replace("Drowning", "Struck by meteorite"))),
          new FileCase("MG-MMP-009", "mmp", MMP_HEADER + mmp(MMP_ROW.replace("2023-01-02", ""))),
          new FileCase(
              "MG-MMP-010", "mmp", MMP_HEADER + mmp(MMP_ROW.replace("\"32.9, 13.1\"", "\"32.9"))),
          new FileCase("MG-MMP-011", "mmp", MMP_HEADER + mmp(MMP_ROW.replace("Egypt", "Atlantis"))),
          new FileCase("MG-MMP-012", "mmp", MMP_HEADER + mmp(MMP_ROW.replace("|4", "|high"))),
          new FileCase(
              "MG-MMP-014",
              "mmp",
              "\"Incident ID\",\"Incident Date\",\"Number Dead\",\"Number Dead\"\n"
                  + "2023.MMP001,2023-01-02,1,2\n"),
          new FileCase(
              "MG-MMP-015",
              "mmp",
              "[{\"web_id\": \"2014.MMP00259\", \"reported_date\": \"2014-12-31\", "
                  + "\"number_dead\": \"1\", \"number_dead\": \"2\"}]"),
          new FileCase(
              "MG-MMP-016",
              "mmp",
              Profile.STRUCTURAL.name(),
              false,
              null,
              notUtf8(
                  // a byte-order mark says UTF-8
                  "\uFEFF" + MMP_HEADER + mmp(MMP_ROW) + "2023.MMP002,2023-01-02,1,Drowning,Egypt",
                  ",\"32.9, 13.1\",4\n")),
          new FileCase(
              "MG-MMP-017",
              "mmp",
              "\"Web ID\",\"Reported Date\",\"Reported Year\",\"Reported Month\",\"Number Dead\"\n"
                  + "1,\"August 31, 2021\",2020,Aug,1\n"),
          new FileCase(
              "MG-MMP-018",
              "mmp",
              MMP_2017 + "1,Drowning,,,,1,Mediterranean,05/11/2015,IOM,Verified,36.5,27.1\n"),
          new FileCase(
              "MG-MMP-019",
              "mmp",
              MMP_2017 + "2,Drowning,,,,1,Mediterranean,31/02/2016,IOM,,36.5,27.1\n"),
          new FileCase(
              "MG-MMP-020",
              "mmp",
              MMP_2017 + "2,Drowning,,,,1,Mediterranean,05/11/2015,IOM,,36.5,\n"),
          // HXL (1.1) tables read as datasets: a hashtag row under the text header
          new FileCase("MG-HXL-001", "hxl", "a,b\n1,2\n"),
          new FileCase("MG-HXL-002", "hxl", hxl("X", "#nonsense&", "1")),
          new FileCase("MG-HXL-004", "hxl", hxl("Note", "", "x")),
          new FileCase("MG-HXL-005", "hxl", hxl("X", "#x_custom", "1")),
          new FileCase("MG-HXL-006", "hxl", hxl("X", "#description", "text")),
          new FileCase("MG-HXL-007", "hxl", hxl("Again", "#country+code", "AFG")),
          new FileCase(
              "MG-HXL-008", "hxl", "Country,Affected\n#country+code,#affected+f+m\nAFG,10\n"),
          new FileCase(
              "MG-HXL-009", "hxl", "Country,Affected\n#country+code,#affected\nAFG,lots\n"),
          new FileCase("MG-HXL-010", "hxl", hxl("Date", "#date", "yesterday")),
          new FileCase("MG-HXL-011", "hxl", "Country,Org\n#country+code,#org\nAFG,UNHCR\n"),
          new FileCase(
              "MG-HXL-013", "hxl", "[[\"#country+code\", \"#affected\"], [\"AFG\", 10], 3]"),
          new FileCase(
              "MG-HXL-014",
              "hxl",
              "[{\"#country+code\": \"AFG\", \"#affected\": \"10\"}, "
                  + "{\"#country+code\": \"PAK\", \"#affected\": \"12\", \"#org\": \"x\"}]"),
          // with an HXL schema (hxlvalidate's #valid_ rules) beside the table
          hxlSchema("MG-HXL-015", HXL_TABLE, "#valid_tag,#valid_value+spelling\n#org,true\n"),
          hxlSchema(
              "MG-HXL-016",
              HXL_TABLE + ",HT01,WASH,1,2,2024-01-31\n",
              "#valid_tag,#valid_required\n#org,true\n"),
          hxlSchema("MG-HXL-017", HXL_TABLE, "#valid_tag,#valid_required\n#inneed,true\n"),
          hxlSchema(
              "MG-HXL-018",
              HXL_TABLE.replace("2024-01-31", "2024-02-30"),
              "#valid_tag,#valid_datatype\n#date,date\n"),
          hxlSchema(
              "MG-HXL-019",
              HXL_TABLE,
              "#valid_tag,#valid_value+min,#valid_value+max\n#affected,0,95\n"),
          hxlSchema(
              "MG-HXL-020", HXL_TABLE, "#valid_tag,#valid_value+list\n#sector,health|education\n"),
          hxlSchema(
              "MG-HXL-021",
              HXL_TABLE.replace("HT01", "ht9"),
              "#valid_tag,#valid_value+regex\n#adm1+code,HT[0-9]{2}\n"),
          hxlSchema(
              "MG-HXL-022",
              HXL_TABLE + "UNHCR,HT02,Health,5,6,2024-01-31\n",
              "#valid_tag,#valid_unique\n#org,true\n"),
          hxlSchema(
              "MG-HXL-023",
              HXL_TABLE.replace("WASH", "WASH "),
              "#valid_tag,#valid_value+whitespace\n#sector,true\n"),
          hxlSchema("MG-HXL-024", HXL_TABLE, "#valid_tag,#valid_required+min\n#affected,3\n"),
          // JSON-stat (1.x bundles, 2.0 datasets, collections), written with ' for "
          new FileCase("MG-JSTAT-001", "json-stat", jstat("[1, 2]")),
          new FileCase(
              "MG-JSTAT-002",
              "json-stat",
              jstat("{'version': '2.0', 'class': 'dimension', " + "'category': {'index': ['T']}}")),
          new FileCase(
              "MG-JSTAT-003",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'collection', "
                      + "'link': {'item': [{'class': 'dataset', "
                      + "'href': 'https://example.org/a.json', 'label': 'a'}]}}")),
          new FileCase(
              "MG-JSTAT-004",
              "json-stat",
              jstat("{'version': '2.0', 'class': 'collection', 'label': 'empty'}")),
          new FileCase(
              "MG-JSTAT-005",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['sex'], 'size': [2], "
                      + "'dimension': {'sex': {'category': {'index': ['F', 'M']}}}}")),
          new FileCase(
              "MG-JSTAT-006",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['sex'], 'size': 2, "
                      + "'dimension': {'sex': {'category': {'index': ['F', 'M']}}}, "
                      + "'value': [1, 2]}")),
          new FileCase(
              "MG-JSTAT-007",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['sex'], 'size': [2], "
                      + "'dimension': {'id': ['sex'], 'size': [3], "
                      + "'sex': {'category': {'index': ['F', 'M']}}}, 'value': [1, 2]}")),
          new FileCase(
              "MG-JSTAT-008",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['sex', 'SEX'], "
                      + "'size': [1, 1], 'dimension': {'sex': {'category': {'index': ['F']}}, "
                      + "'SEX': {'category': {'index': ['M']}}}, 'value': [1]}")),
          new FileCase(
              "MG-JSTAT-009",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['sex'], 'size': [2], "
                      + "'dimension': {'sex': {'category': {'index': {'F': 0, 'M': 0}}}}, "
                      + "'value': [1, 2]}")),
          new FileCase(
              "MG-JSTAT-010",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['sex'], 'size': [2], "
                      + "'dimension': {'sex': {'category': {'label': {'F': 'f', 'M': 'm'}}}}, "
                      + "'value': [1, 2]}")),
          new FileCase(
              "MG-JSTAT-011",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['origin'], 'size': [1], "
                      + "'role': {'geo': ['origin', 'nowhere']}, "
                      + "'dimension': {'origin': {'category': {'index': ['SY']}}}, "
                      + "'value': [10]}")),
          new FileCase(
              "MG-JSTAT-012",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['origin', "
                      + "'destination'], 'size': [1, 1], 'role': {'geo': ['origin', "
                      + "'destination']}, "
                      + "'dimension': {'origin': {'category': {'index': ['SY']}}, "
                      + "'destination': {'category': {'index': ['DE']}}}, 'value': [10]}")),
          new FileCase(
              "MG-JSTAT-013",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['TIME_PERIOD', 'year'], "
                      + "'size': [1, 1], 'role': {'time': ['year']}, "
                      + "'dimension': {'TIME_PERIOD': {'category': {'index': ['2020']}}, "
                      + "'year': {'category': {'index': ['2019']}}}, 'value': [1]}")),
          new FileCase(
              "MG-JSTAT-014",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['REF_AREA'], "
                      + "'size': [1], 'role': {'time': ['REF_AREA']}, "
                      + "'dimension': {'REF_AREA': {'category': {'index': ['FR']}}}, "
                      + "'value': [1]}")),
          new FileCase(
              "MG-JSTAT-015",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['geo', 'time'], "
                      + "'size': [1, 1], 'dimension': {'geo': {'category': {'index': ['FR']}}, "
                      + "'time': {'category': {'index': ['2020']}}}, 'value': [1]}")),
          new FileCase(
              "MG-JSTAT-016",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['year'], 'size': [2], "
                      + "'dimension': {'year': {'category': {'index': {'2019': 0, "
                      + "'2020': 1}}}}, 'value': [1, 2]}")),
          new FileCase(
              "MG-JSTAT-017",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['year'], 'size': [2], "
                      + "'role': {'time': ['year']}, "
                      + "'dimension': {'year': {'category': {'index': {'2019': 0, "
                      + "'2020': 1}}}}, 'value': [1, 'n/a']}")),
          new FileCase(
              "MG-JSTAT-018",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['year'], 'size': [2], "
                      + "'role': {'time': ['year']}, "
                      + "'dimension': {'year': {'category': {'index': {'2019': 0, "
                      + "'2020': 1}}}}, 'value': ['12.5', 2]}")),
          new FileCase(
              "MG-JSTAT-019",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['year'], 'size': [2], "
                      + "'role': {'time': ['year']}, "
                      + "'dimension': {'year': {'category': {'index': {'2019': 0, "
                      + "'2020': 1}}}}, 'value': [true, 3]}")),
          new FileCase(
              "MG-JSTAT-020",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['year'], 'size': [2], "
                      + "'role': {'time': ['year']}, "
                      + "'dimension': {'year': {'category': {'index': {'2019': 0, "
                      + "'2020': 1}}}}, 'value': [2, 3], 'status': [null, {'x': 1}]}")),
          new FileCase(
              "MG-JSTAT-021",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['year'], 'size': [2], "
                      + "'role': {'time': ['year']}, "
                      + "'dimension': {'year': {'category': {'index': {'2019': 0, "
                      + "'2020': 1}}}}, 'value': {'0': 1, 'x': 2}}")),
          new FileCase(
              "MG-JSTAT-022",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['year'], 'size': [2], "
                      + "'role': {'time': ['year']}, "
                      + "'dimension': {'year': {'category': {'index': {'2019': 0, "
                      + "'2020': 1}}}}, 'value': [4]}")),
          new FileCase(
              "MG-JSTAT-023",
              "json-stat",
              jstat(
                  "{'ds': {'value': [null, 2], 'status': {'value': [':', null], "
                      + "'category': {'label': {':': 'not available'}}}, "
                      + "'dimension': {'id': ['year'], 'size': [2], "
                      + "'role': {'time': ['year']}, "
                      + "'year': {'category': {'index': {'2019': 0, '2020': 1}}}}}}")),
          new FileCase(
              "MG-JSTAT-024",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'wsVersion': 'V1_1', "
                      + "'id': ['year'], 'size': [2], 'role': {'time': ['year']}, "
                      + "'dimension': {'year': {'category': {'index': {'2019': 0, "
                      + "'2020': 1}}}}, 'value': [1, 2]}")),
          new FileCase(
              "MG-JSTAT-025",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', "
                      + "'updated': '2012-12-27T12:25:09', 'id': ['year'], 'size': [2], "
                      + "'role': {'time': ['year']}, "
                      + "'dimension': {'year': {'category': {'index': {'2019': 0, "
                      + "'2020': 1}}}}, 'value': [1, 2]}")),
          new FileCase(
              "MG-JSTAT-026",
              "json-stat",
              jstat("{'error': [{'status': '404', 'label': 'no such table'}]}")),
          new FileCase(
              "MG-JSTAT-027",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['year', 'concept', "
                      + "'c2'], 'size': [1, 1, 1], 'role': {'time': ['year'], "
                      + "'metric': ['concept', 'c2']}, "
                      + "'dimension': {'year': {'category': {'index': ['2019']}}, "
                      + "'concept': {'category': {'index': ['POP'], "
                      + "'unit': {'POP': {'base': 'people'}}}}, "
                      + "'c2': {'category': {'index': ['PC'], "
                      + "'unit': {'PC': {'symbol': '%'}}}}}, 'value': [1]}")),
          new FileCase(
              "MG-JSTAT-028",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['year', 'concept'], "
                      + "'size': [1, 1], 'role': {'time': ['year']}, "
                      + "'dimension': {'year': {'category': {'index': ['2019']}}, "
                      + "'concept': {'category': {'index': ['POP'], "
                      + "'unit': {'POP': {'base': 'people', 'decimals': 0}}}}}, 'value': [1]}")),
          // HTCDS (IOM Human Trafficking Case Data Standard) tables, one case a row, and XForm
          // instances
          new FileCase("MG-HTCDS-001", "htcds", ",prs_Gender,agency_Risk\nc1,Masculine,high\n"),
          new FileCase(
              "MG-HTCDS-002", "htcds", ",prs_Gender,prs_Nationality\nc1,Masculine,Angola\n"),
          new FileCase("MG-HTCDS-003", "htcds", ",prs_Gender,con_UseOfData\nc1,Masculine,yes\n"),
          new FileCase("MG-HTCDS-004", "htcds", ",prs_Gender,\nc1,Masculine,x\n"),
          new FileCase(
              "MG-HTCDS-005",
              "htcds",
              ",prs_Nationality,vic_TraffickingStatus\nc1,Angola,ActualVictimOfTrafficking\n"),
          new FileCase(
              "MG-HTCDS-006",
              "htcds",
              ",prs_Gender,vic_MethodsOfControl\nc1,Masculine,Debt bondage;Dept bondage\n"),
          new FileCase("MG-HTCDS-007", "htcds", ",prs_Gender\nc1,Male\n"),
          new FileCase(
              "MG-HTCDS-008", "htcds", ",prs_Gender,prs_Birthdate\nc1,Masculine,31/02/1990\n"),
          new FileCase(
              "MG-HTCDS-009",
              "htcds",
              ",prs_Gender,vic_AgeWhenTrafficked\nc1,Masculine,about twenty\n"),
          new FileCase("MG-HTCDS-010", "htcds", ",prs_Gender,prs_Deceased\nc1,Masculine,perhaps\n"),
          new FileCase(
              "MG-HTCDS-011",
              "htcds",
              ",prs_Gender,cco_CaseComment\nc1,Masculine,first\nc1,Feminine,second\n"),
          new FileCase("MG-HTCDS-012", "htcds", "a,b\n1,2\n"),
          new FileCase(
              "MG-HTCDS-013", "htcds", ",prs_Gender,cco_CaseComment\nc1,Masculine,\"first\n"),
          new FileCase(
              "MG-HTCDS-014",
              "htcds",
              ",prs_Gender,vic_ForcedLabourIndustry\nc1,Masculine,Construction;Agriculture\n"),
          new FileCase(
              "MG-HTCDS-015",
              "htcds",
              ",prs_Gender,vic_MethodsOfControl,prs_Gender\nc1,Masculine,Debt bondage,Feminine\n"),
          new FileCase(
              "MG-HTCDS-016",
              "htcds-xform",
              "<instances>\n<data id=\"htcds_xlsform\">\n<prs_Gender>Masculine</prs_Gender>\n<prs_Gender>Feminine</prs_Gender>\n</data>\n</instances>"),
          new FileCase("MG-HTCDS-019", "htcds", ",prs_Gender\nc1,Masculine,x\n"),
          new FileCase(
              "MG-HTCDS-018",
              "htcds-xform",
              "<data id=\"htcds_xlsform\">"
                  + "<g>".repeat(17)
                  + "<prs_Gender>Masculine</prs_Gender>"
                  + "</g>".repeat(17)
                  + "</data>"),
          // tables: canonical (a JSON Pointer a column, no spec) and mapped (a mapping spec in
          // files)
          new FileCase(
              "MG-TAB-001",
              "csv",
              TAB_POLICY_HEADER + "\n" + TAB_POLICY_ROW.replace("National", "\"National") + "\n"),
          mapped("MG-TAB-004", TAB_HEADER_ROW, "geo,v\nFrance,1\n"),
          mapped("MG-TAB-005", TAB_STATS, "geo,v\nFrance,1\n"),
          mapped("MG-TAB-006", TAB_STATS, "geo,v,f\nFrance,x1,\n"),
          mapped(
              "MG-TAB-007",
              TAB_INCIDENTS,
              TAB_INCIDENTS_HEADER
                  + TAB_INCIDENTS_ROW.replace("01/02/2024", "the second of March")),
          mapped("MG-TAB-008", TAB_STATS, "geo,v,f\nAtlantis,3,\n"),
          mapped(
              "MG-TAB-009",
              TAB_INCIDENTS,
              TAB_INCIDENTS_HEADER + TAB_INCIDENTS_ROW.replace(",cm,", ",xx,")),
          mapped(
              "MG-TAB-010",
              TAB_INCIDENTS,
              TAB_INCIDENTS_HEADER + TAB_INCIDENTS_ROW.replace("I-1", "")),
          mapped(
              "MG-TAB-011",
              "{\"mappingSpec\": \"1.0\", \"name\": \"x\", \"dataflow\": \"D\", \"colour\": \"blue\", \"columns\": []}",
              "geo,v\nFrance,1\n"),
          mapped("MG-TAB-012", TAB_STATS, "geo,v,f\nFrance,1,q\n"),
          mapped(
              "MG-TAB-013",
              TAB_INCIDENTS,
              TAB_INCIDENTS_HEADER + TAB_INCIDENTS_ROW.replace("PUBLIC", "SECRET")),
          mapped("MG-TAB-014", TAB_SKIP, "geo,v\nFrance,1\nTotal,1\n"),
          mapped(
              "MG-TAB-015",
              TAB_INCIDENTS,
              TAB_INCIDENTS_HEADER.replace("\n", ",Remark\n")
                  + TAB_INCIDENTS_ROW.replace("\n", ",x\n")),
          new FileCase(
              "MG-TAB-017",
              "csv",
              TAB_POLICY_HEADER + ",/gcmObjectives/0\n" + TAB_POLICY_ROW + ",one\n"),
          mapped("MG-TAB-018", TAB_STATS, "geo,v,f\nAtlantis,3,\nAtlantis,4,\n"),
          mapped(
              "MG-TAB-019",
              TAB_INCIDENTS,
              TAB_INCIDENTS_HEADER + TAB_INCIDENTS_ROW.replace("32.9, 13.1", "32.9; 13.1")),
          mapped("MG-TAB-020", TAB_PERSONS, "Id,Stateless\nP-1,perhaps\n"),
          new FileCase(
              "MG-TAB-021", "csv", TAB_POLICY_HEADER + ",/title\n" + TAB_POLICY_ROW + ",Other\n"),
          new FileCase(
                  "MG-TAB-022",
                  "csv",
                  Profile.STRUCTURAL.name(),
                  false,
                  null,
                  notUtf8(
                      TAB_POLICY_HEADER + "\n" + TAB_POLICY_ROW.replace("National", "Nationale"),
                      "\n"))
              .option("encoding", "UTF-8"),
          mapped(
              "MG-TAB-023", TAB_JSON, "{\"data\": [{\"Id\": \"I-1\", \"Dead\": 1, \"Dead\": 2}]}"),
          // a row of 16,385 cells, one more than the default maxColumns (XLSX's own maximum)
          new FileCase(
              "MG-TAB-024",
              "csv",
              TAB_POLICY_HEADER + "\n" + TAB_POLICY_ROW + ",".repeat(16_384) + "\n"),
          new FileCase(
              "MG-TAB-025",
              "csv",
              TAB_POLICY_HEADER + ",/sdgTargets/100000\n" + TAB_POLICY_ROW + ",10.7\n"),
          mapped(
              "MG-TAB-026",
              TAB_INCIDENTS,
              TAB_INCIDENTS_HEADER.replace("\n", numbered(",Note", 30) + "\n")
                  + TAB_INCIDENTS_ROW.replace("\n", ",x".repeat(30) + "\n")),
          mapped("MG-TAB-027", TAB_STATS, "geo,v,f\nFrance,1,p\n,,\nGermany,2,\n"),
          mapped("MG-TAB-028", TAB_LAYOUT, "Country,Wert,Value\nKE,1,2\n"),
          mapped("MG-TAB-029", TAB_STATS, "geo,v,f\n#country,#affected,#status\nFrance,1,p\n"),
          mapped(
              "MG-TAB-030", TAB_META, "Year,Value,Publisher,Extracted\n2022,7,UNHCR,2021-03-16\n"),
          // the spec takes the update date from the file name, and a vector's file is named
          // "vector"
          mapped(
              "MG-TAB-031", TAB_META, "Year,Value,Publisher,Extracted\n2020,5,UNHCR,16/03/2021\n"),
          // a value past the header's columns: that row is refused, the one before it read
          mapped("MG-TAB-034", TAB_STATS, "geo,v,f\nFrance,1,p\nGermany,2,,7\n"),
          mapped(
              "MG-TAB-032",
              TAB_WIDE,
              "International Migrant Stock\n,Stock (both sexes),,Stock (males),\nCode,1990,2000,1990,2000\n900,10,20,9,18\n"),
          // SDMX-CSV without a structure, and with one (structured: the test fixture TEST:DF_T, in
          // files)
          new FileCase(
              "MG-SDMX-001", "sdmx-csv", SDMX_CSV_HEADER + SDMX_CSV_ROW.replace(",5", ",\"5")),
          new FileCase(
              "MG-SDMX-003", "sdmx-csv", SDMX_CSV_HEADER + SDMX_CSV_ROW.replace(",5", ",5,7")),
          structured("MG-SDMX-010", SDMX_DSD_HEADER + SDMX_DSD_ROW.replace(",F,", ",Q,")),
          structured("MG-SDMX-011", SDMX_DSD_HEADER + SDMX_DSD_ROW.replace(",PS,", ",,")),
          structured("MG-SDMX-012", SDMX_DSD_HEADER + SDMX_DSD_ROW + SDMX_DSD_ROW),
          structured(
              "MG-SDMX-013",
              "DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE\nTEST:DF_T(1.0),AFG,2020,1,PS\n"),
          structured("MG-SDMX-014", SDMX_DSD_HEADER + SDMX_DSD_ROW.replace("AFG", "ITA")),
          structured("MG-SDMX-015", SDMX_DSD_HEADER + SDMX_DSD_ROW.replace(",A\n", ",Z\n")),
          new FileCase("MG-SDMX-018", "sdmx-csv", SDMX_DSD_HEADER + SDMX_DSD_ROW)
              .withFile(
                  "structure",
                  "dsd.xml",
                  sdmxStructure()
                      .replace("<str:Codelist id=\"CL_UNIT\"", "<str:Codelist id=\"CL_UNIT_X\"")),
          new FileCase(
              "MG-SDMX-020",
              "sdmx-csv",
              SDMX_CSV_HEADER.replace("\n", ",SEX\n") + SDMX_CSV_ROW.replace("\n", ",M\n")),
          new FileCase(
              "MG-SDMX-022",
              "sdmx-csv",
              Profile.STRUCTURAL.name(),
              false,
              null,
              notUtf8(SDMX_CSV_HEADER + SDMX_CSV_ROW + "ESTAT:MIGR(1.0),GRC,M,2020,", "5\n")),
          new FileCase(
              "MG-SDMX-048",
              "sdmx-csv",
              SDMX_CSV_HEADER.replace("\n", ",UNIT_MEASURE\n")
                  + SDMX_CSV_ROW.replace("\n", ",PS\n")),
          new FileCase(
              "MG-SDMX-049",
              "sdmx-csv",
              SDMX_CSV_HEADER.replace("\n", ",Notes here\n") + SDMX_CSV_ROW.replace("\n", ",x\n")),
          structured(
              "MG-SDMX-050",
              SDMX_DSD_HEADER.replace("\n", ",NOTE\n") + SDMX_DSD_ROW.replace("\n", ",x\n")),
          new FileCase(
              "MG-SDMX-051",
              "sdmx-csv",
              "DATAFLOW,LAST UPDATE,freq,sex,geo,TIME_PERIOD,OBS_VALUE\nESTAT:MIGR_EIPRE(1.0),,Annual,Males,Austria,2021,5\n"),
          new FileCase(
              "MG-SDMX-052",
              "sdmx-csv",
              "DATAFLOW,REF_AREA,SEX,TIME_PERIOD,VALUE\nESTAT:MIGR(1.0),GRC,F,2020,5\n"),
          new FileCase(
              "MG-SDMX-053",
              "sdmx-csv",
              "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE\ndataflow,ESTAT:MIGR(1.0),D,GRC,2020,5\n"),
          structured("MG-SDMX-054", SDMX_DSD_HEADER + SDMX_DSD_ROW.replace("AFG", "Germany")),
          structured(
              "MG-SDMX-055",
              SDMX_DSD_HEADER
                  + SDMX_DSD_ROW.replace("AFG", "Germany")
                  + SDMX_DSD_ROW.replace("AFG", "New Atlantis").replace("2020", "2021")),
          // SDMX-CSV 2.0: an attribute in two languages, of which one is read
          new FileCase(
              "MG-SDMX-046",
              "sdmx-csv",
              "STRUCTURE[;],STRUCTURE_ID,REF_AREA,TIME_PERIOD,OBS_VALUE,TITLE[fr;en]\n"
                  + "dataflow,T:DF(1.0),FRA,2020,3,\"Titre;Title\"\n"),
          // SDMX-CSV 2.0 of a dataflow with two measures (SDMX 3.0 structure): one observation each
          new FileCase(
                  "MG-SDMX-060",
                  "sdmx-csv",
                  "STRUCTURE,STRUCTURE_ID,ACTION,DIM_1,DIM_2,DIM_3,OBS_VALUE1,OBS_VALUE2\n"
                      + "dataflow,ESTAT:NA_MAIN(1.0),I,A,B,2020,1,2\n")
              .withFile("structure", "dsd.xml", sdmxStructure30()),
          // a structure message that gives a code twice: said, and the code skipped
          new FileCase("MG-SDMX-016", "sdmx-csv", SDMX_DSD_HEADER + SDMX_DSD_ROW)
              .withFile(
                  "structure",
                  "dsd.xml",
                  sdmxStructure()
                      .replace(
                          "<str:Code id=\"_T\"/>", "<str:Code id=\"_T\"/><str:Code id=\"_T\"/>")),
          // SDMX-ML 2.1 generic data (sdmxMl: a series of COUNTRY BE), and a structure message
          // given as data
          new FileCase("MG-SDMX-028", "sdmx-ml", sdmxStructure()),
          new FileCase("MG-SDMX-029", "sdmx-ml", "<?xml version=\"1.0\"?><data><row/></data>"),
          new FileCase(
              "MG-SDMX-030",
              "sdmx-ml",
              sdmxMl(
                  "<generic:Obs><generic:ObsDimension/><generic:ObsValue value=\"1\"/></generic:Obs>")),
          new FileCase(
              "MG-SDMX-032",
              "sdmx-ml",
              sdmxMl(SDMX_ML_OBS.replace("value=\"1\"", "value=\"n/a\""))),
          new FileCase(
              "MG-SDMX-033",
              "sdmx-ml",
              sdmxMl(
                  "<generic:Attributes><generic:Value value=\"lost?\"/></generic:Attributes>"
                      + SDMX_ML_OBS)),
          // JSON-stat's cube rules, which are SDMX rules (a cube is read as SDMX is)
          new FileCase(
              "MG-SDMX-023",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['a'], 'size': ['-3'], "
                      + "'value': [1], 'dimension': {'a': {'category': {'index': ['x']}}}}")),
          new FileCase(
              "MG-SDMX-024",
              "json-stat",
              jstat(
                  "{'d': {'value': [1], 'dimension': {'id': ['a'], 'size': [2147483647], "
                      + "'a': {'category': {'index': ['x']}}}}}")),
          new FileCase(
              "MG-SDMX-025",
              "json-stat",
              jstat(
                  "{'version': '2.0', 'class': 'dataset', 'id': ['year'], 'size': [2], "
                      + "'role': {'time': ['year']}, 'dimension': {'year': {'category': "
                      + "{'index': {'2019': 0, '2020': 1}}}}, 'value': {'0': 1, '5': 3}}")),
          // SDMX-ML 2.0 compact data without its structure: the roles of FREQ, VIS_CTY (read as
          // dimensions) and TIME_FORMAT (an attribute, as the cross-domain concept) are guessed
          new FileCase("MG-SDMX-026", "sdmx-ml", SDMX_ML_20_COMPACT),
          new FileCase("MG-SDMX-027", "sdmx-ml", SDMX_ML_20_COMPACT),
          // SDMX-JSON 1.0 data messages (sdmxJson: REF_AREA GRC and ITA, TIME_PERIOD 2020)
          new FileCase("MG-SDMX-002", "sdmx-json", "{\"foo\": 1}"),
          new FileCase("MG-SDMX-005", "sdmx-json", sdmxJson("\"0:0\": [1, 0], \"5:0\": [2]}", "")),
          new FileCase(
              "MG-SDMX-019", "sdmx-json", sdmxJson("\"0:0\": [1, 0]}", ", \"attributes\": [0]")),
          new FileCase("MG-SDMX-021", "sdmx-json", sdmxJson("\"0:0\": [1, 0], \"0:0\": [2]}", "")),
          // a dataset of a dataflow that a structure message of two data structures lacks (with one
          // data structure, that one is used for any dataflow: SdmxStructures.structureFor)
          new FileCase("MG-SDMX-017", "sdmx-json", sdmxJson("\"0:0\": [1, 0]}", ""))
              .withFile("structure", "dsd.xml", sdmxTwoStructures()),
          // SDMX-ML 2.1 explicit measures without a structure: the measure dimension is not known
          new FileCase(
              "MG-SDMX-031",
              "sdmx-ml",
              sdmxMl21Explicit(
                  "<Obs xsi:type=\"ns:TFRNSI\" TIME_PERIOD=\"2007\" OBS_VALUE=\"1\"/>")),
          // SDMX-ML 3.0: two measures, and a structure with a MEASURE dimension of its own (DIM_2
          // renamed): the second measure is carried as an attribute
          new FileCase(
                  "MG-SDMX-047",
                  "sdmx-ml",
                  sdmxMl30(
                      "<Series DIM_1=\"A\" MEASURE=\"B\"><Obs DIM_3=\"2014-01\" OBS_VALUE1=\"1\" "
                          + "OBS_VALUE2=\"2\" ATTR_3=\"N\"/></Series>"))
              .withFile(
                  "structure",
                  "dsd.xml",
                  sdmxStructure30()
                      .replace("<str:Dimension id=\"DIM_2\"", "<str:Dimension id=\"MEASURE\"")),
          // SDMX-ML 3.0 without a structure: ATTR_3 may be a measure or an attribute
          new FileCase(
              "MG-SDMX-061",
              "sdmx-ml",
              sdmxMl30(
                  "<Series DIM_1=\"A\"><Obs DIM_3=\"2014-01\" OBS_VALUE=\"1\" ATTR_3=\"N\"/></Series>")),
          new FileCase(
              "MG-XREC-001",
              "json",
              "{\"schemaVersion\": \"1.0\", \"records\": ["
                  + policy("")
                  + ", "
                  + policy("").replace("National migration strategy", "Labour migration strategy")
                  + "]}"));

  /**
   * A file of a format that mignet reads without a read issue, named {@code
   * <format>.<name>.valid.json}: what the model's rules still report on its records (a CTDC case is
   * not marked strictly confidential) is in its {@code expected}, and nothing in it is an error.
   */
  record ValidFile(String name, FileCase file) {}

  static final List<ValidFile> VALID_FILES =
      List.of(
          new ValidFile(
              "mmp.valid.json",
              new FileCase(
                  "",
                  "mmp",
                  MMP_HEADER
                      + mmp(MMP_ROW)
                      + mmp(
                          MMP_ROW
                              .replace("MMP001", "MMP002")
                              .replace(
                                  "Drowning",
                                  "\"Vehicle accident / death linked to hazardous transport\"")
                              .replace("Egypt", "\"Syrian Arab Republic\"")))),
          new ValidFile(
              "mmp.api-json.valid.json",
              new FileCase(
                  "",
                  "mmp",
                  "[{\"web_id\": \"2014.MMP00259\", \"region\": \"South-eastern Asia\", "
                      + "\"reported_date\": \"2014-12-31\", \"number_dead\": \"\", "
                      + "\"number_missing\": \"750\", \"total_dead_and_missing\": \"750\", "
                      + "\"cause_death\": \"Drowning\", "
                      + "\"location_coodinates\": \"14.60759586, 93.21449103\", \"source_quality\": \"4\"}]")),
          new ValidFile(
              "hxl.valid.json",
              new FileCase(
                  "",
                  "hxl",
                  "Country,Affected,Date\n#country+code,#affected,#date\nAFG,10,2024-01-31\n"
                      + "PAK,12,2024-02-29\n")),
          new ValidFile(
              "hxl.json.valid.json",
              new FileCase("", "hxl", "[[\"#country+code\", \"#affected\"], [\"AFG\", \"10\"]]")),
          new ValidFile(
              "hxl.hxl-schema.valid.json",
              new FileCase("", "hxl", HXL_TABLE)
                  .withFile(
                      "hxl-schema",
                      "schema.csv",
                      "#valid_tag,#valid_required,#valid_datatype\n#adm1,true,\n#affected+f,,number\n")),
          new ValidFile(
              "json-stat.valid.json",
              new FileCase(
                  "",
                  "json-stat",
                  jstat(
                      "{'version': '2.0', 'class': 'dataset', 'label': 'Population', "
                          + "'source': 'INE', 'updated': '2026-05-12', 'id': ['country', 'year'], "
                          + "'size': [1, 2], 'role': {'time': ['year'], 'geo': ['country']}, "
                          + "'dimension': {'country': {'category': {'index': ['CA']}}, "
                          + "'year': {'category': {'index': {'2019': 0, '2020': 1}}}}, "
                          + "'value': [1, 2]}"))),
          new ValidFile(
              "htcds.valid.json",
              new FileCase(
                  "",
                  "htcds",
                  ",prs_Gender,prs_Citizenship,vic_MethodsOfControl\nc1,Feminine,Angola; Fiji,Debt bondage\n"
                      + "c2,Masculine,Nigeria,\n")),
          new ValidFile(
              "htcds-xform.valid.json",
              new FileCase(
                  "",
                  "htcds-xform",
                  "<data id=\"htcds_xlsform\">\n<prs_Gender>Feminine</prs_Gender>\n"
                      + "<prs_Citizenship>Angola</prs_Citizenship>\n</data>")),
          new ValidFile(
              "csv.valid.json",
              new FileCase("", "csv", TAB_POLICY_HEADER + "\n" + TAB_POLICY_ROW + "\n")),
          new ValidFile(
              "csv.mapping.valid.json", mapped("", TAB_STATS, "geo,v,f\nFrance,5,p\nGermany,3,\n")),
          new ValidFile(
              "csv.mapping-records.valid.json",
              mapped("", TAB_INCIDENTS, TAB_INCIDENTS_HEADER + TAB_INCIDENTS_ROW)),
          new ValidFile(
              "sdmx-csv.structure.valid.json",
              structured(
                  "", SDMX_DSD_HEADER + SDMX_DSD_ROW + SDMX_DSD_ROW.replace("2020", "2021"))),
          new ValidFile(
              "sdmx-json.valid.json",
              new FileCase("", "sdmx-json", sdmxJson("\"0:0\": [1, 0], \"1:0\": [2]}", ""))),
          new ValidFile("sdmx-ml.valid.json", new FileCase("", "sdmx-ml", sdmxMl(SDMX_ML_OBS))),
          new ValidFile(
              "ctdc.valid.json",
              new FileCase(
                  "",
                  "ctdc",
                  "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,"
                      + "isForcedLabour\n2019,Female,18--20,PH,SA,1\n2020,Male,30--38,MX,US,0\n")));

  /**
   * @return the bytes of a text, a byte that is not UTF-8 (0xC3 alone), and another text
   */
  private static byte[] notUtf8(String before, String after) {
    byte[] a = before.getBytes(StandardCharsets.UTF_8);
    byte[] b = after.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[a.length + 1 + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    all[a.length] = (byte) 0xC3;
    System.arraycopy(b, 0, all, a.length + 1, b.length);
    return all;
  }

  /**
   * @return a base document with one edit, as compact JSON text
   */
  private static String edited(String base, String pointer, String json) {
    ObjectNode document = base(base);
    apply(document, pointer, json);
    return document.toString();
  }

  /** Two NDJSON lines, the second holding a Latin-1 byte (é) where UTF-8 is required. */
  private static byte[] ndjsonWithLatin1() {
    byte[] line = policy("").replace("\n", "").getBytes(StandardCharsets.UTF_8);
    byte[] bad =
        policy("")
            .replace("National", "Nationale strat\u00e9gie")
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[line.length + 1 + bad.length + 1];
    System.arraycopy(line, 0, all, 0, line.length);
    all[line.length] = '\n';
    System.arraycopy(bad, 0, all, line.length + 1, bad.length);
    all[all.length - 1] = '\n';
    return all;
  }

  private ConformanceVectors() {}

  /**
   * @return every vector by file name (in {@link #FOLDER}), plus {@code index.json}, as their text
   */
  static Map<String, String> render() {
    Map<String, String> files = new TreeMap<>();
    ArrayNode index = JSON.createArrayNode();
    for (String base : BASES) {
      ObjectNode document = base(base);
      String name = base + ".valid.json";
      files.put(name, text(vector(null, Profile.EXCHANGE.name(), document)));
      index.add(name);
    }
    for (Map.Entry<String, String> e : VALID_UNDER.entrySet()) {
      String name = e.getKey() + "." + e.getValue() + ".valid.json";
      files.put(name, text(vector(null, e.getValue(), base(e.getKey()))));
      index.add(name);
    }
    List<String> wrong = new ArrayList<>();
    for (Change c : CHANGES) {
      ObjectNode document = base(c.base());
      for (Edit e : c.edits()) {
        apply(document, e.pointer(), e.json());
      }
      ObjectNode v = vector(c.rule(), c.profile(), document);
      boolean found = false;
      for (JsonNode i : v.get("expected")) {
        found |=
            i.get("rule").asText().equals(c.rule())
                && i.get("pointer").asText().equals(c.pointer());
      }
      if (!found) {
        wrong.add(
            c.rule()
                + " at "
                + c.pointer()
                + " is not broken; mignet reports "
                + v.get("expected"));
      }
      String name = c.rule() + ".invalid.json";
      files.put(name, text(v));
      index.add(name);
    }
    for (FileCase f : FILES) {
      ObjectNode v = fileVector(f);
      boolean found = false;
      for (JsonNode i : v.get("expected")) {
        found |= i.get("rule").asText().equals(f.rule());
      }
      if (!found) {
        wrong.add(
            f.rule()
                + " in a "
                + f.format()
                + " file is not broken; mignet reports "
                + v.get("expected"));
      }
      String name = f.rule() + ".invalid.json";
      files.put(name, text(v));
      index.add(name);
    }
    for (ValidFile f : VALID_FILES) {
      ObjectNode v = fileVector(f.file());
      for (JsonNode i : v.get("expected")) {
        org.mignet.core.validation.RuleDefinition r =
            Formats.catalogue(Validation.standard())
                .find(org.mignet.core.RuleId.parse(i.get("rule").asText()))
                .orElseThrow();
        // a reader's summary (INFO) may be said; no read warning, no error
        if ((r.kind() == org.mignet.core.validation.RuleKind.READ
                && r.severity() != org.mignet.core.validation.Severity.INFO)
            || r.severity().isBlocking()) {
          wrong.add(f.name() + " is not valid; mignet reports " + i);
        }
      }
      files.put(f.name(), text(v));
      index.add(f.name());
    }
    if (!wrong.isEmpty()) {
      throw new IllegalStateException(
          "changes that do not break their rule:\n" + String.join("\n", wrong));
    }
    ObjectNode root = JSON.createObjectNode();
    root.put(
        "description",
        "mignet conformance vectors: for each document, the rule ids and JSON Pointers mignet "
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

  private static ObjectNode fileVector(FileCase f) {
    ObjectNode v = JSON.createObjectNode();
    if (!f.rule().isEmpty()) {
      v.put("rule", f.rule());
    }
    v.put("profile", f.profile());
    v.put("format", f.format());
    ObjectNode options = JSON.valueToTree(f.options());
    ObjectNode files = JSON.valueToTree(f.files());
    if (!f.options().isEmpty()) {
      v.set("options", options);
    }
    if (!f.files().isEmpty()) {
      v.set("files", files);
    }
    ArrayNode expected = v.putArray("expected");
    for (Map<String, String> i : mignet(f.format(), f.profile(), options, files, f.input())) {
      ObjectNode o = expected.addObject();
      i.forEach(
          (k, x) -> {
            if (k.equals("record")) {
              o.put(k, Long.parseLong(x));
            } else {
              o.put(k, x);
            }
          });
    }
    // the schema half, where the input is one canonical JSON text (a member twice is not: JSON
    // parsers disagree on it; another format's file is no mignet document)
    if (f.bytes() == null) {
      try {
        if (!f.format().equals("json")) {
          throw new IOException("not canonical JSON");
        }
        JsonNode parsed = STRICT.readTree(f.text());
        v.put("schemaValid", SCHEMA.validate(parsed.toString(), InputFormat.JSON).isEmpty());
      } catch (IOException e) {
        // not JSON: no schema half
      }
      v.put("input", f.text());
    } else {
      v.put("inputBase64", Base64.getEncoder().encodeToString(f.bytes()));
    }
    return v;
  }

  private static final ObjectMapper STRICT =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /**
   * @return the record number (1-based), rule and pointer (when the issue has one) of every issue
   *     mignet reports reading and checking a file of a format under a profile, in report order
   */
  static List<Map<String, String>> mignet(
      String format, String profile, JsonNode options, JsonNode files, byte[] input) {
    List<Map<String, String>> out = new ArrayList<>();
    if (format.equals("json") && options.path("lenient").asBoolean(false)) {
      // the lenient reader is an API choice (CanonicalJson.lenient()), not a format option: read,
      // then validate
      try (RecordReader reader =
          CanonicalJson.standard().lenient().reader(new ByteArrayInputStream(input), "vector")) {
        while (reader.hasNext()) {
          ReadResult r = reader.next();
          List<Issue> issues = new ArrayList<>(r.issues());
          if (r instanceof ReadResult.Ok ok) {
            issues.addAll(
                Validation.standard()
                    .validate(ok.record(), Validation.standard().profile(profile))
                    .issues());
          }
          add(out, r.location().recordNumber().orElse(0), issues);
        }
      }
      return out;
    }
    Path folder;
    try {
      folder = Files.createTempDirectory("mignet-vector");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Format source = Formats.named(format);
      FormatOptions bound = readerOptions(source, options, files, folder);
      Conversion.from(source)
          .options(bound)
          .validating(Validation.standard(), Validation.standard().profile(profile))
          .check(
              new ByteArrayInputStream(input),
              "vector",
              outcome ->
                  add(
                      out,
                      outcome.location().recordNumber().orElse(outcome.number()),
                      outcome.issues()));
      return out;
    } finally {
      deleteAll(folder);
    }
  }

  /**
   * @return the vector's options as the format's reader options; an option that takes a file names
   *     one of the vector's files, written into a folder for the reading
   * @throws IllegalArgumentException for an option the format's reader does not take
   */
  private static FormatOptions readerOptions(
      Format format, JsonNode options, JsonNode files, Path folder) {
    FormatOptions bound = FormatOptions.none();
    for (Map.Entry<String, JsonNode> e : options.properties()) {
      FormatOption<?> option =
          format.readerOptions().stream()
              .filter(o -> o.name().equals(e.getKey()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          format.name() + " takes no reader option " + e.getKey()));
      bound = with(bound, option, e.getValue(), files, folder);
    }
    return bound;
  }

  private static <T> FormatOptions with(
      FormatOptions options, FormatOption<T> option, JsonNode value, JsonNode files, Path folder) {
    Object v;
    if (option.type() == Boolean.class) {
      v = value.asBoolean();
    } else if (option.type() == Integer.class) {
      v = value.asInt();
    } else if (option.type() == String.class) {
      v = value.asText();
    } else if (option.type() == java.nio.charset.Charset.class) {
      v = java.nio.charset.Charset.forName(value.asText());
    } else if (option.type() == Path.class) {
      String name = value.asText();
      if (!files.has(name) || name.contains("/") || name.contains("\\")) {
        throw new IllegalArgumentException(
            "option " + option.name() + " names " + name + ", which is not among the files");
      }
      Path file = folder.resolve(name);
      try {
        Files.writeString(file, files.get(name).asText(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      v = file;
    } else {
      throw new IllegalArgumentException(
          "option " + option.name() + " of type " + option.type() + " cannot be given in a vector");
    }
    return options.with(option, option.type().cast(v));
  }

  private static void deleteAll(Path folder) {
    try (java.util.stream.Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void add(List<Map<String, String>> out, long record, List<Issue> issues) {
    for (Issue i : issues) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("record", Long.toString(record));
      m.put("rule", i.ruleId().value());
      if (i.pointer() != null && !i.pointer().isEmpty()) {
        m.put("pointer", i.pointer());
      }
      out.add(m);
    }
  }

  /**
   * @return the rule and pointer of every issue mignet reports on a document under a profile, in
   *     report order
   */
  static List<Map<String, String>> mignet(JsonNode document, String profile) {
    MignetRecord record = CanonicalJson.standard().fromJson(document.toString());
    List<Map<String, String>> out = new ArrayList<>();
    for (Issue i :
        Validation.standard().validate(record, Validation.standard().profile(profile)).issues()) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("rule", i.ruleId().value());
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

  /**
   * Sets (creating absent parent objects) or, with a null value, removes the member at a pointer.
   */
  private static void apply(ObjectNode document, String pointer, String json) {
    String[] tokens = pointer.substring(1).split("/");
    JsonNode parent = document;
    for (int i = 0; i < tokens.length - 1; i++) {
      JsonNode next =
          parent.isArray() ? parent.get(Integer.parseInt(tokens[i])) : parent.get(tokens[i]);
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
