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
package org.mignet.formats.tabular;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.ParseException;
import org.mignet.core.SourceLocation;
import org.mignet.formats.internal.TabularRules;
import org.mignet.formats.internal.Words;

/**
 * A declarative mapping from a partner's table (CSV, XLSX, HXL-tagged or a JSON array of objects)
 * to mignet statistical observations (columns to model paths, constants, value maps, code-list
 * resolution, number and date formats, missing-value markers, observation flags and wide-to-long
 * reshaping) or, with a {@code recordType}, to one record of any type per row (columns to JSON
 * Pointers of the canonical JSON, with splits, patterns, booleans, dates and instants; each row is
 * read through the canonical JSON reader). The format is documented in {@code mapping-spec.md} and
 * described by the JSON Schema {@code mapping-spec.schema.json}, both resources of this package.
 * Immutable and thread-safe; parse once and reuse.
 *
 * <p>Specs shipped with mignet, by name ({@link #bundled(String)}, listed by {@link
 * #bundledNames()}): Eurostat tables by citizenship, the UN DESA International Migrant Stock
 * editions 2019, 2020 and 2024, UNHCR's refugee statistics as published on HDX, IOM DTM HXL tables,
 * World Bank indicators and the Missing Migrants 2021 export.
 */
public final class MappingSpec {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> BUNDLED =
      List.of(
          "eurostat-by-citizenship",
          "undesa-ims-2019",
          "undesa-ims-2020",
          "undesa-ims-2024",
          "unhcr-population-totals",
          "unhcr-demographics",
          "unhcr-asylum-applications",
          "unhcr-asylum-decisions",
          "unhcr-solutions",
          "iom-dtm-hxl",
          "worldbank-indicator",
          "mmp-2021-incidents");

  private final SpecModel model;

  private MappingSpec(SpecModel model) {
    this.model = model;
  }

  /**
   * Returns the spec.
   *
   * @param in the spec's JSON; not null; not closed
   * @param sourceName the spec's name for messages
   * @throws ParseException ({@code MG-TAB-011}) if the JSON is malformed or breaks the spec's rules
   */
  public static MappingSpec parse(InputStream in, String sourceName) {
    JsonNode tree;
    try {
      tree = JSON.readTree(in);
    } catch (IOException e) {
      throw new org.mignet.formats.ReadException(
          TabularRules.issue(
              TabularRules.BAD_SPEC, SourceLocation.of(sourceName), Words.NOT_WELL_FORMED_JSON),
          e);
    }
    return new MappingSpec(SpecModel.of(tree, sourceName));
  }

  /**
   * Returns the spec.
   *
   * @param path a spec file; not null
   * @throws ParseException if the spec is invalid
   * @throws UncheckedIOException if the file cannot be read
   */
  public static MappingSpec read(Path path) {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return parse(in, path.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the spec, if there is one by that name.
   *
   * @param name a spec shipped with mignet, e.g. {@code eurostat-by-citizenship}
   */
  public static Optional<MappingSpec> bundled(String name) {
    if (!BUNDLED.contains(name)) {
      return Optional.empty();
    }
    try (InputStream in = MappingSpec.class.getResourceAsStream("mappings/" + name + ".json")) {
      return in == null ? Optional.empty() : Optional.of(parse(in, name + ".json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the names of the specs shipped with mignet, each readable with {@link
   * #bundled(String)}.
   */
  public static List<String> bundledNames() {
    return BUNDLED;
  }

  /**
   * Whether a table is of the layout this spec reads: its header (and the cells the spec expects
   * above it) hold what the spec expects, and every column the spec needs is there. Reads the
   * header only, not the rows.
   *
   * @param file a CSV or XLSX file; not null
   * @return true if the spec would read the file's rows; false for a JSON or hashtag spec, which
   *     this does not tell
   * @throws UncheckedIOException if the file cannot be opened
   */
  public boolean readsLayoutOf(Path file) {
    if (!"table".equals(model.sourceFormat()) || model.hashtags()) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file);
        MappedReader r =
            new MappedReader(
                new java.io.BufferedInputStream(in),
                String.valueOf(file.getFileName()),
                this,
                null,
                null)) {
      return r.layoutAccepted();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Which of some specs read a file's layout, as {@link #readsLayoutOf} tells for one, the file
   * opened once per distinct way of reading its header (header row, sheet, encoding, delimiter)
   * instead of once per spec: the bundled specs read a workbook's header in three ways, not ten.
   *
   * @param file a CSV or XLSX file; not null
   * @param specs the candidates; JSON and hashtag specs never match (as in {@link #readsLayoutOf})
   * @return the candidates that read the file's rows, in their order; a spec whose way of opening
   *     the file fails (a sheet the workbook lacks, an encoding that does not decode) does not read
   *     it
   * @throws UncheckedIOException if the file cannot be opened
   * @throws org.mignet.core.MignetException for a workbook, when {@code mignet-formats-xlsx} is not
   *     on the class path (the message names the artifact)
   */
  public static List<MappingSpec> readingLayoutOf(Path file, List<MappingSpec> specs) {
    Map<List<Object>, List<MappingSpec>> byOpening = new LinkedHashMap<>();
    for (MappingSpec s : specs) {
      if ("table".equals(s.model.sourceFormat()) && !s.model.hashtags()) {
        byOpening
            .computeIfAbsent(MappedReader.tableOptions(s.model), k -> new ArrayList<>())
            .add(s);
      }
    }
    Set<MappingSpec> reading = new HashSet<>();
    String name = String.valueOf(file.getFileName());
    for (List<MappingSpec> group : byOpening.values()) {
      try (InputStream in = Files.newInputStream(file);
          TableReader table =
              MappedReader.tableBuilder(group.get(0).model)
                  .open(new java.io.BufferedInputStream(in), name)) {
        for (MappingSpec s : group) {
          if (MappedReader.readsLayout(table, name, s)) {
            reading.add(s);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ParseException | IllegalArgumentException e) {
        // this way of opening the file fails (a missing sheet, an encoding that does not decode or
        // is unknown): no
        // spec of the group reads it
      }
    }
    return specs.stream().filter(reading::contains).toList();
  }

  /** Returns what the spec says it reads, as its author wrote it. */
  public String description() {
    return model.description();
  }

  /**
   * Returns the dataflow of a Dataset spec (may hold {@code {1}}, filled from the file name), or
   * empty.
   */
  public Optional<String> dataflow() {
    return model.dataflow().isEmpty() ? Optional.empty() : Optional.of(model.dataflow());
  }

  /** Returns the spec's name. */
  public String name() {
    return model.name();
  }

  /**
   * Returns the record type of a row-per-record spec, or empty for a spec of Dataset observations.
   */
  public Optional<org.mignet.core.model.RecordType> recordType() {
    return Optional.ofNullable(model.recordType());
  }

  /**
   * Returns what the spec reads: {@code "json"} for rows of a JSON array, {@code "table"} (the
   * default) for the rows of a CSV or XLSX table.
   */
  public String sourceFormat() {
    return model.sourceFormat();
  }

  /** Returns the parsed spec the mapping readers work from. */
  SpecModel model() {
    return model;
  }

  @Override
  public String toString() {
    return "MappingSpec[" + model.name() + "]";
  }
}
