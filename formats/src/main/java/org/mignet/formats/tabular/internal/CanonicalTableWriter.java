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
package org.mignet.formats.tabular.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.mignet.core.model.Dataset;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Observation;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.internal.PrivateTempFiles;
import org.mignet.formats.tabular.TableWriter;

/**
 * Writes records as a canonical table (one row per record, columns named by JSON Pointer; a dataset
 * of several observations as one row per observation: the first with the dataset's other fields,
 * the next ones with only their observation's {@code /observations/0/…} cells, which {@link
 * CanonicalTableReader} joins again, so a table of statistics stays a long table of a few columns).
 * The set of columns is known only at the end, so rows are spooled to a private temporary file
 * (memory holds the column names only) and the table is written on {@link #close()}.
 */
public final class CanonicalTableWriter implements RecordWriter {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final TableWriter.Builder target;
  private final OutputStream out;
  private final Path spool;
  private final JsonGenerator gen;
  private final LinkedHashSet<String> columns = new LinkedHashSet<>();
  private final boolean hxl;
  private boolean closed;

  /**
   * @param target the table writer to use at the end
   * @param out the output; closed on close()
   */
  public CanonicalTableWriter(TableWriter.Builder target, OutputStream out) {
    this(target, out, false);
  }

  /**
   * @param target the table writer to use at the end
   * @param out the output; closed on close()
   * @param hxl whether an HXL hashtag row follows the header
   */
  public CanonicalTableWriter(TableWriter.Builder target, OutputStream out, boolean hxl) {
    this.hxl = hxl;
    this.target = target;
    this.out = out;
    try {
      spool = PrivateTempFiles.create("mignet-canonical-", ".json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      gen =
          MAPPER
              .getFactory()
              .createGenerator(new BufferedOutputStream(Files.newOutputStream(spool)));
    } catch (IOException e) {
      PrivateTempFiles.delete(spool);
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(MignetRecord record) {
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    if (record instanceof Dataset d && d.observations().size() > 1) {
      // the first row is the dataset with its first observation; each next row holds only the
      // cells of the next observation, so that the reader joins it to the dataset above
      boolean first = true;
      for (Observation o : d.observations()) {
        Map<String, String> row =
            CanonicalTable.flatten(
                new Dataset(
                    d.meta(),
                    d.dataflow(),
                    d.title(),
                    d.dimensionIds(),
                    d.attributes(),
                    List.of(o)));
        if (!first) {
          row.keySet().removeIf(k -> !k.startsWith("/observations/"));
        }
        spool(row);
        first = false;
      }
      return;
    }
    spool(CanonicalTable.flatten(record));
  }

  private void spool(Map<String, String> row) {
    columns.addAll(row.keySet());
    try {
      gen.writeStartObject();
      for (Map.Entry<String, String> e : row.entrySet()) {
        gen.writeStringField(e.getKey(), e.getValue());
      }
      gen.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      gen.close();
      List<String> header = new ArrayList<>(columns);
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        index.put(header.get(i), i);
      }
      try (TableWriter w = target.open(out);
          InputStream in = Files.newInputStream(spool);
          JsonParser p = MAPPER.getFactory().createParser(in)) {
        w.writeRow(header);
        if (hxl) {
          w.writeRow(header.stream().map(CanonicalTableWriter::hashtag).toList());
        }
        String[] cells = new String[header.size()];
        while (p.nextToken() == JsonToken.START_OBJECT) {
          java.util.Arrays.fill(cells, "");
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            cells[index.get(name)] = p.getText();
          }
          w.writeRow(java.util.Arrays.asList(cells));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      PrivateTempFiles.delete(spool);
    }
  }

  /**
   * Returns its HXL tag: core hashtags where the meaning is known (REF_AREA {@code #country+code},
   * TIME_PERIOD {@code #date}, an observation's value {@code #indicator+num}), else {@code #meta}
   * with the pointer's segments as attributes.
   *
   * @param pointer a canonical column
   */
  static String hashtag(String pointer) {
    if (pointer.endsWith("/dimensions/REF_AREA")) {
      return "#country+code";
    }
    if (pointer.endsWith("/dimensions/TIME_PERIOD")) {
      return "#date";
    }
    if (pointer.matches("/observations/[0-9]+/value")) {
      return "#indicator+num";
    }
    StringBuilder b = new StringBuilder("#meta");
    for (String seg : pointer.substring(1).split("/", -1)) {
      String a = seg.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
      b.append('+').append(a.isEmpty() || !Character.isLetter(a.charAt(0)) ? "i" + a : a);
    }
    return b.toString();
  }
}
