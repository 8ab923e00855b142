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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Rule;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.RuleKind;
import org.mignet.core.validation.ValidationReport;
import org.mignet.formats.internal.ObsFields;
import org.mignet.formats.internal.SdmxRules;

/**
 * Checks SDMX datasets against their structure: dimensions as in the data structure ({@code
 * MG-SDMX-013}), dimension values in their codelists ({@code MG-SDMX-010}) and allowed by the
 * content constraints ({@code MG-SDMX-014}), mandatory attributes present ({@code MG-SDMX-011}),
 * attribute values in their codelists ({@code MG-SDMX-015}) and one value per series key and period
 * ({@code MG-SDMX-012}). Codelists the structures do not hold are not checked ({@code MG-SDMX-018}
 * when the structures are read).
 *
 * <p>Pointers address the dataset's canonical JSON: {@code /observations/3/dimensions/SEX}, {@code
 * /observations/3/status} ({@code OBS_STATUS}), {@code /observations/3/confidentiality} ({@code
 * CONF_STATUS}), {@code /observations/3/unit} ({@code UNIT_MEASURE}), {@code
 * /observations/3/attributes/X}.
 *
 * <p>A validator is immutable and thread-safe; create one per set of structures and share it.
 * Duplicate keys are found within one {@link Session}: a dataset read in chunks is validated chunk
 * by chunk in one session, which remembers every series key and period it has seen (memory grows
 * with the number of distinct keys, about 100 bytes each). A session is for one thread.
 */
public final class StructureValidator {

  private final SdmxStructures structures;
  private final Map<String, Optional<Plan>> plans = new ConcurrentHashMap<>();

  private StructureValidator(SdmxStructures structures) {
    this.structures = structures;
  }

  /**
   * Returns a validator.
   *
   * @param structures the structures holding the data structures, codelists and constraints; not
   *     null
   */
  public static StructureValidator of(SdmxStructures structures) {
    return new StructureValidator(Objects.requireNonNull(structures, "structures"));
  }

  /** Returns the structures this validator checks against. */
  public SdmxStructures structures() {
    return structures;
  }

  /**
   * Validates a dataset against the structure of its dataflow ({@link
   * SdmxStructures#structureFor(String)}) and the allowed constraints that apply to it.
   *
   * @param dataset the dataset; not null
   * @return the issues; {@code MG-SDMX-017} alone if no structure applies
   */
  public ValidationReport validate(Dataset dataset) {
    return session().validate(dataset);
  }

  /**
   * Validates a dataset against a data structure, without content constraints.
   *
   * @param dataset the dataset; not null
   * @param structure the data structure; not null
   * @return the issues
   */
  public ValidationReport validate(Dataset dataset, DataStructure structure) {
    return session().validate(dataset, structure, List.of());
  }

  /**
   * Validates a dataset against a data structure and a content constraint (applied whatever its
   * type).
   *
   * @param dataset the dataset; not null
   * @param structure the data structure; not null
   * @param constraint the constraint; not null
   * @return the issues
   */
  public ValidationReport validate(
      Dataset dataset, DataStructure structure, ContentConstraint constraint) {
    return session().validate(dataset, structure, List.of(constraint));
  }

  /**
   * Returns a new session, which remembers the keys it has seen to find duplicates across datasets.
   */
  public Session session() {
    return new Session();
  }

  /**
   * Returns the data structure and constraints that apply to a dataflow, with their codelists
   * resolved.
   */
  Optional<Plan> plan(String dataflow) {
    return plans.computeIfAbsent(
        dataflow,
        f ->
            structures
                .structureFor(f)
                .map(d -> new Plan(d, structures.allowedConstraintsFor(f), structures)));
  }

  /** A data structure with its codelists looked up once. */
  static final class Plan {

    /** The concepts of a scheme as the codes of a measure dimension (SDMX 2.1 MeasureDimension). */
    static Codelist measures(ConceptScheme scheme) {
      Map<String, SdmxCode> codes = new LinkedHashMap<>();
      scheme
          .concepts()
          .values()
          .forEach(c -> codes.put(c.id(), new SdmxCode(c.id(), c.names(), Optional.empty())));
      return new Codelist(scheme.ref(), scheme.names(), codes);
    }

    final DataStructure dsd;
    final List<ContentConstraint> constraints;
    final List<String> dims;
    final Map<String, Codelist> dimCodes = new HashMap<>();
    final Map<String, Codelist> attrCodes = new LinkedHashMap<>();
    final List<String> mandatory = new ArrayList<>();

    Plan(DataStructure dsd, List<ContentConstraint> constraints, SdmxStructures s) {
      this.dsd = dsd;
      this.constraints = List.copyOf(constraints);
      this.dims = dsd.dimensionIds();
      for (SdmxDimension d : dsd.dimensions()) {
        d.codelist()
            .flatMap(r -> s.codelist(r).or(() -> s.conceptScheme(r).map(Plan::measures)))
            .ifPresent(c -> dimCodes.put(d.id(), c));
      }
      for (SdmxAttribute a : dsd.attributes()) {
        a.codelist().flatMap(s::codelist).ifPresent(c -> attrCodes.put(a.id(), c));
        if (a.isMandatory()) {
          mandatory.add(a.id());
        }
      }
    }
  }

  /**
   * Validation of the datasets of one message (or one stream of chunks): remembers the series keys
   * and periods seen. Not thread-safe.
   */
  public final class Session {

    private final Map<String, String> seen = new HashMap<>();
    private final java.util.Set<String> unstructured = new java.util.HashSet<>();

    private Session() {}

    /**
     * Validates a dataset against the structure of its dataflow, remembering its keys.
     *
     * @param dataset the dataset; not null
     * @return the issues; {@code MG-SDMX-017} if no structure applies (once per dataflow in a
     *     session)
     */
    public ValidationReport validate(Dataset dataset) {
      Optional<Plan> plan = plan(dataset.dataflow());
      if (plan.isEmpty()) {
        return unstructured.add(dataset.dataflow())
            ? ValidationReport.of(
                List.of(
                    SdmxRules.issue(
                        SdmxRules.NO_STRUCTURE,
                        SourceLocation.unknown().withPointer("/dataflow"),
                        dataset.dataflow())))
            : ValidationReport.empty();
      }
      return validate(dataset, plan.get());
    }

    /**
     * Validates a dataset against a data structure and constraints, remembering its keys.
     *
     * @param dataset the dataset; not null
     * @param structure the data structure; not null
     * @param constraints the constraints, applied whatever their type; not null
     * @return the issues
     */
    public ValidationReport validate(
        Dataset dataset, DataStructure structure, List<ContentConstraint> constraints) {
      return validate(dataset, new Plan(structure, constraints, structures));
    }

    private ValidationReport validate(Dataset dataset, Plan plan) {
      List<Issue> issues = new ArrayList<>();
      List<Observation> obs = dataset.observations();
      for (int i = 0; i < obs.size(); i++) {
        String p = "/observations/" + i;
        check(
            plan,
            dataset.dataflow(),
            obs.get(i),
            dataset.attributes(),
            p,
            SourceLocation.unknown().withPointer(p),
            issues);
      }
      return ValidationReport.of(issues);
    }

    /**
     * Checks one observation as a reader meets it, remembering its key.
     *
     * @param dataflow the dataflow of its dataset; not null
     * @param observation the observation; not null
     * @param pointer the JSON Pointer of the observation ({@code ""} when it stands alone); not
     *     null
     * @param at where the observation is in its source; not null
     * @return the issues, empty if the observation fits its structure or no structure applies;
     *     whether a structure applies says {@link #hasStructure(String)}
     */
    public List<Issue> check(
        String dataflow, Observation observation, String pointer, SourceLocation at) {
      Optional<Plan> plan = plan(dataflow);
      if (plan.isEmpty()) {
        return List.of();
      }
      List<Issue> issues = new ArrayList<>();
      check(plan.get(), dataflow, observation, Map.of(), pointer, at, issues);
      return issues;
    }

    /** Returns whether a data structure applies to the dataflow. */
    public boolean hasStructure(String dataflow) {
      return plan(dataflow).isPresent();
    }

    private void check(
        Plan plan,
        String flow,
        Observation o,
        Map<String, String> datasetAttrs,
        String p,
        SourceLocation at,
        List<Issue> issues) {
      check(
          plan,
          flow,
          o,
          datasetAttrs,
          p,
          at,
          (id, pointer, value, args) -> issues.add(issue(id, pointer, at, value, args)));
    }

    /** Reports every finding of every rule on a dataset to a sink. */
    void findings(Dataset dataset, Sink out) {
      Optional<Plan> plan = plan(dataset.dataflow());
      if (plan.isEmpty()) {
        out.add(SdmxRules.NO_STRUCTURE, "/dataflow", null, dataset.dataflow());
        return;
      }
      List<Observation> obs = dataset.observations();
      for (int i = 0; i < obs.size(); i++) {
        String p = "/observations/" + i;
        check(
            plan.get(),
            dataset.dataflow(),
            obs.get(i),
            dataset.attributes(),
            p,
            SourceLocation.unknown().withPointer(p),
            out);
      }
    }

    private void check(
        Plan plan,
        String flow,
        Observation o,
        Map<String, String> datasetAttrs,
        String p,
        SourceLocation at,
        Sink out) {
      Map<String, String> dims = o.dimensions();
      List<String> missing = plan.dims.stream().filter(d -> !dims.containsKey(d)).toList();
      List<String> extra = dims.keySet().stream().filter(d -> !plan.dims.contains(d)).toList();
      if (!missing.isEmpty() || !extra.isEmpty()) {
        out.add(SdmxRules.DIMENSIONS, p + "/dimensions", null, plan.dsd.ref(), missing, extra);
      }
      for (Map.Entry<String, String> e : dims.entrySet()) {
        Codelist cl = plan.dimCodes.get(e.getKey());
        if (cl != null && !cl.contains(e.getValue())) {
          out.add(
              SdmxRules.NOT_IN_CODELIST,
              p + "/dimensions/" + e.getKey(),
              e.getValue(),
              e.getKey(),
              cl.ref());
        }
      }
      for (ContentConstraint c : plan.constraints) {
        c.excludedDimension(dims)
            .ifPresent(
                d ->
                    out.add(
                        SdmxRules.CONSTRAINED, p + "/dimensions/" + d, dims.get(d), d, c.ref()));
      }
      Map<String, String> attrs = new LinkedHashMap<>(datasetAttrs);
      attrs.putAll(ObsFields.attributes(o));
      for (String m : plan.mandatory) {
        String v = attrs.get(m);
        if ((v == null || v.isEmpty()) && !dims.containsKey(m)) {
          out.add(SdmxRules.MANDATORY_ATTRIBUTE, p + attributePointer(m), null, m);
        }
      }
      for (Map.Entry<String, String> e : attrs.entrySet()) {
        Codelist cl = plan.attrCodes.get(e.getKey());
        if (cl != null
            && !e.getValue().isEmpty()
            && !cl.contains(e.getValue())
            && !dims.containsKey(e.getKey())) {
          out.add(
              SdmxRules.ATTRIBUTE_NOT_IN_CODELIST,
              p + attributePointer(e.getKey()),
              e.getValue(),
              e.getKey(),
              cl.ref());
        }
      }
      StringBuilder key = new StringBuilder(flow);
      for (String d : plan.dims) {
        key.append('\u0000').append(dims.getOrDefault(d, ""));
      }
      for (String d : extra) {
        key.append('\u0000').append(d).append('=').append(dims.get(d));
      }
      String here = at.equals(SourceLocation.unknown()) ? p : at.toString();
      String first = seen.putIfAbsent(key.toString(), here);
      if (first != null) {
        out.add(SdmxRules.DUPLICATE_KEY, p, null, first);
      }
    }
  }

  /**
   * Where the checks report: a rule id, a pointer relative to the dataset, the offending value, the
   * arguments.
   */
  @FunctionalInterface
  interface Sink {
    void add(String ruleId, String pointer, @Nullable String value, Object... args);
  }

  /** The ids of the rules {@link #rules(SdmxStructures)} adapts, in catalogue order. */
  private static final List<String> RULE_IDS =
      List.of(
          SdmxRules.NOT_IN_CODELIST,
          SdmxRules.MANDATORY_ATTRIBUTE,
          SdmxRules.DUPLICATE_KEY,
          SdmxRules.DIMENSIONS,
          SdmxRules.CONSTRAINED,
          SdmxRules.ATTRIBUTE_NOT_IN_CODELIST,
          SdmxRules.NO_STRUCTURE);

  /**
   * The structure checks as semantic rules on {@link Dataset}, active in the {@code "structural"}
   * and {@code "exchange"} profiles, to add to a {@link org.mignet.core.validation.Validation} with
   * {@code Validation.builder().addRule(...)}: {@code MG-SDMX-010}..{@code 015} and {@code
   * MG-SDMX-017}, with the messages and severities of the readers' checks.
   *
   * @param structures the structures to check against; not null
   * @return the rules, one per rule id; stateless and thread-safe
   * @see #rules(SdmxStructures, Set)
   */
  public static List<Rule<?>> rules(SdmxStructures structures) {
    return rules(structures, Set.of(Profile.STRUCTURAL, Profile.EXCHANGE));
  }

  /**
   * The structure checks as semantic rules on {@link Dataset}, active in the profiles given (e.g.
   * an agency's own profile added with {@code Validation.builder().addProfile(...)}).
   *
   * <p>Each rule checks a dataset on its own: duplicate keys ({@code MG-SDMX-012}) are found within
   * a dataset, not across the chunks of a message as a reader's {@link Session} does. Each rule
   * runs the structure checks and keeps its own findings, so a validation with all of them checks
   * each dataset once per rule.
   *
   * @param structures the structures to check against; not null
   * @param profiles the profiles the rules belong to; not empty
   * @return the rules, one per rule id; stateless and thread-safe
   */
  public static List<Rule<?>> rules(SdmxStructures structures, Set<Profile> profiles) {
    StructureValidator validator = of(structures);
    Set<String> names = new java.util.HashSet<>();
    for (Profile p : profiles) {
      names.add(p.name());
    }
    List<Rule<?>> out = new ArrayList<>();
    for (String id : RULE_IDS) {
      RuleDefinition read = SdmxRules.get(id);
      RuleDefinition def =
          new RuleDefinition(
              org.mignet.core.RuleId.of(id),
              read.severity(),
              RuleKind.SEMANTIC,
              names,
              read.messages(),
              read.rationale(),
              read.source());
      out.add(
          Rule.of(
              def,
              Dataset.class,
              (dataset, context) ->
                  validator
                      .session()
                      .findings(
                          dataset,
                          (rule, pointer, value, args) -> {
                            if (rule.equals(id)) {
                              context.reportValue(pointer, value, args);
                            }
                          })));
    }
    return List.copyOf(out);
  }

  private static String attributePointer(String id) {
    return switch (id) {
      case ObsFields.OBS_STATUS -> "/status";
      case ObsFields.CONF_STATUS -> "/confidentiality";
      case ObsFields.UNIT_MEASURE -> "/unit";
      default -> "/attributes/" + id;
    };
  }

  private static Issue issue(
      String id, String pointer, SourceLocation at, @Nullable String value, Object... args) {
    Issue i = SdmxRules.issue(id, at, args);
    return new Issue(
        i.rule(),
        i.severity(),
        pointer,
        at,
        i.reason(),
        i.arguments(),
        Optional.ofNullable(value),
        false);
  }
}
