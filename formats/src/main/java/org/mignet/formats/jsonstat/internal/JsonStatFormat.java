package org.mignet.formats.jsonstat.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.MignetException;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.Observation;
import org.mignet.core.model.RecordType;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.ReadLimits;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.internal.ObsFields;
import org.mignet.formats.internal.SdmxRules;
import org.mignet.formats.internal.Words;

/**
 * The {@code json-stat} format: JSON-stat 2.0 datasets (as Eurostat publishes them) read into {@code Dataset}s of
 * at most 1,000 observations; read only. Dimension ids are upper-cased ({@code geo} → {@code GEO}), {@code time}
 * becomes {@code TIME_PERIOD}; a position with a value or a status is an observation; Eurostat status flags
 * ({@code p}, {@code b}, {@code e}, {@code d}, {@code :}…) are kept as the observation status. Dataflow: {@code
 * extension.agencyId:extension.id(extension.version)}. The document is parsed as a tree (JSON-stat puts the
 * values before the dimensions they index). Registered as a service; immutable and thread-safe.
 */
public final class JsonStatFormat implements Format {

  @Override
  public java.util.List<org.mignet.core.validation.RuleDefinition> rules() {
    return org.mignet.formats.internal.SdmxRules.all();
  }

  // a member given twice is refused (MG-SDMX-021), never resolved last-wins
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
  private static final int CHUNK = 1000;

  @Override
  public String name() {
    return "json-stat";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("json");
  }

  @Override
  public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
    ArrayDeque<ReadResult> queue = new ArrayDeque<>();
    SourceLocation at = new SourceLocation(Optional.of(sourceName), 0, 0, 0, Optional.of(""));
    try (in) {
      JsonNode root = MAPPER.readTree(in);
      decode(root, sourceName, at, queue);
    } catch (JsonProcessingException e) {
      org.mignet.core.validation.Issue failure = SdmxRules.jsonFailure(e, at);
      queue.add(new ReadResult.Failed(failure.location(), List.of(failure)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RecordReader() {
      @Override
      public boolean hasNext() {
        return !queue.isEmpty();
      }

      @Override
      public ReadResult next() {
        if (queue.isEmpty()) {
          throw new NoSuchElementException();
        }
        return queue.poll();
      }

      @Override
      public void close() {}
    };
  }

  private static void decode(JsonNode root, String source, SourceLocation at, ArrayDeque<ReadResult> queue) {
    if (root == null || !root.path("id").isArray() || !root.path("size").isArray() || !root.has("dimension")
        || !"dataset".equals(root.path("class").asText("dataset"))) {
      queue.add(new ReadResult.Failed(at, List.of(SdmxRules.issue(SdmxRules.NOT_SDMX, at, "JSON-stat 2.0",
          Words.NOT_A_JSON_STAT_DATASET))));
      return;
    }
    int n = root.get("id").size();
    if (!cubeFits(root, n, at, queue, ReadLimits.defaults().maxCubeCells())) {
      return;
    }
    List<String> ids = new ArrayList<>();
    List<List<String>> codes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = root.get("id").get(i).asText();
      ids.add(id.equalsIgnoreCase("time") ? "TIME_PERIOD" : id.toUpperCase(Locale.ROOT));
      JsonNode cat = root.path("dimension").path(id).path("category");
      int size = root.get("size").path(i).asInt();
      String[] c = new String[size];
      JsonNode index = cat.get("index");
      if (index != null && index.isArray()) {
        for (int k = 0; k < index.size() && k < size; k++) {
          c[k] = index.get(k).asText();
        }
      } else if (index != null && index.isObject()) {
        Iterator<Map.Entry<String, JsonNode>> it = index.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          int k = e.getValue().asInt(-1);
          if (k >= 0 && k < size) {
            c[k] = e.getKey();
          }
        }
      } else {
        Iterator<String> it = cat.path("label").fieldNames();
        for (int k = 0; k < size && it.hasNext(); k++) {
          c[k] = it.next();
        }
      }
      for (int k = 0; k < size; k++) {
        if (c[k] == null) {
          SourceLocation where = at.withPointer("/dimension/" + id + "/category/index");
          queue.add(new ReadResult.Failed(where, List.of(SdmxRules.issue(SdmxRules.BAD_INDEX, where, id, k, size))));
          return;
        }
      }
      codes.add(List.of(c));
    }
    JsonNode ext = root.path("extension");
    String flow = ext.has("id") ? ext.path("agencyId").asText("ESTAT") + ":" + ext.get("id").asText() + "("
        + ext.path("version").asText("1.0") + ")" : source;
    String title = root.has("label") ? root.get("label").asText() : null;
    long total = 1;
    for (List<String> c : codes) {
      total *= c.size();
    }
    JsonNode values = root.path("value");
    JsonNode status = root.path("status");
    java.util.TreeSet<Long> positions = new java.util.TreeSet<>();
    collect(values, total, positions);
    collect(status, total, positions);
    List<Observation> chunk = new ArrayList<>();
    long chunks = 0;
    for (long pos : positions) {
      JsonNode v = at(values, pos);
      BigDecimal value = v == null || v.isNull() ? null : v.isNumber() ? v.decimalValue() : ObsFields.number(v.asText());
      JsonNode s = status.isTextual() ? status : at(status, pos);
      Map<String, String> dims = new LinkedHashMap<>();
      long rest = pos;
      long[] strides = new long[n];
      long stride = 1;
      for (int i = n - 1; i >= 0; i--) {
        strides[i] = stride;
        stride *= codes.get(i).size();
      }
      for (int i = 0; i < n; i++) {
        dims.put(ids.get(i), codes.get(i).get((int) (rest / strides[i])));
        rest %= strides[i];
      }
      Map<String, String> attrs = new LinkedHashMap<>();
      if (s != null && !s.isNull()) {
        attrs.put(ObsFields.OBS_STATUS, s.asText());
      }
      chunk.add(ObsFields.observation(dims, value, attrs));
      if (chunk.size() >= CHUNK) {
        queue.add(new ReadResult.Ok(ObsFields.dataset(flow, "dataflow", source, ++chunks, title, ids, chunk), at,
            List.of()));
        chunk = new ArrayList<>();
      }
    }
    if (!chunk.isEmpty() || chunks == 0) {
      queue.add(new ReadResult.Ok(ObsFields.dataset(flow, "dataflow", source, ++chunks, title, ids, chunk), at,
          List.of()));
    }
  }

  /**
   * Checks the cube before anything is allocated for it: a few bytes of {@code size} can describe more cells than
   * any memory holds, and a negative or missing size no cube at all.
   */
  private static boolean cubeFits(JsonNode root, int n, SourceLocation at, ArrayDeque<ReadResult> queue,
      long maxCells) {
    JsonNode sizes = root.get("size");
    java.math.BigInteger cells = java.math.BigInteger.ONE;
    for (int i = 0; i < Math.max(n, sizes.size()); i++) {
      JsonNode s = sizes.path(i);
      if (i >= n || !s.isIntegralNumber() || !s.canConvertToInt() || s.intValue() < 1) {
        SourceLocation where = at.withPointer("/size/" + i);
        String found = s.isMissingNode() ? "-" : org.mignet.core.internal.Values.cut(s.toString(), 60);
        queue.add(new ReadResult.Failed(where, List.of(SdmxRules.issue(SdmxRules.BAD_SIZE, where,
            Integer.toString(i), found, Integer.toString(n)))));
        return false;
      }
      cells = cells.multiply(java.math.BigInteger.valueOf(s.intValue()));
    }
    if (cells.compareTo(java.math.BigInteger.valueOf(maxCells)) > 0) {
      SourceLocation where = at.withPointer("/size");
      queue.add(new ReadResult.Failed(where, List.of(SdmxRules.issue(SdmxRules.CUBE_LIMIT, where, cells.toString(),
          "maxCubeCells", Long.toString(maxCells)))));
      return false;
    }
    for (String member : List.of("value", "status")) {
      JsonNode m = root.path(member);
      if (m.isArray() && m.size() > cells.longValue()) {
        SourceLocation where = at.withPointer("/" + member + "/" + cells);
        queue.add(new ReadResult.Failed(where, List.of(SdmxRules.issue(SdmxRules.OUTSIDE_CUBE, where, member,
            cells.toString(), cells.toString()))));
        return false;
      }
    }
    return true;
  }

  private static void collect(JsonNode node, long total, java.util.Set<Long> into) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (!node.get(i).isNull()) {
          into.add((long) i);
        }
      }
    } else if (node.isObject()) {
      node.fieldNames().forEachRemaining(k -> {
        try {
          long p = Long.parseLong(k);
          if (p >= 0 && p < total) {
            into.add(p);
          }
        } catch (NumberFormatException e) {
          // not a position: ignored, as JSON-stat readers do
        }
      });
    }
  }

  private static JsonNode at(JsonNode node, long pos) {
    if (node.isArray()) {
      return pos < node.size() ? node.get((int) pos) : null;
    }
    return node.isObject() ? node.get(Long.toString(pos)) : null;
  }

  @Override
  public boolean isWritable() {
    return false;
  }

  @Override
  public RecordWriter writer(OutputStream out, FormatOptions options) {
    throw new MignetException("json-stat is read only; write SDMX-CSV or SDMX-JSON instead");
  }

  @Override
  public Set<RecordType> carries() {
    return EnumSet.of(RecordType.DATASET);
  }

  @Override
  public boolean sniff(byte[] head) {
    String s = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.UTF_8);
    return s.stripLeading().startsWith("{") && s.contains("\"class\"") && s.contains("\"dataset\"")
        && s.contains("\"version\"") && !s.contains("dataSets");
  }
}
