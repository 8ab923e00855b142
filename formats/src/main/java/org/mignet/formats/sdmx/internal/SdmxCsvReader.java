package org.mignet.formats.sdmx.internal;

import org.mignet.core.internal.Values;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.Observation;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.internal.ObsFields;
import org.mignet.formats.internal.SdmxRules;
import org.mignet.formats.internal.CheckedDecoding;
import org.mignet.formats.internal.DuplicateNames;
import org.mignet.formats.internal.Words;

/**
 * Reads SDMX-CSV 2.0 (and 1.0, with a {@code DATAFLOW} column) row by row on Jackson's streaming CSV parser.
 * Columns before {@code OBS_VALUE} are dimensions, after it attributes; header labels ({@code ID: Name}) are cut
 * to the id. Consecutive rows of one structure become one {@code Dataset} of at most {@value #CHUNK}
 * observations, so memory stays bounded; a bad row is rejected on its own with its line.
 */
final class SdmxCsvReader implements RecordReader {

  static final int CHUNK = 1000;

  private final CsvParser parser;
  private final String source;
  private final ArrayDeque<ReadResult> queue = new ArrayDeque<>();
  private String[] headers;
  private int structureCol = -1;
  private int structureIdCol = -1;
  private int actionCol = -1;
  private int valueCol = -1;
  private final List<Integer> dimCols = new ArrayList<>();
  private final List<Integer> attrCols = new ArrayList<>();
  private List<String> dimIds;
  private String currentFlow;
  private String currentKind;
  private SourceLocation chunkStart;
  private List<Observation> chunk = new ArrayList<>();
  private long chunks;
  private long rows;
  private boolean done;

  private final StructureGate gate;

  SdmxCsvReader(CsvParser parser, String source, StructureGate gate) {
    this.parser = parser;
    this.source = source;
    this.gate = gate;
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

  private void step() {
    try {
      if (headers == null) {
        readHeader();
        return;
      }
      JsonToken t = parser.nextToken();
      if (t == null) {
        flush();
        done = true;
        return;
      }
      if (t != JsonToken.START_ARRAY) {
        return;
      }
      // the CSV parser reports a row's start on the line where the previous row ended
        long line = parser.currentTokenLocation().getLineNr() + 1;
      List<String> values = new ArrayList<>(headers.length);
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
        values.add(parser.getText());
      }
      if (values.size() == 1 && values.get(0).isBlank()) {
        return;
      }
      rows++;
      SourceLocation at = new SourceLocation(Optional.of(source), rows, line, 0, Optional.empty());
      if (values.size() != headers.length) {
        queue.add(new ReadResult.Failed(at, List.of(SdmxRules.issue(SdmxRules.FIELD_COUNT, at, values.size(),
            headers.length))));
        return;
      }
      String flow = structureIdCol >= 0 ? values.get(structureIdCol) : "";
      String kind = structureCol >= 0 ? values.get(structureCol).toLowerCase(java.util.Locale.ROOT) : "dataflow";
      String raw = values.get(valueCol);
      BigDecimal value = ObsFields.number(raw);
      if (value == null && !raw.isBlank() && !raw.equals("NaN")) {
        queue.add(new ReadResult.Failed(at, List.of(SdmxRules.issue(SdmxRules.NOT_A_NUMBER,
            at.withLine(line, valueCol + 1), ObsFields.OBS_VALUE))));
        return;
      }
      if (!flow.equals(currentFlow) || chunk.size() >= CHUNK) {
        flush();
        currentFlow = flow;
        currentKind = kind;
        chunkStart = at;
      }
      Map<String, String> dims = new LinkedHashMap<>();
      for (int i = 0; i < dimCols.size(); i++) {
        String v = values.get(dimCols.get(i));
        if (!v.isEmpty()) {
          dims.put(dimIds.get(i), v);
        }
      }
      Map<String, String> attrs = new LinkedHashMap<>();
      for (int c : attrCols) {
        attrs.put(headers[c], values.get(c));
      }
      Observation obs = ObsFields.observation(dims, value, attrs);
      if (gate != null) {
        List<org.mignet.core.validation.Issue> rejected = gate.reject(flow.isEmpty() ? source : flow, obs, at);
        if (rejected != null) {
          queue.add(new ReadResult.Failed(at, rejected));
          return;
        }
      }
      chunk.add(obs);
    } catch (CheckedDecoding.Undecodable e) {
      flush();
      done = true;
      SourceLocation at = new SourceLocation(Optional.of(source), rows + 1, e.line(), 0, Optional.empty());
      queue.add(new ReadResult.Failed(at, List.of(SdmxRules.issue(SdmxRules.UNDECODABLE, at, e.line(),
          e.encoding().name()))));
    } catch (JsonProcessingException e) {
      flush();
      done = true;
      SourceLocation at = new SourceLocation(Optional.of(source), rows + 1,
          e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr()), 0, Optional.empty());
      queue.add(new ReadResult.Failed(at, List.of(SdmxRules.issue(SdmxRules.MALFORMED, at, "CSV"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void flush() {
    if (chunk.isEmpty()) {
      return;
    }
    chunks++;
    String flow = currentFlow.isEmpty() ? source : currentFlow;
    queue.add(new ReadResult.Ok(ObsFields.dataset(flow, currentKind, source, chunks, null, dimIds, chunk),
        chunkStart, StructureGate.drain(gate)));
    chunk = new ArrayList<>();
  }

  private void readHeader() throws IOException {
    JsonToken t = parser.nextToken();
    SourceLocation at = new SourceLocation(Optional.of(source), 0, 1, 0, Optional.empty());
    List<String> names = new ArrayList<>();
    if (t == JsonToken.START_ARRAY) {
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
        String h = parser.getText().strip();
        if (h.startsWith("\uFEFF")) {
          h = h.substring(1);
        }
        int colon = h.indexOf(": ");
        names.add(colon > 0 ? h.substring(0, colon) : h);
      }
    }
    headers = names.toArray(String[]::new);
    List<DuplicateNames.Duplicate> twice = DuplicateNames.in(names);
    if (!twice.isEmpty()) {
      done = true;
      queue.add(new ReadResult.Failed(at, twice.stream().map(d -> SdmxRules.issue(SdmxRules.DUPLICATE_COLUMN,
          at.withLine(1, d.second()), cut(d.name()), d.columnList())).toList()));
      return;
    }
    for (int i = 0; i < headers.length; i++) {
      switch (headers[i]) {
        case "STRUCTURE" -> structureCol = i;
        case "STRUCTURE_ID", "DATAFLOW" -> structureIdCol = i;
        case "ACTION" -> actionCol = i;
        case ObsFields.OBS_VALUE -> valueCol = i;
        default -> {
          if (valueCol < 0) {
            dimCols.add(i);
          } else {
            attrCols.add(i);
          }
        }
      }
    }
    if (valueCol < 0) {
      done = true;
      queue.add(new ReadResult.Failed(at, List.of(SdmxRules.issue(SdmxRules.NOT_SDMX, at, "SDMX-CSV",
          Words.NO_OBS_VALUE_COLUMN))));
      return;
    }
    dimIds = dimCols.stream().map(i -> headers[i]).toList();
  }

  private static String cut(String s) {
    return Values.cut(s, 60);
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
