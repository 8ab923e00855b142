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
package org.mignet.formats.sdmx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mignet.core.ParseException;
import org.mignet.core.validation.Issue;

/**
 * The structural metadata of one or more SDMX-ML 2.1 structure messages: dataflows, data structure
 * definitions, codelists, concept schemes and content constraints, with lookups by reference, id
 * and URN, and the issues found while reading them. The entry point for validating SDMX data
 * against its structure (see {@link StructureValidator}).
 *
 * <p>Immutable and thread-safe once built; read it once and share it. Reading is streaming (StAX,
 * DTDs and external entities off); the result holds every code of every codelist, so memory is
 * proportional to the structure message (about 1,600 codes for OECD's DSD_MIG message).
 */
public final class SdmxStructures {

  private static final SdmxStructures EMPTY =
      new SdmxStructures(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  private final List<Dataflow> dataflows;
  private final List<DataStructure> dataStructures;
  private final List<Codelist> codelists;
  private final List<ConceptScheme> conceptSchemes;
  private final List<ContentConstraint> constraints;
  private final List<Issue> issues;

  /**
   * @param dataflows the dataflows; not null
   * @param dataStructures the data structure definitions; not null
   * @param codelists the codelists; not null
   * @param conceptSchemes the concept schemes; not null
   * @param constraints the content constraints; not null
   * @param issues what was found while reading them (warnings and info); not null
   */
  public SdmxStructures(
      List<Dataflow> dataflows,
      List<DataStructure> dataStructures,
      List<Codelist> codelists,
      List<ConceptScheme> conceptSchemes,
      List<ContentConstraint> constraints,
      List<Issue> issues) {
    this.dataflows = List.copyOf(dataflows);
    this.dataStructures = List.copyOf(dataStructures);
    this.codelists = List.copyOf(codelists);
    this.conceptSchemes = List.copyOf(conceptSchemes);
    this.constraints = List.copyOf(constraints);
    this.issues = List.copyOf(issues);
  }

  /** Returns no structures at all. */
  public static SdmxStructures empty() {
    return EMPTY;
  }

  /**
   * Reads an SDMX-ML 2.1 structure message (or an SDMX-ML 2.0 one: its key families as data
   * structures, its codelists; the 2.0 time dimension as {@code TIME_PERIOD}). A component without
   * id takes the id of its concept (SDMX 2.1); a measure dimension's concept scheme gives its
   * codes. Artefacts that cannot be identified are skipped with an issue ({@code MG-SDMX-016});
   * codelists referred to but not held are reported ({@code MG-SDMX-018}).
   *
   * @param in the message; not null; read to its end, not closed
   * @param sourceName the file or stream name used in issues; not null
   * @return the structures and the issues found
   * @throws ParseException ({@code MG-SDMX-001}) if the XML is not well-formed, ({@code
   *     MG-SDMX-002}) if it is not a structure message
   */
  public static SdmxStructures read(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    return StructureMessageReader.read(in, sourceName);
  }

  /**
   * Reads an SDMX-ML 2.1 structure message from a file, as {@link #read(InputStream, String)}.
   *
   * @param file the file; not null
   * @return the structures
   * @throws UncheckedIOException if the file cannot be read
   * @throws ParseException if it is not a well-formed structure message
   */
  public static SdmxStructures read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the dataflows, in the message's order. */
  public List<Dataflow> dataflows() {
    return dataflows;
  }

  /** Returns the data structure definitions, in the message's order. */
  public List<DataStructure> dataStructures() {
    return dataStructures;
  }

  /** Returns the codelists, in the message's order. */
  public List<Codelist> codelists() {
    return codelists;
  }

  /** Returns the concept schemes, in the message's order. */
  public List<ConceptScheme> conceptSchemes() {
    return conceptSchemes;
  }

  /** Returns the content constraints, in the message's order. */
  public List<ContentConstraint> constraints() {
    return constraints;
  }

  /** Returns the issues found while reading (never errors: those make {@link #read} throw). */
  public List<Issue> issues() {
    return issues;
  }

  /** Returns the number of codes over all codelists. */
  public int codeCount() {
    return codelists.stream().mapToInt(c -> c.codes().size()).sum();
  }

  /** Returns the codelist with exactly that reference, if held. */
  public Optional<Codelist> codelist(SdmxRef ref) {
    return codelists.stream().filter(c -> c.ref().equals(ref)).findFirst();
  }

  /** Returns the first codelist with that id, whatever its agency and version, if held. */
  public Optional<Codelist> codelist(String id) {
    return codelists.stream().filter(c -> c.ref().id().equals(id)).findFirst();
  }

  /** Returns the data structure with exactly that reference, if held. */
  public Optional<DataStructure> dataStructure(SdmxRef ref) {
    return dataStructures.stream().filter(c -> c.ref().equals(ref)).findFirst();
  }

  /** Returns the dataflow with exactly that reference, if held. */
  public Optional<Dataflow> dataflow(SdmxRef ref) {
    return dataflows.stream().filter(c -> c.ref().equals(ref)).findFirst();
  }

  /** Returns the concept scheme with exactly that reference, if held. */
  public Optional<ConceptScheme> conceptScheme(SdmxRef ref) {
    return conceptSchemes.stream().filter(c -> c.ref().equals(ref)).findFirst();
  }

  /**
   * Finds a maintainable artefact by its SDMX URN, e.g. {@code
   * urn:sdmx:org.sdmx.infomodel.codelist.Codelist=OECD:CL_AREA(1.3)}.
   *
   * @param urn the URN; not null
   * @return the {@link Dataflow}, {@link DataStructure}, {@link Codelist}, {@link ConceptScheme} or
   *     {@link ContentConstraint}, if held
   */
  public Optional<Record> find(String urn) {
    int eq = urn.indexOf('=');
    if (!urn.startsWith("urn:sdmx:") || eq < 0) {
      return Optional.empty();
    }
    String type = urn.substring(urn.lastIndexOf('.', eq) + 1, eq);
    SdmxRef ref;
    try {
      ref = SdmxRef.parse(urn);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        switch (type) {
          case "Dataflow" -> dataflow(ref).orElse(null);
          case "DataStructure" -> dataStructure(ref).orElse(null);
          case "Codelist" -> codelist(ref).orElse(null);
          case "ConceptScheme" -> conceptScheme(ref).orElse(null);
          case "ContentConstraint" ->
              constraints.stream().filter(c -> c.ref().equals(ref)).findFirst().orElse(null);
          default -> null;
        });
  }

  /**
   * The data structure a dataset's data follows. The dataset's dataflow ({@code
   * AGENCY:ID(VERSION)}, as in {@code Dataset.dataflow()}) is looked up as a dataflow (then its
   * structure) and as a data structure; if neither is held and the message holds exactly one data
   * structure, that one is used (a structure file given for the data says which structure to check
   * it against).
   *
   * @param dataflow the dataset's dataflow; not null
   * @return the data structure, if one applies
   */
  public Optional<DataStructure> structureFor(String dataflow) {
    Optional<SdmxRef> ref = ref(dataflow);
    if (ref.isPresent()) {
      Optional<DataStructure> viaFlow =
          dataflow(ref.get()).flatMap(Dataflow::structure).flatMap(this::dataStructure);
      if (viaFlow.isPresent()) {
        return viaFlow;
      }
      Optional<DataStructure> direct = dataStructure(ref.get());
      if (direct.isPresent()) {
        return direct;
      }
    }
    return dataStructures.size() == 1 ? Optional.of(dataStructures.get(0)) : Optional.empty();
  }

  /**
   * The allowed content constraints that apply to a dataset's dataflow: those attached to the
   * dataflow or to its data structure. When the dataflow itself is not held, those attached to the
   * held dataflows of its structure apply too. Actual (availability) constraints are left out.
   *
   * @param dataflow the dataset's dataflow, {@code AGENCY:ID(VERSION)}; not null
   * @return the constraints, possibly none
   */
  public List<ContentConstraint> allowedConstraintsFor(String dataflow) {
    List<SdmxRef> targets = new ArrayList<>();
    Optional<SdmxRef> own = ref(dataflow);
    own.ifPresent(targets::add);
    Optional<DataStructure> dsd = structureFor(dataflow);
    dsd.ifPresent(d -> targets.add(d.ref()));
    if (own.flatMap(this::dataflow).isEmpty() && dsd.isPresent()) {
      dataflows.stream()
          .filter(f -> f.structure().equals(Optional.of(dsd.get().ref())))
          .forEach(f -> targets.add(f.ref()));
    }
    return constraints.stream()
        .filter(c -> c.type() == ContentConstraint.Type.ALLOWED)
        .filter(c -> c.attachedTo().stream().anyMatch(targets::contains))
        .toList();
  }

  private static Optional<SdmxRef> ref(String dataflow) {
    try {
      return Optional.of(SdmxRef.parse(dataflow));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns e.g. {@code SdmxStructures[1 dataflows, 1 data structures, 11 codelists (1596 codes), 2
   * constraints]}.
   */
  @Override
  public String toString() {
    return "SdmxStructures["
        + dataflows.size()
        + " dataflows, "
        + dataStructures.size()
        + " data structures, "
        + codelists.size()
        + " codelists ("
        + codeCount()
        + " codes), "
        + constraints.size()
        + " constraints]";
  }
}
