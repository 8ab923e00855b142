package org.mignet.formats.sdmx.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.Observation;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.internal.ObsFields;
import org.mignet.formats.internal.SdmxRules;

/**
 * Reads SDMX-ML 2.1 structure-specific data with StAX (external entities and DTDs off), one {@code Dataset} per
 * {@code Series} element (or per {@value SdmxCsvReader#CHUNK} flat observations). Series attributes are dimension
 * values except the SDMX cross-domain attributes ({@link ObsFields#KNOWN_ATTRIBUTES}); on {@code Obs} the
 * dimension at observation ({@code TIME_PERIOD} unless the header says otherwise) and {@code OBS_VALUE} are taken
 * out and the rest are attributes.
 */
final class SdmxMlReader implements RecordReader {

  private static final XMLInputFactory FACTORY = factory();

  private final XMLStreamReader xml;
  private final InputStream in;
  private final String source;
  private final ArrayDeque<ReadResult> queue = new ArrayDeque<>();
  private String flow;
  private String kind = "dataflow";
  private String atObservation = "TIME_PERIOD";
  private Map<String, String> seriesDims;
  private Map<String, String> seriesAttrs;
  private List<String> dimIds;
  private List<Observation> chunk = new ArrayList<>();
  private SourceLocation chunkStart;
  private long chunks;
  private long count;
  private boolean done;

  private static XMLInputFactory factory() {
    return org.mignet.formats.internal.SecureXml.inputFactory();
  }

  private final StructureGate gate;

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
    return new SourceLocation(Optional.of(source), count, Math.max(0, xml.getLocation().getLineNumber()),
        Math.max(0, xml.getLocation().getColumnNumber()), Optional.empty());
  }

  private void step() {
    try {
      if (!xml.hasNext()) {
        flush();
        done = true;
        return;
      }
      int e = xml.next();
      if (e == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("Series")) {
        flush();
        seriesDims = null;
        return;
      }
      if (e != XMLStreamConstants.START_ELEMENT) {
        if (e == XMLStreamConstants.END_DOCUMENT) {
          flush();
          done = true;
        }
        return;
      }
      switch (xml.getLocalName()) {
        case "Structure" -> {
          String d = xml.getAttributeValue(null, "dimensionAtObservation");
          if (d != null && !d.equals("AllDimensions")) {
            atObservation = d;
          }
        }
        case "Ref" -> {
          if (flow == null && xml.getAttributeValue(null, "id") != null) {
            flow = xml.getAttributeValue(null, "agencyID") + ":" + xml.getAttributeValue(null, "id") + "("
                + Optional.ofNullable(xml.getAttributeValue(null, "version")).orElse("1.0") + ")";
            String cls = xml.getAttributeValue(null, "class");
            kind = cls != null && cls.equalsIgnoreCase("DataStructure") ? "datastructure" : "dataflow";
          }
        }
        case "Series" -> {
          flush();
          seriesDims = new LinkedHashMap<>();
          seriesAttrs = new LinkedHashMap<>();
          for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributePrefix(i) != null && !xml.getAttributePrefix(i).isEmpty()) {
              continue;
            }
            String id = xml.getAttributeLocalName(i);
            (isAttribute(id) ? seriesAttrs : seriesDims).put(id, xml.getAttributeValue(i));
          }
          dimIds = new ArrayList<>(seriesDims.keySet());
          dimIds.add(atObservation);
          chunkStart = here();
        }
        case "Obs" -> observation();
        default -> { }
      }
    } catch (XMLStreamException ex) {
      flush();
      fail(ex);
    }
  }

  private void observation() {
    count++;
    SourceLocation at = here();
    Map<String, String> dims = new LinkedHashMap<>(seriesDims == null ? Map.of() : seriesDims);
    Map<String, String> attrs = new LinkedHashMap<>(seriesDims == null ? Map.of() : seriesAttrs);
    String raw = null;
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (xml.getAttributePrefix(i) != null && !xml.getAttributePrefix(i).isEmpty()) {
        continue;
      }
      String id = xml.getAttributeLocalName(i);
      String v = xml.getAttributeValue(i);
      if (id.equals(ObsFields.OBS_VALUE)) {
        raw = v;
      } else if (seriesDims == null ? !isAttribute(id) : id.equals(atObservation)) {
        dims.put(id, v);
      } else {
        attrs.put(id, v);
      }
    }
    BigDecimal value = ObsFields.number(raw);
    if (value == null && raw != null && !raw.isBlank() && !raw.equals("NaN")) {
      queue.add(new ReadResult.Failed(at, List.of(SdmxRules.issue(SdmxRules.NOT_A_NUMBER, at, ObsFields.OBS_VALUE))));
      return;
    }
    if (seriesDims == null) {
      if (chunk.size() >= SdmxCsvReader.CHUNK || (dimIds != null && !dimIds.equals(new ArrayList<>(dims.keySet())))) {
        flush();
      }
      if (chunk.isEmpty()) {
        dimIds = new ArrayList<>(dims.keySet());
        chunkStart = at;
      }
    }
    Observation obs = ObsFields.observation(dims, value, attrs);
    if (gate != null) {
      List<org.mignet.core.validation.Issue> rejected = gate.reject(flowName(), obs, at);
      if (rejected != null) {
        queue.add(new ReadResult.Failed(at, rejected));
        return;
      }
    }
    chunk.add(obs);
  }

  private String flowName() {
    return flow == null ? source : flow;
  }

  private boolean isAttribute(String id) {
    return gate == null ? ObsFields.KNOWN_ATTRIBUTES.contains(id) : gate.isAttribute(flowName(), id);
  }

  private void flush() {
    if (chunk.isEmpty()) {
      return;
    }
    chunks++;
    queue.add(new ReadResult.Ok(ObsFields.dataset(flowName(), kind, source, chunks, null, dimIds, chunk),
        chunkStart, StructureGate.drain(gate)));
    chunk = new ArrayList<>();
  }

  private void fail(XMLStreamException e) {
    done = true;
    SourceLocation at = new SourceLocation(Optional.of(source), count,
        e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber()),
        e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNumber()), Optional.empty());
    queue.add(new ReadResult.Failed(at, List.of(SdmxRules.issue(SdmxRules.MALFORMED, at, "XML"))));
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
