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
package org.mignet.formats;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.mignet.core.internal.Component;
import org.mignet.core.internal.Pointers;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.internal.ValueType;
import org.mignet.core.internal.Walk;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Term;

/**
 * What a target loses of one record type, worked out once per type and {@link Coverage} from the
 * metamodel: the normalised paths the coverage cannot carry and the lists it carries only some
 * items of. Accounting a record then walks only the components that lead to such a path, or to a
 * map whose keys it must ask about (nothing at all when the target carries everything), instead of
 * naming every populated leaf and asking the coverage about each.
 *
 * <p>It finds exactly what {@link Walk#scan} with the coverage finds (a test compares them): the
 * populated leaves and the largest size of every non-empty list, in the same order. Map keys
 * (agency extensions, dimensions) are not known in advance: a map on a path to a loss is walked and
 * each key's path asked of the coverage (remembered for the keys seen). A model whose records nest
 * themselves (none does today) falls back to the full scan. Not thread-safe (the pipeline keeps one
 * per run).
 */
final class LossPlan {

  /** The keys of a map whose answer is remembered; beyond it the coverage is asked each time. */
  private static final int MAX_REMEMBERED_KEYS = 4096;

  /** What one record loses, in the order the full scan finds it. */
  static final class Found {
    /** Lists carried only in part: normalised path → {largest size, items carried}. */
    final Map<String, int[]> lists = new LinkedHashMap<>();

    /** Leaves not carried: normalised path → why. */
    final Map<String, Term> leaves = new LinkedHashMap<>();
  }

  private final RecordType type;
  private final Coverage coverage;
  // null when nothing of the type can be lost (or the plan scans in full)
  private final @Nullable Node root;
  private final boolean fullScan;
  private final Map<String, Optional<Term>> keyReasons = new HashMap<>();
  private @Nullable Found found;

  private LossPlan(RecordType type, Coverage coverage) {
    this.type = type;
    this.coverage = coverage;
    @Nullable Node r;
    boolean full = false;
    try {
      // a target that carries everything loses nothing, whatever keys its maps hold
      r =
          coverage == Coverage.EVERYTHING
              ? null
              : record(RecordModel.of(type.javaType()), "", new java.util.ArrayList<>());
    } catch (Recursive e) {
      r = null;
      full = true;
    }
    this.root = r;
    this.fullScan = full;
  }

  /**
   * Returns the plan for that type and target.
   *
   * @param type the record type
   * @param coverage what the target carries
   */
  static LossPlan of(RecordType type, Coverage coverage) {
    return new LossPlan(type, coverage);
  }

  /**
   * Returns whether no record of the type can lose anything to the target: accounting need not look
   * at it.
   */
  boolean losesNothing() {
    return root == null && !fullScan;
  }

  /**
   * Returns what the target loses of it, or null if nothing.
   *
   * @param record a record of the plan's type
   */
  @Nullable Found scan(Object record) {
    if (fullScan) {
      return fromFullScan(record);
    }
    if (root == null) {
      return null;
    }
    found = null;
    root.scan(record, this);
    Found f = found;
    found = null;
    return f;
  }

  private Found found() {
    Found f = found;
    if (f == null) {
      f = new Found();
      found = f;
    }
    return f;
  }

  private @Nullable Found fromFullScan(Object record) {
    Walk.Scan scan = Walk.scan(record);
    Found f = new Found();
    for (Map.Entry<String, Integer> list : scan.listSizes().entrySet()) {
      OptionalInt max = coverage.maxItems(type, list.getKey());
      if (max.isPresent()) {
        f.lists.put(list.getKey(), new int[] {list.getValue(), max.getAsInt()});
      }
    }
    for (String path : scan.leaves()) {
      coverage.lossReason(type, path).ifPresent(reason -> f.leaves.put(path, reason));
    }
    return f.lists.isEmpty() && f.leaves.isEmpty() ? null : f;
  }

  private void leaf(String path, Term reason) {
    found().leaves.putIfAbsent(path, reason);
  }

  private void list(String path, int size, int max) {
    int[] seen = found().lists.get(path);
    if (seen == null) {
      found().lists.put(path, new int[] {size, max});
    } else if (size > seen[0]) {
      seen[0] = size;
    }
  }

  private void mapKeys(String path, Map<?, ?> map) {
    for (Object key : map.keySet()) {
      String leaf = Pointers.append(path, String.valueOf(key));
      Optional<Term> reason = keyReasons.get(leaf);
      if (reason == null) {
        reason = coverage.lossReason(type, leaf);
        if (keyReasons.size() < MAX_REMEMBERED_KEYS) {
          keyReasons.put(leaf, reason);
        }
      }
      if (reason.isPresent()) {
        leaf(leaf, reason.get());
      }
    }
  }

  private Optional<Term> reason(String path) {
    return coverage.lossReason(type, path);
  }

  // ---- the plan: a tree of the components that lead to a loss ----

  /** One step of the walk; built only where something below it can be lost. */
  private interface Node {
    void scan(Object value, LossPlan plan);
  }

  /** Thrown while planning a record that nests itself. */
  private static final class Recursive extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Recursive() {
      super(null, null, false, false);
    }
  }

  /** Returns the node of a record at a path, or null if nothing below it can be lost. */
  private @Nullable Node record(RecordModel model, String path, List<Class<?>> enclosing) {
    if (enclosing.contains(model.type())) {
      throw new Recursive();
    }
    enclosing.add(model.type());
    List<Component> components = model.components();
    java.util.ArrayList<Component> kept = new java.util.ArrayList<>();
    java.util.ArrayList<Node> nodes = new java.util.ArrayList<>();
    for (Component c : components) {
      Node n = value(c.type(), path + "/" + c.token(), enclosing);
      if (n != null) {
        kept.add(c);
        nodes.add(n);
      }
    }
    enclosing.remove(enclosing.size() - 1);
    if (kept.isEmpty()) {
      return null;
    }
    Component[] cs = kept.toArray(Component[]::new);
    Node[] ns = nodes.toArray(Node[]::new);
    return (value, plan) -> {
      for (int i = 0; i < cs.length; i++) {
        Object v = cs[i].get(value);
        if (v != null) {
          ns[i].scan(v, plan);
        }
      }
    };
  }

  /**
   * Returns the node of a value of a declared type at a path, or null if nothing below it can be
   * lost.
   */
  private @Nullable Node value(ValueType type, String path, List<Class<?>> enclosing) {
    switch (type.kind()) {
      case OPTIONAL -> {
        Node inner = value(type.element(), path, enclosing);
        return inner == null
            ? null
            : (value, plan) -> {
              if (value instanceof Optional<?> o && o.isPresent()) {
                inner.scan(o.get(), plan);
              }
            };
      }
      case LIST -> {
        return list(type, path, enclosing);
      }
      case MAP -> {
        return (value, plan) -> plan.mapKeys(path, (Map<?, ?>) value);
      }
      case RECORD -> {
        return record(type.record(), path, enclosing);
      }
      default -> {
        // a scalar, an enum (UNKNOWN is "not known", not populated) or a partial date
        Optional<Term> reason = reason(path);
        if (reason.isEmpty()) {
          return null;
        }
        Term r = reason.get();
        return (value, plan) -> {
          if (!(value instanceof Enum<?> e && e.name().equals("UNKNOWN"))) {
            plan.leaf(path, r);
          }
        };
      }
    }
  }

  /**
   * A list: its size against the items the target carries; items that are records, optionals, lists
   * or partial dates are walked at {@code path/*}, other items make the list's own path a leaf.
   */
  private @Nullable Node list(ValueType type, String path, List<Class<?>> enclosing) {
    OptionalInt max = coverage.maxItems(this.type, path);
    ValueType element = type.element();
    boolean structured =
        element.kind() == ValueType.Kind.RECORD
            || element.kind() == ValueType.Kind.OPTIONAL
            || element.kind() == ValueType.Kind.LIST
            || element.raw().isRecord();
    @Nullable Node items =
        structured ? value(element, path + "/" + Pointers.ANY_INDEX, enclosing) : null;
    @Nullable Term leafReason = structured ? null : reason(path).orElse(null);
    if (max.isEmpty() && items == null && leafReason == null) {
      return null;
    }
    int carried = max.orElse(-1);
    return (value, plan) -> {
      Collection<?> c = (Collection<?>) value;
      if (c.isEmpty()) {
        return;
      }
      if (carried >= 0) {
        plan.list(path, c.size(), carried);
      }
      for (Object item : c) {
        if (item == null) {
          continue;
        }
        if (items != null) {
          items.scan(item, plan);
        } else if (leafReason != null) {
          plan.leaf(path, leafReason);
        }
      }
    };
  }
}
