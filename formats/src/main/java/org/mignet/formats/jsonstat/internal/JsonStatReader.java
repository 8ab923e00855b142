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
package org.mignet.formats.jsonstat.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.mignet.core.SourceLocation;
import org.mignet.core.internal.Pointers;
import org.mignet.core.internal.Values;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.KnownExtensions;
import org.mignet.core.model.Observation;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.Sensitivity;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.internal.ObsFields;
import org.mignet.formats.internal.SdmxRules;

/**
 * Reads one parsed JSON-stat response: a 2.0 dataset, a 2.0 collection (its embedded datasets,
 * nested collections included; linked items are reported, never fetched), a 1.x bundle of named
 * datasets or a bare dataset. Every dataset is checked as a whole (ids, sizes, categories, roles,
 * the length of value and status) before any of its cells is read; its observations are then made
 * lazily, {@value #CHUNK} to a {@link Dataset} record, so that only the parsed tree and one chunk
 * are held at a time. Not thread-safe (one reader, one thread).
 */
final class JsonStatReader implements RecordReader {

  /** Observations per dataset record. */
  static final int CHUNK = 1000;

  /** How deep collections may nest in collections. */
  private static final int MAX_COLLECTION_DEPTH = 16;

  /** Dataset members JSON-stat defines (2.0, and 1.x where they differ). */
  private static final Set<String> DATASET_MEMBERS =
      Set.of(
          "version",
          "class",
          "href",
          "label",
          "note",
          "source",
          "updated",
          "id",
          "size",
          "role",
          "value",
          "status",
          "dimension",
          "extension",
          "link",
          "error");

  /** Dimension members the model has no place for (the dimension's own label, notes, links…). */
  private static final List<String> DIMENSION_EXTRAS =
      List.of("label", "note", "href", "link", "extension", "updated", "source");

  /** Category members the model has no place for. */
  private static final List<String> CATEGORY_EXTRAS =
      List.of("label", "child", "coordinates", "note");

  /** The roles JSON-stat defines, and the SDMX id each one reads a single dimension as. */
  private static final Map<String, String> ROLE_TARGETS = orderedRoles();

  /** JSON number syntax (RFC 8259 §6), for numbers written as strings. */
  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");

  private static final Pattern DIGITS = Pattern.compile("\\d{1,10}");

  /** What an id or a category id must be: text, and not empty. */
  private static final String NON_EMPTY = "a non-empty string";

  /** What a member keyed by a category id must be named by. */
  private static final String NAMED = "a member named by a non-empty category id";

  private static final DateTimeFormatter COMPACT_OFFSET =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss][.SSS][.SS][.S]xx", Locale.ROOT);

  private final String source;
  private final SourceLocation at;
  private final long maxCells;
  private final ArrayDeque<ReadResult> queue = new ArrayDeque<>();
  private final ArrayDeque<Job> jobs = new ArrayDeque<>();
  private Cursor cursor;

  /** A dataset found in the response, not yet read. */
  private record Job(JsonNode node, String pointer, String bundleKey) {}

  JsonStatReader(JsonNode root, String source, SourceLocation at, long maxCells) {
    this.source = source;
    this.at = at;
    this.maxCells = maxCells;
    walk(root);
  }

  /** A reader that only reports why the input could not be read. */
  JsonStatReader(ReadResult.Failed failure) {
    this.source = "";
    this.at = failure.location();
    this.maxCells = 1;
    queue.add(failure);
  }

  @Override
  public boolean hasNext() {
    while (queue.isEmpty()) {
      if (cursor != null) {
        if (!cursor.fill()) {
          cursor = null;
        }
        continue;
      }
      Job job = jobs.poll();
      if (job == null) {
        return false;
      }
      cursor = open(job);
    }
    return true;
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return queue.poll();
  }

  @Override
  public void close() {
    queue.clear();
    jobs.clear();
    cursor = null;
  }

  // ---- the response: which datasets it holds

  private void walk(JsonNode root) {
    if (root == null || !root.isObject()) {
      fail(JsonStatRules.NOT_JSON_STAT, "", type(root));
      return;
    }
    JsonNode cls = root.get("class");
    if (cls != null && !cls.isTextual()) {
      queue.add(wrongType("/class", "class", cls, "string"));
      return;
    }
    String kind = cls == null ? null : cls.asText();
    if ("error".equals(kind) || (kind == null && root.has("error") && !looksLikeDataset(root))) {
      fail(
          JsonStatRules.ERROR_RESPONSE,
          root.has("error") ? "/error" : "",
          errorText(root.get("error")));
      return;
    }
    if (kind == null) {
      if (looksLikeDataset(root)) {
        jobs.add(new Job(root, "", null));
      } else {
        bundle(root);
      }
      return;
    }
    switch (kind) {
      case "dataset" -> jobs.add(new Job(root, "", null));
      case "collection" -> collection(root, "", 0);
      case "bundle" -> bundle(root);
      default -> failWithValue(JsonStatRules.NO_DATA_CLASS, "/class", kind, Values.cut(kind, 40));
    }
  }

  private static boolean looksLikeDataset(JsonNode node) {
    return node.has("dimension") || node.has("value");
  }

  private void bundle(JsonNode root) {
    int datasets = 0;
    List<ReadResult> failures = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      if (key.equals("version") || key.equals("class")) {
        continue;
      }
      String ptr = Pointers.append("", key);
      JsonNode v = e.getValue();
      if (v.isObject() && looksLikeDataset(v)) {
        jobs.add(new Job(v, ptr, key));
        datasets++;
      } else if (v.isObject()) {
        failures.add(
            failed(JsonStatRules.MISSING_MEMBER, Pointers.append(ptr, "dimension"), "dimension"));
      } else {
        failures.add(wrongType(ptr, key, v, "object"));
      }
    }
    if (datasets == 0) {
      // An object none of whose members is a dataset is not a bundle with broken members: it is not
      // JSON-stat.
      fail(JsonStatRules.NOT_JSON_STAT, "", "object");
      return;
    }
    queue.addAll(failures);
  }

  private void collection(JsonNode node, String ptr, int depth) {
    JsonNode link = node.get("link");
    JsonNode items = link == null ? null : link.get("item");
    if (link != null && !link.isObject()) {
      queue.add(wrongType(Pointers.append(ptr, "link"), "link", link, "object"));
      return;
    }
    if (items != null && !items.isArray()) {
      queue.add(wrongType(ptr + "/link/item", "item", items, "array"));
      return;
    }
    if (items == null || items.isEmpty()) {
      fail(JsonStatRules.NO_DATASET, ptr, "collection");
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String p = ptr + "/link/item/" + i;
      if (!item.isObject()) {
        queue.add(wrongType(p, "item", item, "object"));
        continue;
      }
      JsonNode cls = item.get("class");
      String kind = cls == null ? null : cls.asText();
      boolean embedded = looksLikeDataset(item) || item.has("id");
      if (("dataset".equals(kind) || kind == null) && embedded) {
        jobs.add(new Job(item, p, null));
      } else if ("collection".equals(kind) && item.has("link") && depth < MAX_COLLECTION_DEPTH) {
        collection(item, p, depth + 1);
      } else if (("dataset".equals(kind) || "collection".equals(kind) || kind == null)
          && item.has("href")) {
        failWithValue(
            JsonStatRules.LINKED_ITEM,
            p,
            item.get("href").asText(),
            Values.cut(item.get("href").asText(), 120));
      } else if ("dataset".equals(kind) || kind == null) {
        fail(JsonStatRules.MISSING_MEMBER, Pointers.append(p, "value"), "value");
      } else if ("collection".equals(kind)) {
        fail(JsonStatRules.NO_DATASET, p, "collection");
      } else {
        failWithValue(
            JsonStatRules.NO_DATA_CLASS, Pointers.append(p, "class"), kind, Values.cut(kind, 40));
      }
    }
  }

  // ---- one dataset: its structure, checked before any cell is read

  /**
   * Returns a cursor over the dataset's cells, or null when the dataset cannot be read (its failure
   * queued).
   */
  private Cursor open(Job job) {
    try {
      return new Cube(job).cursor();
    } catch (Refusal r) {
      queue.add(r.result);
      return null;
    }
  }

  /** Why a dataset cannot be read: the one failed result that says so. */
  private static final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;
    final transient ReadResult.Failed result;

    Refusal(ReadResult.Failed result) {
      super(null, null, false, false);
      this.result = result;
    }
  }

  private final class Cube {
    final JsonNode d;
    final String ptr;
    final Job job;
    final List<Issue> warnings = new ArrayList<>();
    final Set<String> notCarried = new TreeSet<>();
    final JsonNode dimension;
    List<String> ids;
    int[] sizes;
    long cells;
    String[][] codes;
    List<String> outIds;
    Cells values;
    Cells statuses;
    String statusForAll;
    int unitDim = -1;
    Map<String, String[]> units = Map.of();

    Cube(Job job) throws Refusal {
      this.job = job;
      this.d = job.node();
      this.ptr = job.pointer();
      JsonNode dim = d.get("dimension");
      if (dim == null) {
        throw refuse(JsonStatRules.MISSING_MEMBER, p("dimension"), "dimension");
      }
      if (!dim.isObject()) {
        throw new Refusal(wrongType(p("dimension"), "dimension", dim, "object"));
      }
      this.dimension = dim;
      readIds();
      readSizes();
      readValueAndStatus();
      readCategories();
      mapDimensions(readRoles());
      readUnits();
    }

    private String p(String member) {
      return Pointers.append(ptr, member);
    }

    private Refusal refuse(String rule, String pointer, Object... args) {
      return new Refusal(failed(rule, pointer, args));
    }

    private Issue warning(String rule, String pointer, Object... args) {
      return JsonStatRules.issue(rule, at.withPointer(pointer), args);
    }

    /**
     * Returns the 1.x member of {@code dimension} ({@code id}, {@code size}, {@code role}) when it
     * is not a dimension.
     */
    private JsonNode inner(String member, List<String> dimensionIds) {
      JsonNode n = dimension.get(member);
      if (n == null || (dimensionIds != null && dimensionIds.contains(member))) {
        return null;
      }
      return member.equals("role")
          ? (n.isObject() && !n.has("category") ? n : null)
          : (n.isArray() ? n : null);
    }

    private void readIds() throws Refusal {
      JsonNode root = d.get("id");
      JsonNode old = inner("id", null);
      if (root != null && old != null && !root.equals(old)) {
        throw refuse(JsonStatRules.VERSIONS_DISAGREE, p("id"), "id");
      }
      JsonNode id = root != null ? root : old;
      String where = root != null ? p("id") : ptr + "/dimension/id";
      if (id == null) {
        throw refuse(JsonStatRules.MISSING_MEMBER, p("id"), "id");
      }
      if (!id.isArray()) {
        throw new Refusal(wrongType(where, "id", id, "array"));
      }
      List<String> list = new ArrayList<>();
      Map<String, List<String>> seen = new LinkedHashMap<>();
      for (int i = 0; i < id.size(); i++) {
        JsonNode e = id.get(i);
        if (!e.isTextual() || e.asText().isBlank()) {
          // an empty id names no dimension: its cells would be written under no id
          throw new Refusal(wrongType(where + "/" + i, "id[" + i + "]", e, NON_EMPTY));
        }
        list.add(e.asText());
        seen.computeIfAbsent(e.asText(), k -> new ArrayList<>()).add(e.asText());
      }
      for (Map.Entry<String, List<String>> e : seen.entrySet()) {
        if (e.getValue().size() > 1) {
          throw new Refusal(
              new ReadResult.Failed(
                  at.withPointer(where),
                  List.of(
                      JsonStatRules.issueWithValue(
                          JsonStatRules.DUPLICATE_DIMENSION,
                          at.withPointer(where),
                          String.valueOf(e.getValue()),
                          e.getValue(),
                          e.getKey()))));
        }
      }
      ids = List.copyOf(list);
    }

    private void readSizes() throws Refusal {
      JsonNode root = d.get("size");
      JsonNode old = inner("size", ids);
      String where = root != null ? p("size") : ptr + "/dimension/size";
      JsonNode size = root != null ? root : old;
      if (size == null) {
        throw refuse(JsonStatRules.MISSING_MEMBER, p("size"), "size");
      }
      if (!size.isArray()) {
        throw new Refusal(wrongType(where, "size", size, "array"));
      }
      int n = ids.size();
      sizes = sizes(size, n, where);
      if (root != null
          && old != null
          && !Arrays.equals(sizes, sizes(old, n, ptr + "/dimension/size"))) {
        throw refuse(JsonStatRules.VERSIONS_DISAGREE, where, "size");
      }
      BigInteger product = BigInteger.ONE;
      for (int s : sizes) {
        product = product.multiply(BigInteger.valueOf(s));
      }
      if (product.compareTo(BigInteger.valueOf(maxCells)) > 0) {
        throw refuse(
            SdmxRules.CUBE_LIMIT,
            where,
            product.toString(),
            "maxCubeCells",
            Long.toString(maxCells));
      }
      cells = product.longValue();
    }

    /** Sizes as JSON-stat allows them: whole numbers from 1, or strings of digits (CSO Ireland). */
    private int[] sizes(JsonNode size, int n, String where) throws Refusal {
      int[] out = new int[n];
      for (int i = 0; i < Math.max(n, size.size()); i++) {
        JsonNode s = size.path(i);
        long v = -1;
        if (s.isIntegralNumber() && s.canConvertToLong()) {
          v = s.longValue();
        } else if (s.isTextual() && DIGITS.matcher(s.asText()).matches()) {
          v = Long.parseLong(s.asText());
        }
        if (i >= n || v < 1 || v > Integer.MAX_VALUE) {
          String found = s.isMissingNode() ? "-" : Values.cut(s.toString(), 60);
          throw new Refusal(
              new ReadResult.Failed(
                  at.withPointer(where + "/" + i),
                  List.of(
                      SdmxRules.issueWithValue(
                          SdmxRules.BAD_SIZE,
                          at.withPointer(where + "/" + i),
                          found,
                          false,
                          Integer.toString(i),
                          found,
                          Integer.toString(n)))));
        }
        out[i] = (int) v;
      }
      return out;
    }

    private void readValueAndStatus() throws Refusal {
      JsonNode value = d.get("value");
      if (value == null) {
        throw refuse(JsonStatRules.MISSING_MEMBER, p("value"), "value");
      }
      values = cells(value, "value", p("value"));
      JsonNode status = d.get("status");
      if (status == null || status.isNull()) {
        return;
      }
      if (status.isTextual()) {
        statusForAll = status.asText();
      } else if (status.isArray() && status.size() == 1 && cells > 1) {
        // JSON-stat 2.0, deprecated: a one-element array gives every cell the same status
        JsonNode only = status.get(0);
        if (!only.isNull() && !only.isValueNode()) {
          throw refuse(JsonStatRules.BAD_STATUS, p("status") + "/0", type(only));
        }
        statusForAll = only.isNull() ? null : only.asText();
      } else if (status.isObject() && status.path("value").isArray() && !hasPositionKey(status)) {
        // Eurostat's JSON-stat 1.x web service (wsVersion V1_1): {"value": [per cell], "category":
        // {"label": …}}
        statuses = cells(status.get("value"), "status", p("status") + "/value");
        if (status.has("category")) {
          notCarried.add("status/category");
        }
      } else {
        statuses = cells(status, "status", p("status"));
      }
    }

    private boolean hasPositionKey(JsonNode obj) {
      Iterator<String> it = obj.fieldNames();
      while (it.hasNext()) {
        if (DIGITS.matcher(it.next()).matches()) {
          return true;
        }
      }
      return false;
    }

    /**
     * The cells of {@code value} or {@code status}, array or sparse object, checked against the
     * cube.
     */
    private Cells cells(JsonNode node, String member, String where) throws Refusal {
      if (node.isArray()) {
        if (node.size() > cells) {
          throw new Refusal(
              new ReadResult.Failed(
                  at.withPointer(where + "/" + cells),
                  List.of(
                      SdmxRules.issue(
                          SdmxRules.OUTSIDE_CUBE,
                          at.withPointer(where + "/" + cells),
                          member,
                          Long.toString(cells),
                          Long.toString(cells)))));
        }
        if (node.size() < cells) {
          // the missing entries may be anywhere: every entry after a gap would land in the wrong
          // cell
          throw new Refusal(
              new ReadResult.Failed(
                  at.withPointer(where),
                  List.of(
                      JsonStatRules.issueWithValue(
                          JsonStatRules.SHORT_ARRAY,
                          at.withPointer(where),
                          Integer.toString(node.size()),
                          member,
                          node.size(),
                          Long.toString(cells)))));
        }
        return Cells.dense(node, where);
      }
      if (!node.isObject()) {
        throw new Refusal(wrongType(where, member, node, "array|object"));
      }
      List<long[]> ok = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
      int k = 0;
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = e.getKey();
        String kp = Pointers.append(where, key);
        if (!DIGITS.matcher(key).matches()) {
          queue.add(failed(JsonStatRules.BAD_POSITION, kp, member, Values.cut(key, 40)));
          continue;
        }
        long pos = Long.parseLong(key);
        if (pos >= cells) {
          queue.add(
              new ReadResult.Failed(
                  at.withPointer(kp),
                  List.of(
                      SdmxRules.issueWithValue(
                          SdmxRules.OUTSIDE_CUBE,
                          at.withPointer(kp),
                          key,
                          false,
                          member,
                          key,
                          Long.toString(cells)))));
          continue;
        }
        ok.add(new long[] {pos, k++});
        keys.add(key);
      }
      ok.sort((a, b) -> Long.compare(a[0], b[0]));
      long[] positions = new long[ok.size()];
      String[] names = new String[ok.size()];
      for (int i = 0; i < positions.length; i++) {
        positions[i] = ok.get(i)[0];
        names[i] = keys.get((int) ok.get(i)[1]);
        if (i > 0 && positions[i] == positions[i - 1]) {
          // "7" and "07" name one cell: which holds it cannot be known
          throw refuse(
              JsonStatRules.BAD_POSITION,
              Pointers.append(where, names[i]),
              member,
              Values.cut(names[i], 40));
        }
      }
      return Cells.sparse(node, where, positions, names);
    }

    private void readCategories() throws Refusal {
      Iterator<String> names = dimension.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        boolean inner =
            (name.equals("id") || name.equals("size") || name.equals("role"))
                && inner(name, ids) != null;
        if (!ids.contains(name) && !inner) {
          // a dimension id does not list holds no cell: named, not dropped
          notCarried.add("dimension/* not in id");
        }
      }
      codes = new String[ids.size()][];
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        String dp = ptr + "/dimension/" + Pointers.escape(id);
        JsonNode dn = dimension.get(id);
        if (dn == null) {
          throw refuse(JsonStatRules.MISSING_MEMBER, dp, "dimension/" + id);
        }
        if (!dn.isObject()) {
          throw new Refusal(wrongType(dp, id, dn, "object"));
        }
        JsonNode cat = dn.get("category");
        if (cat == null) {
          throw refuse(
              JsonStatRules.MISSING_MEMBER, dp + "/category", "dimension/" + id + "/category");
        }
        if (!cat.isObject()) {
          throw new Refusal(wrongType(dp + "/category", "category", cat, "object"));
        }
        codes[i] = categories(id, sizes[i], cat, dp + "/category");
        for (String extra : DIMENSION_EXTRAS) {
          if (dn.has(extra)) {
            notCarried.add("dimension/*/" + extra);
          }
        }
        for (String extra : CATEGORY_EXTRAS) {
          if (cat.has(extra)) {
            notCarried.add("dimension/*/category/" + extra);
          }
        }
      }
    }

    private String[] categories(String id, int size, JsonNode cat, String cp) throws Refusal {
      String[] c = new String[size];
      JsonNode index = cat.get("index");
      int filled = 0;
      if (index == null) {
        JsonNode label = cat.get("label");
        if (size > 1) {
          throw refuse(JsonStatRules.NO_INDEX, cp, id, size);
        }
        if (label == null || !label.isObject() || label.size() != 1) {
          throw refuse(
              JsonStatRules.CATEGORIES,
              cp,
              id,
              size,
              label != null && label.isObject() ? label.size() : 0,
              size - 1);
        }
        c[0] = label.fieldNames().next();
        if (c[0].isBlank()) {
          throw new Refusal(
              wrongType(
                  Pointers.append(cp + "/label", c[0]),
                  "label member \"" + c[0] + "\"",
                  label.get(c[0]),
                  NAMED));
        }
        return c;
      }
      if (index.isArray()) {
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < index.size(); k++) {
          JsonNode e = index.get(k);
          if ((!e.isTextual() && !e.isIntegralNumber()) || e.asText().isBlank()) {
            // an empty category id would be written as an empty key, which SDMX reads as no value
            throw new Refusal(wrongType(cp + "/index/" + k, "index[" + k + "]", e, NON_EMPTY));
          }
          if (k < size && seen.add(e.asText())) {
            c[k] = e.asText();
            filled++;
          }
        }
        if (filled != size || index.size() != size) {
          throw refuse(JsonStatRules.CATEGORIES, cp + "/index", id, size, filled, size - 1);
        }
        return c;
      }
      if (!index.isObject()) {
        throw new Refusal(wrongType(cp + "/index", "index", index, "array|object"));
      }
      Iterator<Map.Entry<String, JsonNode>> it = index.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode v = e.getValue();
        if (e.getKey().isBlank()) {
          throw new Refusal(
              wrongType(
                  Pointers.append(cp + "/index", e.getKey()),
                  "index member \"" + e.getKey() + "\"",
                  v,
                  NAMED));
        }
        if (!v.isIntegralNumber()) {
          String kp = Pointers.append(cp + "/index", e.getKey());
          throw new Refusal(
              wrongType(kp, "index/" + Values.cut(e.getKey(), 40), v, "number (a position)"));
        }
        if (v.isIntegralNumber()
            && v.canConvertToInt()
            && v.intValue() >= 0
            && v.intValue() < size
            && c[v.intValue()] == null) {
          c[v.intValue()] = e.getKey();
          filled++;
        } else {
          filled = -1;
          break;
        }
      }
      if (filled != size) {
        int distinct = 0;
        for (String s : c) {
          distinct += s == null ? 0 : 1;
        }
        throw refuse(JsonStatRules.CATEGORIES, cp + "/index", id, size, distinct, size - 1);
      }
      return c;
    }

    /**
     * Returns the dimensions of each role JSON-stat defines (time, geo, metric), from 2.0 {@code
     * role} or 1.x.
     */
    private Map<String, List<String>> readRoles() throws Refusal {
      JsonNode root = d.get("role");
      JsonNode old = inner("role", ids);
      if (root != null && old != null && !root.equals(old)) {
        throw refuse(JsonStatRules.VERSIONS_DISAGREE, p("role"), "role");
      }
      JsonNode role = root != null ? root : old;
      String where = root != null ? p("role") : ptr + "/dimension/role";
      Map<String, List<String>> out = new LinkedHashMap<>();
      if (role == null || role.isNull()) {
        return out;
      }
      if (!role.isObject()) {
        throw new Refusal(wrongType(where, "role", role, "object"));
      }
      Iterator<Map.Entry<String, JsonNode>> it = role.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String name = e.getKey();
        String rp = Pointers.append(where, name);
        if (!ROLE_TARGETS.containsKey(name)) {
          notCarried.add("role/" + name);
          continue;
        }
        JsonNode list = e.getValue();
        if (list.isTextual()) {
          list =
              com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                  .arrayNode()
                  .add(list.asText());
        }
        if (!list.isArray()) {
          throw new Refusal(wrongType(rp, "role/" + name, list, "array"));
        }
        List<String> dims = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
          String dim = list.get(k).asText();
          if (!list.get(k).isTextual() || !ids.contains(dim)) {
            warnings.add(
                warning(
                    JsonStatRules.ROLE_UNKNOWN_DIMENSION, rp + "/" + k, name, Values.cut(dim, 40)));
          } else if (!dims.contains(dim)) {
            dims.add(dim);
          }
        }
        out.put(name, dims);
      }
      return out;
    }

    /**
     * Dimension ids as read: upper-cased ({@code geo} → {@code GEO}); the one dimension of a role
     * takes its SDMX id (time → {@code TIME_PERIOD}, geo → {@code REF_AREA}, metric → {@code
     * MEASURE}) unless that id is another dimension's own or the dimension's own id is already one
     * of these; without any time role, a dimension whose id is {@code time} is the time period.
     * Every choice that is not a plain role is reported.
     */
    private void mapDimensions(Map<String, List<String>> roles) throws Refusal {
      String[] out = new String[ids.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = ids.get(i).toUpperCase(Locale.ROOT);
      }
      for (Map.Entry<String, String> r : ROLE_TARGETS.entrySet()) {
        List<String> dims = roles.getOrDefault(r.getKey(), List.of());
        String target = r.getValue();
        if (dims.size() > 1) {
          warnings.add(warning(JsonStatRules.ROLE_SHARED, p("role"), r.getKey(), dims, target));
          continue;
        }
        if (dims.isEmpty()) {
          continue;
        }
        int i = ids.indexOf(dims.get(0));
        String own = ids.get(i);
        if (own.equals(target)) {
          continue;
        }
        if (ROLE_TARGETS.containsValue(own)) {
          warnings.add(
              warning(JsonStatRules.ROLE_KEEPS_SDMX_ID, p("role"), own, r.getKey(), target));
          continue;
        }
        int holder = -1;
        for (int k = 0; k < ids.size(); k++) {
          if (k != i && ids.get(k).equalsIgnoreCase(target)) {
            holder = k;
          }
        }
        if (holder >= 0) {
          warnings.add(
              warning(
                  JsonStatRules.ROLE_ID_TAKEN,
                  p("role"),
                  own,
                  r.getKey(),
                  target,
                  ids.get(holder)));
          continue;
        }
        out[i] = target;
      }
      boolean timeRole = !roles.getOrDefault("time", List.of()).isEmpty();
      boolean hasTime = Arrays.asList(out).contains(Observation.TIME_PERIOD);
      if (!timeRole && !hasTime) {
        int byId = -1;
        for (int k = 0; k < ids.size(); k++) {
          if (ids.get(k).equalsIgnoreCase("time")) {
            byId = k;
          }
        }
        if (byId >= 0) {
          out[byId] = Observation.TIME_PERIOD;
          warnings.add(warning(JsonStatRules.TIME_BY_ID, p("id"), ids.get(byId)));
        } else {
          warnings.add(warning(JsonStatRules.NO_TIME, p("id"), ids));
        }
      }
      Map<String, List<String>> byOut = new LinkedHashMap<>();
      for (int k = 0; k < out.length; k++) {
        byOut.computeIfAbsent(out[k], x -> new ArrayList<>()).add(ids.get(k));
      }
      for (Map.Entry<String, List<String>> e : byOut.entrySet()) {
        if (e.getValue().size() > 1) {
          throw refuse(JsonStatRules.DUPLICATE_DIMENSION, p("id"), e.getValue(), e.getKey());
        }
      }
      outIds = List.of(out);
      metric = roles.getOrDefault("metric", List.of());
    }

    List<String> metric = List.of();

    /**
     * Units of the metric dimension's categories: unit (base, else label, else symbol), DECIMALS,
     * UNIT_MULT.
     */
    private void readUnits() {
      List<Integer> bearers = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        if (dimension.get(ids.get(i)).path("category").path("unit").isObject()) {
          bearers.add(i);
        }
      }
      if (bearers.isEmpty()) {
        return;
      }
      List<Integer> metricBearers =
          bearers.stream().filter(i -> metric.contains(ids.get(i))).toList();
      List<Integer> chosen = metricBearers.isEmpty() ? bearers : metricBearers;
      if (chosen.size() > 1) {
        warnings.add(
            warning(
                JsonStatRules.UNITS_SEVERAL,
                p("dimension"),
                chosen.stream().map(ids::get).toList()));
        notCarried.add("dimension/*/category/unit");
        return;
      }
      unitDim = chosen.get(0);
      if (metricBearers.isEmpty()) {
        warnings.add(warning(JsonStatRules.UNITS_WITHOUT_METRIC, p("dimension"), ids.get(unitDim)));
      }
      if (bearers.size() > 1) {
        notCarried.add("dimension/*/category/unit");
      }
      JsonNode unit = dimension.get(ids.get(unitDim)).get("category").get("unit");
      Map<String, String[]> out = new HashMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = unit.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode u = e.getValue();
        if (!Arrays.asList(codes[unitDim]).contains(e.getKey())) {
          // a unit keyed by no category of the dimension applies to no cell: named, not dropped
          notCarried.add("dimension/*/category/unit/* of no category");
          continue;
        }
        if (!u.isObject()) {
          notCarried.add("dimension/*/category/unit");
          continue;
        }
        String name = null;
        for (String k : List.of("base", "label", "symbol")) {
          if (name == null && u.path(k).isTextual() && !u.get(k).asText().isBlank()) {
            name = u.get(k).asText();
          } else if (u.has(k)) {
            notCarried.add("dimension/*/category/unit/*/" + k);
          }
        }
        String decimals = u.path("decimals").isIntegralNumber() ? u.get("decimals").asText() : null;
        String mult = u.path("multiplier").isIntegralNumber() ? u.get("multiplier").asText() : null;
        Iterator<String> names = u.fieldNames();
        while (names.hasNext()) {
          String k = names.next();
          boolean used =
              (k.equals("decimals") && decimals != null)
                  || (k.equals("multiplier") && mult != null)
                  || k.equals("base")
                  || k.equals("label")
                  || k.equals("symbol");
          if (!used) {
            notCarried.add("dimension/*/category/unit/*/" + k);
          }
        }
        out.put(e.getKey(), new String[] {name, decimals, mult});
      }
      units = out;
    }

    Cursor cursor() {
      String flow = dataflow();
      RecordMeta meta =
          RecordMeta.of(ObsFields.SYSTEM, "-")
              .withSensitivity(Sensitivity.PUBLIC)
              .withExtension(KnownExtensions.SDMX_STRUCTURE, "dataflow");
      meta = metadata(meta);
      if (!notCarried.isEmpty()) {
        warnings.add(warning(JsonStatRules.NOT_CARRIED, ptr, String.join(", ", notCarried)));
      }
      String title = d.path("label").isTextual() ? d.get("label").asText() : null;
      return new Cursor(this, flow, title, meta);
    }

    private String dataflow() {
      JsonNode ext = d.path("extension");
      if (ext.path("id").isTextual()) {
        return ext.path("agencyId").asText("ESTAT")
            + ":"
            + ext.get("id").asText()
            + "("
            + ext.path("version").asText("1.0")
            + ")";
      }
      if (job.bundleKey() != null
          && !job.bundleKey().equals("dataset")
          && !job.bundleKey().isBlank()) {
        return job.bundleKey();
      }
      return source;
    }

    private RecordMeta metadata(RecordMeta meta) {
      RecordMeta m = meta;
      JsonNode src = d.get("source");
      if (src != null && src.isTextual() && !src.asText().isBlank()) {
        m = m.withSourceOrganization(src.asText());
      } else if (src != null) {
        m = m.withExtension(KnownExtensions.JSON_STAT_PREFIX + "source", plain(src));
      }
      JsonNode updated = d.get("updated");
      if (updated != null) {
        Optional<Instant> when = updated.isTextual() ? instant(updated.asText()) : Optional.empty();
        if (when.isPresent()) {
          m = m.withTimestamps(null, when.get());
        } else {
          m = m.withExtension(KnownExtensions.JSON_STAT_PREFIX + "updated", plain(updated));
          warnings.add(warning(JsonStatRules.UPDATED_UNCLEAR, p("updated")));
        }
      }
      for (String member : List.of("note", "href", "extension", "link", "error")) {
        if (d.has(member)) {
          m = m.withExtension(KnownExtensions.JSON_STAT_PREFIX + member, plain(d.get(member)));
        }
      }
      if (d.has("label") && !d.get("label").isTextual()) {
        m = m.withExtension(KnownExtensions.JSON_STAT_PREFIX + "label", plain(d.get("label")));
      }
      Set<String> unknown = new TreeSet<>();
      Iterator<Map.Entry<String, JsonNode>> it = d.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!DATASET_MEMBERS.contains(e.getKey())) {
          unknown.add(e.getKey());
          m = m.withExtension(KnownExtensions.JSON_STAT_PREFIX + e.getKey(), plain(e.getValue()));
        }
      }
      if (!unknown.isEmpty()) {
        warnings.add(warning(JsonStatRules.KEPT_IN_EXTENSIONS, ptr, String.join(", ", unknown)));
      }
      return m;
    }
  }

  /**
   * The positions of a {@code value} or {@code status} member that hold something, in ascending
   * order.
   */
  private static final class Cells {
    final JsonNode node;
    final String where;
    final long[] positions;
    final String[] names;

    private Cells(JsonNode node, String where, long[] positions, String[] names) {
      this.node = node;
      this.where = where;
      this.positions = positions;
      this.names = names;
    }

    static Cells dense(JsonNode array, String where) {
      return new Cells(array, where, null, null);
    }

    static Cells sparse(JsonNode object, String where, long[] positions, String[] names) {
      return new Cells(object, where, positions, names);
    }

    /** Returns the first position after {@code p} whose entry is not null, or -1. */
    long nextAfter(long p) {
      if (positions == null) {
        for (long i = p + 1; i < node.size(); i++) {
          if (!node.get((int) i).isNull()) {
            return i;
          }
        }
        return -1;
      }
      int k = Arrays.binarySearch(positions, p + 1);
      k = k >= 0 ? k : -k - 1;
      while (k < positions.length) {
        if (!node.get(names[k]).isNull()) {
          return positions[k];
        }
        k++;
      }
      return -1;
    }

    /** Returns the entry at a position, or null. */
    JsonNode at(long p) {
      if (positions == null) {
        return p < node.size() ? node.get((int) p) : null;
      }
      int k = Arrays.binarySearch(positions, p);
      return k >= 0 ? node.get(names[k]) : null;
    }

    String pointer(long p) {
      if (positions == null) {
        return where + "/" + p;
      }
      int k = Arrays.binarySearch(positions, p);
      return Pointers.append(where, k >= 0 ? names[k] : Long.toString(p));
    }
  }

  /** Makes a dataset's observations, a chunk at a time. */
  private final class Cursor {
    final Cube cube;
    final String flow;
    final String title;
    final RecordMeta meta;
    final long[] strides;
    long nextValue;
    long nextStatus;
    long chunks;
    List<Issue> pending;

    Cursor(Cube cube, String flow, String title, RecordMeta meta) {
      this.cube = cube;
      this.flow = flow;
      this.title = title;
      this.meta = meta;
      int n = cube.ids.size();
      strides = new long[n];
      long stride = 1;
      for (int i = n - 1; i >= 0; i--) {
        strides[i] = stride;
        stride *= cube.sizes[i];
      }
      nextValue = cube.values.nextAfter(-1);
      nextStatus = cube.statuses == null ? -1 : cube.statuses.nextAfter(-1);
      pending = new ArrayList<>(cube.warnings);
      pending.addAll(textWarnings());
    }

    /**
     * Counts the text values and the numbers written as text, once, for the first record's
     * warnings.
     */
    private List<Issue> textWarnings() {
      long texts = 0;
      long numbers = 0;
      String firstText = null;
      String firstNumber = null;
      for (long p = cube.values.nextAfter(-1); p >= 0; p = cube.values.nextAfter(p)) {
        JsonNode v = cube.values.at(p);
        if (v.isTextual()) {
          if (JSON_NUMBER.matcher(v.asText()).matches()) {
            numbers++;
            firstNumber = firstNumber == null ? cube.values.pointer(p) : firstNumber;
          } else {
            texts++;
            firstText = firstText == null ? cube.values.pointer(p) : firstText;
          }
        }
      }
      List<Issue> out = new ArrayList<>();
      if (texts > 0) {
        out.add(
            JsonStatRules.issue(
                JsonStatRules.TEXT_VALUES, at.withPointer(firstText), texts, firstText));
      }
      if (numbers > 0) {
        out.add(
            JsonStatRules.issue(
                JsonStatRules.NUMBERS_AS_TEXT, at.withPointer(firstNumber), numbers, firstNumber));
      }
      return out;
    }

    /**
     * Queues the next chunk (and the cells refused on the way); @return false once every cell has
     * been read
     */
    boolean fill() {
      if (nextValue < 0 && nextStatus < 0 && chunks > 0) {
        return false;
      }
      List<Observation> chunk = new ArrayList<>();
      while (chunk.size() < CHUNK && (nextValue >= 0 || nextStatus >= 0)) {
        long p =
            nextValue < 0
                ? nextStatus
                : nextStatus < 0 ? nextValue : Math.min(nextValue, nextStatus);
        if (p == nextValue) {
          nextValue = cube.values.nextAfter(p);
        }
        if (p == nextStatus) {
          nextStatus = cube.statuses.nextAfter(p);
        }
        Observation o = observation(p);
        if (o != null) {
          chunk.add(o);
        }
      }
      String id = flow + "#" + source + cube.ptr + "#" + ++chunks;
      RecordMeta m =
          new RecordMeta(
              org.mignet.core.model.Identifier.of(ObsFields.SYSTEM, id),
              meta.sourceOrganization(),
              meta.created(),
              meta.updated(),
              meta.schemaVersion(),
              meta.sensitivity(),
              meta.legalBasis(),
              meta.consentReference(),
              meta.extensions());
      Dataset ds = new Dataset(m, flow, Optional.ofNullable(title), cube.outIds, Map.of(), chunk);
      queue.add(new ReadResult.Ok(ds, at.withPointer(cube.ptr), pending));
      pending = List.of();
      return true;
    }

    private Observation observation(long p) {
      JsonNode v = cube.values.at(p);
      BigDecimal value = null;
      String text = null;
      if (v != null && v.isNumber()) {
        value = v.decimalValue();
      } else if (v != null && v.isTextual()) {
        if (JSON_NUMBER.matcher(v.asText()).matches()) {
          value = new BigDecimal(v.asText());
        } else {
          text = v.asText();
        }
      } else if (v != null && !v.isNull()) {
        queue.add(failed(JsonStatRules.BAD_VALUE, cube.values.pointer(p), type(v)));
        return null;
      }
      String status = cube.statusForAll;
      if (cube.statuses != null) {
        JsonNode s = cube.statuses.at(p);
        if (s != null && !s.isNull()) {
          if (!s.isValueNode() || s.isBoolean()) {
            queue.add(failed(JsonStatRules.BAD_STATUS, cube.statuses.pointer(p), type(s)));
            return null;
          }
          status = s.asText();
        }
      }
      Map<String, String> dims = new LinkedHashMap<>();
      long rest = p;
      String unitCode = null;
      for (int i = 0; i < strides.length; i++) {
        String code = cube.codes[i][(int) (rest / strides[i])];
        dims.put(cube.outIds.get(i), code);
        if (i == cube.unitDim) {
          unitCode = code;
        }
        rest %= strides[i];
      }
      Map<String, String> attrs = new LinkedHashMap<>();
      if (status != null) {
        attrs.put(ObsFields.OBS_STATUS, status);
      }
      String[] unit = unitCode == null ? null : cube.units.get(unitCode);
      if (unit != null) {
        attrs.put(ObsFields.UNIT_MEASURE, unit[0]);
        attrs.put("DECIMALS", unit[1]);
        attrs.put("UNIT_MULT", unit[2]);
      }
      return text != null
          ? ObsFields.textObservation(dims, text, attrs)
          : ObsFields.observation(dims, value, attrs);
    }
  }

  // ---- helpers

  private ReadResult.Failed failed(String rule, String pointer, Object... args) {
    SourceLocation where = at.withPointer(pointer);
    return new ReadResult.Failed(where, List.of(JsonStatRules.issue(rule, where, args)));
  }

  private void fail(String rule, String pointer, Object... args) {
    queue.add(failed(rule, pointer, args));
  }

  /** As {@link #fail}, the issue carrying the value found. */
  private void failWithValue(String rule, String pointer, String value, Object... args) {
    SourceLocation where = at.withPointer(pointer);
    queue.add(
        new ReadResult.Failed(
            where, List.of(JsonStatRules.issueWithValue(rule, where, value, args))));
  }

  /**
   * Returns a record that failed because a member is of another JSON type than JSON-stat says,
   * carrying what was found: a dataset's members are statistics, never personal data.
   *
   * @param pointer where the member is
   * @param member its name as the message says it
   * @param found the member as read
   * @param expected the JSON type or types JSON-stat gives it
   */
  private ReadResult.Failed wrongType(
      String pointer, String member, JsonNode found, String expected) {
    SourceLocation where = at.withPointer(pointer);
    // an absent member has no value to show
    String value = found == null || found.isMissingNode() ? "" : shown(found);
    return new ReadResult.Failed(
        where,
        List.of(
            JsonStatRules.issueWithValue(
                JsonStatRules.WRONG_TYPE, where, value, member, type(found), expected)));
  }

  /** Returns a node as the text of a value: a string's text, any other node's JSON. */
  private static String shown(JsonNode n) {
    return n.isTextual() ? n.asText() : n.toString();
  }

  /** Returns the JSON type of a node, as JSON names it. */
  static String type(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    if (n.isObject()) {
      return "object";
    }
    if (n.isArray()) {
      return "array";
    }
    if (n.isTextual()) {
      return "string";
    }
    if (n.isNumber()) {
      return "number";
    }
    if (n.isBoolean()) {
      return "boolean";
    }
    return "null";
  }

  private static String errorText(JsonNode error) {
    if (error == null) {
      return "-";
    }
    JsonNode first = error.isArray() && !error.isEmpty() ? error.get(0) : error;
    for (String k : List.of("label", "status", "id")) {
      if (first.path(k).isValueNode()) {
        return Values.cut(first.get(k).asText(), 80);
      }
    }
    return Values.cut(first.toString(), 80);
  }

  private static Object plain(JsonNode node) {
    return JsonStatFormat.Json.MAPPER.convertValue(node, Object.class);
  }

  /**
   * An {@code updated} stamp as ECMA-262 {@code Date.parse} reads it where that is unambiguous: a
   * date, a year-month or a year (their first midnight, UTC), or a date-time with {@code Z} or an
   * offset ({@code +02:00}, and {@code +0200} as Eurostat writes it).
   */
  static Optional<Instant> instant(String s) {
    String t = s.strip();
    try {
      if (t.length() == 10) {
        return Optional.of(LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC));
      }
      if (t.length() == 7) {
        return Optional.of(
            java.time.YearMonth.parse(t).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
      }
      if (t.length() == 4 && DIGITS.matcher(t).matches()) {
        return Optional.of(
            LocalDate.of(Integer.parseInt(t), 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
      }
      return Optional.of(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(OffsetDateTime.parse(t, COMPACT_OFFSET).toInstant());
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  private static Map<String, String> orderedRoles() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("time", Observation.TIME_PERIOD);
    m.put("geo", Observation.REF_AREA);
    m.put("metric", "MEASURE");
    return java.util.Collections.unmodifiableMap(m);
  }
}
