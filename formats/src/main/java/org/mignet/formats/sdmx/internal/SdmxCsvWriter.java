package org.mignet.formats.sdmx.internal;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mignet.core.MignetException;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Observation;
import org.mignet.formats.RecordWriter;

/**
 * Writes SDMX-CSV 2.0: one row per observation, {@code STRUCTURE,STRUCTURE_ID,ACTION}, the dimensions, {@code
 * OBS_VALUE}, then {@code OBS_STATUS}, {@code CONF_STATUS}, {@code UNIT_MEASURE} (unless a dimension) and the other
 * attributes of the first dataset. The header is fixed by the first dataset; a later dataset with a dimension or
 * attribute the header lacks is refused (a {@link MignetException}, which a conversion reports as a rejection).
 */
final class SdmxCsvWriter implements RecordWriter {

  private final CsvGenerator out;
  private List<String> dims;
  private List<String> attrs;
  private boolean closed;

  SdmxCsvWriter(OutputStream stream) {
    try {
      out = SdmxFormats.CSV.createGenerator(stream);
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
      throw new MignetException("SDMX-CSV carries datasets only, not " + record.recordType().typeName());
    }
    try {
      if (dims == null) {
        header(d);
      }
      check(d);
      Object kind = d.meta().extensions().getOrDefault("sdmx.structure", "dataflow");
      for (Observation o : d.observations()) {
        out.writeStartArray();
        out.writeString(String.valueOf(kind));
        out.writeString(d.dataflow());
        out.writeString("I");
        for (String dim : dims) {
          out.writeString(o.dimensions().getOrDefault(dim, ""));
        }
        out.writeString(o.value().map(v -> v.toPlainString()).orElse(""));
        Map<String, String> a = ObsFields.attributes(o);
        for (String attr : attrs) {
          out.writeString(a.getOrDefault(attr, ""));
        }
        out.writeEndArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void header(Dataset d) throws IOException {
    dims = new ArrayList<>(d.dimensionIds());
    Set<String> a = new LinkedHashSet<>(List.of(ObsFields.OBS_STATUS, ObsFields.CONF_STATUS));
    if (!dims.contains(ObsFields.UNIT_MEASURE)) {
      a.add(ObsFields.UNIT_MEASURE);
    }
    for (Observation o : d.observations()) {
      a.addAll(o.attributes().keySet());
    }
    attrs = new ArrayList<>(a);
    out.writeStartArray();
    for (String h : List.of("STRUCTURE", "STRUCTURE_ID", "ACTION")) {
      out.writeString(h);
    }
    for (String h : dims) {
      out.writeString(h);
    }
    out.writeString(ObsFields.OBS_VALUE);
    for (String h : attrs) {
      out.writeString(h);
    }
    out.writeEndArray();
  }

  private void check(Dataset d) {
    for (String dim : d.dimensionIds()) {
      if (!dims.contains(dim)) {
        throw new MignetException("SDMX-CSV: dimension " + dim + " is not among the columns of this file ("
            + String.join(",", dims) + "); write this dataflow to another file");
      }
    }
    for (Observation o : d.observations()) {
      for (String k : o.attributes().keySet()) {
        if (!attrs.contains(k)) {
          throw new MignetException("SDMX-CSV: attribute " + k + " is not among the columns of this file");
        }
      }
      if (o.unit().isPresent() && !attrs.contains(ObsFields.UNIT_MEASURE)) {
        throw new MignetException("SDMX-CSV: UNIT_MEASURE is a dimension of this file, not an attribute");
      }
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
