package org.mignet.formats.sdmx.internal;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.MignetException;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Observation;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.internal.FormulaCells;
import org.mignet.formats.internal.ObsFields;
import org.mignet.formats.sdmx.DataStructure;
import org.mignet.formats.sdmx.SdmxAttribute;
import org.mignet.formats.sdmx.SdmxStructures;

/**
 * Writes SDMX-CSV 2.0: one row per observation, {@code STRUCTURE,STRUCTURE_ID,ACTION}, the dimensions, {@code
 * OBS_VALUE}, then the attributes. The header is written before the first row, so it is fixed by what is known then:
 * <ul>
 *   <li>with structures ({@code SdmxOptions.STRUCTURE(S)}) holding the data structure of the first dataset's
 *       dataflow: that structure's dimensions in key order (time last), then those of the other data structures of
 *       the message not yet present, {@code OBS_VALUE}, then the attributes of those structures in their order (as
 *       SDMX-CSV 2.0 does for a file holding several structures; a row leaves the columns of other structures
 *       empty). Datasets of any dataflow whose structure is in the message fit;</li>
 *   <li>otherwise: the first dataset's dimensions, {@code OBS_VALUE}, {@code OBS_STATUS}, {@code CONF_STATUS},
 *       {@code UNIT_MEASURE} (unless a dimension) and the other attributes of the first dataset's observations.</li>
 * </ul>
 * A later dataset with a dimension or attribute the header lacks is refused whole with a {@link MignetException}
 * naming those columns, which a conversion reports as a rejection of that dataset. For spreadsheet users, cells a
 * spreadsheet could take for a formula are neutralised by the shared rule ({@link FormulaCells}). Not thread-safe.
 */
final class SdmxCsvWriter implements RecordWriter {

  private final CsvGenerator out;
  private final SdmxStructures structures;
  private final boolean forSpreadsheet;
  private List<String> dims;
  private List<String> attrs;
  private boolean closed;

  /**
   * @param stream where the CSV goes; closed with the writer
   * @param structures the structures that fix the columns, or null for the first dataset's
   * @param forSpreadsheet whether to neutralise formula-like cells
   */
  SdmxCsvWriter(OutputStream stream, SdmxStructures structures, boolean forSpreadsheet) {
    this.structures = structures;
    this.forSpreadsheet = forSpreadsheet;
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
        columns(d);
        header();
      }
      check(d);
      Object kind = d.meta().extensions().getOrDefault("sdmx.structure", "dataflow");
      for (Observation o : d.observations()) {
        out.writeStartArray();
        cell(String.valueOf(kind));
        cell(d.dataflow());
        cell("I");
        for (String dim : dims) {
          cell(o.dimensions().getOrDefault(dim, ""));
        }
        cell(o.value().map(v -> v.toPlainString()).or(o::textValue).orElse(""));
        Map<String, String> a = ObsFields.attributes(o);
        for (String attr : attrs) {
          cell(a.getOrDefault(attr, ""));
        }
        out.writeEndArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void cell(String value) throws IOException {
    out.writeString(forSpreadsheet ? FormulaCells.neutralised(value) : value);
  }

  private void columns(Dataset d) {
    Optional<DataStructure> first = structures == null ? Optional.empty() : structures.structureFor(d.dataflow());
    if (first.isPresent()) {
      Set<String> ds = new LinkedHashSet<>(first.get().dimensionIds());
      Set<String> as = new LinkedHashSet<>();
      first.get().attributes().forEach(a -> as.add(a.id()));
      for (DataStructure other : structures.dataStructures()) {
        ds.addAll(other.dimensionIds());
        other.attributes().stream().map(SdmxAttribute::id).forEach(as::add);
      }
      as.removeAll(ds);
      dims = new ArrayList<>(ds);
      attrs = new ArrayList<>(as);
      return;
    }
    dims = new ArrayList<>(d.dimensionIds());
    Set<String> a = new LinkedHashSet<>(List.of(ObsFields.OBS_STATUS, ObsFields.CONF_STATUS));
    if (!dims.contains(ObsFields.UNIT_MEASURE)) {
      a.add(ObsFields.UNIT_MEASURE);
    }
    for (Observation o : d.observations()) {
      a.addAll(o.attributes().keySet());
    }
    attrs = new ArrayList<>(a);
  }

  private void header() throws IOException {
    out.writeStartArray();
    for (String h : List.of("STRUCTURE", "STRUCTURE_ID", "ACTION")) {
      cell(h);
    }
    for (String h : dims) {
      cell(h);
    }
    cell(ObsFields.OBS_VALUE);
    for (String h : attrs) {
      cell(h);
    }
    out.writeEndArray();
  }

  /** Refuses a dataset that has dimensions or attributes the header has no column for, naming them all. */
  private void check(Dataset d) {
    Set<String> missingDims = new LinkedHashSet<>();
    for (String dim : d.dimensionIds()) {
      if (!dims.contains(dim)) {
        missingDims.add(dim);
      }
    }
    Set<String> missingAttrs = new LinkedHashSet<>();
    for (Observation o : d.observations()) {
      for (String k : o.dimensions().keySet()) {
        if (!dims.contains(k)) {
          missingDims.add(k);
        }
      }
      for (String k : ObsFields.attributes(o).keySet()) {
        if (!attrs.contains(k)) {
          missingAttrs.add(k);
        }
      }
    }
    if (missingDims.isEmpty() && missingAttrs.isEmpty()) {
      return;
    }
    StringBuilder m = new StringBuilder("SDMX-CSV: dataset of ").append(d.dataflow()).append(" has ");
    if (!missingDims.isEmpty()) {
      m.append("dimension(s) ").append(String.join(", ", missingDims));
    }
    if (!missingAttrs.isEmpty()) {
      m.append(missingDims.isEmpty() ? "" : " and ").append("attribute(s) ").append(String.join(", ", missingAttrs));
    }
    m.append(" that are not among the columns of this file (dimensions ").append(String.join(",", dims))
        .append("; attributes ").append(String.join(",", attrs)).append("), which the first dataset fixed; ")
        .append(structures == null ? "give the structure (--structure) so the columns come from its data structures, "
            + "or write this dataflow to another file" : "write this dataflow to another file");
    throw new MignetException(m.toString());
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
