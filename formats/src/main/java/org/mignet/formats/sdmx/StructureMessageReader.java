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

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.NullUnmarked;
import org.mignet.core.ParseException;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Term;
import org.mignet.formats.internal.SdmxRules;
import org.mignet.formats.internal.Words;

/**
 * Reads an SDMX-ML 2.1 (and 2.0 and 3.0) structure message with StAX (DTDs and external entities
 * off) in one pass with explicit state: the element path, the artefact being built and the
 * component or item within it. Elements are matched by local name under their parent, so any
 * namespace prefix works; categories, agencies, annotations and other artefacts are skipped.
 * SDMX-ML 3.0: the {@code MeasureList} may hold several {@code Measure}s (all kept, the first as
 * primary measure), an attribute's {@code usage} stands for 2.1's {@code assignmentStatus}, and an
 * attribute relationship names its dimensions as text ({@code <Dimension>FREQ</Dimension>}) or the
 * whole data set ({@code <Dataflow/>}); references are URNs.
 */
// not yet null-checked: a streaming parser whose ~35 state fields hold the artefact being read and
// are null between artefacts, changed in parallel for SDMX 3.0 data; it is package-private
@NullUnmarked
final class StructureMessageReader {

  private static final XMLInputFactory FACTORY = factory();

  private final XMLStreamReader xml;
  private final String source;
  private final Deque<String> path = new ArrayDeque<>();
  private final List<Issue> issues = new ArrayList<>();
  private final List<Dataflow> dataflows = new ArrayList<>();
  private final List<DataStructure> structures = new ArrayList<>();
  private final List<Codelist> codelists = new ArrayList<>();
  private final List<ConceptScheme> schemes = new ArrayList<>();
  private final List<ContentConstraint> constraints = new ArrayList<>();

  // the artefact being read
  private String artefact;
  private SdmxRef ref;
  private Map<String, String> names;
  // dataflow
  private SdmxRef flowStructure;
  // codelist / concept scheme items
  private Map<String, SdmxCode> codes;
  private Map<String, SdmxConcept> concepts;
  private String itemId;
  private Map<String, String> itemNames;
  private String itemParent;
  private SdmxRef itemCodelist;
  // data structure components
  private List<SdmxDimension> dims;
  private List<SdmxAttribute> attrs;
  private String primaryMeasure;
  private List<String> measures;
  private String compKind;
  private String compId;
  private int compPosition;
  private String compStatus;
  private ConceptRef compConcept;
  private SdmxRef compCodelist;
  private SdmxAttribute.AttachmentLevel compLevel;
  // SDMX 2.1: a component without id takes the id of its concept (ConceptIdentity)
  private String compConceptId;
  private boolean inComponent;
  // an artefact given by reference only (isExternalReference="true"): a stub, not its content
  private boolean external;
  private List<String> compDims;
  // constraint
  private ContentConstraint.Type constraintType;
  private List<SdmxRef> attached;
  private List<ContentConstraint.CubeRegion> regions;
  private List<ContentConstraint.KeySet> keySets;
  private boolean regionInclude;
  private Map<String, Set<String>> regionValues;
  private ContentConstraint.TimeRange regionTime;
  private boolean keySetIncluded;
  private List<Map<String, String>> keys;
  private Map<String, String> key;
  private String keyValueId;
  private String periodStart;
  private String periodEnd;
  private boolean startInclusive = true;
  private boolean endInclusive = true;
  private String lang;
  private final StringBuilder text = new StringBuilder();
  private boolean sawStructure;

  /**
   * SDMX-ML 2.0 structure messages name their artefacts as SDMX 1.0 did: a key family is a data
   * structure, its {@code Components} its component list. The 2.0 names are read as their 2.1
   * counterparts.
   */
  private static final Map<String, String> V20_NAMES =
      Map.of(
          "KeyFamilies",
          "DataStructures",
          "KeyFamily",
          "DataStructure",
          "CodeLists",
          "Codelists",
          "CodeList",
          "Codelist",
          "Components",
          "ComponentList");

  private static XMLInputFactory factory() {
    return org.mignet.formats.internal.SecureXml.inputFactory();
  }

  private StructureMessageReader(XMLStreamReader xml, String source) {
    this.xml = xml;
    this.source = source;
  }

  /**
   * Returns the structures.
   *
   * @param in the message; read to its end, not closed
   * @param source the name used in issues
   * @throws ParseException for XML that is not well-formed or not a structure message
   */
  public static SdmxStructures read(InputStream in, String source) {
    SourceLocation start = SourceLocation.of(source);
    XMLStreamReader xml;
    try {
      xml = FACTORY.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw malformed(start, e);
    }
    StructureMessageReader r = new StructureMessageReader(xml, source);
    try {
      r.run();
    } catch (XMLStreamException e) {
      throw malformed(start, e);
    } finally {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // the input stream belongs to the caller; nothing more to release
      }
    }
    if (!r.sawStructure) {
      Issue i =
          SdmxRules.issue(
              SdmxRules.NOT_SDMX, start, "SDMX-ML 2.1 structure", Words.NO_STRUCTURE_ROOT);
      throw new org.mignet.formats.ReadException(i.at(start));
    }
    r.checkCodelists();
    return new SdmxStructures(
        r.dataflows, r.structures, r.codelists, r.schemes, r.constraints, r.issues);
  }

  private static ParseException malformed(SourceLocation start, XMLStreamException e) {
    SourceLocation at =
        e.getLocation() == null
            ? start
            : start.withLine(
                Math.max(0, e.getLocation().getLineNumber()),
                Math.max(0, e.getLocation().getColumnNumber()));
    Issue i =
        org.mignet.formats.internal.LimitErrors.issue(e, at)
            .orElseGet(() -> SdmxRules.issue(SdmxRules.MALFORMED, at, "XML"));
    return new org.mignet.formats.ReadException(i.at(at), e);
  }

  private SourceLocation here() {
    return SourceLocation.of(source)
        .withLine(
            Math.max(0, xml.getLocation().getLineNumber()),
            Math.max(0, xml.getLocation().getColumnNumber()));
  }

  private void warn(Term what) {
    issues.add(SdmxRules.issue(SdmxRules.STRUCTURE_CONTENT, here(), what));
  }

  /** As {@link #warn(Term)}, carrying the id found (structural metadata, never personal). */
  private void warn(Term what, String found) {
    issues.add(SdmxRules.issueWithValue(SdmxRules.STRUCTURE_CONTENT, here(), found, false, what));
  }

  private void run() throws XMLStreamException {
    while (xml.hasNext()) {
      int e = xml.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        String parent = path.peek();
        String name = V20_NAMES.getOrDefault(xml.getLocalName(), xml.getLocalName());
        if (path.isEmpty()) {
          sawStructure = name.equals("Structure");
        }
        path.push(name);
        text.setLength(0);
        start(name, parent == null ? "" : parent);
      } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
        text.append(xml.getText());
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        String name = path.pop();
        end(name, path.isEmpty() ? "" : path.peek());
        text.setLength(0);
      }
    }
  }

  private String attr(String name) {
    String v = xml.getAttributeValue(null, name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private boolean under(String ancestor) {
    return path.contains(ancestor);
  }

  private void start(String name, String parent) {
    switch (name) {
      case "Dataflow", "Codelist", "ConceptScheme", "DataStructure", "ContentConstraint" -> {
        if (artefact == null && isArtefact(name, parent)) {
          beginArtefact(name);
        } else if (artefact != null
            && artefact.equals("ContentConstraint")
            && under("ConstraintAttachment")) {
          compKind = name; // a Ref inside names a dataflow or data structure
        } else if ("DataStructure".equals(artefact)
            && name.equals("Dataflow")
            && parent.equals("AttributeRelationship")) {
          compLevel = SdmxAttribute.AttachmentLevel.DATASET; // SDMX-ML 3.0's 2.1 None
        }
      }
      case "Name" -> lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
      case "Code", "Concept" -> {
        if (artefact != null
            && (artefact.equals("Codelist") || artefact.equals("ConceptScheme"))
            && parent.equals(artefact)) {
          // SDMX-ML 2.0 codes carry their id as value
          itemId = Optional.ofNullable(attr("id")).orElse(attr("value"));
          itemNames = new LinkedHashMap<>();
          itemParent = null;
          itemCodelist = null;
        }
      }
      case "Dimension",
          "TimeDimension",
          "MeasureDimension",
          "Attribute",
          "PrimaryMeasure",
          "Measure" -> {
        if ("DataStructure".equals(artefact) && parent.endsWith("List")) {
          compKind = name;
          compId = attr("id");
          compConceptId = null;
          inComponent = true;
          compStatus = Optional.ofNullable(attr("assignmentStatus")).orElse(attr("usage"));
          compConcept = null;
          compCodelist = null;
          compLevel = SdmxAttribute.AttachmentLevel.OBSERVATION;
          compDims = new ArrayList<>();
          keyFamily(name);
          String pos = attr("position");
          try {
            compPosition = pos == null ? 0 : Integer.parseInt(pos);
          } catch (NumberFormatException ex) {
            compPosition = -1;
          }
        } else if ("DataStructure".equals(artefact) && parent.equals("AttributeRelationship")) {
          compLevel =
              switch (name) {
                case "PrimaryMeasure" -> SdmxAttribute.AttachmentLevel.OBSERVATION;
                default -> SdmxAttribute.AttachmentLevel.DIMENSIONS;
              };
        }
      }
      case "None" -> {
        if (parent.equals("AttributeRelationship")) {
          compLevel = SdmxAttribute.AttachmentLevel.DATASET;
        }
      }
      case "Group", "AttachmentGroup" -> {
        if (parent.equals("AttributeRelationship")) {
          compLevel = SdmxAttribute.AttachmentLevel.GROUP;
        }
      }
      case "CubeRegion" -> {
        if ("ContentConstraint".equals(artefact)) {
          String inc = attr("include");
          regionInclude = inc == null || Boolean.parseBoolean(inc);
          regionValues = new LinkedHashMap<>();
          regionTime = null;
        }
      }
      case "DataKeySet" -> {
        if ("ContentConstraint".equals(artefact)) {
          String inc = attr("isIncluded");
          keySetIncluded = inc == null || Boolean.parseBoolean(inc);
          keys = new ArrayList<>();
        }
      }
      case "Key" -> {
        if (keys != null) {
          key = new LinkedHashMap<>();
        }
      }
      case "KeyValue" -> {
        keyValueId = attr("id");
        periodStart = null;
        periodEnd = null;
        if (regionValues != null && key == null && keyValueId != null) {
          regionValues.putIfAbsent(keyValueId, new LinkedHashSet<>());
        }
      }
      case "StartPeriod" -> startInclusive = !"false".equals(attr("isInclusive"));
      case "EndPeriod" -> endInclusive = !"false".equals(attr("isInclusive"));
      case "Ref" -> ref(parent);
      default -> {}
    }
  }

  /**
   * SDMX-ML 2.0 key family components: the concept ({@code conceptRef}) names the component, {@code
   * codelist} (with {@code codelistAgency}, {@code codelistVersion}) gives its codes, {@code
   * attachmentLevel} what an attribute describes. The time dimension is {@code TIME_PERIOD}, as
   * SDMX 2.1 names it whatever its 2.0 concept ({@code TIME}, {@code TIME_PERIOD} or another); its
   * concept is kept so that 2.0 data naming it can be read.
   */
  private void keyFamily(String name) {
    String conceptRef = attr("conceptRef");
    if (conceptRef == null) {
      return;
    }
    compConceptId = conceptRef;
    String schemeId =
        Optional.ofNullable(attr("conceptSchemeRef")).orElse("STANDALONE_CONCEPT_SCHEME");
    String schemeAgency = Optional.ofNullable(attr("conceptSchemeAgency")).orElse(ref.agencyId());
    compConcept =
        new ConceptRef(
            new SdmxRef(
                schemeAgency, schemeId, Optional.ofNullable(attr("conceptVersion")).orElse("1.0")),
            conceptRef);
    if (name.equals("TimeDimension") && compId == null) {
      compId = "TIME_PERIOD";
    }
    String codelist = attr("codelist");
    if (codelist != null) {
      compCodelist =
          new SdmxRef(
              Optional.ofNullable(attr("codelistAgency")).orElse(ref.agencyId()),
              codelist,
              Optional.ofNullable(attr("codelistVersion")).orElse("1.0"));
    }
    String level = attr("attachmentLevel");
    if (level != null) {
      compLevel =
          switch (level) {
            case "DataSet" -> SdmxAttribute.AttachmentLevel.DATASET;
            case "Group" -> SdmxAttribute.AttachmentLevel.GROUP;
            case "Series" -> SdmxAttribute.AttachmentLevel.DIMENSIONS;
            default -> SdmxAttribute.AttachmentLevel.OBSERVATION;
          };
    }
  }

  /**
   * Artefacts sit in their plural container ({@code Codelists}); concept schemes in {@code
   * Concepts}.
   */
  private static boolean isArtefact(String name, String parent) {
    return parent.equals(name + "s")
        || (parent.equals("Concepts") && name.equals("ConceptScheme"))
        || (parent.equals("Constraints") && name.equals("ContentConstraint"));
  }

  private void beginArtefact(String name) {
    String id = attr("id");
    String agency = attr("agencyID");
    String version = Optional.ofNullable(attr("version")).orElse("1.0");
    if (id == null || agency == null) {
      warn(Words.ARTEFACT_WITHOUT_ID.with(name));
      artefact = "skip:" + name;
      return;
    }
    artefact = name;
    external = "true".equalsIgnoreCase(attr("isExternalReference"));
    ref = new SdmxRef(agency, id, version);
    names = new LinkedHashMap<>();
    flowStructure = null;
    codes = new LinkedHashMap<>();
    concepts = new LinkedHashMap<>();
    dims = new ArrayList<>();
    attrs = new ArrayList<>();
    primaryMeasure = null;
    measures = new ArrayList<>();
    compKind = null;
    String type = attr("type");
    constraintType =
        "Actual".equalsIgnoreCase(type)
            ? ContentConstraint.Type.ACTUAL
            : ContentConstraint.Type.ALLOWED;
    attached = new ArrayList<>();
    regions = new ArrayList<>();
    keySets = new ArrayList<>();
    regionValues = null;
    keys = null;
    key = null;
  }

  /** A {@code Ref}: its meaning depends on the element it sits in. */
  private void ref(String parent) {
    if (artefact == null || artefact.startsWith("skip:")) {
      return;
    }
    String id = attr("id");
    if (id == null) {
      return;
    }
    String agency = Optional.ofNullable(attr("agencyID")).orElse(ref.agencyId());
    String version = Optional.ofNullable(attr("version")).orElse("1.0");
    switch (parent) {
      case "Structure" -> {
        if (artefact.equals("Dataflow")) {
          flowStructure = new SdmxRef(agency, id, version);
        }
      }
      case "Parent" -> itemParent = id;
      case "Enumeration" -> {
        SdmxRef cl = new SdmxRef(agency, id, version);
        if (artefact.equals("ConceptScheme")) {
          itemCodelist = cl;
        } else if (artefact.equals("DataStructure") && inComponent) {
          compCodelist = cl;
        }
      }
      case "ConceptIdentity" -> {
        String scheme = attr("maintainableParentID");
        if (inComponent) {
          compConceptId = id;
          if (scheme != null) {
            compConcept =
                new ConceptRef(
                    new SdmxRef(
                        agency,
                        scheme,
                        Optional.ofNullable(attr("maintainableParentVersion")).orElse("1.0")),
                    id);
          }
        }
      }
      case "Dimension" -> {
        if (artefact.equals("DataStructure") && compDims != null) {
          compDims.add(id);
        }
      }
      case "Dataflow", "DataStructure" -> {
        if (artefact.equals("ContentConstraint") && under("ConstraintAttachment")) {
          attached.add(new SdmxRef(agency, id, version));
        }
      }
      default -> {}
    }
  }

  private void end(String name, String parent) {
    String value = text.toString().strip();
    if (name.equals("Name") && !value.isEmpty()) {
      String l = lang == null ? "en" : lang.toLowerCase(Locale.ROOT);
      if (artefact != null && parent.equals(artefact)) {
        if (names.putIfAbsent(l, value) != null) {
          warn(Words.NAME_TWICE.with(l, ref));
        }
      } else if (itemNames != null && (parent.equals("Code") || parent.equals("Concept"))) {
        if (itemNames.putIfAbsent(l, value) != null) {
          warn(
              Words.ITEM_NAME_TWICE.with(
                  l,
                  parent.toLowerCase(Locale.ROOT),
                  itemId == null ? "-" : itemId,
                  ref == null ? "-" : ref));
        }
      }
      return;
    }
    if (artefact == null) {
      return;
    }
    if (artefact.startsWith("skip:")) {
      if (name.equals(artefact.substring(5)) && isArtefact(name, parent)) {
        artefact = null;
      }
      return;
    }
    switch (name) {
      case "Code", "Concept" -> {
        if (itemNames != null && parent.equals(artefact)) {
          endItem(name);
        }
      }
      case "Dimension",
          "TimeDimension",
          "MeasureDimension",
          "Attribute",
          "PrimaryMeasure",
          "Measure" -> {
        if (artefact.equals("DataStructure") && parent.endsWith("List") && name.equals(compKind)) {
          endComponent();
        } else if (artefact.equals("DataStructure")
            && name.equals("Dimension")
            && parent.equals("AttributeRelationship")
            && compDims != null
            && !value.isEmpty()) {
          // SDMX-ML 3.0 names the dimension as text, 2.1 with a Ref
          compDims.add(value);
        }
      }
      case "URN" -> urn(parent, value);
      // SDMX-ML 3.0 writes a reference as the element's text, a URN, where 2.1 has a Ref or URN
      // child
      case "Enumeration", "ConceptIdentity", "Structure" -> {
        if (value.startsWith("urn:")) {
          urn(name, value);
        }
      }
      case "Value" -> {
        if (keyValueId != null && !value.isEmpty()) {
          if (key != null) {
            key.put(keyValueId, value);
          } else if (regionValues != null) {
            regionValues.get(keyValueId).add(value);
          }
        }
      }
      case "StartPeriod" -> periodStart = value;
      case "EndPeriod" -> periodEnd = value;
      case "KeyValue" -> {
        if (regionValues != null
            && key == null
            && keyValueId != null
            && (periodStart != null || periodEnd != null)) {
          regionValues.remove(keyValueId);
          regionTime =
              new ContentConstraint.TimeRange(
                  keyValueId,
                  Optional.ofNullable(periodStart),
                  startInclusive,
                  Optional.ofNullable(periodEnd),
                  endInclusive);
        }
        keyValueId = null;
      }
      case "CubeRegion" -> {
        if (regionValues != null) {
          regions.add(
              new ContentConstraint.CubeRegion(
                  regionInclude, regionValues, Optional.ofNullable(regionTime)));
          regionValues = null;
        }
      }
      case "Key" -> {
        if (key != null) {
          keys.add(key);
          key = null;
        }
      }
      case "DataKeySet" -> {
        if (keys != null) {
          keySets.add(new ContentConstraint.KeySet(keySetIncluded, keys));
          keys = null;
        }
      }
      default -> {
        if (name.equals(artefact) && isArtefact(name, parent)) {
          endArtefact();
        }
      }
    }
  }

  private void endItem(String kind) {
    if (itemId == null) {
      warn(Words.ITEM_WITHOUT_ID.with(kind, ref));
    } else if (kind.equals("Code")) {
      if (codes.putIfAbsent(
              itemId, new SdmxCode(itemId, itemNames, Optional.ofNullable(itemParent)))
          != null) {
        warn(Words.CODE_TWICE.with(itemId, ref), itemId);
      }
    } else {
      if (concepts.putIfAbsent(
              itemId, new SdmxConcept(itemId, itemNames, Optional.ofNullable(itemCodelist)))
          != null) {
        warn(Words.CONCEPT_TWICE.with(itemId, ref), itemId);
      }
    }
    itemNames = null;
    itemId = null;
  }

  /**
   * A reference given as a URN instead of a {@code Ref}: its meaning depends on the element it sits
   * in.
   */
  private void urn(String parent, String value) {
    if (artefact == null || artefact.startsWith("skip:") || value.isEmpty()) {
      return;
    }
    try {
      switch (parent) {
        case "ConceptIdentity" -> {
          // urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=AGENCY:SCHEME(VERSION).ID
          int dot = value.lastIndexOf('.');
          int close = value.lastIndexOf(')');
          if (inComponent && dot > close && close > 0) {
            compConceptId = value.substring(dot + 1);
            compConcept = new ConceptRef(SdmxRef.parse(value.substring(0, dot)), compConceptId);
          }
        }
        case "Enumeration" -> {
          SdmxRef cl = SdmxRef.parse(value);
          if (artefact.equals("ConceptScheme")) {
            itemCodelist = cl;
          } else if (artefact.equals("DataStructure") && inComponent) {
            compCodelist = cl;
          }
        }
        case "Structure" -> {
          if (artefact.equals("Dataflow")) {
            flowStructure = SdmxRef.parse(value);
          }
        }
        default -> {}
      }
    } catch (IllegalArgumentException e) {
      warn(Words.ARTEFACT_WITHOUT_ID.with("URN"));
    }
  }

  private void endComponent() {
    String kind = compKind;
    compKind = null;
    inComponent = false;
    if (compId == null) {
      compId = compConceptId;
    }
    if (compId == null) {
      warn(Words.ITEM_WITHOUT_ID.with(kind, ref));
      return;
    }
    switch (kind) {
      case "Dimension", "TimeDimension", "MeasureDimension" -> {
        boolean time = kind.equals("TimeDimension");
        int pos = compPosition == 0 ? dims.size() + 1 : compPosition;
        if (pos < 1) {
          warn(Words.DIMENSION_WITHOUT_POSITION.with(compId, ref), compId);
          pos = dims.size() + 1;
        }
        dims.add(
            new SdmxDimension(
                compId,
                pos,
                Optional.ofNullable(compConcept),
                Optional.ofNullable(compCodelist).or(this::conceptCodelist),
                time));
      }
      case "Attribute" ->
          attrs.add(
              new SdmxAttribute(
                  compId,
                  "Mandatory".equalsIgnoreCase(compStatus)
                      ? SdmxAttribute.Assignment.MANDATORY
                      : SdmxAttribute.Assignment.CONDITIONAL,
                  compLevel,
                  compLevel == SdmxAttribute.AttachmentLevel.DIMENSIONS ? compDims : List.of(),
                  Optional.ofNullable(compConcept),
                  Optional.ofNullable(compCodelist).or(this::conceptCodelist)));
      default -> {
        if (primaryMeasure == null) {
          primaryMeasure = compId;
        }
        if (!measures.contains(compId)) {
          measures.add(compId);
        }
      }
    }
    compId = null;
  }

  /**
   * The codelist of a component's concept, when the component has no local representation (scheme
   * read first).
   */
  private Optional<SdmxRef> conceptCodelist() {
    if (compConcept == null) {
      return Optional.empty();
    }
    return schemes.stream()
        .filter(s -> s.ref().equals(compConcept.scheme()))
        .findFirst()
        .flatMap(s -> s.concept(compConcept.id()))
        .flatMap(SdmxConcept::codelist);
  }

  private void endArtefact() {
    switch (artefact) {
      case "Dataflow" ->
          dataflows.add(new Dataflow(ref, names, Optional.ofNullable(flowStructure)));
      case "Codelist" -> {
        if (!external || !codes.isEmpty()) {
          codelists.add(new Codelist(ref, names, codes));
        }
      }
      case "ConceptScheme" -> {
        if (!external || !concepts.isEmpty()) {
          schemes.add(new ConceptScheme(ref, names, concepts));
        }
      }
      case "DataStructure" ->
          structures.add(
              new DataStructure(
                  ref,
                  names,
                  dims,
                  attrs,
                  primaryMeasure == null ? "OBS_VALUE" : primaryMeasure,
                  measures));
      case "ContentConstraint" ->
          constraints.add(
              new ContentConstraint(ref, names, constraintType, attached, regions, keySets));
      default -> {}
    }
    artefact = null;
  }

  /**
   * Reports each codelist a data structure uses that the message does not hold (once per
   * structure).
   */
  private void checkCodelists() {
    Set<SdmxRef> held = new LinkedHashSet<>();
    codelists.forEach(c -> held.add(c.ref()));
    // a measure dimension takes its values from a concept scheme (SDMX 2.1 MeasureDimension)
    schemes.forEach(c -> held.add(c.ref()));
    for (DataStructure d : structures) {
      Set<SdmxRef> missing = new LinkedHashSet<>();
      d.dimensions()
          .forEach(x -> x.codelist().filter(c -> !held.contains(c)).ifPresent(missing::add));
      d.attributes()
          .forEach(x -> x.codelist().filter(c -> !held.contains(c)).ifPresent(missing::add));
      for (SdmxRef c : missing) {
        issues.add(
            SdmxRules.issue(SdmxRules.CODELIST_MISSING, SourceLocation.of(source), c, d.ref()));
      }
    }
  }
}
