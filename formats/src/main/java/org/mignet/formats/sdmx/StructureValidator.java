package org.mignet.formats.sdmx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.ValidationReport;
import org.mignet.formats.sdmx.internal.ObsFields;
import org.mignet.formats.sdmx.internal.SdmxRules;

/**
 * Checks SDMX datasets against their structure: dimensions as in the data structure ({@code MG-SDMX-013}),
 * dimension values in their codelists ({@code MG-SDMX-010}) and allowed by the content constraints
 * ({@code MG-SDMX-014}), mandatory attributes present ({@code MG-SDMX-011}), attribute values in their codelists
 * ({@code MG-SDMX-015}) and one value per series key and period ({@code MG-SDMX-012}). Codelists the structures
 * do not hold are not checked ({@code MG-SDMX-018} when the structures are read).
 *
 * <p>Pointers address the dataset's canonical JSON: {@code /observations/3/dimensions/SEX},
 * {@code /observations/3/status} ({@code OBS_STATUS}), {@code /observations/3/confidentiality}
 * ({@code CONF_STATUS}), {@code /observations/3/unit} ({@code UNIT_MEASURE}), {@code /observations/3/attributes/X}.
 *
 * <p>A validator is immutable and thread-safe; create one per set of structures and share it. Duplicate keys are
 * found within one {@link Session}: a dataset read in chunks is validated chunk by chunk in one session, which
 * remembers every series key and period it has seen (memory grows with the number of distinct keys, about 100
 * bytes each). A session is for one thread.
 */
public final class StructureValidator {

  private final SdmxStructures structures;
  private final Map<String, Optional<Plan>> plans = new ConcurrentHashMap<>();

  private StructureValidator(SdmxStructures structures) {
    this.structures = structures;
  }

  /**
   * @param structures the structures holding the data structures, codelists and constraints; not null
   * @return a validator
   */
  public static StructureValidator of(SdmxStructures structures) {
    return new StructureValidator(Objects.requireNonNull(structures, "structures"));
  }

  /** @return the structures this validator checks against */
  public SdmxStructures structures() {
    return structures;
  }

  /**
   * Validates a dataset against the structure of its dataflow ({@link SdmxStructures#structureFor(String)}) and the
   * allowed constraints that apply to it.
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
   * Validates a dataset against a data structure and a content constraint (applied whatever its type).
   *
   * @param dataset the dataset; not null
   * @param structure the data structure; not null
   * @param constraint the constraint; not null
   * @return the issues
   */
  public ValidationReport validate(Dataset dataset, DataStructure structure, ContentConstraint constraint) {
    return session().validate(dataset, structure, List.of(constraint));
  }

  /** @return a new session, which remembers the keys it has seen to find duplicates across datasets */
  public Session session() {
    return new Session();
  }

  /** @return the data structure and constraints that apply to a dataflow, with their codelists resolved */
  Optional<Plan> plan(String dataflow) {
    return plans.computeIfAbsent(dataflow, f -> structures.structureFor(f)
        .map(d -> new Plan(d, structures.allowedConstraintsFor(f), structures)));
  }

  /** A data structure with its codelists looked up once. */
  static final class Plan {
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
        d.codelist().flatMap(s::codelist).ifPresent(c -> dimCodes.put(d.id(), c));
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
   * Validation of the datasets of one message (or one stream of chunks): remembers the series keys and periods seen.
   * Not thread-safe.
   */
  public final class Session {

    private final Map<String, String> seen = new HashMap<>();
    private final java.util.Set<String> unstructured = new java.util.HashSet<>();

    private Session() {}

    /**
     * Validates a dataset against the structure of its dataflow, remembering its keys.
     *
     * @param dataset the dataset; not null
     * @return the issues; {@code MG-SDMX-017} if no structure applies (once per dataflow in a session)
     */
    public ValidationReport validate(Dataset dataset) {
      Optional<Plan> plan = plan(dataset.dataflow());
      if (plan.isEmpty()) {
        return unstructured.add(dataset.dataflow())
            ? ValidationReport.of(List.of(SdmxRules.issue(SdmxRules.NO_STRUCTURE, SourceLocation.unknown()
                .withPointer("/dataflow"), dataset.dataflow())))
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
    public ValidationReport validate(Dataset dataset, DataStructure structure, List<ContentConstraint> constraints) {
      return validate(dataset, new Plan(structure, constraints, structures));
    }

    private ValidationReport validate(Dataset dataset, Plan plan) {
      List<Issue> issues = new ArrayList<>();
      List<Observation> obs = dataset.observations();
      for (int i = 0; i < obs.size(); i++) {
        String p = "/observations/" + i;
        check(plan, dataset.dataflow(), obs.get(i), dataset.attributes(), p, SourceLocation.unknown().withPointer(p),
            issues);
      }
      return ValidationReport.of(issues);
    }

    /**
     * Checks one observation as a reader meets it, remembering its key.
     *
     * @param dataflow the dataflow of its dataset; not null
     * @param observation the observation; not null
     * @param pointer the JSON Pointer of the observation ({@code ""} when it stands alone); not null
     * @param at where the observation is in its source; not null
     * @return the issues, empty if the observation fits its structure or no structure applies; whether a structure
     *     applies says {@link #hasStructure(String)}
     */
    public List<Issue> check(String dataflow, Observation observation, String pointer, SourceLocation at) {
      Optional<Plan> plan = plan(dataflow);
      if (plan.isEmpty()) {
        return List.of();
      }
      List<Issue> issues = new ArrayList<>();
      check(plan.get(), dataflow, observation, Map.of(), pointer, at, issues);
      return issues;
    }

    /** @return whether a data structure applies to the dataflow */
    public boolean hasStructure(String dataflow) {
      return plan(dataflow).isPresent();
    }

    private void check(Plan plan, String flow, Observation o, Map<String, String> datasetAttrs, String p,
        SourceLocation at, List<Issue> out) {
      Map<String, String> dims = o.dimensions();
      List<String> missing = plan.dims.stream().filter(d -> !dims.containsKey(d)).toList();
      List<String> extra = dims.keySet().stream().filter(d -> !plan.dims.contains(d)).toList();
      if (!missing.isEmpty() || !extra.isEmpty()) {
        out.add(issue(SdmxRules.DIMENSIONS, p + "/dimensions", at, null, plan.dsd.ref(), missing, extra));
      }
      for (Map.Entry<String, String> e : dims.entrySet()) {
        Codelist cl = plan.dimCodes.get(e.getKey());
        if (cl != null && !cl.contains(e.getValue())) {
          out.add(issue(SdmxRules.NOT_IN_CODELIST, p + "/dimensions/" + e.getKey(), at, e.getValue(), e.getKey(),
              cl.ref()));
        }
      }
      for (ContentConstraint c : plan.constraints) {
        c.excludedDimension(dims).ifPresent(d -> out.add(issue(SdmxRules.CONSTRAINED, p + "/dimensions/" + d, at,
            dims.get(d), d, c.ref())));
      }
      Map<String, String> attrs = new LinkedHashMap<>(datasetAttrs);
      attrs.putAll(ObsFields.attributes(o));
      for (String m : plan.mandatory) {
        String v = attrs.get(m);
        if ((v == null || v.isEmpty()) && !dims.containsKey(m)) {
          out.add(issue(SdmxRules.MANDATORY_ATTRIBUTE, p + attributePointer(m), at, null, m));
        }
      }
      for (Map.Entry<String, String> e : attrs.entrySet()) {
        Codelist cl = plan.attrCodes.get(e.getKey());
        if (cl != null && !e.getValue().isEmpty() && !cl.contains(e.getValue()) && !dims.containsKey(e.getKey())) {
          out.add(issue(SdmxRules.ATTRIBUTE_NOT_IN_CODELIST, p + attributePointer(e.getKey()), at, e.getValue(),
              e.getKey(), cl.ref()));
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
        out.add(issue(SdmxRules.DUPLICATE_KEY, p, at, null, first));
      }
    }
  }

  private static String attributePointer(String id) {
    return switch (id) {
      case ObsFields.OBS_STATUS -> "/status";
      case ObsFields.CONF_STATUS -> "/confidentiality";
      case ObsFields.UNIT_MEASURE -> "/unit";
      default -> "/attributes/" + id;
    };
  }

  private static Issue issue(String id, String pointer, SourceLocation at, String value, Object... args) {
    Issue i = SdmxRules.issue(id, at, args);
    return new Issue(id, i.severity(), pointer, at, i.message(), Optional.ofNullable(value), false);
  }
}
