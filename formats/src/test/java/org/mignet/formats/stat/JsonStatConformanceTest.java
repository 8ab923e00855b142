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
package org.mignet.formats.stat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadResult;

/**
 * Conformance of the {@code json-stat} reader on every file of {@code statistics/jsonstat-samples}
 * and {@code statistics/eurostat-jsonstat-2010-2023}. The test finds each file's datasets, sizes,
 * categories, values and statuses itself, with a plain Jackson tree walk that follows the JSON-stat
 * text (1.x bundles, 2.0 datasets and collections), and compares, dataset by dataset: the
 * observations mignet reads (a cell with a value, or a status of its own), and on a handful of
 * cells per file each dimension's code, the value (number or text) and the status. Collection items
 * that only link to a dataset must each be reported, and nothing else may fail.
 */
@Tag("conformance") // reads ../shared/data (README-dev.md, "Conformance tests")
class JsonStatConformanceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> files() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String dir :
        List.of("statistics/jsonstat-samples", "statistics/eurostat-jsonstat-2010-2023")) {
      try (Stream<Path> s =
          Files.list(StatisticsConformanceTest.shared().resolve("data").resolve(dir))) {
        s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
      }
    }
    assertThat(out).hasSizeGreaterThanOrEqualTo(15);
    return out.stream();
  }

  /**
   * One dataset of the file as the test reads it: its pointer, sizes, codes by position, value and
   * status.
   */
  record Expected(
      String pointer,
      List<String> ids,
      int[] sizes,
      List<List<String>> codes,
      JsonNode value,
      JsonNode status,
      List<String> dimensionIds,
      Map<String, String> units,
      int unitDimension) {

    long cells() {
      long c = 1;
      for (int s : sizes) {
        c *= s;
      }
      return c;
    }

    JsonNode valueAt(long p) {
      return entry(value, p);
    }

    /**
     * @return the status of a cell: the one string for all, the one-element array for all, or its
     *     own
     */
    Optional<String> statusAt(long p, boolean ownOnly) {
      if (status == null || status.isNull()) {
        return Optional.empty();
      }
      if (status.isTextual()) {
        return ownOnly ? Optional.empty() : Optional.of(status.asText());
      }
      if (status.isArray() && status.size() == 1 && cells() > 1) {
        return ownOnly ? Optional.empty() : Optional.of(status.get(0).asText());
      }
      JsonNode positional =
          status.isObject() && status.path("value").isArray() ? status.get("value") : status;
      JsonNode s = entry(positional, p);
      return s == null || s.isNull() ? Optional.empty() : Optional.of(s.asText());
    }

    boolean isObservation(long p) {
      JsonNode v = valueAt(p);
      return (v != null && !v.isNull()) || statusAt(p, true).isPresent();
    }

    List<String> codesAt(long p) {
      List<String> out = new ArrayList<>();
      long rest = p;
      for (int i = 0; i < sizes.length; i++) {
        long stride = 1;
        for (int k = i + 1; k < sizes.length; k++) {
          stride *= sizes[k];
        }
        out.add(codes.get(i).get((int) (rest / stride)));
        rest %= stride;
      }
      return out;
    }

    private static JsonNode entry(JsonNode node, long p) {
      if (node == null) {
        return null;
      }
      if (node.isArray()) {
        return p < node.size() ? node.get((int) p) : null;
      }
      return node.get(Long.toString(p));
    }
  }

  /**
   * The datasets of a response, found as the JSON-stat text describes the classes and the 1.x
   * bundle.
   */
  static List<Expected> expected(JsonNode root) {
    List<Expected> out = new ArrayList<>();
    String cls = root.path("class").asText("");
    if (cls.equals("dataset")) {
      out.add(dataset(root, ""));
    } else if (cls.equals("collection")) {
      JsonNode items = root.path("link").path("item");
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i).has("value")) {
          out.add(dataset(items.get(i), "/link/item/" + i));
        }
      }
    } else if (root.has("dimension")) {
      out.add(dataset(root, ""));
    } else {
      root.properties()
          .iterator()
          .forEachRemaining(e -> out.add(dataset(e.getValue(), "/" + e.getKey())));
    }
    return out;
  }

  static Expected dataset(JsonNode d, String pointer) {
    JsonNode dim = d.get("dimension");
    JsonNode id = d.has("id") ? d.get("id") : dim.get("id");
    JsonNode size = d.has("size") ? d.get("size") : dim.get("size");
    List<String> ids = new ArrayList<>();
    id.forEach(n -> ids.add(n.asText()));
    int[] sizes = new int[ids.size()];
    List<List<String>> codes = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      sizes[i] = Integer.parseInt(size.get(i).asText());
      JsonNode cat = dim.get(ids.get(i)).get("category");
      String[] c = new String[sizes[i]];
      JsonNode index = cat.get("index");
      if (index == null) {
        c[0] = cat.get("label").fieldNames().next();
      } else if (index.isArray()) {
        for (int k = 0; k < index.size(); k++) {
          c[k] = index.get(k).asText();
        }
      } else {
        Iterator<Map.Entry<String, JsonNode>> it = index.properties().iterator();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          c[e.getValue().asInt()] = e.getKey();
        }
      }
      codes.add(List.of(c));
    }
    // roles as JSON-stat 2.0 (root) or 1.x (in dimension) give them: a role held by one dimension
    // names it
    JsonNode role = d.has("role") ? d.get("role") : dim.path("role");
    List<String> out = new ArrayList<>();
    ids.forEach(i -> out.add(i.toUpperCase(java.util.Locale.ROOT)));
    Map<String, String> targets =
        Map.of("time", "TIME_PERIOD", "geo", "REF_AREA", "metric", "MEASURE");
    targets.forEach(
        (r, target) -> {
          if (role.path(r).size() == 1) {
            out.set(ids.indexOf(role.path(r).get(0).asText()), target);
          }
        });
    if (!role.has("time") && ids.contains("time")) {
      out.set(ids.indexOf("time"), "TIME_PERIOD");
    }
    Map<String, String> units = new LinkedHashMap<>();
    int unitDimension = -1;
    for (int i = 0; i < ids.size(); i++) {
      JsonNode unit = dim.get(ids.get(i)).path("category").path("unit");
      unit.properties()
          .iterator()
          .forEachRemaining(
              e ->
                  units.put(
                      e.getKey(),
                      e.getValue().has("base")
                          ? e.getValue().get("base").asText()
                          : e.getValue().has("label")
                              ? e.getValue().get("label").asText()
                              : e.getValue().get("symbol").asText()));
      unitDimension = unit.isObject() ? i : unitDimension;
    }
    return new Expected(
        pointer, ids, sizes, codes, d.get("value"), d.get("status"), out, units, unitDimension);
  }

  @ParameterizedTest
  @MethodSource("files")
  void readsEveryCellOfEveryDatasetWithItsCodesValueAndStatus(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    List<Expected> datasets = expected(root);
    List<ReadResult> results = StatisticsConformanceTest.read("json-stat", file);

    Map<String, List<Observation>> read = new LinkedHashMap<>();
    Map<String, Dataset> first = new LinkedHashMap<>();
    List<Issue> failures = new ArrayList<>();
    for (ReadResult r : results) {
      if (r instanceof ReadResult.Ok ok) {
        String at = ok.location().pointer().orElse("");
        Dataset d = (Dataset) ok.record();
        read.computeIfAbsent(at, k -> new ArrayList<>()).addAll(d.observations());
        first.putIfAbsent(at, d);
      } else {
        failures.addAll(r.issues());
      }
    }
    long links = 0;
    JsonNode items = root.path("link").path("item");
    for (JsonNode item : items) {
      links += item.has("value") ? 0 : 1;
    }
    assertThat(failures)
        .as(file.getFileName() + ": failures")
        .hasSize((int) links)
        .allSatisfy(i -> assertThat(i.ruleId().value()).isEqualTo("MG-JSTAT-003"));
    assertThat(read.keySet())
        .as(file.getFileName() + ": datasets")
        .containsExactlyElementsOf(datasets.stream().map(Expected::pointer).toList());

    long total = 0;
    for (Expected e : datasets) {
      List<Long> positions = new ArrayList<>();
      for (long p = 0; p < e.cells(); p++) {
        if (e.isObservation(p)) {
          positions.add(p);
        }
      }
      List<Observation> got = read.get(e.pointer());
      assertThat(got)
          .as(file.getFileName() + e.pointer() + ": observations")
          .hasSize(positions.size());
      assertThat(first.get(e.pointer()).dimensionIds())
          .as(file.getFileName() + ": dimension ids")
          .isEqualTo(e.dimensionIds());
      total += got.size();
      if (positions.isEmpty()) {
        continue;
      }
      Map<List<String>, Observation> byCodes = new LinkedHashMap<>();
      for (Observation o : got) {
        byCodes.put(List.copyOf(o.dimensions().values()), o);
      }
      int n = positions.size();
      for (int k : new int[] {0, n / 4, n / 2, 3 * n / 4, n - 1}) {
        long p = positions.get(k);
        List<String> codes = e.codesAt(p);
        Observation o = byCodes.get(codes);
        String where = file.getFileName() + e.pointer() + " cell " + p + " " + codes;
        assertThat(o).as(where).isNotNull();
        JsonNode v = e.valueAt(p);
        if (v == null || v.isNull()) {
          assertThat(o.value()).as(where).isEmpty();
          assertThat(o.textValue()).as(where).isEmpty();
        } else if (v.isNumber()) {
          assertThat(o.value())
              .as(where)
              .hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo(v.decimalValue()));
        } else {
          assertThat(o.value()).as(where).isEmpty();
          assertThat(o.textValue()).as(where + " text value").contains(v.asText());
        }
        assertThat(o.status()).as(where + " status").isEqualTo(e.statusAt(p, false));
        assertThat(o.unit())
            .as(where + " unit")
            .isEqualTo(
                e.unitDimension() < 0
                    ? Optional.empty()
                    : Optional.ofNullable(e.units().get(codes.get(e.unitDimension()))));
        assertThat(o.dimensions().keySet()).containsExactlyElementsOf(e.dimensionIds());
      }
    }
    System.out.printf(
        "%s: %d dataset(s), %d observations, %d linked item(s) reported%n",
        file.getFileName(), datasets.size(), total, links);
  }

  @ParameterizedTest
  @MethodSource("files")
  void convertsEveryFileToSdmxCsvAndSdmxJsonWithEveryRecordAccountedFor(Path file)
      throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    long links = 0;
    for (JsonNode item : root.path("link").path("item")) {
      links += item.has("value") ? 0 : 1;
    }
    for (String target : List.of("sdmx-csv", "sdmx-json")) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      org.mignet.formats.ConversionReport report;
      try (java.io.InputStream in = Files.newInputStream(file)) {
        report =
            org.mignet.formats.Conversion.from(org.mignet.formats.Formats.named("json-stat"))
                .to(org.mignet.formats.Formats.named(target))
                .run(in, file.getFileName().toString(), out);
      }
      assertThat(report.rejected())
          .as(file.getFileName() + " to " + target + ": " + report.issues())
          .isEqualTo(links);
      assertThat(report.written())
          .as(file.getFileName() + " to " + target)
          .isEqualTo(report.read() - links);
    }
  }
}
