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

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.mignet.core.MignetException;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.KnownExtensions;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Observation;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.internal.ObsFields;

/**
 * Writes SDMX-ML 2.1 structure-specific data: one {@code DataSet} per dataset record, its
 * observations grouped into {@code Series} by the dimensions other than {@code TIME_PERIOD} (in the
 * order first met), every attribute on {@code Obs}; a text value is written as {@code OBS_VALUE}
 * like a number. The header names one structure, the first dataset's: a later dataset of another
 * dataflow is refused whole with a {@link MignetException}, which a conversion reports as a
 * rejection (mignet's SDMX-ML reader takes the whole message for the header's structure). Holds one
 * dataset record at a time. Closes the stream.
 */
final class SdmxMlWriter implements RecordWriter {

  private long reordered;
  private long merges;

  private static final String MESSAGE = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
  private static final String COMMON = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";
  private static final String SS =
      "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific";

  private final OutputStream stream;
  private final XMLStreamWriter out;
  private boolean headerDone;
  private String headerFlow;
  private boolean closed;

  SdmxMlWriter(OutputStream stream) {
    this.stream = stream;
    try {
      out = XMLOutputFactory.newFactory().createXMLStreamWriter(stream, "UTF-8");
      out.writeStartDocument("UTF-8", "1.0");
      out.writeStartElement("message", "StructureSpecificData", MESSAGE);
      out.writeNamespace("message", MESSAGE);
      out.writeNamespace("common", COMMON);
      out.writeNamespace("ss", SS);
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new java.io.IOException(e));
    }
  }

  @Override
  public void write(MignetRecord record) {
    if (closed) {
      throw new IllegalStateException("writer is closed");
    }
    if (!(record instanceof Dataset d)) {
      throw new MignetException(
          "SDMX-ML carries datasets only, not " + record.recordType().typeName());
    }
    int time = d.dimensionIds().indexOf("TIME_PERIOD");
    if (time >= 0 && time != d.dimensionIds().size() - 1) {
      reordered++;
    }
    String flow = d.dataflow();
    if (headerFlow != null && !headerFlow.equals(flow)) {
      // the header, written before the first data set, names one structure that every DataSet
      // refers to
      throw new MignetException(
          "SDMX-ML: this message holds data of "
              + headerFlow
              + ", the structure its "
              + "header names; a dataset of "
              + flow
              + " cannot be written to it: write it to another file, or use "
              + "sdmx-csv or sdmx-json, which carry several structures in one message");
    }
    try {
      if (!headerDone) {
        headerDone = true;
        headerFlow = flow;
        out.writeStartElement(MESSAGE, "Header");
        element("ID", "mignet");
        element("Test", "false");
        element(
            "Prepared",
            java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        out.writeEmptyElement(MESSAGE, "Sender");
        out.writeAttribute("id", "mignet");
        out.writeStartElement(MESSAGE, "Structure");
        out.writeAttribute("structureID", "S1");
        out.writeAttribute("dimensionAtObservation", "TIME_PERIOD");
        out.writeStartElement(
            COMMON,
            "datastructure".equals(d.meta().extensions().get(KnownExtensions.SDMX_STRUCTURE))
                ? "Structure"
                : "StructureUsage");
        int colon = flow.indexOf(':');
        int paren = flow.indexOf('(');
        out.writeEmptyElement("Ref");
        if (colon > 0 && paren > colon) {
          out.writeAttribute("agencyID", flow.substring(0, colon));
          out.writeAttribute("id", flow.substring(colon + 1, paren));
          out.writeAttribute("version", flow.substring(paren + 1, flow.length() - 1));
        } else {
          out.writeAttribute("agencyID", "UNKNOWN");
          out.writeAttribute("id", flow);
          out.writeAttribute("version", "1.0");
        }
        if ("datastructure".equals(d.meta().extensions().get(KnownExtensions.SDMX_STRUCTURE))) {
          out.writeAttribute("class", "DataStructure");
        }
        out.writeEndElement();
        out.writeEndElement();
        out.writeEndElement();
      }
      out.writeStartElement(MESSAGE, "DataSet");
      out.writeAttribute(SS, "structureRef", "S1");
      String action = ObsFields.actionWord(d);
      if (action.equals("Merge")) {
        // SDMX-ML 2.1 has no Merge: its Append is the same incremental update (SDMX 3.0 renamed it)
        action = "Append";
        merges++;
      }
      if (!action.equals("Information")) {
        out.writeAttribute(SS, "action", action);
      }
      Map<Map<String, String>, List<Observation>> series = new LinkedHashMap<>();
      for (Observation o : d.observations()) {
        Map<String, String> key = new LinkedHashMap<>(o.dimensions());
        key.remove("TIME_PERIOD");
        series.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
      }
      for (Map.Entry<Map<String, String>, List<Observation>> s : series.entrySet()) {
        out.writeStartElement("Series");
        for (Map.Entry<String, String> k : s.getKey().entrySet()) {
          out.writeAttribute(k.getKey(), k.getValue());
        }
        for (Observation o : s.getValue()) {
          out.writeEmptyElement("Obs");
          if (o.dimensions().containsKey("TIME_PERIOD")) {
            out.writeAttribute("TIME_PERIOD", o.dimensions().get("TIME_PERIOD"));
          }
          if (o.value().isPresent()) {
            out.writeAttribute(ObsFields.OBS_VALUE, o.value().get().toPlainString());
          } else if (o.textValue().isPresent()) {
            out.writeAttribute(ObsFields.OBS_VALUE, o.textValue().get());
          }
          for (Map.Entry<String, String> a : ObsFields.attributes(o).entrySet()) {
            out.writeAttribute(a.getKey(), a.getValue());
          }
        }
        out.writeEndElement();
      }
      out.writeEndElement();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new java.io.IOException(e));
    }
  }

  private void element(String name, String text) throws XMLStreamException {
    out.writeStartElement(MESSAGE, name);
    out.writeCharacters(text);
    out.writeEndElement();
  }

  /**
   * Returns the datasets whose dimensionIds a reader gives back in another order (TIME_PERIOD
   * last), and those whose Merge action is written as SDMX-ML 2.1's Append.
   */
  @Override
  public java.util.List<org.mignet.formats.Transformation> transformations() {
    java.util.List<org.mignet.formats.Transformation> out = new ArrayList<>();
    if (reordered > 0) {
      out.add(
          new org.mignet.formats.Transformation(
              "/dimensionIds",
              org.mignet.formats.Transformation.Action.SDMX_ML_TIME_LAST,
              reordered));
    }
    if (merges > 0) {
      out.add(
          new org.mignet.formats.Transformation(
              "/meta/extensions/" + KnownExtensions.SDMX_ACTION,
              org.mignet.formats.Transformation.Action.SDMX_ML_MERGE_AS_APPEND,
              merges));
    }
    return java.util.List.copyOf(out);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.writeEndElement();
      out.writeEndDocument();
      out.close();
      stream.close();
    } catch (XMLStreamException | java.io.IOException e) {
      throw new UncheckedIOException(new java.io.IOException(e));
    }
  }
}
