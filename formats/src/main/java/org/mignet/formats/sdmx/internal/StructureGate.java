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
package org.mignet.formats.sdmx.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.internal.ObsFields;
import org.mignet.formats.internal.SdmxRules;
import org.mignet.formats.sdmx.SdmxOptions;
import org.mignet.formats.sdmx.SdmxStructures;
import org.mignet.formats.sdmx.StructureValidator;

/**
 * What an SDMX reader does with a structure ({@link SdmxOptions}): checks each observation as it is
 * read, in one validation session per reader, and keeps the warnings (the structure message's own
 * issues, {@code MG-SDMX-017}) for the next result. One per reader; not thread-safe.
 */
final class StructureGate {

  private final SdmxStructures structures;
  private final StructureValidator.Session session;
  private final List<Issue> pending = new ArrayList<>();
  private final Set<String> warned = new HashSet<>();

  private StructureGate(SdmxStructures structures) {
    this.structures = structures;
    this.session = StructureValidator.of(structures).session();
    pending.addAll(structures.issues());
  }

  /**
   * Returns a gate for the options' structure, or null if none is given.
   *
   * @throws org.mignet.core.ParseException if the structure message cannot be read
   */
  static StructureGate of(FormatOptions options) {
    SdmxStructures s = structures(options);
    return s == null ? null : new StructureGate(s);
  }

  /**
   * Returns the options' structures, or null if none is given.
   *
   * @throws org.mignet.core.ParseException if the structure message cannot be read
   */
  static SdmxStructures structures(FormatOptions options) {
    return options
        .get(SdmxOptions.STRUCTURES)
        .orElseGet(() -> options.get(SdmxOptions.STRUCTURE).map(SdmxStructures::read).orElse(null));
  }

  /**
   * Checks an observation.
   *
   * @return null if it may join its dataset, else the issues to reject it with (pending warnings
   *     first)
   */
  List<Issue> reject(String dataflow, Observation o, SourceLocation at) {
    if (!session.hasStructure(dataflow)) {
      if (warned.add(dataflow)) {
        pending.add(SdmxRules.issue(SdmxRules.NO_STRUCTURE, at, dataflow));
      }
      return null;
    }
    List<Issue> issues = session.check(dataflow, o, "", at);
    if (issues.stream().noneMatch(i -> i.severity().isBlocking())) {
      pending.addAll(issues);
      return null;
    }
    List<Issue> out = drainPending();
    out.addAll(issues);
    return out;
  }

  /**
   * Returns whether a component of the dataflow's structure is an attribute (else the cross-domain
   * guess).
   */
  boolean isAttribute(String dataflow, String id) {
    return structures
        .structureFor(dataflow)
        .map(d -> d.attribute(id).isPresent())
        .orElse(ObsFields.KNOWN_ATTRIBUTES.contains(id));
  }

  /**
   * Returns the data structure of a dataflow (or of a structure id), if the structures given hold
   * it.
   */
  java.util.Optional<org.mignet.formats.sdmx.DataStructure> structure(String dataflow) {
    return structures.structureFor(dataflow);
  }

  /** Returns a codelist the structures given hold, if they do. */
  java.util.Optional<org.mignet.formats.sdmx.Codelist> codelist(
      org.mignet.formats.sdmx.SdmxRef ref) {
    return structures.codelist(ref);
  }

  /** Returns the pending warnings, now cleared. */
  List<Issue> drainPending() {
    List<Issue> out = new ArrayList<>(pending);
    pending.clear();
    return out;
  }

  /** Returns the warnings for an Ok result of a reader that may have no gate. */
  static List<Issue> drain(StructureGate gate) {
    return gate == null ? List.of() : gate.drainPending();
  }
}
