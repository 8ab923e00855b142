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

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.internal.ObsFields;
import org.mignet.formats.internal.ReadRules;
import org.mignet.formats.internal.SdmxRules;
import org.mignet.formats.internal.Words;

/**
 * Reads an SDMX-JSON data message (2.0, and 1.0's root {@code dataSets}/{@code structure}) in the
 * series and AllDimensions (flat) layouts, on Jackson's streaming parser.
 *
 * <p>Values follow the SDMX-JSON 2.0 field guide: dimension values are always indexes into the
 * structure's {@code values}; attribute and measure values are indexes when the component has a
 * {@code values} array and are written in place otherwise (numbers, text, localised text of which
 * the message's first content language, else English, is read and the others reported {@code
 * MG-SDMX-046}, or arrays of these, joined with {@code ;}). A {@code null} unsets a value, a value
 * left out keeps the component's {@code default}. Data-set, series, dimension-group (by partial
 * key, the dimensions ordered by {@code keyPosition} when those are 0…n-1, else as the structure
 * lists them) and observation attributes are all flattened onto each observation. With several
 * measures ({@code structure.measures}, SDMX 3.0), each measure of an observation becomes an
 * observation of its own, keyed by a {@code MEASURE} dimension holding the measure's id ({@code
 * MG-SDMX-060}, as the SDMX-CSV and SDMX-ML readers do); only when the structure has a {@code
 * MEASURE} dimension of its own is {@code OBS_VALUE} (else the first) the value and the others
 * carried as attributes ({@code MG-SDMX-047}). A non-numeric measure is the observation's text
 * value, reported once ({@code MG-SDMX-032}). A key, index or value that does not fit the structure
 * rejects its observation (every observation of a series whose key does not fit) with its JSON
 * Pointer.
 *
 * <p>When the structure comes before {@code dataSets} (as the SDMX-JSON 2.0 schema orders them),
 * each data set is streamed: observations are emitted as {@code Dataset}s of at most {@value
 * SdmxCsvReader#CHUNK} as they are parsed, and only one series (series layout) or one observation
 * (AllDimensions layout) is held at a time, so memory does not grow with the message. JSON members
 * have no order, and some publishers (OECD, and this library's writer, which learns the value lists
 * as it writes) put {@code dataSets} first: then the data sets are buffered until the structure has
 * been read. Everything buffered (the structures, data sets waiting for their structure, one
 * series, a data set's {@code series}/{@code observations} met before its {@code structure} index
 * when there are several structures) is bounded by {@code ReadLimits.maxRecordBytes()} (16 MiB by
 * default, {@code SdmxOptions.LIMITS}); beyond it the read stops with {@code MG-READ-011}.
 *
 * <p>Data set {@code links}, {@code attributes} and {@code dimensionGroupAttributes} that come
 * after the observations they qualify (not the schema's order) cannot be applied to what was
 * already emitted when streaming: {@code MG-SDMX-019} says so. One per message; not thread-safe.
 */
final class SdmxJsonReader implements RecordReader {

  /** Thrown by the counting stream when a buffered part is larger than the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("buffered part larger than the limit");
    }
  }

  /** Counts bytes, and refuses to read past {@code limitAt} while a part is being buffered. */
  private static final class Counting extends FilterInputStream {
    long count;
    long limitAt = Long.MAX_VALUE;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && ++count > limitAt) {
        throw new TooLarge();
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0 && (count += n) > limitAt) {
        throw new TooLarge();
      }
      return n;
    }
  }

  private final Counting in;
  private final String source;
  private final ObjectMapper mapper;
  private final ObjectReader trees;
  private final StructureGate gate;
  private final long maxBytes;

  /** Whether a measure value that is not a number has been reported (once per message). */
  private boolean textReported;

  private final SourceLocation at;
  private final ArrayDeque<ReadResult> queue = new ArrayDeque<>();

  private JsonParser parser;

  /** Parser states: the member containers still open, innermost last. */
  private final ArrayDeque<Frame> frames = new ArrayDeque<>();

  private boolean done;
  private boolean sawDataSets;
  private List<JsonNode> structures;
  private int structuresRank = Integer.MAX_VALUE;
  private final List<Pending> pending = new ArrayList<>();
  private long pendingBytes;
  private int dataSetIndex = -1;
  private DataSetState current;

  /**
   * The language whose text is read from localised values: the message's first content language,
   * else English.
   */
  private String language = "en";

  /**
   * What the message's meta says of the sender and preparation time. It reaches the data sets that
   * follow it: the reader streams, so data sets emitted before a trailing meta (allowed by JSON,
   * rare in practice) go without.
   */
  private ObsFields.Header header = ObsFields.Header.NONE;

  /** Where the data sets are: under {@code data} (2.0) or at the root (1.0). */
  private String dataSetsPointer = "/data/dataSets/";

  /** A data set waiting for the structure, with its index in the {@code "dataSets"} array. */
  private record Pending(int index, JsonNode dataSet) {}

  private enum Frame {
    ROOT,
    DATA,
    DATA_SETS,
    DATA_SET,
    SERIES,
    OBSERVATIONS
  }

  SdmxJsonReader(
      InputStream in, String source, ObjectMapper mapper, StructureGate gate, long maxBytes) {
    this.in = new Counting(in);
    this.source = source;
    this.mapper = mapper;
    // values are read one at a time from a parser that goes on, so what follows one is not
    // "trailing"
    this.trees = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.gate = gate;
    this.maxBytes = maxBytes;
    this.at = new SourceLocation(Optional.of(source), 0, 0, 0, Optional.of(""));
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
      if (parser == null) {
        parser = mapper.createParser(in);
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          notSdmx();
          return;
        }
        frames.push(Frame.ROOT);
        return;
      }
      advance();
    } catch (TooLarge e) {
      tooLarge();
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof TooLarge) {
        tooLarge();
        return;
      }
      finishCurrent();
      org.mignet.core.validation.Issue failure = SdmxRules.jsonFailure(e, at);
      queue.add(new ReadResult.Failed(failure.location(), List.of(failure)));
      done = true;
    } catch (NumberFormatException e) {
      // a number Jackson cannot make a BigDecimal of (an exponent beyond an int: 1e99999999999)
      finishCurrent();
      org.mignet.core.validation.Issue failure = SdmxRules.jsonNumberFailure(parser, at);
      queue.add(new ReadResult.Failed(failure.location(), List.of(failure)));
      done = true;
    } catch (IOException e) {
      long line =
          org.mignet.formats.internal.NotUtf8Json.line(e, parser)
              .orElseThrow(() -> new UncheckedIOException(e));
      finishCurrent();
      SourceLocation where = at.withLine(line, 0);
      queue.add(
          new ReadResult.Failed(
              where, List.of(SdmxRules.issue(SdmxRules.UNDECODABLE, where, line, "UTF-8"))));
      done = true;
    }
  }

  /** Reads the next token of the innermost open container and acts on it. */
  private void advance() throws IOException {
    Frame frame = frames.peek();
    JsonToken t = parser.nextToken();
    if (t == null) {
      throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected end of input");
    }
    if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
      frames.pop();
      closed(frame);
      return;
    }
    switch (frame) {
      case ROOT, DATA -> member(frame);
      case DATA_SETS -> dataSetStart(t);
      case DATA_SET -> dataSetMember();
      case SERIES -> series();
      case OBSERVATIONS -> observation();
      default -> throw new IllegalStateException(frame.name());
    }
  }

  private void closed(Frame frame) throws IOException {
    switch (frame) {
      case ROOT -> end();
      case DATA_SET -> finishCurrent();
      default -> {}
    }
  }

  /** A member of the root object or of {@code data}. */
  private void member(Frame frame) throws IOException {
    String name = parser.currentName();
    JsonToken value = parser.nextToken();
    int rank = frame == Frame.DATA ? (name.equals("structures") ? 0 : 1) : 2;
    if (frame == Frame.ROOT && name.equals("data") && value == JsonToken.START_OBJECT) {
      frames.push(Frame.DATA);
    } else if (name.equals("dataSets")) {
      if (value != JsonToken.START_ARRAY) {
        notSdmx();
        return;
      }
      sawDataSets = true;
      dataSetsPointer = frame == Frame.DATA ? "/data/dataSets/" : "/dataSets/";
      frames.push(Frame.DATA_SETS);
    } else if ((name.equals("structures") && frame == Frame.DATA && value == JsonToken.START_ARRAY)
        || (name.equals("structure") && value == JsonToken.START_OBJECT)) {
      JsonNode node = buffer(0);
      if (rank < structuresRank) {
        structuresRank = rank;
        structures = new ArrayList<>();
        if (node.isArray()) {
          node.forEach(structures::add);
        } else {
          structures.add(node);
        }
      }
    } else if (frame == Frame.ROOT
        && (name.equals("meta") || name.equals("header"))
        && value == JsonToken.START_OBJECT) {
      // SDMX-JSON 2.0 "meta", 1.0 "header"
      JsonNode meta = buffer(0);
      JsonNode first = meta.path("contentLanguages").path(0);
      if (first.isTextual() && !first.asText().isBlank()) {
        language = first.asText();
      }
      header =
          new ObsFields.Header(text(meta.path("sender").path("id")), text(meta.path("prepared")));
    } else {
      parser.skipChildren();
    }
  }

  private void dataSetStart(JsonToken t) throws IOException {
    dataSetIndex++;
    if (t != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return;
    }
    if (structures == null) {
      JsonNode ds = buffer(pendingBytes);
      pendingBytes += bufferedBytes;
      pending.add(new Pending(dataSetIndex, ds));
      return;
    }
    current = new DataSetState(dataSetIndex);
    frames.push(Frame.DATA_SET);
  }

  /** A member of a data set being streamed. */
  private void dataSetMember() throws IOException {
    DataSetState s = current;
    String name = parser.currentName();
    if (name == null) {
      // not a member of an object (a value where a member name belongs): reported as malformed by
      // step()
      throw new com.fasterxml.jackson.core.JsonParseException(parser, "expected a data-set member");
    }
    JsonToken value = parser.nextToken();
    switch (name) {
      case "structure" -> s.index = value.isNumeric() ? parser.getIntValue() : 0;
      case "action" -> {
        // a value other than a string names no action, and is refused as one
        String raw = value.isScalarValue() ? parser.getText() : value.asString() + "…";
        if (!value.isScalarValue()) {
          parser.skipChildren();
        }
        s.action(value == JsonToken.VALUE_NULL ? "null" : raw);
      }
      case "links", "attributes", "dimensionGroupAttributes" -> {
        JsonNode node = buffer(0);
        if (s.decoder != null && s.decoder.emitted > 0 && !node.isEmpty()) {
          s.decoder.late(name);
        } else {
          s.members.put(name, node);
        }
      }
      case "series", "observations" -> {
        if (value != JsonToken.START_OBJECT || s.deleting) {
          parser.skipChildren();
        } else if (s.index != null || structures.size() == 1) {
          if (s.decoder == null && !s.start()) {
            parser.skipChildren();
            return;
          }
          frames.push(name.equals("series") ? Frame.SERIES : Frame.OBSERVATIONS);
        } else {
          s.members.put(name, buffer(0));
        }
      }
      default -> parser.skipChildren();
    }
  }

  /** One series of a streamed data set: buffered whole, bounded by the limit. */
  private void series() throws IOException {
    String key = parser.currentName();
    parser.nextToken();
    JsonNode series = buffer(0);
    current.decoder.series(key, series);
  }

  /** One observation of a streamed AllDimensions data set. */
  private void observation() throws IOException {
    String key = parser.currentName();
    parser.nextToken();
    JsonNode value = trees.readTree(parser);
    DataSetDecoder d = current.decoder;
    d.observation(key, value, d.base, d.baseAttrs, d.baseIdx, "/observations/");
  }

  private long bufferedBytes;

  /**
   * Reads the value at the current token as a tree, refusing one that takes the bytes buffered so
   * far ({@code used}) beyond the limit.
   */
  private JsonNode buffer(long used) throws IOException {
    long start = offset(parser.currentTokenLocation());
    in.limitAt = start < 0 ? Long.MAX_VALUE : start - used + maxBytes;
    JsonNode node;
    try {
      node = trees.readTree(parser);
    } finally {
      in.limitAt = Long.MAX_VALUE;
    }
    long end = offset(parser.currentLocation());
    bufferedBytes = start < 0 || end < 0 ? 0 : end - start;
    if (bufferedBytes + used > maxBytes) {
      throw new TooLarge();
    }
    return node == null ? mapper.nullNode() : node;
  }

  /**
   * Returns the byte offset, or the char offset where the parser decodes characters (close for
   * SDMX's ASCII).
   */
  private static long offset(com.fasterxml.jackson.core.JsonLocation l) {
    return l.getByteOffset() >= 0 ? l.getByteOffset() : l.getCharOffset();
  }

  private void finishCurrent() {
    if (current != null) {
      current.finish();
      current = null;
    }
  }

  private void end() throws IOException {
    frames.clear();
    if (parser.nextToken() != null) {
      throw new com.fasterxml.jackson.core.JsonParseException(
          parser, "trailing tokens after the message");
    }
    done = true;
    if (!sawDataSets) {
      notSdmx();
      return;
    }
    if (structures == null) {
      structures = List.of();
    }
    for (Pending p : pending) {
      JsonNode ds = p.dataSet();
      int si = ds.path("structure").asInt(0);
      SourceLocation where = at.withPointer(dataSetsPointer + p.index());
      if (si < 0 || si >= structures.size()) {
        badStructureIndex(where, si);
        continue;
      }
      JsonNode action = ds.get("action");
      String word =
          action == null
              ? "Information"
              : ObsFields.action(action.isTextual() ? action.asText() : "?");
      if (word == null || word.equals("Delete")) {
        refuseAction(
            where, action == null ? "" : action.isTextual() ? action.asText() : action.toString());
        continue;
      }
      DataSetDecoder d = new DataSetDecoder(structures.get(si), ds.path("links"), where);
      d.action = word;
      d.attributes(ds.path("attributes"));
      d.groups(ds.get("dimensionGroupAttributes"));
      d.decodeTree(ds);
      d.flush();
    }
    pending.clear();
  }

  /**
   * Refuses a data set that deletes data (or names no action): read as observations, a deletion
   * would become data.
   */
  private void refuseAction(SourceLocation where, String value) {
    SourceLocation w = where.withPointer(where.pointer().orElse("") + "/action");
    queue.add(
        new ReadResult.Failed(
            w,
            List.of(
                SdmxRules.issueWithValue(SdmxRules.ACTION_NOT_READ, w, value, false, cut(value)))));
  }

  private void badStructureIndex(SourceLocation where, int si) {
    SourceLocation w = where.withPointer(where.pointer().orElse("") + "/structure");
    queue.add(
        new ReadResult.Failed(
            w,
            List.of(SdmxRules.issue(SdmxRules.BAD_INDEX, w, "structure", si, structures.size()))));
  }

  private void notSdmx() {
    done = true;
    queue.add(
        new ReadResult.Failed(
            at,
            List.of(
                SdmxRules.issue(SdmxRules.NOT_SDMX, at, "SDMX-JSON", Words.NO_DATASETS_ARRAY))));
  }

  private void tooLarge() {
    finishCurrent();
    done = true;
    queue.add(
        new ReadResult.Failed(
            at,
            List.of(
                ReadRules.issue(
                    ReadRules.LIMIT,
                    at,
                    Words.MESSAGE_SIZE.with("SDMX-JSON"),
                    Long.toString(maxBytes)))));
  }

  /**
   * A data set being streamed: the members seen so far and, once observations come, its decoder.
   */
  private final class DataSetState {
    final int position;
    Integer index;
    final Map<String, JsonNode> members = new LinkedHashMap<>();
    DataSetDecoder decoder;
    boolean reported;
    String action = "Information";
    boolean deleting;

    DataSetState(int position) {
      this.position = position;
    }

    /**
     * Takes the data set's action. A Delete (or a value that names no action) refuses the data set:
     * what follows of it is skipped, and what has not been passed on yet is dropped with it.
     */
    void action(String raw) {
      String word = ObsFields.action(raw);
      if (word == null || word.equals("Delete")) {
        deleting = true;
        refuseAction(at.withPointer(dataSetsPointer + position), raw);
        return;
      }
      action = word;
      if (decoder != null) {
        if (decoder.emitted > 0 && !word.equals("Information")) {
          decoder.late("action");
        }
        decoder.action = word;
      }
    }

    /** Returns whether the structure index is valid; makes the decoder if so. */
    boolean start() {
      int si = index == null ? 0 : index;
      if (si < 0 || si >= structures.size()) {
        if (!reported) {
          reported = true;
          badStructureIndex(at.withPointer(dataSetsPointer + position), si);
        }
        return false;
      }
      decoder =
          new DataSetDecoder(
              structures.get(si),
              members.getOrDefault("links", mapper.missingNode()),
              at.withPointer(dataSetsPointer + position));
      decoder.action = action;
      decoder.attributes(members.getOrDefault("attributes", mapper.missingNode()));
      decoder.groups(members.get("dimensionGroupAttributes"));
      return true;
    }

    void finish() {
      if (deleting) {
        return;
      }
      boolean buffered = members.containsKey("series") || members.containsKey("observations");
      if (buffered && decoder == null && !start()) {
        return;
      }
      if (decoder != null) {
        if (buffered) {
          decoder.decodeTree(mapper.createObjectNode().setAll(members));
        }
        decoder.flush();
      }
    }
  }

  /**
   * A component (dimension, measure or attribute) with its values at one attachment level.
   *
   * @param values the value ids (or non-coded values) of the component's {@code values}; an entry
   *     is null where the message gives {@code null}
   * @param coded whether the component has a {@code values} array, so that the data refer to its
   *     values by index (without one, SDMX-JSON 2.0 writes attribute and measure values in place)
   * @param defaultValue the component's {@code default}, applied when the data leave its value out;
   *     null if none
   */
  private record Component(
      String id, List<String> values, int keyPosition, boolean coded, String defaultValue) {}

  private static List<Component> components(JsonNode list) {
    List<Component> out = new ArrayList<>();
    if (list != null && list.isArray()) {
      int n = 0;
      for (JsonNode c : list) {
        List<String> values = new ArrayList<>();
        JsonNode vs = c.path("values");
        for (JsonNode v : vs) {
          values.add(
              v.isNull()
                  ? null
                  : v.has("id")
                      ? v.get("id").asText()
                      : v.has("value") ? v.get("value").asText() : v.path("name").asText());
        }
        JsonNode def = c.path("default");
        out.add(
            new Component(
                c.path("id").asText(),
                values,
                c.path("keyPosition").asInt(n),
                vs.isArray(),
                def.isValueNode() && !def.isNull() ? def.asText() : null));
        n++;
      }
    }
    return out;
  }

  /**
   * A value of the data that does not fit the structure: the observation it belongs to is rejected.
   */
  private static final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Issue issue;

    BadValue(Issue issue) {
      super(null, null, false, false);
      this.issue = issue;
    }
  }

  /**
   * Dimension-group attribute values of one partial key shape: the positions (in the order of all
   * dimensions) the key gives, and the values by the indexes at those positions.
   */
  // never compared nor hashed: a carrier of the positions an index walks
  @SuppressWarnings("ArrayRecordComponent")
  private record GroupLevel(int[] positions, Map<String, JsonNode> byKey) {}

  /** Turns one data set's keys and indexes into observations, in chunks. */
  private final class DataSetDecoder {
    private final SourceLocation at;
    private final List<Component> dsDims;
    private final List<Component> seriesDims;
    private final List<Component> obsDims;
    private final List<Component> measures;
    private final int primary;
    private final int measureCount;

    /**
     * Whether each measure becomes its own observation, keyed by {@link
     * SdmxCsvReader#MEASURE_DIMENSION}.
     */
    private final boolean measureKeyed;

    private final List<Component> dsAttrs;
    private final List<Component> seriesAttrs;
    private final List<Component> obsAttrs;
    private final List<Component> groupAttrs;
    private final List<String> dimIds = new ArrayList<>();

    /**
     * Positions, in the order of all dimensions (that of dimension-group keys), of the series and
     * observation ones.
     */
    private final int[] seriesPos;

    private final int[] obsPos;
    private final int dimCount;
    private final List<GroupLevel> groups = new ArrayList<>();
    private final String flow;
    private final String kind;
    private final String title;
    final Map<String, String> base = new LinkedHashMap<>();
    final Map<String, String> baseAttrs = new LinkedHashMap<>();
    final int[] baseIdx;
    private final List<Issue> warnings = new ArrayList<>();
    private final java.util.Set<String> warned = new java.util.HashSet<>();
    private List<Observation> chunk = new ArrayList<>();
    private long chunks;
    long emitted;

    /** The data set's action ({@link ObsFields#action}), kept on the datasets it gives. */
    String action = "Information";

    DataSetDecoder(JsonNode structure, JsonNode dsLinks, SourceLocation at) {
      this.at = at;
      JsonNode dims = structure.path("dimensions");
      JsonNode attrs = structure.path("attributes");
      dsDims = components(dims.get("dataSet"));
      seriesDims = components(dims.get("series"));
      obsDims = components(dims.get("observation"));
      measures = components(structure.path("measures").get("observation"));
      int p = 0;
      for (int i = 0; i < measures.size(); i++) {
        if (measures.get(i).id().equals(ObsFields.OBS_VALUE)) {
          p = i;
        }
      }
      primary = p;
      measureCount = Math.max(1, measures.size());
      dsAttrs = components(attrs.get("dataSet"));
      seriesAttrs = components(attrs.get("series"));
      obsAttrs = components(attrs.get("observation"));
      groupAttrs = components(attrs.get("dimensionGroup"));
      List<Component> all = new ArrayList<>(dsDims);
      all.addAll(seriesDims);
      all.addAll(obsDims);
      all.stream()
          .sorted(
              Comparator.comparingInt(
                  c -> c.id().equals("TIME_PERIOD") ? Integer.MAX_VALUE : c.keyPosition()))
          .forEach(c -> dimIds.add(c.id()));
      // dimension-group keys give every dimension its place: by keyPosition when those are 0…n-1,
      // else (as the
      // field guide's agri sample, whose keyPositions are not) in the order the structure lists
      // them
      List<Component> keyOrder = new ArrayList<>(all);
      boolean[] seen = new boolean[all.size()];
      boolean permutation = true;
      for (Component c : all) {
        int k = c.keyPosition();
        if (k < 0 || k >= seen.length || seen[k]) {
          permutation = false;
          break;
        }
        seen[k] = true;
      }
      if (permutation) {
        keyOrder.sort(Comparator.comparingInt(Component::keyPosition));
      }
      dimCount = keyOrder.size();
      seriesPos = seriesDims.stream().mapToInt(keyOrder::indexOf).toArray();
      obsPos = obsDims.stream().mapToInt(keyOrder::indexOf).toArray();
      baseIdx = new int[dimCount];
      String urn = null;
      for (JsonNode links : List.of(dsLinks, structure.path("links"))) {
        for (JsonNode l : links) {
          String rel = l.path("rel").asText("");
          if (l.has("urn") && (urn == null || rel.equalsIgnoreCase("dataflow"))) {
            urn = l.get("urn").asText();
          }
        }
      }
      if (urn != null && urn.contains("=")) {
        String type = urn.substring(urn.lastIndexOf('.', urn.indexOf('=')) + 1, urn.indexOf('='));
        // the words SDMX-CSV 2.0's STRUCTURE column uses: a provision agreement is dataprovision
        kind =
            type.equalsIgnoreCase("DataStructure")
                ? "datastructure"
                : type.equalsIgnoreCase("Dataflow")
                    ? "dataflow"
                    : type.equalsIgnoreCase("ProvisionAgreement")
                        ? "dataprovision"
                        : type.toLowerCase(java.util.Locale.ROOT);
        flow = urn.substring(urn.indexOf('=') + 1);
      } else {
        kind = "dataflow";
        flow = structure.path("id").asText(source);
      }
      title = structure.has("name") ? structure.get("name").asText() : null;
      for (Component c : dsDims) {
        if (!c.values().isEmpty() && c.values().get(0) != null) {
          base.put(c.id(), c.values().get(0));
        }
      }
      for (List<Component> level : List.of(dsAttrs, seriesAttrs, groupAttrs, obsAttrs)) {
        for (Component c : level) {
          if (c.defaultValue() != null) {
            baseAttrs.put(c.id(), c.defaultValue());
          }
        }
      }
      measureKeyed = measures.size() > 1 && !dimIds.contains(SdmxCsvReader.MEASURE_DIMENSION);
      if (measureKeyed) {
        // one measure per observation in the model: each measure is its own observation, as in
        // the SDMX-CSV and SDMX-ML readers
        dimIds.add(SdmxCsvReader.MEASURE_DIMENSION);
        warnings.add(
            SdmxRules.issue(
                SdmxRules.MEASURES_AS_OBSERVATIONS,
                at.withPointer(at.pointer().orElse("")),
                measures.size(),
                cut(flow),
                SdmxCsvReader.MEASURE_DIMENSION));
      } else if (measures.size() > 1) {
        // the structure's own MEASURE dimension cannot also key the measures
        List<String> others = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
          if (i != primary) {
            others.add(measures.get(i).id());
          }
        }
        warnings.add(
            SdmxRules.issue(
                SdmxRules.SEVERAL_MEASURES,
                at.withPointer(at.pointer().orElse("")),
                String.join(", ", others),
                measures.get(primary).id()));
      }
    }

    /**
     * Applies the data set's own attribute values (or indexes); a value that does not fit is
     * reported.
     */
    void attributes(JsonNode values) {
      try {
        attach(dsAttrs, values, baseAttrs, 0, "/attributes");
      } catch (BadValue e) {
        warnings.add(e.issue);
      }
    }

    /**
     * Takes the data set's dimension-group attribute values, by partial key; a key that does not
     * fit is reported.
     */
    void groups(JsonNode byKey) {
      if (byKey == null || !byKey.isObject() || groupAttrs.isEmpty()) {
        return;
      }
      Map<String, GroupLevel> levels = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = byKey.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String[] parts = e.getKey().split(":", -1);
        if (parts.length != dimCount) {
          warnings.add(
              SdmxRules.issue(
                  SdmxRules.BAD_INDEX,
                  at.withPointer(
                      at.pointer().orElse("")
                          + "/dimensionGroupAttributes/"
                          + org.mignet.core.internal.Pointers.escape(e.getKey())),
                  "key",
                  parts.length,
                  dimCount));
          continue;
        }
        List<Integer> positions = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
          if (!parts[i].isEmpty() && !parts[i].equals("~")) {
            positions.add(i);
            key.append(parts[i]).append(':');
          }
        }
        String mask = positions.toString();
        levels
            .computeIfAbsent(
                mask,
                m ->
                    new GroupLevel(
                        positions.stream().mapToInt(Integer::intValue).toArray(),
                        new java.util.HashMap<>()))
            .byKey()
            .put(key.toString(), e.getValue());
      }
      groups.addAll(levels.values());
    }

    /** Notes a data set member that came after observations already emitted. */
    void late(String member) {
      warnings.add(
          SdmxRules.issueWithValue(
              SdmxRules.LATE_MEMBER,
              at.withPointer(at.pointer().orElse("") + "/" + member),
              member,
              false,
              member));
    }

    /** Decodes a data set (or the buffered members of one) held as a tree. */
    void decodeTree(JsonNode ds) {
      if (ds.has("series")) {
        Iterator<Map.Entry<String, JsonNode>> it = ds.get("series").properties().iterator();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> s = it.next();
          series(s.getKey(), s.getValue());
        }
      }
      if (ds.has("observations")) {
        observations(ds.path("observations"), base, baseAttrs, baseIdx, "/observations/");
      }
    }

    void series(String key, JsonNode series) {
      String ptr = "/series/" + org.mignet.core.internal.Pointers.escape(key);
      Map<String, String> dims = new LinkedHashMap<>(base);
      int[] idx = baseIdx.clone();
      Map<String, String> attrs = new LinkedHashMap<>(baseAttrs);
      try {
        key(key, seriesDims, seriesPos, dims, idx, ptr);
        attach(seriesAttrs, series.path("attributes"), attrs, 0, ptr + "/attributes");
      } catch (BadValue e) {
        // the series' observations cannot be read without their key: each is rejected with the
        // reason
        Iterator<String> names = series.path("observations").fieldNames();
        boolean any = false;
        while (names.hasNext()) {
          String o = names.next();
          SourceLocation where =
              at.withPointer(
                  at.pointer().orElse("")
                      + ptr
                      + "/observations/"
                      + org.mignet.core.internal.Pointers.escape(o));
          queue.add(new ReadResult.Failed(where, List.of(e.issue)));
          any = true;
        }
        if (!any) {
          fail(e.issue);
        }
        return;
      }
      observations(series.path("observations"), dims, attrs, idx, ptr + "/observations/");
    }

    private void observations(
        JsonNode obs, Map<String, String> dims, Map<String, String> attrs, int[] idx, String ptr) {
      Iterator<Map.Entry<String, JsonNode>> it = obs.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> o = it.next();
        observation(o.getKey(), o.getValue(), dims, attrs, idx, ptr);
      }
    }

    void observation(
        String key,
        JsonNode arr,
        Map<String, String> dims,
        Map<String, String> attrs,
        int[] idx,
        String ptr) {
      Map<String, String> d = new LinkedHashMap<>(dims);
      String p = ptr + org.mignet.core.internal.Pointers.escape(key);
      // the positions are read only by dimension-group attributes; without them the caller's array
      // is only written
      int[] at2 = groups.isEmpty() ? idx : idx.clone();
      Object value;
      List<Object> values = new ArrayList<>();
      Map<String, String> a = new LinkedHashMap<>(attrs);
      try {
        key(key, obsDims, obsPos, d, at2, p);
        applyGroups(at2, a);
        if (measureKeyed) {
          for (int i = 0; i < measureCount; i++) {
            values.add(measureValue(measures.get(i), arr.path(i), p + "/" + i));
          }
          value = values.get(primary);
        } else {
          value = measures(arr, a, p);
        }
        attach(obsAttrs, arr, a, measureCount, p);
      } catch (BadValue e) {
        fail(e.issue);
        return;
      }
      Map<String, String> ordered = new LinkedHashMap<>();
      for (String id : dimIds) {
        if (d.containsKey(id)) {
          ordered.put(id, d.get(id));
        }
      }
      Observation ob = observationOf(ordered, value, a);
      if (gate != null) {
        // the key and attributes are checked against the structure once, before the measure is
        // keyed (the structure has no MEASURE dimension)
        SourceLocation where = at.withPointer(at.pointer().orElse("") + p);
        List<Issue> rejected = gate.reject(flow, ob, where);
        if (rejected != null) {
          queue.add(new ReadResult.Failed(where, rejected));
          return;
        }
      }
      if (!measureKeyed) {
        add(ob);
        return;
      }
      for (int i = 0; i < measureCount; i++) {
        Map<String, String> keyed = new LinkedHashMap<>(ordered);
        keyed.put(SdmxCsvReader.MEASURE_DIMENSION, measures.get(i).id());
        add(observationOf(keyed, values.get(i), a));
      }
    }

    private Observation observationOf(
        Map<String, String> dims, Object value, Map<String, String> attrs) {
      return value instanceof String text
          ? ObsFields.textObservation(dims, text, attrs)
          : ObsFields.observation(dims, (BigDecimal) value, attrs);
    }

    private void add(Observation ob) {
      // a full chunk is emitted only when the next observation comes, so the last chunk is never
      // empty
      if (chunk.size() >= SdmxCsvReader.CHUNK) {
        flush();
      }
      chunk.add(ob);
      emitted++;
    }

    /**
     * Returns the primary measure's value, a number or (a string measure) a text, null if none; the
     * other measures go into the attributes under their ids.
     */
    private Object measures(JsonNode arr, Map<String, String> into, String p) throws BadValue {
      Object value = null;
      for (int i = 0; i < measureCount; i++) {
        JsonNode v = arr.path(i);
        Component m = measures.isEmpty() ? null : measures.get(i);
        String ptr = p + "/" + i;
        if (i == primary) {
          value = measureValue(m, v, ptr);
        } else {
          String text = m.coded() && v.canConvertToInt() ? coded(m, v, ptr) : plain(m, v, ptr);
          if (text != null) {
            into.put(m.id(), text);
          } else {
            into.remove(m.id());
          }
        }
      }
      return value;
    }

    /**
     * Returns a number, a text (SDMX 3.0 string measures), or null for none ({@code null}, empty,
     * NaN).
     */
    private Object measureValue(Component m, JsonNode v, String ptr) throws BadValue {
      if (v.isMissingNode() || v.isNull()) {
        return null;
      }
      if (v.isNumber() && (m == null || !m.coded())) {
        return v.decimalValue();
      }
      String text = m != null && m.coded() ? coded(m, v, ptr) : plain(m, v, ptr);
      if (text == null || text.isEmpty() || text.equals("NaN")) {
        return null;
      }
      BigDecimal n = v.isTextual() || (m != null && m.coded()) ? ObsFields.number(text) : null;
      if (n == null && !textReported) {
        // a string measure (SDMX 3.0) is kept as its text, and said so once, as the SDMX-ML reader
        // does
        textReported = true;
        warnings.add(
            SdmxRules.issue(
                SdmxRules.TEXT_VALUE,
                at.withPointer(at.pointer().orElse("") + ptr),
                m == null ? ObsFields.OBS_VALUE : m.id()));
      }
      return n != null ? n : text;
    }

    private void key(
        String key,
        List<Component> comps,
        int[] positions,
        Map<String, String> into,
        int[] idx,
        String ptr)
        throws BadValue {
      if (comps.isEmpty() && key.isEmpty()) {
        return;
      }
      String[] parts = key.split(":", -1);
      if (parts.length != comps.size()) {
        throw new BadValue(
            SdmxRules.issue(
                SdmxRules.BAD_INDEX,
                at.withPointer(at.pointer().orElse("") + ptr),
                "key",
                parts.length,
                comps.size()));
      }
      for (int i = 0; i < parts.length; i++) {
        Component c = comps.get(i);
        int n;
        try {
          n = Integer.parseInt(parts[i]);
        } catch (NumberFormatException e) {
          n = -1;
        }
        if (n < 0 || n >= c.values().size() || c.values().get(n) == null) {
          throw new BadValue(
              SdmxRules.issueWithValue(
                  SdmxRules.BAD_INDEX,
                  at.withPointer(at.pointer().orElse("") + ptr),
                  parts[i],
                  false,
                  c.id(),
                  cut(parts[i]),
                  c.values().size()));
        }
        into.put(c.id(), c.values().get(n));
        if (positions[i] >= 0) {
          idx[positions[i]] = n;
        }
      }
    }

    private void applyGroups(int[] idx, Map<String, String> into) throws BadValue {
      for (GroupLevel g : groups) {
        StringBuilder key = new StringBuilder();
        for (int p : g.positions()) {
          key.append(idx[p]).append(':');
        }
        JsonNode values = g.byKey().get(key.toString());
        if (values != null) {
          // here null means the attribute does not belong to this partial key, not that it is unset
          attach(
              groupAttrs,
              values,
              into,
              0,
              "/dimensionGroupAttributes/"
                  + org.mignet.core.internal.Pointers.escape(key.toString()),
              false);
        }
      }
    }

    /**
     * Puts the attribute values an array gives from {@code offset} on: an index into a coded
     * attribute's values, a value in place for one without values; {@code null} removes the value,
     * a value left out keeps what the level above (or the default) gave. Elements beyond the
     * attributes are annotation indexes.
     */
    private void attach(
        List<Component> comps, JsonNode values, Map<String, String> into, int offset, String ptr)
        throws BadValue {
      attach(comps, values, into, offset, ptr, true);
    }

    private void attach(
        List<Component> comps,
        JsonNode values,
        Map<String, String> into,
        int offset,
        String ptr,
        boolean nullUnsets)
        throws BadValue {
      for (int i = 0; i < comps.size(); i++) {
        JsonNode n = values.path(i + offset);
        if (n.isMissingNode()) {
          continue;
        }
        Component c = comps.get(i);
        String p = ptr + "/" + (i + offset);
        String v = c.coded() ? coded(c, n, p) : plain(c, n, p);
        if (v == null) {
          if (nullUnsets) {
            into.remove(c.id());
          }
        } else {
          into.put(c.id(), v);
        }
      }
    }

    /** Returns the value(s) an index (or an array of indexes) points to; null for null. */
    private String coded(Component c, JsonNode n, String ptr) throws BadValue {
      if (n.isNull()) {
        return null;
      }
      if (n.isArray()) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
          String v = coded(c, n.get(i), ptr + "/" + i);
          if (v != null) {
            out.add(v);
          }
        }
        return out.isEmpty() ? null : String.join(";", out);
      }
      int idx = n.canConvertToInt() && n.isIntegralNumber() ? n.intValue() : -1;
      if (idx < 0 || idx >= c.values().size()) {
        throw new BadValue(
            SdmxRules.issueWithValue(
                SdmxRules.BAD_INDEX,
                at.withPointer(at.pointer().orElse("") + ptr),
                n.asText(),
                false,
                c.id(),
                cut(n.asText()),
                c.values().size()));
      }
      return c.values().get(idx);
    }

    /**
     * Returns a value written in place: a number or text, one language of a localised text, several
     * joined.
     */
    private String plain(Component c, JsonNode n, String ptr) throws BadValue {
      if (n.isNull() || n.isMissingNode()) {
        return null;
      }
      if (n.isNumber()) {
        return n.decimalValue().toPlainString();
      }
      if (n.isValueNode()) {
        return n.asText();
      }
      if (n.isArray()) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
          String v = plain(c, n.get(i), ptr + "/" + i);
          if (v != null) {
            out.add(v);
          }
        }
        return out.isEmpty() ? null : String.join(";", out);
      }
      String id = c == null ? ObsFields.OBS_VALUE : c.id();
      JsonNode text = n.get(language);
      if (text == null) {
        text = n.get("en");
      }
      if (text == null && n.properties().iterator().hasNext()) {
        text = n.properties().iterator().next().getValue();
      }
      if (text == null || !text.isValueNode()) {
        throw new BadValue(
            SdmxRules.issue(
                SdmxRules.BAD_INDEX,
                at.withPointer(at.pointer().orElse("") + ptr),
                id,
                "{…}",
                c == null ? 0 : c.values().size()));
      }
      if (n.size() > 1 && warned.add(id)) {
        String lang = n.has(language) ? language : n.has("en") ? "en" : n.fieldNames().next();
        warnings.add(
            SdmxRules.issue(
                SdmxRules.LOCALISED_TEXT, at.withPointer(at.pointer().orElse("") + ptr), id, lang));
      }
      return text.asText();
    }

    private void fail(Issue issue) {
      queue.add(new ReadResult.Failed(issue.location(), List.of(issue)));
    }

    void flush() {
      if (chunk.isEmpty()) {
        return;
      }
      chunks++;
      List<Issue> issues = new ArrayList<>(StructureGate.drain(gate));
      issues.addAll(warnings);
      warnings.clear();
      queue.add(
          new ReadResult.Ok(
              header.onto(
                  ObsFields.withAction(
                      ObsFields.dataset(flow, kind, source, chunks, title, dimIds, chunk), action)),
              at,
              issues));
      chunk = new ArrayList<>();
    }
  }

  /** Returns the node's text, or null if it is not a non-blank string. */
  private static String text(JsonNode n) {
    return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
  }

  private static String cut(String s) {
    return org.mignet.core.internal.Values.cut(s, 40);
  }

  @Override
  public void close() {
    try {
      if (parser != null) {
        parser.close();
      }
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
