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
package org.mignet.core.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Walks over model values through the {@link RecordModel}: every nested record with its JSON
 * Pointer (for rules), and every populated leaf with its normalised path (for loss accounting).
 * Stateless and thread-safe.
 */
public final class Walk {

  /** Deeper nesting than any model record has; a guard against cycles through agency extensions. */
  static final int MAX_DEPTH = 64;

  private Walk() {}

  /** Receives each record met by {@link #records(Object, RecordVisitor)}. */
  @FunctionalInterface
  public interface RecordVisitor {
    /**
     * Visits one record.
     *
     * @param record a record of the model (the root, or one nested in it)
     * @param model its model
     * @param pointer its RFC 6901 pointer from the root ({@code ""} for the root)
     */
    void visit(Object record, RecordModel model, String pointer);
  }

  /**
   * Visits a record and every record nested in it (through optionals and lists, not maps), depth
   * first, in component order.
   *
   * @param root a record of the model; not null
   * @param visitor the visitor; not null
   */
  public static void records(Object root, RecordVisitor visitor) {
    visit(root, "", visitor, 0);
  }

  /**
   * Per record class of the model: the record classes a walk from one of its values can meet,
   * itself included.
   */
  private static final ClassValue<Set<Class<?>>> REACHABLE =
      new ClassValue<>() {
        @Override
        protected Set<Class<?>> computeValue(Class<?> type) {
          Set<Class<?>> out = new LinkedHashSet<>();
          reach(type, out);
          return Set.copyOf(out);
        }
      };

  /**
   * Whether {@link #records(Object, RecordVisitor)} from a value of one class can ever visit a
   * record of another: worked out once per class from the component types (a walk descends only
   * into components whose element type is a record of the model, and records are final, so the
   * static types are exact).
   *
   * @param root the class of the root value; not null
   * @param type the record class looked for; not null
   * @return false if no value of {@code root} can hold a {@code type} anywhere (the walk can be
   *     skipped)
   */
  public static boolean canMeet(Class<?> root, Class<?> type) {
    if (!root.isRecord() || !RecordModel.isModelRecord(root)) {
      return false;
    }
    return REACHABLE.get(root).contains(type);
  }

  private static void reach(Class<?> type, Set<Class<?>> out) {
    if (!out.add(type)) {
      return;
    }
    for (Component c : RecordModel.of(type).components()) {
      ValueType leaf = c.type().leaf();
      if (leaf.kind() == ValueType.Kind.RECORD) {
        reach(leaf.raw(), out);
      }
    }
  }

  private static void visit(Object value, String pointer, RecordVisitor visitor, int depth) {
    if (depth > MAX_DEPTH || value == null) {
      return;
    }
    if (value instanceof Optional<?> o) {
      if (o.isPresent()) {
        visit(o.get(), pointer, visitor, depth + 1);
      }
      return;
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        visit(list.get(i), Pointers.append(pointer, i), visitor, depth + 1);
      }
      return;
    }
    if (!(value instanceof Record) || !RecordModel.isModelRecord(value.getClass())) {
      return;
    }
    RecordModel model = RecordModel.of(value.getClass());
    visitor.visit(value, model, pointer);
    for (Component c : model.components()) {
      ValueType.Kind k = c.type().leaf().kind();
      if (k == ValueType.Kind.RECORD) {
        visit(c.get(value), pointer + "/" + c.token(), visitor, depth + 1);
      }
    }
  }

  /**
   * Whether a record, or any record nested in it, passes a test: the records {@link
   * #records(Object, RecordVisitor)} would visit, in the same order, but without making their
   * pointers and stopping at the first that passes.
   *
   * @param root a record of the model; not null
   * @param test the test; not null
   * @return whether any visited record passes it
   */
  public static boolean anyRecord(Object root, Predicate<Object> test) {
    return any(root, test, 0);
  }

  private static boolean any(Object value, Predicate<Object> test, int depth) {
    if (depth > MAX_DEPTH || value == null) {
      return false;
    }
    if (value instanceof Optional<?> o) {
      return o.isPresent() && any(o.get(), test, depth + 1);
    }
    if (value instanceof List<?> list) {
      for (int i = 0, n = list.size(); i < n; i++) {
        if (any(list.get(i), test, depth + 1)) {
          return true;
        }
      }
      return false;
    }
    if (!(value instanceof Record) || !RecordModel.isModelRecord(value.getClass())) {
      return false;
    }
    if (test.test(value)) {
      return true;
    }
    for (Component c : RecordModel.of(value.getClass()).nestedRecordComponents()) {
      if (any(c.get(value), test, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one record (not those nested in it) has a non-absent value under a marked component,
   * other than the values the caller knows not to be personal.
   *
   * @param record a record of the model; not null
   * @param known whether a value under a marked component is known not to be personal; not null
   * @return whether any marked component of the record itself has such a value
   */
  public static boolean hasPersonalComponent(Object record, Predicate<Object> known) {
    for (Component c : RecordModel.of(record.getClass()).personalComponents()) {
      Object v = c.get(record);
      if (!isAbsent(v) && !known.test(v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What one walk over a record finds.
   *
   * @param leaves the normalised paths of populated leaves, in component order
   * @param listSizes for every non-empty list, its normalised path and the largest size seen
   */
  public record Scan(Set<String> leaves, Map<String, Integer> listSizes) {}

  /**
   * The normalised paths ({@code *} for list indices) of every populated leaf of a record, as they
   * appear in the canonical JSON. A list of scalars counts as one leaf at the list's path; a map
   * (extensions, dimensions) as one leaf per key; an enum constant {@code UNKNOWN} (the model's
   * "not known") counts as not populated.
   *
   * @param record a record of the model; not null
   * @return the populated leaves and list sizes, in one walk
   */
  public static Scan scan(Object record) {
    Scan out = new Scan(new LinkedHashSet<>(), new LinkedHashMap<>());
    scan(record, "", out, 0);
    return out;
  }

  private static void scan(Object value, String path, Scan out, int depth) {
    if (value == null || depth > MAX_DEPTH) {
      return;
    }
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> scan(v, path, out, depth + 1));
      return;
    }
    if (value instanceof Collection<?> c) {
      if (!c.isEmpty()) {
        out.listSizes().merge(path, c.size(), Math::max);
      }
      for (Object element : c) {
        if (element instanceof Record
            || element instanceof Optional<?>
            || element instanceof Collection<?>) {
          scan(element, path + "/" + Pointers.ANY_INDEX, out, depth + 1);
        } else if (element != null) {
          out.leaves().add(path);
        }
      }
      return;
    }
    if (value instanceof Map<?, ?> m) {
      for (Object key : m.keySet()) {
        out.leaves().add(Pointers.append(path, String.valueOf(key)));
      }
      return;
    }
    if (value instanceof Record r && RecordModel.isModelRecord(r.getClass())) {
      for (Component c : RecordModel.of(r.getClass()).components()) {
        scan(c.get(r), path + "/" + c.token(), out, depth + 1);
      }
      return;
    }
    if (isUnknown(value)) {
      return;
    }
    out.leaves().add(path);
  }

  /**
   * Returns whether a value is "not known": null, empty, or an enum constant named {@code UNKNOWN}.
   */
  public static boolean isAbsent(Object v) {
    if (v == null) {
      return true;
    }
    if (v instanceof Optional<?> o) {
      return o.isEmpty();
    }
    if (v instanceof Collection<?> c) {
      return c.isEmpty();
    }
    if (v instanceof Map<?, ?> m) {
      return m.isEmpty();
    }
    return isUnknown(v);
  }

  private static boolean isUnknown(Object v) {
    return v instanceof Enum<?> e && e.name().equals("UNKNOWN");
  }

  /**
   * Whether a record holds personal data: a non-absent value under a marked component anywhere in
   * it.
   *
   * @param root a record of the model; not null
   * @return whether any marked component of it, or of a record nested in it, has a value
   */
  public static boolean holdsPersonalData(Object root) {
    return holdsPersonalData(root, v -> false);
  }

  /**
   * Whether a record holds personal data: a non-absent value under a marked component anywhere in
   * it, other than the values the caller knows not to be personal.
   *
   * @param root a record of the model; not null
   * @param known whether a value under a marked component is known not to be personal; not null
   * @return whether any marked component of it, or of a record nested in it, has a value
   */
  public static boolean holdsPersonalData(Object root, Predicate<Object> known) {
    return anyRecord(root, record -> hasPersonalComponent(record, known));
  }
}
