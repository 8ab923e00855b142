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

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mignet.core.MignetException;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.KnownExtensions;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Observation;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.internal.ObsFields;

/**
 * Writes SDMX-ML 2.1 structure-specific data: one {@code DataSet} per dataset record, its
 * observations grouped into {@code Series} by the dimensions other than the dimension at
 * observation (in the order first met), every attribute on {@code Obs}; a text value is written as
 * {@code OBS_VALUE} like a number. The header names one structure, the first dataset's, and its
 * dimension at observation: {@code TIME_PERIOD} when that dataset has one, else (cross-sectional
 * data) its last dimension, else (no dimension) {@code AllDimensions}. A dataset that cannot be
 * written as the message says is refused whole, before any of it is written, with a {@link
 * MignetException}, which a conversion reports as a rejection: a later dataset of another dataflow
 * (mignet's SDMX-ML reader takes the whole message for the header's structure), an observation
 * without the dimension at observation, a component id that cannot name an XML attribute (SDMX's
 * {@code NCNameIDType}, which structure-specific data requires), a component given twice on one
 * {@code Obs}, a value holding a character XML 1.0 cannot carry. Tabs and line breaks in values are
 * written as character references, so that a parser's attribute-value normalisation does not turn
 * them into spaces. Holds one dataset record at a time. Closes the stream.
 */
final class SdmxMlWriter implements RecordWriter {

  private long reordered;
  private long merges;

  private static final String MESSAGE = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
  private static final String COMMON = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";
  private static final String SS =
      "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific";

  private static final String TIME = Observation.TIME_PERIOD;
  private static final String ALL = "AllDimensions";

  /** SDMX {@code NCNameIDType}: a component id that can name an XML attribute. */
  private static final Pattern NC_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_\\-]*");

  private final OutputStream stream;
  private final Writer out;
  private boolean headerDone;
  private String headerFlow;

  /** The header's dimension at observation, or {@value #ALL}. */
  private String atObservation;

  /** Component ids already found to be XML names. */
  private final Set<String> names = new HashSet<>();

  private boolean closed;

  SdmxMlWriter(OutputStream stream) {
    this.stream = stream;
    out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    try {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
      out.write("<message:StructureSpecificData xmlns:message=\"" + MESSAGE + "\"");
      out.write(" xmlns:common=\"" + COMMON + "\" xmlns:ss=\"" + SS + "\">");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
    String at = headerDone ? atObservation : atObservationOf(d);
    check(d, at);
    int time = d.dimensionIds().indexOf(TIME);
    if (at.equals(TIME) && time >= 0 && time != d.dimensionIds().size() - 1) {
      reordered++;
    }
    try {
      if (!headerDone) {
        header(d, flow, at);
      }
      out.write("<message:DataSet ss:structureRef=\"S1\"");
      String action = ObsFields.actionWord(d);
      if (action.equals("Merge")) {
        // SDMX-ML 2.1 has no Merge: its Append is the same incremental update (SDMX 3.0 renamed it)
        action = "Append";
        merges++;
      }
      if (!action.equals("Information")) {
        attribute("ss:action", action);
      }
      out.write('>');
      if (at.equals(ALL)) {
        for (Observation o : d.observations()) {
          observation(o, o.dimensions(), null);
        }
      } else {
        series(d, at);
      }
      out.write("</message:DataSet>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The dimension at observation a dataset is written with when it is the first: {@code
   * TIME_PERIOD}, else its last dimension, else {@value #ALL}.
   */
  private static String atObservationOf(Dataset d) {
    List<String> dims = d.dimensionIds();
    return dims.contains(TIME) ? TIME : dims.isEmpty() ? ALL : dims.get(dims.size() - 1);
  }

  private void header(Dataset d, String flow, String at) throws IOException {
    headerDone = true;
    headerFlow = flow;
    atObservation = at;
    boolean dsd = "datastructure".equals(d.meta().extensions().get(KnownExtensions.SDMX_STRUCTURE));
    out.write("<message:Header><message:ID>mignet</message:ID><message:Test>false</message:Test>");
    out.write("<message:Prepared>");
    out.write(
        java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
    out.write("</message:Prepared><message:Sender id=\"mignet\"/>");
    out.write("<message:Structure structureID=\"S1\"");
    attribute("dimensionAtObservation", at);
    out.write('>');
    boolean provision =
        "dataprovision".equals(d.meta().extensions().get(KnownExtensions.SDMX_STRUCTURE));
    // SDMX-ML 2.1's header element for a provision agreement is spelt ProvisionAgrement
    String usage =
        dsd ? "common:Structure" : provision ? "common:ProvisionAgrement" : "common:StructureUsage";
    out.write("<" + usage + "><Ref");
    int colon = flow.indexOf(':');
    int paren = flow.indexOf('(');
    if (colon > 0 && paren > colon) {
      attribute("agencyID", flow.substring(0, colon));
      attribute("id", flow.substring(colon + 1, paren));
      attribute("version", flow.substring(paren + 1, flow.length() - 1));
    } else {
      attribute("agencyID", "UNKNOWN");
      attribute("id", flow);
      attribute("version", "1.0");
    }
    if (dsd) {
      attribute("class", "DataStructure");
    } else if (provision) {
      attribute("class", "ProvisionAgreement");
    }
    out.write("/></" + usage + "></message:Structure></message:Header>");
  }

  private void series(Dataset d, String at) throws IOException {
    Map<Map<String, String>, List<Observation>> series = new LinkedHashMap<>();
    for (Observation o : d.observations()) {
      Map<String, String> key = new LinkedHashMap<>(o.dimensions());
      key.remove(at);
      series.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
    }
    for (Map.Entry<Map<String, String>, List<Observation>> s : series.entrySet()) {
      out.write("<Series");
      for (Map.Entry<String, String> k : s.getKey().entrySet()) {
        attribute(k.getKey(), k.getValue());
      }
      out.write('>');
      for (Observation o : s.getValue()) {
        observation(o, Map.of(), at);
      }
      out.write("</Series>");
    }
  }

  /** Writes an {@code Obs}: the given dimensions, the one at observation, value, attributes. */
  private void observation(Observation o, Map<String, String> dims, String at) throws IOException {
    out.write("<Obs");
    for (Map.Entry<String, String> k : dims.entrySet()) {
      attribute(k.getKey(), k.getValue());
    }
    if (at != null && o.dimensions().containsKey(at)) {
      attribute(at, o.dimensions().get(at));
    }
    if (o.value().isPresent()) {
      attribute(ObsFields.OBS_VALUE, o.value().get().toPlainString());
    } else if (o.textValue().isPresent()) {
      attribute(ObsFields.OBS_VALUE, o.textValue().get());
    }
    for (Map.Entry<String, String> a : ObsFields.attributes(o).entrySet()) {
      attribute(a.getKey(), a.getValue());
    }
    out.write("/>");
  }

  /**
   * Checks, before any of it is written, that a dataset can be written as the header says.
   *
   * @throws MignetException naming the first thing that cannot be written
   */
  private void check(Dataset d, String at) {
    boolean flat = at.equals(ALL);
    long n = 0;
    for (Observation o : d.observations()) {
      n++;
      if (!flat && !o.dimensions().containsKey(at)) {
        throw refused(
            d,
            "observation "
                + n
                + " has no "
                + cut(at)
                + ", the dimension at observation of this message (that of its first dataset)");
      }
      Set<String> onObs = new HashSet<>();
      for (Map.Entry<String, String> k : o.dimensions().entrySet()) {
        name(d, k.getKey(), "dimension");
        text(d, n, k.getKey(), k.getValue());
        if (flat || k.getKey().equals(at)) {
          onObs.add(k.getKey());
        }
      }
      if (!onObs.add(ObsFields.OBS_VALUE)) {
        throw refused(d, "observation " + n + " has a dimension named " + ObsFields.OBS_VALUE);
      }
      if (o.textValue().isPresent()) {
        text(d, n, ObsFields.OBS_VALUE, o.textValue().get());
      }
      for (Map.Entry<String, String> a : ObsFields.attributes(o).entrySet()) {
        name(d, a.getKey(), "attribute");
        text(d, n, a.getKey(), a.getValue());
        if (!onObs.add(a.getKey())) {
          throw refused(
              d,
              "observation "
                  + n
                  + " gives "
                  + cut(a.getKey())
                  + " both as an attribute and as a dimension or the measure");
        }
      }
    }
  }

  private void name(Dataset d, String id, String what) {
    if (!names.contains(id)) {
      if (!NC_NAME.matcher(id).matches()) {
        throw refused(
            d,
            "the "
                + what
                + " id '"
                + cut(id)
                + "' cannot name an XML attribute (SDMX NCNameIDType: a letter, then letters,"
                + " digits, _ or -)");
      }
      names.add(id);
    }
  }

  /** Refuses a value holding a character XML 1.0 cannot carry (a control character). */
  private static void text(Dataset d, long n, String id, String v) {
    for (int i = 0; i < v.length(); ) {
      int c = v.codePointAt(i);
      boolean ok =
          c == 0x9
              || c == 0xA
              || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || c >= 0x10000;
      if (!ok) {
        // the value itself is not shown: it may be free text
        throw refused(
            d,
            "the value of "
                + cut(id)
                + " in observation "
                + n
                + " holds a character that XML 1.0 cannot carry (U+"
                + String.format(java.util.Locale.ROOT, "%04X", c)
                + ") at position "
                + (i + 1));
      }
      i += Character.charCount(c);
    }
  }

  private static MignetException refused(Dataset d, String why) {
    return new MignetException(
        "SDMX-ML: the dataset of "
            + cut(d.dataflow())
            + " cannot be written: "
            + why
            + "; it is not written rather than written as XML no reader reads back");
  }

  private static String cut(String s) {
    return org.mignet.core.internal.Values.cut(s, 40);
  }

  /** Writes {@code name="value"}, the value escaped (tabs and line breaks as references). */
  private void attribute(String name, String value) throws IOException {
    out.write(' ');
    out.write(name);
    out.write("=\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.write("&amp;");
        case '<' -> out.write("&lt;");
        case '>' -> out.write("&gt;");
        case '"' -> out.write("&quot;");
        case '\t' -> out.write("&#9;");
        case '\n' -> out.write("&#10;");
        case '\r' -> out.write("&#13;");
        default -> out.write(c);
      }
    }
    out.write('"');
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
      out.write("</message:StructureSpecificData>");
      out.close();
      stream.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
