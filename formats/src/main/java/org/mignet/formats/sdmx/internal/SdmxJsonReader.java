package org.mignet.formats.sdmx.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * Reads an SDMX-JSON data message (2.0, and 1.0's {@code data.structure}) in the series and AllDimensions
 * layouts. JSON members have no order (OECD writes {@code dataSets} before {@code structures}), so the message is
 * parsed as a tree: memory grows with the message, which is therefore refused beyond
 * {@code ReadLimits.maxRecordBytes()} (16 MiB by default, {@code SdmxOptions.LIMITS}) with {@code MG-READ-011}.
 * Its observations are emitted as
 * {@code Dataset}s of at most {@value SdmxCsvReader#CHUNK} observations. Attributes at any level are flattened onto
 * the observations.
 */
final class SdmxJsonReader implements RecordReader {

  /** Thrown by the bounded stream when the message is larger than the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("message larger than the limit");
    }
  }

  private final InputStream in;
  private final String source;
  private final ObjectMapper mapper;
  private final ArrayDeque<ReadResult> queue = new ArrayDeque<>();
  private boolean started;

  private final StructureGate gate;

  private final long maxBytes;

  SdmxJsonReader(InputStream in, String source, ObjectMapper mapper, StructureGate gate, long maxBytes) {
    this.maxBytes = maxBytes;
    this.in = new java.io.FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && ++count > maxBytes) {
          throw new TooLarge();
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0 && (count += n) > maxBytes) {
          throw new TooLarge();
        }
        return n;
      }
    };
    this.source = source;
    this.mapper = mapper;
    this.gate = gate;
  }

  @Override
  public boolean hasNext() {
    if (!started) {
      started = true;
      read();
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

  private void read() {
    SourceLocation at = new SourceLocation(Optional.of(source), 0, 0, 0, Optional.of(""));
    JsonNode root;
    try {
      root = mapper.readTree(in);
    } catch (TooLarge e) {
      tooLarge(at);
      return;
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof TooLarge) {
        tooLarge(at);
        return;
      }
      SourceLocation where = e.getLocation() == null ? at : at.withLine(Math.max(0, e.getLocation().getLineNr()),
          Math.max(0, e.getLocation().getColumnNr()));
      queue.add(new ReadResult.Failed(where, List.of(SdmxRules.issue(SdmxRules.MALFORMED, where, "JSON"))));
      return;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonNode data = root == null ? null : root.has("data") ? root.get("data") : root;
    JsonNode dataSets = data == null ? null : data.get("dataSets");
    if (dataSets == null || !dataSets.isArray()) {
      queue.add(new ReadResult.Failed(at, List.of(SdmxRules.issue(SdmxRules.NOT_SDMX, at, "SDMX-JSON",
          "no data.dataSets array"))));
      return;
    }
    List<JsonNode> structures = new ArrayList<>();
    if (data.path("structures").isArray()) {
      data.get("structures").forEach(structures::add);
    } else if (data.path("structure").isObject()) {
      structures.add(data.get("structure"));
    } else if (root.path("structure").isObject()) {
      structures.add(root.get("structure"));
    }
    for (int i = 0; i < dataSets.size(); i++) {
      JsonNode ds = dataSets.get(i);
      int si = ds.path("structure").asInt(0);
      String pointer = "/data/dataSets/" + i;
      if (si < 0 || si >= structures.size()) {
        SourceLocation where = at.withPointer(pointer + "/structure");
        queue.add(new ReadResult.Failed(where, List.of(SdmxRules.issue(SdmxRules.BAD_INDEX, where, "structure", si,
            structures.size()))));
        continue;
      }
      new DataSetDecoder(structures.get(si), ds, at.withPointer(pointer)).decode();
    }
  }

  private void tooLarge(SourceLocation at) {
    queue.add(new ReadResult.Failed(at, List.of(org.mignet.formats.json.internal.ReadRules.issue(
        org.mignet.formats.json.internal.ReadRules.LIMIT, at, "SDMX-JSON message size in bytes", Long.toString(maxBytes)))));
  }

  /** A component (dimension or attribute) with its value ids, at one attachment level. */
  private record Component(String id, List<String> values, int keyPosition) {}

  private static List<Component> components(JsonNode list) {
    List<Component> out = new ArrayList<>();
    if (list != null && list.isArray()) {
      int n = 0;
      for (JsonNode c : list) {
        List<String> values = new ArrayList<>();
        for (JsonNode v : c.path("values")) {
          values.add(v.has("id") ? v.get("id").asText() : v.path("value").asText(v.path("name").asText()));
        }
        out.add(new Component(c.path("id").asText(), values, c.path("keyPosition").asInt(n)));
        n++;
      }
    }
    return out;
  }

  private final class DataSetDecoder {
    private final JsonNode ds;
    private final SourceLocation at;
    private final List<Component> dsDims;
    private final List<Component> seriesDims;
    private final List<Component> obsDims;
    private final List<Component> dsAttrs;
    private final List<Component> seriesAttrs;
    private final List<Component> obsAttrs;
    private final List<String> dimIds = new ArrayList<>();
    private final String flow;
    private final String kind;
    private final String title;
    private List<Observation> chunk = new ArrayList<>();
    private long chunks;

    DataSetDecoder(JsonNode structure, JsonNode ds, SourceLocation at) {
      this.ds = ds;
      this.at = at;
      JsonNode dims = structure.path("dimensions");
      JsonNode attrs = structure.path("attributes");
      dsDims = components(dims.get("dataSet"));
      seriesDims = components(dims.get("series"));
      obsDims = components(dims.get("observation"));
      dsAttrs = components(attrs.get("dataSet"));
      seriesAttrs = components(attrs.get("series"));
      obsAttrs = components(attrs.get("observation"));
      List<Component> all = new ArrayList<>(dsDims);
      all.addAll(seriesDims);
      all.addAll(obsDims);
      all.stream().sorted(Comparator.comparingInt(c -> c.id().equals("TIME_PERIOD") ? Integer.MAX_VALUE
          : c.keyPosition())).forEach(c -> dimIds.add(c.id()));
      String urn = null;
      for (JsonNode links : List.of(ds.path("links"), structure.path("links"))) {
        for (JsonNode l : links) {
          String rel = l.path("rel").asText("");
          if (l.has("urn") && (urn == null || rel.equalsIgnoreCase("dataflow"))) {
            urn = l.get("urn").asText();
          }
        }
      }
      if (urn != null && urn.contains("=")) {
        String type = urn.substring(urn.lastIndexOf('.', urn.indexOf('=')) + 1, urn.indexOf('='));
        kind = type.equalsIgnoreCase("DataStructure") ? "datastructure" : type.equalsIgnoreCase("Dataflow")
            ? "dataflow" : type.toLowerCase(java.util.Locale.ROOT);
        flow = urn.substring(urn.indexOf('=') + 1);
      } else {
        kind = "dataflow";
        flow = structure.path("id").asText(source);
      }
      title = structure.has("name") ? structure.get("name").asText() : null;
    }

    void decode() {
      Map<String, String> base = new LinkedHashMap<>();
      Map<String, String> baseAttrs = new LinkedHashMap<>();
      for (Component c : dsDims) {
        if (!c.values().isEmpty()) {
          base.put(c.id(), c.values().get(0));
        }
      }
      attach(dsAttrs, ds.path("attributes"), baseAttrs, 0, "/attributes");
      if (ds.has("series")) {
        Iterator<Map.Entry<String, JsonNode>> it = ds.get("series").fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> s = it.next();
          String ptr = "/series/" + s.getKey();
          Map<String, String> dims = new LinkedHashMap<>(base);
          if (!key(s.getKey(), seriesDims, dims, ptr)) {
            continue;
          }
          Map<String, String> attrs = new LinkedHashMap<>(baseAttrs);
          attach(seriesAttrs, s.getValue().path("attributes"), attrs, 0, ptr + "/attributes");
          observations(s.getValue().path("observations"), dims, attrs, ptr + "/observations/");
        }
      } else {
        observations(ds.path("observations"), base, baseAttrs, "/observations/");
      }
      flush();
    }

    private void observations(JsonNode obs, Map<String, String> dims, Map<String, String> attrs, String ptr) {
      Iterator<Map.Entry<String, JsonNode>> it = obs.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> o = it.next();
        Map<String, String> d = new LinkedHashMap<>(dims);
        String p = ptr + o.getKey();
        if (!key(o.getKey(), obsDims, d, p)) {
          continue;
        }
        JsonNode arr = o.getValue();
        JsonNode v = arr.path(0);
        BigDecimal value = null;
        if (v.isNumber()) {
          value = v.decimalValue();
        } else if (v.isTextual() && !v.asText().isEmpty() && !v.asText().equals("NaN")) {
          value = ObsFields.number(v.asText());
          if (value == null) {
            fail(SdmxRules.issue(SdmxRules.NOT_A_NUMBER, at.withPointer(at.pointer().orElse("") + p + "/0"),
                ObsFields.OBS_VALUE));
            continue;
          }
        }
        Map<String, String> a = new LinkedHashMap<>(attrs);
        if (!attach(obsAttrs, arr, a, 1, p)) {
          continue;
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String id : dimIds) {
          if (d.containsKey(id)) {
            ordered.put(id, d.get(id));
          }
        }
        Observation ob = ObsFields.observation(ordered, value, a);
        if (gate != null) {
          SourceLocation where = at.withPointer(at.pointer().orElse("") + p);
          List<Issue> rejected = gate.reject(flow, ob, where);
          if (rejected != null) {
            queue.add(new ReadResult.Failed(where, rejected));
            continue;
          }
        }
        chunk.add(ob);
        if (chunk.size() >= SdmxCsvReader.CHUNK) {
          flush();
        }
      }
    }

    private boolean key(String key, List<Component> comps, Map<String, String> into, String ptr) {
      if (comps.isEmpty() && key.isEmpty()) {
        return true;
      }
      String[] parts = key.split(":", -1);
      if (parts.length != comps.size()) {
        fail(SdmxRules.issue(SdmxRules.BAD_INDEX, at.withPointer(at.pointer().orElse("") + ptr), "key", parts.length,
            comps.size()));
        return false;
      }
      for (int i = 0; i < parts.length; i++) {
        Component c = comps.get(i);
        int idx;
        try {
          idx = Integer.parseInt(parts[i]);
        } catch (NumberFormatException e) {
          idx = -1;
        }
        if (idx < 0 || idx >= c.values().size()) {
          fail(SdmxRules.issue(SdmxRules.BAD_INDEX, at.withPointer(at.pointer().orElse("") + ptr), c.id(), parts[i],
              c.values().size()));
          return false;
        }
        into.put(c.id(), c.values().get(idx));
      }
      return true;
    }

    private boolean attach(List<Component> comps, JsonNode indexes, Map<String, String> into, int offset,
        String ptr) {
      for (int i = 0; i < comps.size(); i++) {
        JsonNode n = indexes.path(i + offset);
        if (n.isMissingNode() || n.isNull()) {
          continue;
        }
        Component c = comps.get(i);
        int idx = n.asInt(-1);
        if (idx < 0 || idx >= c.values().size()) {
          fail(SdmxRules.issue(SdmxRules.BAD_INDEX, at.withPointer(at.pointer().orElse("") + ptr + "/" + (i + offset)),
              c.id(), n.asText(), c.values().size()));
          return false;
        }
        into.put(c.id(), c.values().get(idx));
      }
      return true;
    }

    private void fail(Issue issue) {
      queue.add(new ReadResult.Failed(issue.location(), List.of(issue)));
    }

    private void flush() {
      if (chunk.isEmpty()) {
        return;
      }
      chunks++;
      queue.add(new ReadResult.Ok(ObsFields.dataset(flow, kind, source, chunks, title, dimIds, chunk), at,
          StructureGate.drain(gate)));
      chunk = new ArrayList<>();
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
