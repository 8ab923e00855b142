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

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.internal.ObsFields;
import org.mignet.formats.internal.SdmxRules;
import org.mignet.formats.sdmx.DataStructure;
import org.mignet.formats.sdmx.SdmxRef;

/**
 * Reads SDMX-ML data messages with StAX (external entities and DTDs off) in one pass with explicit
 * state:
 *
 * <ul>
 *   <li>SDMX-ML 2.1 {@code GenericData} and {@code GenericTimeSeriesData}: series ({@code
 *       Series/SeriesKey}, {@code Attributes}, {@code Obs/ObsDimension}, {@code ObsValue}) and flat
 *       ({@code Obs/ObsKey}); groups ({@code Group/GroupKey}) give their attributes to the series
 *       whose key they match;
 *   <li>SDMX-ML 2.1 {@code StructureSpecificData} and {@code StructureSpecificTimeSeriesData}, with
 *       any dimension at the observation level ({@code TIME_PERIOD}, another dimension for
 *       cross-sections, {@code AllDimensions} for flat data) as the header's {@code Structure} says
 *       for the data set's {@code structureRef}; explicit measures ({@code
 *       explicitMeasures="true"}: the {@code xsi:type} of an {@code Obs} is the value of the
 *       measure dimension);
 *   <li>SDMX-ML 3.0 {@code StructureSpecificData}, read as 2.1's (series, cross-sections and flat
 *       data; the header's structure given by {@code Ref} or by a URN): components whose values are
 *       several or multi-lingual come as {@code Comp} elements ({@code Value}s joined with {@code
 *       ;}, of texts by language the English one, the others reported {@code MG-SDMX-046}); with a
 *       structure of several measures each measure of an observation becomes an observation of its
 *       own, keyed by a {@code MEASURE} dimension holding the measure's id ({@code MG-SDMX-060}, as
 *       the SDMX-CSV reader does). Without a structure only {@code OBS_VALUE} is known as the
 *       measure: another component of a series' observations (but the dimension at observation and
 *       the cross-domain attributes) may be a measure or an attribute, and is read as an attribute
 *       and reported ({@code MG-SDMX-061});
 *   <li>SDMX-ML 2.0 {@code CompactData} (series with the time dimension on {@code Obs}) and {@code
 *       GenericData} ({@code SeriesKey/Value concept=…}, {@code Time}, {@code ObsValue value=…}),
 *       groups holding their series. The time dimension, {@code TIME} or {@code TIME_PERIOD} in
 *       2.0, is {@code TIME_PERIOD} as in SDMX 2.1. SDMX-ML 1.0 generic and compact data, of the
 *       same layout, are read the same way.
 * </ul>
 *
 * One {@code Dataset} per series (or per {@value SdmxCsvReader#CHUNK} observations of a long series
 * or of flat data), so memory does not grow with the message; groups are kept for the data set they
 * belong to.
 *
 * <p>Roles: generic messages say which component is a dimension and which an attribute.
 * Structure-specific and compact messages do not for the components of a series (or of a flat
 * observation): those take their role from the data structure given ({@code
 * SdmxOptions.STRUCTURE}), and without one each is reported once, with the role it is read in
 * ({@code MG-SDMX-026} as a dimension, {@code MG-SDMX-027} as an attribute for the SDMX
 * cross-domain attribute concepts). A structure message, or any other message, given as data is
 * refused ({@code MG-SDMX-028}, {@code MG-SDMX-029}).
 *
 * <p>Values: a number is the observation's value; {@code NaN} or no value is a missing value;
 * anything else is kept as its text value (SDMX allows string measures), reported once per message
 * ({@code MG-SDMX-032}).
 */
final class SdmxMlReader implements RecordReader {

  private static final XMLInputFactory FACTORY =
      org.mignet.formats.internal.SecureXml.inputFactory();

  /** The properties of a data set element that are not component values (SDMX-ML 2.1 and 2.0). */
  private static final Set<String> DATASET_PROPERTIES =
      Set.of(
          "structureRef",
          "setID",
          "action",
          "reportingBeginDate",
          "reportingEndDate",
          "validFromDate",
          "validToDate",
          "publicationYear",
          "publicationPeriod",
          "dataScope",
          "keyFamilyURI",
          "datasetID",
          "dataProviderSchemeAgencyId",
          "dataProviderSchemeId",
          "dataProviderID",
          "dataflowAgencyID",
          "dataflowID");

  /**
   * SDMX cross-domain concepts that data structures use as attributes (never as dimensions in
   * practice).
   */
  static final Set<String> ATTRIBUTE_CONCEPTS =
      Set.of(
          ObsFields.OBS_STATUS,
          ObsFields.CONF_STATUS,
          "CONF_STATUS_OBS",
          "OBS_CONF",
          "OBS_COM",
          "OBS_PRE_BREAK",
          "UNIT_MULT",
          "DECIMALS",
          "TIME_FORMAT",
          "TITLE",
          "TITLE_COMPL",
          "COMMENT",
          "COMMENT_OBS",
          "COMMENT_TS",
          "COMMENT_DSET",
          "EMBARGO_TIME",
          "BASE_PER",
          "COMPILING_ORG",
          "DATA_COMP",
          "SOURCE_DETAIL",
          "COLL_METHOD");

  private enum Kind {
    GENERIC_21,
    SPECIFIC_21,
    SPECIFIC_30,
    GENERIC_20,
    COMPACT_20;

    boolean generic() {
      return this == GENERIC_21 || this == GENERIC_20;
    }

    /** SDMX-ML 2.1 and 3.0 structure-specific data, which declare a dimension at observation. */
    boolean structureSpecific() {
      return this == SPECIFIC_21 || this == SPECIFIC_30;
    }
  }

  private enum Role {
    DIMENSION,
    ATTRIBUTE,
    MEASURE
  }

  /** What a header's {@code Structure} says about the data sets that refer to it. */
  private record HeaderStructure(
      String flow, String kind, String atObservation, boolean explicit) {}

  private final XMLStreamReader xml;
  private final InputStream in;
  private final String source;
  private final StructureGate gate;
  private final ArrayDeque<ReadResult> queue = new ArrayDeque<>();
  private final List<Issue> pending = new ArrayList<>();
  private final Set<String> reported = new HashSet<>();
  private final Deque<String> path = new ArrayDeque<>();
  private final StringBuilder text = new StringBuilder();
  private boolean collect;
  private Kind kind;
  private boolean done;
  private boolean textReported;

  // header
  private final Map<String, HeaderStructure> headerStructures = new LinkedHashMap<>();
  private String hsId;
  private String hsAtObs;
  private boolean hsExplicit;
  private String hsFlow;
  private String hsKind;
  private String refElement;
  private String headerAgency;
  private String headerSender;
  private String headerPrepared;

  // the data set
  private boolean dsReady;
  private String dsStructureRef;

  /** The action of the data set being read ({@link ObsFields#action}), Information by default. */
  private String dsAction = "Information";

  /** Whether the data set being read deletes data, and is skipped after its refusal. */
  private boolean deleting;

  private String dsFlowAgency;
  private String dsFlowId;
  private String keyFamilyRef;
  private String flow;
  private String flowKind = "dataflow";
  private String atObservation = Observation.TIME_PERIOD;
  private boolean flat;
  private boolean explicit;
  private DataStructure dsd;
  private Map<String, String> datasetAttrs = new LinkedHashMap<>();
  private final List<Map<String, String>[]> groups = new ArrayList<>();

  /**
   * The groups of the data set that the series being read matches on every dimension it holds and
   * that also name a dimension it does not (the dimension at observation of a cross-section): each
   * the key left to match on an observation, and the group's attributes.
   */
  private final List<Map<String, String>[]> observationGroups = new ArrayList<>();

  // generic group, series and observation
  private Map<String, String> groupKey;
  private Map<String, String> groupAttrs;
  private Map<String, String> seriesDims;
  private Map<String, String> seriesAttrs;
  private boolean seriesReady;
  private Map<String, String> obsDims;
  private Map<String, String> obsAttrs;
  private String obsRaw;
  private SourceLocation obsAt;
  private String section;

  // a structure-specific (or compact) observation, complete at its end tag (SDMX-ML 3.0 gives it
  // Comp children)
  private Map<String, String> ssObs;
  private String ssObsType;

  // an SDMX-ML 3.0 Comp element: a component's values (several, or text in several languages)
  private String compId;
  private final List<String> compValues = new ArrayList<>();
  private final Map<String, String> compTexts = new LinkedHashMap<>();
  private String textLang;

  // output
  private List<Observation> chunk = new ArrayList<>();
  private List<String> dimIds;
  private SourceLocation chunkStart;
  private long chunks;
  private long count;

  SdmxMlReader(InputStream in, String source, StructureGate gate) {
    this.in = in;
    this.source = source;
    this.gate = gate;
    XMLStreamReader r;
    try {
      r = FACTORY.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      r = null;
      fail(e);
    }
    this.xml = r;
  }

  @Override
  public boolean hasNext() {
    while (queue.isEmpty() && !done) {
      step();
    }
    return !queue.isEmpty();
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return queue.poll();
  }

  private SourceLocation here() {
    return new SourceLocation(
        Optional.of(source),
        count,
        Math.max(0, xml.getLocation().getLineNumber()),
        Math.max(0, xml.getLocation().getColumnNumber()),
        Optional.empty());
  }

  private void step() {
    try {
      if (!xml.hasNext()) {
        end();
        return;
      }
      switch (xml.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          String parent = path.peek();
          String name = xml.getLocalName();
          path.push(name);
          text.setLength(0);
          collect = false;
          if (parent == null) {
            root(name);
          } else {
            start(name, parent);
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (collect) {
            text.append(xml.getText());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          String name = path.pop();
          finish(name, path.isEmpty() ? "" : path.peek(), text.toString().strip());
          text.setLength(0);
          collect = false;
        }
        case XMLStreamConstants.END_DOCUMENT -> end();
        default -> {}
      }
    } catch (XMLStreamException ex) {
      flush();
      fail(ex);
    }
  }

  private void end() {
    flush();
    done = true;
  }

  /** The root element says what kind of message this is; only data messages are read. */
  private void root(String name) {
    String ns = Optional.ofNullable(xml.getNamespaceURI()).orElse("");
    String lower = ns.toLowerCase(Locale.ROOT);
    String version =
        lower.contains("/v2_1/")
            ? "2.1"
            : lower.contains("/v2_0/")
                ? "2.0"
                : lower.contains("/v3_0/") ? "3.0" : lower.contains("/v1_0/") ? "1.0" : null;
    if ("2.1".equals(version)) {
      kind =
          switch (name) {
            case "GenericData", "GenericTimeSeriesData" -> Kind.GENERIC_21;
            case "StructureSpecificData", "StructureSpecificTimeSeriesData" -> Kind.SPECIFIC_21;
            default -> null;
          };
    } else if ("3.0".equals(version)) {
      // SDMX-ML 3.0 has structure-specific data only (no generic data message)
      kind = name.equals("StructureSpecificData") ? Kind.SPECIFIC_30 : null;
    } else if ("2.0".equals(version) || "1.0".equals(version)) {
      // SDMX-ML 1.0 generic and compact data have the layout 2.0 kept (Rosstat still publishes 1.0
      // generic data)
      kind =
          switch (name) {
            case "GenericData" -> Kind.GENERIC_20;
            case "CompactData" -> Kind.COMPACT_20;
            default -> null;
          };
    }
    if (kind != null) {
      return;
    }
    SourceLocation at = here();
    String what = version == null ? name : "SDMX-ML " + version + " " + name;
    Issue issue =
        name.equals("Structure") || (name.equals("RegistryInterface") && version != null)
            ? SdmxRules.issue(SdmxRules.STRUCTURE_AS_DATA, at, what)
            : SdmxRules.issue(SdmxRules.NOT_A_DATA_MESSAGE, at, what);
    queue.add(new ReadResult.Failed(at, List.of(issue)));
    done = true;
  }

  private void start(String name, String parent) {
    if (path.contains("Header")) {
      header(name, parent);
      return;
    }
    if (name.equals("DataSet") && path.size() == 2) {
      dataSet();
      return;
    }
    if (!path.contains("DataSet") || path.contains("Annotations") || deleting) {
      return;
    }
    if (kind.generic()) {
      generic(name);
    } else {
      specific(name, parent);
    }
  }

  private void header(String name, String parent) {
    switch (name) {
      case "Structure" -> {
        if (parent.equals("Header")) {
          hsId = xml.getAttributeValue(null, "structureID");
          hsAtObs = xml.getAttributeValue(null, "dimensionAtObservation");
          hsExplicit = "true".equals(xml.getAttributeValue(null, "explicitMeasures"));
          hsFlow = null;
          hsKind = "dataflow";
        } else {
          // SDMX-ML 3.0 writes the reference as a URN, the element's text
          refElement = name;
          collect = true;
        }
      }
      case "StructureUsage", "ProvisionAgrement", "ProvisionAgreement" -> {
        refElement = name;
        collect = true;
      }
      case "Ref" -> {
        String id = xml.getAttributeValue(null, "id");
        if (hsFlow == null && id != null && refElement != null) {
          String agency = xml.getAttributeValue(null, "agencyID");
          hsFlow =
              (agency == null ? "UNKNOWN" : agency)
                  + ":"
                  + id
                  + "("
                  + Optional.ofNullable(xml.getAttributeValue(null, "version")).orElse("1.0")
                  + ")";
          String cls = xml.getAttributeValue(null, "class");
          hsKind =
              refElement.equals("Structure") || "DataStructure".equals(cls)
                  ? "datastructure"
                  : refElement.startsWith("Provision") || "ProvisionAgreement".equals(cls)
                      ? "dataprovision"
                      : "dataflow";
        }
      }
      case "URN", "DataSetAgency", "KeyFamilyRef" -> collect = true;
      case "Sender" -> {
        if (headerAgency == null) {
          headerAgency = xml.getAttributeValue(null, "id");
        }
        if (headerSender == null) {
          headerSender = xml.getAttributeValue(null, "id");
        }
      }
      case "Prepared" -> collect = true;
      default -> {}
    }
  }

  private void dataSet() {
    dsReady = false;
    dsStructureRef = null;
    dsFlowAgency = null;
    dsFlowId = null;
    keyFamilyRef = null;
    datasetAttrs = new LinkedHashMap<>();
    groups.clear();
    observationGroups.clear();
    dsAction = "Information";
    deleting = false;
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String local = xml.getAttributeLocalName(i);
      String v = xml.getAttributeValue(i);
      switch (local) {
        case "action" -> {
          String word = ObsFields.action(v);
          if (word == null || word.equals("Delete")) {
            // a deletion read as observations would turn it into data: the data set is refused
            // whole, its content not read
            deleting = true;
            SourceLocation at = here();
            queue.add(
                new ReadResult.Failed(
                    at,
                    withPending(
                        List.of(
                            SdmxRules.issueWithValue(
                                SdmxRules.ACTION_NOT_READ,
                                at,
                                v,
                                false,
                                v.length() > 40 ? v.substring(0, 40) + "…" : v)))));
          } else {
            dsAction = word;
          }
        }
        case "structureRef" -> dsStructureRef = v;
        case "dataflowAgencyID" -> dsFlowAgency = v;
        case "dataflowID" -> dsFlowId = v;
        default -> {
          if (!kind.generic() && unqualified(i) && !DATASET_PROPERTIES.contains(local)) {
            datasetAttrs.put(local, v);
          }
        }
      }
    }
  }

  /**
   * Resolves the data set's structure once its references are known (2.0 gives one in a child
   * element).
   */
  private void ready() {
    if (dsReady) {
      return;
    }
    dsReady = true;
    HeaderStructure hs = dsStructureRef == null ? null : headerStructures.get(dsStructureRef);
    if (hs == null && headerStructures.size() == 1) {
      hs = headerStructures.values().iterator().next();
    }
    if (hs != null && hs.flow() != null) {
      flow = hs.flow();
      flowKind = hs.kind();
    } else if (dsFlowId != null) {
      flow =
          Optional.ofNullable(dsFlowAgency)
                  .orElse(Optional.ofNullable(headerAgency).orElse("UNKNOWN"))
              + ":"
              + dsFlowId
              + "(1.0)";
      flowKind = "dataflow";
    } else if (keyFamilyRef != null && !keyFamilyRef.isEmpty()) {
      flow = Optional.ofNullable(headerAgency).orElse("UNKNOWN") + ":" + keyFamilyRef + "(1.0)";
      flowKind = "datastructure";
    } else {
      flow = null;
      flowKind = "dataflow";
    }
    String at =
        hs == null || hs.atObservation() == null ? Observation.TIME_PERIOD : hs.atObservation();
    flat = at.equals("AllDimensions");
    atObservation = flat ? null : at;
    explicit = hs != null && hs.explicit();
    dsd = gate == null ? null : gate.structure(flowName()).orElse(null);
  }

  // ---- generic data (2.1 and 2.0) ----

  private void generic(String name) {
    switch (name) {
      case "KeyFamilyRef" -> collect = true;
      case "Group" -> {
        ready();
        groupKey = new LinkedHashMap<>();
        groupAttrs = new LinkedHashMap<>();
      }
      case "Series" -> {
        ready();
        flush();
        if (groupKey != null) {
          // SDMX-ML 2.0: a group holds its series, after its key and attributes
          registerGroup();
        }
        seriesDims = new LinkedHashMap<>();
        seriesAttrs = new LinkedHashMap<>();
        seriesReady = false;
        chunkStart = here();
      }
      case "SeriesKey", "GroupKey", "ObsKey", "Attributes" -> section = name;
      case "Value" -> value();
      case "Obs" -> {
        ready();
        count++;
        obsAt = here();
        obsDims = new LinkedHashMap<>();
        obsAttrs = new LinkedHashMap<>();
        obsRaw = null;
      }
      case "ObsDimension" -> {
        if (obsDims != null) {
          String id = xml.getAttributeValue(null, "id");
          String v = xml.getAttributeValue(null, "value");
          if (v != null) {
            // without its value the observation lacks the dimension at observation: reported
            // (MG-SDMX-030) below
            obsDims.put(
                id != null ? id : atObservation == null ? Observation.TIME_PERIOD : atObservation,
                v);
          }
        }
      }
      case "Time" -> collect = obsDims != null;
      case "ObsValue" -> {
        if (obsDims != null) {
          obsRaw = xml.getAttributeValue(null, "value");
        }
      }
      default -> {}
    }
  }

  private void value() {
    String id =
        Optional.ofNullable(xml.getAttributeValue(null, "id"))
            .orElse(xml.getAttributeValue(null, "concept"));
    String v = xml.getAttributeValue(null, "value");
    if (section == null) {
      return;
    }
    if (id == null) {
      pending.add(SdmxRules.issue(SdmxRules.VALUE_WITHOUT_ID, here()));
      return;
    }
    if (kind == Kind.GENERIC_20 && id.equals("TIME")) {
      id = Observation.TIME_PERIOD;
    }
    Map<String, String> into =
        switch (section) {
          case "SeriesKey" -> seriesDims;
          case "GroupKey" -> groupKey;
          case "ObsKey" -> obsDims;
          default ->
              obsDims != null
                  ? obsAttrs
                  : seriesDims != null
                      ? seriesAttrs
                      : groupAttrs != null ? groupAttrs : datasetAttrs;
        };
    if (into != null) {
      into.put(id, v == null ? "" : v);
    }
  }

  /** A generic observation is complete at its end tag. */
  private void genericObservation() {
    Map<String, String> dims = new LinkedHashMap<>();
    Map<String, String> attrs = new LinkedHashMap<>(datasetAttrs);
    if (seriesDims != null) {
      if (!seriesReady) {
        applySeriesGroups(seriesDims, seriesAttrs);
        seriesReady = true;
      }
      dims.putAll(seriesDims);
      attrs.putAll(seriesAttrs);
    } else {
      Map<String, String> fromGroups = new LinkedHashMap<>();
      applyGroups(obsDims, fromGroups);
      attrs.putAll(fromGroups);
    }
    dims.putAll(obsDims);
    attrs.putAll(obsAttrs);
    if (seriesDims != null) {
      applyObservationGroups(obsDims, attrs);
    }
    if (seriesDims != null && atObservation != null && !obsDims.containsKey(atObservation)) {
      queue.add(
          new ReadResult.Failed(
              obsAt,
              withPending(
                  List.of(SdmxRules.issue(SdmxRules.NO_OBS_DIMENSION, obsAt, atObservation)))));
      return;
    }
    emit(obsAt, dims, attrs, obsRaw);
  }

  /**
   * Gives a series the attributes of every group whose key it matches; keeps for its observations
   * the groups whose key it matches on the dimensions it holds but that name another (the dimension
   * at observation of a cross-section).
   */
  private void applySeriesGroups(Map<String, String> dims, Map<String, String> attrs) {
    observationGroups.clear();
    for (Map<String, String>[] g : groups) {
      Map<String, String> key = g[0];
      if (key.isEmpty()) {
        continue;
      }
      Map<String, String> left = new LinkedHashMap<>();
      boolean differs = false;
      for (Map.Entry<String, String> e : key.entrySet()) {
        String v = dims.get(e.getKey());
        if (v == null) {
          left.put(e.getKey(), e.getValue());
        } else if (!v.equals(e.getValue())) {
          differs = true;
          break;
        }
      }
      if (differs) {
        continue;
      }
      if (left.isEmpty()) {
        g[1].forEach(attrs::putIfAbsent);
      } else {
        observationGroups.add(pair(left, g[1]));
      }
    }
  }

  /**
   * Gives an observation of a series the attributes of the groups kept for it whose key it
   * completes.
   */
  private void applyObservationGroups(Map<String, String> obsDims, Map<String, String> attrs) {
    for (Map<String, String>[] g : observationGroups) {
      boolean match = true;
      for (Map.Entry<String, String> e : g[0].entrySet()) {
        if (!e.getValue().equals(obsDims.get(e.getKey()))) {
          match = false;
          break;
        }
      }
      if (match) {
        g[1].forEach(attrs::putIfAbsent);
      }
    }
  }

  private static Map<String, String>[] pair(Map<String, String> key, Map<String, String> attrs) {
    @SuppressWarnings({
      "unchecked",
      "rawtypes"
    }) // a generic array: the raw Map[] is its only spelling
    Map<String, String>[] g = new Map[] {key, attrs};
    return g;
  }

  /** Gives a flat observation the attributes of every group whose key it matches. */
  private void applyGroups(Map<String, String> dims, Map<String, String> attrs) {
    for (Map<String, String>[] g : groups) {
      Map<String, String> key = g[0];
      boolean match = !key.isEmpty();
      for (Map.Entry<String, String> e : key.entrySet()) {
        if (!e.getValue().equals(dims.get(e.getKey()))) {
          match = false;
          break;
        }
      }
      if (match) {
        g[1].forEach(attrs::putIfAbsent);
      }
    }
  }

  // ---- structure-specific (2.1) and compact (2.0) data ----

  private void specific(String name, String parent) {
    boolean inDataSet = parent.equals("DataSet");
    if (name.equals("Series")) {
      ready();
      flush();
      seriesDims = new LinkedHashMap<>();
      seriesAttrs = new LinkedHashMap<>();
      chunkStart = here();
      for (int i = 0; i < xml.getAttributeCount(); i++) {
        if (unqualified(i)) {
          String id = xml.getAttributeLocalName(i);
          String v = xml.getAttributeValue(i);
          switch (role(id)) {
            case DIMENSION -> seriesDims.put(timeName(id), v);
            default -> seriesAttrs.put(id, v);
          }
        }
      }
      specificGroups();
    } else if (name.equals("Obs")) {
      ready();
      count++;
      obsAt = here();
      ssObs = new LinkedHashMap<>();
      ssObsType = null;
      for (int i = 0; i < xml.getAttributeCount(); i++) {
        if (unqualified(i)) {
          ssObs.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        } else if (XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(xml.getAttributeNamespace(i))
            && xml.getAttributeLocalName(i).equals("type")) {
          String t = xml.getAttributeValue(i);
          ssObsType = t.substring(t.indexOf(':') + 1);
        }
      }
    } else if (name.equals("Comp") && kind == Kind.SPECIFIC_30) {
      ready();
      compId = xml.getAttributeValue(null, "id");
      compValues.clear();
    } else if (name.equals("Value") && compId != null) {
      compTexts.clear();
      collect = true;
    } else if (name.equals("Text") && compId != null) {
      textLang =
          Optional.ofNullable(xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang")).orElse("");
      collect = true;
    } else if (inDataSet && (name.equals("Group") || kind == Kind.COMPACT_20)) {
      ready();
      Map<String, String> all = new LinkedHashMap<>();
      for (int i = 0; i < xml.getAttributeCount(); i++) {
        if (unqualified(i)) {
          all.put(timeName(xml.getAttributeLocalName(i)), xml.getAttributeValue(i));
        }
      }
      @SuppressWarnings({
        "unchecked",
        "rawtypes"
      }) // a generic array: the raw Map[] is its only spelling
      Map<String, String>[] g = new Map[] {all, null};
      groups.add(g);
    }
  }

  /**
   * A group's values of the series' dimensions are its key; the rest are its attributes (with a
   * structure, its dimensions are the key).
   */
  private void specificGroups() {
    observationGroups.clear();
    for (Map<String, String>[] g : groups) {
      Map<String, String> all = g[0];
      boolean match = false;
      Map<String, String> attrs = new LinkedHashMap<>();
      Map<String, String> left = new LinkedHashMap<>();
      boolean differs = false;
      for (Map.Entry<String, String> e : all.entrySet()) {
        String id = e.getKey();
        boolean isDim =
            dsd != null
                ? dsd.dimension(id).isPresent()
                : seriesDims.containsKey(id) || id.equals(atObservation);
        String v = seriesDims.get(id);
        if (isDim && v == null) {
          // a dimension the series does not hold (the dimension at observation): matched on each
          // observation
          left.put(id, e.getValue());
        } else if (isDim) {
          if (e.getValue().equals(v)) {
            match = true;
          } else {
            differs = true;
          }
        } else {
          attrs.put(id, e.getValue());
        }
      }
      if (differs) {
        continue;
      }
      if (!left.isEmpty()) {
        observationGroups.add(pair(left, attrs));
      } else if (match) {
        attrs.forEach(seriesAttrs::putIfAbsent);
      }
    }
  }

  /**
   * Ends an SDMX-ML 3.0 {@code Comp}: its values, joined with {@code ;} (as SDMX-CSV 2.0 writes
   * several values), go where an XML attribute of its parent would.
   */
  private void endComp(String parent) {
    String id = compId;
    compId = null;
    if (id == null || compValues.isEmpty()) {
      return;
    }
    String v = String.join(";", compValues);
    switch (parent) {
      case "Obs" -> {
        if (ssObs != null) {
          ssObs.put(id, v);
        }
      }
      case "Series" -> {
        if (seriesAttrs != null) {
          seriesAttrs.put(id, v);
        }
      }
      case "Group" -> {
        if (!groups.isEmpty()) {
          groups.get(groups.size() - 1)[0].put(id, v);
        }
      }
      default -> datasetAttrs.put(id, v);
    }
  }

  /**
   * Ends a {@code Value} of a {@code Comp}: its text, or of its texts by language the English one
   * (a text without a language is English in SDMX-ML 3.0), else the first; the others reported.
   */
  private void endCompValue(String value) {
    if (compTexts.isEmpty()) {
      compValues.add(value);
      return;
    }
    String lang =
        compTexts.containsKey("en")
            ? "en"
            : compTexts.containsKey("") ? "" : compTexts.keySet().iterator().next();
    compValues.add(compTexts.get(lang));
    if (compTexts.size() > 1 && reported.add("lang:" + compId)) {
      pending.add(
          SdmxRules.issue(SdmxRules.LOCALISED_TEXT, here(), compId, lang.isEmpty() ? "en" : lang));
    }
    compTexts.clear();
  }

  private void specificObservation() {
    SourceLocation at = obsAt;
    Map<String, String> comps = ssObs;
    String type = ssObsType;
    ssObs = null;
    // the measures present, in the structure's order; without a structure only OBS_VALUE is known
    Map<String, String> measureValues = new LinkedHashMap<>();
    for (String m : dsd == null ? List.of(ObsFields.OBS_VALUE) : dsd.measures()) {
      String v = comps.remove(m);
      if (v != null) {
        measureValues.put(m, v);
      }
    }
    String raw = measureValues.get(dsd == null ? ObsFields.OBS_VALUE : dsd.primaryMeasure());
    Map<String, String> dims = new LinkedHashMap<>();
    Map<String, String> attrs = new LinkedHashMap<>(datasetAttrs);
    boolean series = seriesDims != null && !flat;
    if (series) {
      dims.putAll(seriesDims);
      attrs.putAll(seriesAttrs);
    }
    boolean timeFound = comps.keySet().stream().anyMatch(this::isTime);
    Map<String, String> obsDimsHere = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : comps.entrySet()) {
      String id = e.getKey();
      Role r;
      if (dsd != null) {
        r = role(id);
      } else if (series && (id.equals(atObservation) || (kind == Kind.COMPACT_20 && isTime(id)))) {
        r = Role.DIMENSION;
      } else if (series && kind == Kind.SPECIFIC_30) {
        // SDMX 3.0: besides the dimension at observation, a measure or an attribute
        r = Role.ATTRIBUTE;
        if (!ATTRIBUTE_CONCEPTS.contains(id)) {
          report(SdmxRules.ROLE_MEASURE_OR_ATTRIBUTE, id);
        }
      } else if (series && (kind == Kind.SPECIFIC_21 || timeFound)) {
        r = Role.ATTRIBUTE; // at the observation level only the dimension at observation is a
        // dimension
      } else {
        r = role(id);
      }
      if (r == Role.DIMENSION) {
        obsDimsHere.put(timeName(id), e.getValue());
      } else {
        attrs.put(id, e.getValue());
      }
    }
    if (explicit && type != null) {
      String measureDim = atObservation;
      if (measureDim == null) {
        measureDim =
            dsd == null
                ? null
                : dsd.dimensions().stream()
                    .filter(d -> !d.time())
                    .map(d -> d.id())
                    .filter(d -> !obsDimsHere.containsKey(d) && !dims.containsKey(d))
                    .reduce((a, b) -> null)
                    .orElse(null);
      }
      if (measureDim == null) {
        queue.add(
            new ReadResult.Failed(
                at,
                withPending(List.of(SdmxRules.issue(SdmxRules.NO_MEASURE_DIMENSION, at, type)))));
        return;
      }
      obsDimsHere.put(measureDim, type);
    }
    // SDMX-ML 2.0 declares no dimension at observation: its time dimension is checked against the
    // structure
    if (series && kind.structureSpecific() && !obsDimsHere.containsKey(atObservation)) {
      queue.add(
          new ReadResult.Failed(
              at,
              withPending(
                  List.of(SdmxRules.issue(SdmxRules.NO_OBS_DIMENSION, at, atObservation)))));
      return;
    }
    dims.putAll(obsDimsHere);
    if (series) {
      applyObservationGroups(obsDimsHere, attrs);
    } else {
      Map<String, String> fromGroups = new LinkedHashMap<>();
      applyGroupsLoose(dims, fromGroups);
      fromGroups.forEach(attrs::putIfAbsent);
    }
    Map<String, String> keyed = Map.of();
    if (dsd != null
        && dsd.measures().size() > 1
        && dsd.dimension(SdmxCsvReader.MEASURE_DIMENSION).isEmpty()) {
      // one measure per observation in the model: each measure is its own observation, keyed by
      // the measure's id, as in the SDMX-CSV and SDMX-JSON readers
      keyed = measureValues;
      if (keyed.isEmpty()) {
        // no measure given (e.g. a missing value with its status): one observation of the primary
        // measure, without a value, keeps the attributes
        keyed = new LinkedHashMap<>();
        keyed.put(dsd.primaryMeasure(), null);
      }
      if (reported.add("measures:" + flowName())) {
        pending.add(
            SdmxRules.issue(
                SdmxRules.MEASURES_AS_OBSERVATIONS,
                at,
                dsd.measures().size(),
                flowName(),
                SdmxCsvReader.MEASURE_DIMENSION));
      }
    } else if (measureValues.size() > 1) {
      // the structure's own MEASURE dimension cannot also key the measures: carried as attributes
      measureValues.forEach(
          (m, v) -> {
            if (!m.equals(dsd.primaryMeasure())) {
              attrs.put(m, v);
            }
          });
      if (reported.add("measures:" + flowName())) {
        List<String> others = new ArrayList<>(measureValues.keySet());
        others.remove(dsd.primaryMeasure());
        pending.add(
            SdmxRules.issue(
                SdmxRules.SEVERAL_MEASURES, at, String.join(", ", others), dsd.primaryMeasure()));
      }
    }
    emit(at, dims, attrs, raw, keyed);
  }

  private void applyGroupsLoose(Map<String, String> dims, Map<String, String> attrs) {
    for (Map<String, String>[] g : groups) {
      boolean match = false;
      boolean differs = false;
      Map<String, String> a = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : g[0].entrySet()) {
        if (dims.containsKey(e.getKey())) {
          if (e.getValue().equals(dims.get(e.getKey()))) {
            match = true;
          } else {
            differs = true;
          }
        } else {
          a.put(e.getKey(), e.getValue());
        }
      }
      if (match && !differs) {
        a.forEach(attrs::putIfAbsent);
      }
    }
  }

  private boolean isTime(String id) {
    return id.equals(Observation.TIME_PERIOD)
        || id.equals("TIME")
        || id.equals(timeConcept())
        || (dsd != null && dsd.timeDimension().map(t -> t.id().equals(id)).orElse(false));
  }

  /**
   * The concept of the structure's time dimension, which names it in SDMX-ML 2.0 data; null if
   * none.
   */
  private String timeConcept() {
    return dsd == null
        ? null
        : dsd.timeDimension().flatMap(t -> t.concept()).map(c -> c.id()).orElse(null);
  }

  /** SDMX-ML 2.0 names the time dimension after its concept, {@code TIME} in older structures. */
  private String timeName(String id) {
    if ((kind == Kind.COMPACT_20 || kind == Kind.GENERIC_20)
        && (id.equals("TIME") || id.equals(timeConcept()))) {
      return dsd == null
          ? Observation.TIME_PERIOD
          : dsd.timeDimension().map(t -> t.id()).orElse(Observation.TIME_PERIOD);
    }
    return id;
  }

  /**
   * The role of a component of a series (or of a flat observation): from the structure when there
   * is one, else from what SDMX fixes (the time dimension, the dimension at observation, the
   * primary measure), else reported.
   */
  private Role role(String id) {
    if (dsd != null) {
      if (dsd.dimension(id).isPresent() || isTime(id)) {
        return Role.DIMENSION;
      }
      if (dsd.attribute(id).isPresent()) {
        return Role.ATTRIBUTE;
      }
      return dsd.measures().contains(id) ? Role.MEASURE : Role.DIMENSION;
    }
    if (id.equals(Observation.TIME_PERIOD)
        || id.equals(atObservation)
        || (kind == Kind.COMPACT_20 && id.equals("TIME"))) {
      return Role.DIMENSION;
    }
    if (ATTRIBUTE_CONCEPTS.contains(id)) {
      report(SdmxRules.ROLE_AS_ATTRIBUTE, id);
      return Role.ATTRIBUTE;
    }
    report(SdmxRules.ROLE_AS_DIMENSION, id);
    return Role.DIMENSION;
  }

  private void report(String rule, String id) {
    if (reported.add(id)) {
      pending.add(SdmxRules.issueWithValue(rule, here(), id, false, id));
    }
  }

  private boolean unqualified(int i) {
    String ns = xml.getAttributeNamespace(i);
    return ns == null || ns.isEmpty();
  }

  // ---- end tags ----

  private void finish(String name, String parent, String value) throws XMLStreamException {
    if (path.contains("Header") || name.equals("Header")) {
      switch (name) {
        case "URN" -> urnReference(value);
        case "StructureUsage", "ProvisionAgrement", "ProvisionAgreement" -> {
          if (value.startsWith("urn:")) {
            urnReference(value);
          }
        }
        case "Structure" -> {
          if (!parent.equals("Header") && value.startsWith("urn:")) {
            urnReference(value);
          } else if (parent.equals("Header")) {
            headerStructures.put(
                hsId == null ? "" : hsId, new HeaderStructure(hsFlow, hsKind, hsAtObs, hsExplicit));
            refElement = null;
          }
        }
        case "DataSetAgency" -> headerAgency = value.isEmpty() ? headerAgency : value;
        case "Prepared" -> headerPrepared = value;
        case "KeyFamilyRef" -> keyFamilyRef = value;
        default -> {}
      }
      return;
    }
    if (name.equals("DataSet") && path.size() == 1) {
      flush();
      seriesDims = null;
      groups.clear();
      deleting = false;
      dsAction = "Information";
      return;
    }
    if (kind == null || !path.contains("DataSet") || deleting) {
      return;
    }
    switch (name) {
      case "KeyFamilyRef" -> keyFamilyRef = value;
      case "Time" -> {
        if (obsDims != null) {
          obsDims.put(Observation.TIME_PERIOD, value);
        }
      }
      case "SeriesKey", "GroupKey", "ObsKey", "Attributes" -> section = null;
      case "Group" -> {
        if (kind.generic() && groupKey != null) {
          registerGroup();
        }
      }
      case "Obs" -> {
        if (kind.generic() && obsDims != null) {
          genericObservation();
          obsDims = null;
          obsAttrs = null;
        } else if (!kind.generic() && ssObs != null) {
          specificObservation();
        }
      }
      case "Comp" -> endComp(parent);
      case "Value" -> {
        if (compId != null) {
          endCompValue(value);
        }
      }
      case "Text" -> {
        if (compId != null) {
          compTexts.putIfAbsent(textLang == null ? "" : textLang, value);
        }
      }
      case "Series" -> {
        flush();
        seriesDims = null;
        seriesAttrs = null;
      }
      default -> {}
    }
  }

  /** Takes a header structure's reference from a URN (SDMX-ML 2.1 {@code URN}, 3.0 text). */
  private void urnReference(String value) {
    if (hsFlow == null && refElement != null && !value.isEmpty()) {
      try {
        hsFlow = SdmxRef.parse(value).toString();
        hsKind =
            value.contains(".DataStructure=")
                ? "datastructure"
                : value.contains(".ProvisionAgreement=") ? "dataprovision" : "dataflow";
      } catch (IllegalArgumentException e) {
        // not a reference: the data set is named after its source
      }
    }
  }

  private void registerGroup() {
    @SuppressWarnings({
      "unchecked",
      "rawtypes"
    }) // a generic array: the raw Map[] is its only spelling
    Map<String, String>[] g = new Map[] {groupKey, groupAttrs};
    groups.add(g);
    groupKey = null;
    groupAttrs = null;
  }

  // ---- output ----

  private void emit(
      SourceLocation at, Map<String, String> dims, Map<String, String> attrs, String raw) {
    emit(at, dims, attrs, raw, Map.of());
  }

  /**
   * Emits an observation, or (several measures, {@code keyed} not empty) one observation per
   * measure keyed by {@code MEASURE}; the key and attributes are checked against the structure
   * once, before the measure is keyed (the structure has no MEASURE dimension).
   */
  private void emit(
      SourceLocation at,
      Map<String, String> dims,
      Map<String, String> attrs,
      String raw,
      Map<String, String> keyed) {
    Map<String, String> ordered = ordered(dims);
    String primary = dsd == null ? ObsFields.OBS_VALUE : dsd.primaryMeasure();
    if (keyed.isEmpty()) {
      Observation obs = observation(at, ordered, attrs, raw, primary);
      if (!rejected(at, obs)) {
        add(at, ordered, obs);
      }
      return;
    }
    BigDecimal value = ObsFields.number(raw);
    if (rejected(at, ObsFields.observation(ordered, value, attrs))) {
      return;
    }
    for (Map.Entry<String, String> m : keyed.entrySet()) {
      Map<String, String> k = new LinkedHashMap<>(ordered);
      k.put(SdmxCsvReader.MEASURE_DIMENSION, m.getKey());
      add(at, k, observation(at, k, attrs, m.getValue(), m.getKey()));
    }
  }

  /** An observation of a measure's value: a number, else (reported once) its text. */
  private Observation observation(
      SourceLocation at,
      Map<String, String> dims,
      Map<String, String> attrs,
      String raw,
      String measure) {
    BigDecimal value = ObsFields.number(raw);
    // SDMX measures may be strings (a coded or text primary measure): kept as the text value,
    // reported once
    String text = value == null && raw != null && !raw.isBlank() && !raw.equals("NaN") ? raw : null;
    if (text != null && !textReported) {
      textReported = true;
      pending.add(SdmxRules.issue(SdmxRules.TEXT_VALUE, at, measure));
    }
    return text == null
        ? ObsFields.observation(dims, value, attrs)
        : ObsFields.textObservation(dims, text, attrs);
  }

  /** Checks an observation against the structure given; true (and queued) if it is rejected. */
  private boolean rejected(SourceLocation at, Observation obs) {
    if (gate == null) {
      return false;
    }
    List<Issue> rejected = gate.reject(flowName(), obs, at);
    if (rejected == null) {
      return false;
    }
    queue.add(new ReadResult.Failed(at, withPending(rejected)));
    return true;
  }

  private void add(SourceLocation at, Map<String, String> dims, Observation obs) {
    List<String> keys = new ArrayList<>(dims.keySet());
    if (chunk.size() >= SdmxCsvReader.CHUNK
        || (dimIds != null && !chunk.isEmpty() && !dimIds.equals(keys))) {
      flush();
    }
    if (chunk.isEmpty()) {
      dimIds = keys;
      if (chunkStart == null) {
        chunkStart = at;
      }
    }
    chunk.add(obs);
  }

  /** Dimensions in the structure's key order when there is a structure, else as met. */
  private Map<String, String> ordered(Map<String, String> dims) {
    if (dsd == null) {
      return dims;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String id : dsd.dimensionIds()) {
      if (dims.containsKey(id)) {
        out.put(id, dims.get(id));
      }
    }
    dims.forEach(out::putIfAbsent);
    return out;
  }

  private String flowName() {
    return flow == null ? source : flow;
  }

  private List<Issue> takePending() {
    List<Issue> out = new ArrayList<>(pending);
    pending.clear();
    out.addAll(StructureGate.drain(gate));
    return out;
  }

  private List<Issue> withPending(List<Issue> issues) {
    List<Issue> out = new ArrayList<>(pending);
    pending.clear();
    out.addAll(issues);
    return out;
  }

  private void flush() {
    if (chunk.isEmpty()) {
      chunkStart = null;
      return;
    }
    chunks++;
    queue.add(
        new ReadResult.Ok(
            new ObsFields.Header(headerSender, headerPrepared)
                .onto(
                    ObsFields.withAction(
                        ObsFields.dataset(
                            flowName(), flowKind, source, chunks, null, dimIds, chunk),
                        dsAction)),
            chunkStart == null ? SourceLocation.of(source) : chunkStart,
            takePending()));
    chunk = new ArrayList<>();
    chunkStart = null;
  }

  private void fail(XMLStreamException e) {
    done = true;
    SourceLocation at =
        new SourceLocation(
            Optional.of(source),
            count,
            e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber()),
            e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNumber()),
            Optional.empty());
    queue.add(
        new ReadResult.Failed(
            at,
            withPending(
                List.of(
                    org.mignet.formats.internal.LimitErrors.issue(e, at)
                        .orElseGet(() -> SdmxRules.issue(SdmxRules.MALFORMED, at, "XML"))))));
  }

  @Override
  public void close() {
    try {
      if (xml != null) {
        xml.close();
      }
      in.close();
    } catch (XMLStreamException | java.io.IOException e) {
      throw new java.io.UncheckedIOException(new java.io.IOException(e));
    }
  }
}
