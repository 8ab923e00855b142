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

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.MignetException;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.KnownExtensions;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Observation;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.internal.FormulaCells;
import org.mignet.formats.internal.ObsFields;
import org.mignet.formats.sdmx.DataStructure;
import org.mignet.formats.sdmx.SdmxAttribute;
import org.mignet.formats.sdmx.SdmxStructures;

/**
 * Writes SDMX-CSV 2.0: one row per observation, {@code STRUCTURE,STRUCTURE_ID,ACTION}, the
 * dimensions, {@code OBS_VALUE} (a number, or the text of a non-numeric value), then the
 * attributes.
 *
 * <p>One header for the whole message, as SDMX-CSV 2.0 requires (RFC 4180: every row has the same
 * columns): when data of several structures are present, the columns are the union of theirs,
 * "first the dimensions of the first data structure, then the remaining dimensions of the second
 * data structure and so forth", then the attributes the same way, and a row leaves the columns its
 * structure lacks empty (SDMX-CSV 2.0 field guide, "Columns" and "Column content"). So datasets of
 * any structure or dataflow are written, none refused for differing from the first: the union is
 * only known at the end, so the rows are spooled to a temporary file (memory holds only the column
 * names) and the header and rows are written on {@link #close()}. With structures ({@code
 * SdmxOptions.STRUCTURE(S)}) the columns start with those of the first dataset's data structure,
 * then the other data structures of the message; otherwise {@code OBS_STATUS}, {@code CONF_STATUS}
 * and {@code UNIT_MEASURE} (unless a dimension) come first among the attributes.
 *
 * <p>The one thing not writable is a component that is a dimension in one dataset and an attribute
 * in another (one column cannot be both: a reader takes the columns before {@code OBS_VALUE} as
 * dimensions): such a dataset is refused whole with a {@link MignetException} naming the
 * components, which a conversion reports as a rejection. Cells a spreadsheet could take for a
 * formula are neutralised on request ({@link FormulaCells}). Not thread-safe.
 */
final class SdmxCsvWriter implements RecordWriter {

  private final OutputStream stream;
  private final SdmxStructures structures;
  private final boolean forSpreadsheet;
  private final LinkedHashSet<String> dims = new LinkedHashSet<>();
  private final LinkedHashSet<String> attrs = new LinkedHashSet<>();
  private Path spoolFile;
  private CsvGenerator spool;
  private boolean seeded;
  private boolean closed;

  /**
   * @param stream where the CSV goes; closed with the writer
   * @param structures the structures that start the columns, or null
   * @param forSpreadsheet whether to neutralise formula-like cells
   */
  SdmxCsvWriter(OutputStream stream, SdmxStructures structures, boolean forSpreadsheet) {
    this.stream = stream;
    this.structures = structures;
    this.forSpreadsheet = forSpreadsheet;
  }

  @Override
  public void write(MignetRecord record) {
    if (closed) {
      throw new IllegalStateException("writer is closed");
    }
    if (!(record instanceof Dataset d)) {
      throw new MignetException(
          "SDMX-CSV carries datasets only, not " + record.recordType().typeName());
    }
    if (!seeded) {
      seeded = true;
      seed(d);
    }
    LinkedHashSet<String> newDims = new LinkedHashSet<>(d.dimensionIds());
    LinkedHashSet<String> newAttrs = new LinkedHashSet<>();
    for (Observation o : d.observations()) {
      newDims.addAll(o.dimensions().keySet());
      newAttrs.addAll(ObsFields.attributes(o).keySet());
    }
    refuseRoleConflicts(d, newDims, newAttrs);
    dims.addAll(newDims);
    attrs.addAll(newAttrs);
    try {
      if (spool == null) {
        spoolFile = Files.createTempFile("mignet-sdmx-csv", ".spool");
        spool =
            SdmxFormats.CSV.createGenerator(
                new BufferedOutputStream(Files.newOutputStream(spoolFile)));
      }
      String kind =
          String.valueOf(
              d.meta().extensions().getOrDefault(KnownExtensions.SDMX_STRUCTURE, "dataflow"));
      String action = ObsFields.actionLetter(d);
      // a spooled row: kind, dataflow, action, value, the number of dimensions, then name and
      // value pairs of the dimensions and of the attributes
      for (Observation o : d.observations()) {
        spool.writeStartArray();
        spool.writeString(kind);
        spool.writeString(d.dataflow());
        spool.writeString(action);
        spool.writeString(o.value().map(v -> v.toPlainString()).or(o::textValue).orElse(""));
        spool.writeString(Integer.toString(o.dimensions().size()));
        for (Map.Entry<String, String> e : o.dimensions().entrySet()) {
          spool.writeString(e.getKey());
          spool.writeString(e.getValue());
        }
        for (Map.Entry<String, String> e : ObsFields.attributes(o).entrySet()) {
          spool.writeString(e.getKey());
          spool.writeString(e.getValue());
        }
        spool.writeEndArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The columns known before any data: the structures' (first dataset's first), or the usual
   * attributes.
   */
  private void seed(Dataset first) {
    Optional<DataStructure> own =
        structures == null ? Optional.empty() : structures.structureFor(first.dataflow());
    if (own.isPresent()) {
      dims.addAll(own.get().dimensionIds());
      own.get().attributes().forEach(a -> attrs.add(a.id()));
      for (DataStructure other : structures.dataStructures()) {
        dims.addAll(other.dimensionIds());
        other.attributes().stream().map(SdmxAttribute::id).forEach(attrs::add);
      }
      attrs.removeAll(dims);
      return;
    }
    attrs.add(ObsFields.OBS_STATUS);
    attrs.add(ObsFields.CONF_STATUS);
    if (!first.dimensionIds().contains(ObsFields.UNIT_MEASURE)) {
      attrs.add(ObsFields.UNIT_MEASURE);
    }
  }

  private void refuseRoleConflicts(Dataset d, Set<String> newDims, Set<String> newAttrs) {
    Set<String> both = new LinkedHashSet<>();
    for (String dim : newDims) {
      if (attrs.contains(dim) || newAttrs.contains(dim)) {
        both.add(dim);
      }
    }
    for (String attr : newAttrs) {
      if (dims.contains(attr)) {
        both.add(attr);
      }
    }
    if (!both.isEmpty()) {
      throw new MignetException(
          "SDMX-CSV: dataset of "
              + d.dataflow()
              + " has "
              + String.join(", ", both)
              + " as a dimension where this file has it as an attribute, or the reverse; one column cannot be both: "
              + "write this dataset to another file");
    }
  }

  private void cell(CsvGenerator out, String value) throws IOException {
    out.writeString(forSpreadsheet ? FormulaCells.neutralised(value) : value);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (OutputStream s = stream) {
      CsvGenerator out = SdmxFormats.CSV.createGenerator(s);
      List<String> dimList = new ArrayList<>(dims);
      List<String> attrList = new ArrayList<>(attrs);
      out.writeStartArray();
      for (String h : List.of("STRUCTURE", "STRUCTURE_ID", "ACTION")) {
        cell(out, h);
      }
      for (String h : dimList) {
        cell(out, h);
      }
      cell(out, ObsFields.OBS_VALUE);
      for (String h : attrList) {
        cell(out, h);
      }
      out.writeEndArray();
      if (spool != null) {
        spool.close();
        copyRows(out, dimList, attrList);
      }
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteSpool();
    }
  }

  private void copyRows(CsvGenerator out, List<String> dimList, List<String> attrList)
      throws IOException {
    Map<String, Integer> dimAt = new HashMap<>();
    for (int i = 0; i < dimList.size(); i++) {
      dimAt.put(dimList.get(i), i);
    }
    Map<String, Integer> attrAt = new HashMap<>();
    for (int i = 0; i < attrList.size(); i++) {
      attrAt.put(attrList.get(i), i);
    }
    String[] dimCells = new String[dimList.size()];
    String[] attrCells = new String[attrList.size()];
    try (InputStream in = new BufferedInputStream(Files.newInputStream(spoolFile));
        CsvParser p = SdmxFormats.CSV.createParser(in)) {
      List<String> row = new ArrayList<>();
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.START_ARRAY) {
          continue;
        }
        row.clear();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
          row.add(p.getText());
        }
        java.util.Arrays.fill(dimCells, "");
        java.util.Arrays.fill(attrCells, "");
        int nDims = Integer.parseInt(row.get(4));
        int i = 5;
        for (int k = 0; k < nDims; k++, i += 2) {
          dimCells[dimAt.get(row.get(i))] = row.get(i + 1);
        }
        for (; i + 1 < row.size(); i += 2) {
          attrCells[attrAt.get(row.get(i))] = row.get(i + 1);
        }
        out.writeStartArray();
        cell(out, row.get(0));
        cell(out, row.get(1));
        cell(out, row.get(2));
        for (String c : dimCells) {
          cell(out, c);
        }
        cell(out, row.get(3));
        for (String c : attrCells) {
          cell(out, c);
        }
        out.writeEndArray();
      }
    }
  }

  private void deleteSpool() {
    if (spoolFile == null) {
      return;
    }
    try {
      if (spool != null) {
        spool.close();
      }
    } catch (IOException e) {
      // closing the spool again after a failure: the file is deleted below all the same
    } finally {
      try {
        Files.deleteIfExists(spoolFile);
      } catch (IOException e) {
        spoolFile.toFile().deleteOnExit();
      }
    }
  }
}
