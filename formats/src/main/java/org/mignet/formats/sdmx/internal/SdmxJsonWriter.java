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

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mignet.core.MignetException;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.KnownExtensions;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Observation;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.internal.ObsFields;

/**
 * Writes an SDMX-JSON 2.0 data message in the AllDimensions layout. Each dataset record becomes one
 * entry of {@code data.dataSets}, written as it comes (one per set of dimensions if its
 * observations do not all have the same); data sets of the same dataflow, dimensions and title
 * share one entry of {@code data.structures} (several dataflows or dimension sets make several
 * structures, as SDMX-JSON 2.0 allows), whose dimension and attribute values are collected while
 * writing and written at the end (memory grows with the number of distinct codes and structures,
 * not of observations). Closes the stream.
 */
final class SdmxJsonWriter implements RecordWriter {

  private long reordered;

  private static final String SCHEMA =
      "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/data-message/tools/schemas/2.0.0/"
          + "sdmx-json-data-schema.json";

  private final JsonGenerator out;
  private final Map<String, Structure> structures = new LinkedHashMap<>();
  private boolean closed;

  /** The values of one component, in the order first met. */
  private static final class Values {
    final String id;
    final Map<String, Integer> index = new LinkedHashMap<>();

    Values(String id) {
      this.id = id;
    }

    int of(String value) {
      return index.computeIfAbsent(value, v -> index.size());
    }
  }

  private static final class Structure {
    final int number;
    final String flow;
    final String kind;
    final String title;
    final List<Values> dims = new ArrayList<>();
    final Map<String, Values> attrs = new LinkedHashMap<>();

    Structure(int number, Dataset d, List<String> dimensionIds) {
      this.number = number;
      this.flow = d.dataflow();
      this.kind =
          String.valueOf(
              d.meta().extensions().getOrDefault(KnownExtensions.SDMX_STRUCTURE, "dataflow"));
      this.title = d.title().orElse(null);
      dimensionIds.forEach(id -> dims.add(new Values(id)));
    }
  }

  SdmxJsonWriter(OutputStream stream) {
    try {
      out = SdmxFormats.JSON.createGenerator(stream);
      out.writeStartObject();
      out.writeObjectFieldStart("meta");
      out.writeStringField("schema", SCHEMA);
      out.writeStringField("id", "mignet");
      out.writeStringField(
          "prepared",
          java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
      out.writeEndObject();
      out.writeObjectFieldStart("data");
      out.writeArrayFieldStart("dataSets");
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
          "SDMX-JSON carries datasets only, not " + record.recordType().typeName());
    }
    int time = d.dimensionIds().indexOf("TIME_PERIOD");
    if (time >= 0 && time != d.dimensionIds().size() - 1) {
      reordered++;
    }
    // an SDMX-JSON observation key has a position for every dimension of its structure:
    // observations of one record
    // that do not have the same dimensions go to data sets of their own structures, never lose a
    // dimension
    Map<List<String>, List<Observation>> groups = new LinkedHashMap<>();
    // an observation key is a member name of its data set: a key given twice would make a message
    // no reader can read, so the dataset is refused before anything of it is written
    java.util.Set<Map<String, String>> keys = new java.util.HashSet<>();
    for (int at = 0; at < d.observations().size(); at++) {
      Observation o = d.observations().get(at);
      if (!keys.add(o.dimensions())) {
        throw new MignetException(
            "SDMX-JSON cannot write two observations with one key in a data set: /observations/"
                + at
                + " repeats the key of one before it");
      }
      List<String> ids = new ArrayList<>();
      for (String id : d.dimensionIds()) {
        if (o.dimensions().containsKey(id)) {
          ids.add(id);
        }
      }
      for (String id : o.dimensions().keySet()) {
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
      groups.computeIfAbsent(ids, k -> new ArrayList<>()).add(o);
    }
    if (groups.isEmpty()) {
      groups.put(d.dimensionIds(), List.of());
    }
    try {
      for (Map.Entry<List<String>, List<Observation>> g : groups.entrySet()) {
        Structure s =
            structures.computeIfAbsent(
                d.dataflow() + "|" + g.getKey() + "|" + d.title().orElse(""),
                k -> new Structure(structures.size(), d, g.getKey()));
        dataSet(s, g.getValue(), ObsFields.actionWord(d));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void dataSet(Structure s, List<Observation> observations, String action)
      throws IOException {
    out.writeStartObject();
    out.writeNumberField("structure", s.number);
    out.writeStringField("action", action);
    out.writeObjectFieldStart("observations");
    StringBuilder key = new StringBuilder();
    for (Observation o : observations) {
      key.setLength(0);
      for (Values v : s.dims) {
        if (key.length() > 0) {
          key.append(':');
        }
        key.append(v.of(o.dimensions().get(v.id)));
      }
      out.writeArrayFieldStart(key.toString());
      if (o.value().isPresent()) {
        out.writeNumber(o.value().get());
      } else if (o.textValue().isPresent()) {
        // SDMX-JSON 2.0: a non-numeric measure value is a string
        out.writeString(o.textValue().get());
      } else {
        out.writeNull();
      }
      Map<String, String> a = ObsFields.attributes(o);
      a.keySet().forEach(id -> s.attrs.computeIfAbsent(id, Values::new));
      for (Values v : s.attrs.values()) {
        String value = a.get(v.id);
        if (value == null) {
          out.writeNull();
        } else {
          out.writeNumber(v.of(value));
        }
      }
      out.writeEndArray();
    }
    out.writeEndObject();
    out.writeEndObject();
  }

  /**
   * Returns the datasets whose dimensionIds a reader gives back in another order (TIME_PERIOD
   * last).
   */
  @Override
  public java.util.List<org.mignet.formats.Transformation> transformations() {
    return reordered == 0
        ? java.util.List.of()
        : java.util.List.of(
            new org.mignet.formats.Transformation(
                "/dimensionIds",
                org.mignet.formats.Transformation.Action.SDMX_JSON_TIME_LAST,
                reordered));
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.writeEndArray();
      out.writeArrayFieldStart("structures");
      for (Structure s : structures.values()) {
        out.writeStartObject();
        if (s.title != null) {
          out.writeStringField("name", s.title);
        }
        out.writeArrayFieldStart("links");
        out.writeStartObject();
        // SDMX-CSV 2.0's dataprovision is a provision agreement, whose URN is of the registry
        // package
        String type =
            s.kind.equals("datastructure")
                ? "datastructure.DataStructure"
                : s.kind.equals("dataprovision")
                    ? "registry.ProvisionAgreement"
                    : "datastructure.Dataflow";
        out.writeStringField("urn", "urn:sdmx:org.sdmx.infomodel." + type + "=" + s.flow);
        out.writeStringField(
            "rel",
            s.kind.equals("datastructure")
                ? "DataStructure"
                : s.kind.equals("dataprovision") ? "provisionAgreement" : "dataflow");
        out.writeEndObject();
        out.writeEndArray();
        out.writeObjectFieldStart("dimensions");
        out.writeArrayFieldStart("dataSet");
        out.writeEndArray();
        out.writeArrayFieldStart("series");
        out.writeEndArray();
        out.writeArrayFieldStart("observation");
        int pos = 0;
        for (Values v : s.dims) {
          component(v, pos++, true);
        }
        out.writeEndArray();
        out.writeEndObject();
        out.writeObjectFieldStart("attributes");
        out.writeArrayFieldStart("dataSet");
        out.writeEndArray();
        out.writeArrayFieldStart("series");
        out.writeEndArray();
        out.writeArrayFieldStart("observation");
        for (Values v : s.attrs.values()) {
          component(v, 0, false);
        }
        out.writeEndArray();
        out.writeEndObject();
        out.writeArrayFieldStart("dataSets");
        out.writeNumber(s.number);
        out.writeEndArray();
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
      out.writeEndObject();
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void component(Values v, int keyPosition, boolean dimension) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", v.id);
    if (dimension) {
      out.writeNumberField("keyPosition", keyPosition);
    } else {
      out.writeObjectFieldStart("relationship");
      out.writeObjectFieldStart("observation");
      out.writeEndObject();
      out.writeEndObject();
    }
    out.writeArrayFieldStart("values");
    for (String value : v.index.keySet()) {
      out.writeStartObject();
      out.writeStringField("id", value);
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }
}
