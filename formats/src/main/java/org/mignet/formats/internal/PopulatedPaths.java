package org.mignet.formats.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The normalised paths ({@code *} for list indices) of every populated leaf of a model record, as they appear in
 * the canonical JSON. A list of scalars counts as one leaf at the list's path; a map (extensions, dimensions) as
 * one leaf per key; an enum constant {@code UNKNOWN} counts as not populated. Component accessors are cached per
 * type.
 */
public final class PopulatedPaths {

  private record Accessor(String name, MethodHandle handle) {}

  private static final ConcurrentHashMap<Class<?>, List<Accessor>> ACCESSORS = new ConcurrentHashMap<>();

  private PopulatedPaths() {}

  /**
   * What one walk over a record finds.
   *
   * @param leaves the normalised paths of populated leaves, in component order
   * @param listSizes for every non-empty list, its normalised path and the largest size seen
   */
  public record Scan(Set<String> leaves, Map<String, Integer> listSizes) {}

  /** @return the populated leaves and list sizes of a record, in one walk */
  public static Scan scan(Record record) {
    Scan out = new Scan(new LinkedHashSet<>(), new java.util.LinkedHashMap<>());
    visit(record, "", out, 0);
    return out;
  }

  private static void visit(Object value, String path, Scan out, int depth) {
    if (value == null || depth > 64) {
      return;
    }
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> visit(v, path, out, depth + 1));
      return;
    }
    if (value instanceof Collection<?> c) {
      if (!c.isEmpty()) {
        out.listSizes().merge(path, c.size(), Math::max);
      }
      for (Object element : c) {
        if (element instanceof Record || element instanceof Optional<?> || element instanceof Collection<?>) {
          visit(element, path + "/*", out, depth + 1);
        } else if (element != null) {
          out.leaves().add(path);
        }
      }
      return;
    }
    if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.leaves().add(path + "/" + String.valueOf(e.getKey()).replace("~", "~0").replace("/", "~1"));
      }
      return;
    }
    if (value instanceof Record r) {
      for (Accessor a : accessors(r.getClass())) {
        Object child;
        try {
          child = a.handle().invoke(r);
        } catch (Throwable e) {
          throw new IllegalStateException("cannot read " + a.name(), e);
        }
        visit(child, path + "/" + a.name(), out, depth + 1);
      }
      return;
    }
    if (value instanceof Enum<?> e && e.name().equals("UNKNOWN")) {
      // "not known" is the absence of a value (Sex.UNKNOWN, TransportMode.UNKNOWN…): nothing to lose
      return;
    }
    out.leaves().add(path);
  }

  private static List<Accessor> accessors(Class<?> type) {
    return ACCESSORS.computeIfAbsent(type, t -> {
      RecordComponent[] cs = t.getRecordComponents();
      Accessor[] out = new Accessor[cs.length];
      for (int i = 0; i < cs.length; i++) {
        try {
          out[i] = new Accessor(cs[i].getName(), MethodHandles.publicLookup().unreflect(cs[i].getAccessor()));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
      return List.of(out);
    });
  }
}
