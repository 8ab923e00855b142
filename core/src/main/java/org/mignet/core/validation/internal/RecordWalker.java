package org.mignet.core.validation.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Visits a record and every record nested in it, depth first, with the JSON Pointer of each. Component accessors
 * are looked up once per type and cached.
 */
public final class RecordWalker {

  private record Accessor(String name, MethodHandle handle) {}

  private static final ConcurrentHashMap<Class<?>, List<Accessor>> ACCESSORS = new ConcurrentHashMap<>();

  private RecordWalker() {}

  /**
   * @param root the record to walk; not null
   * @param visitor called with each record (the root first, pointer {@code ""}) and its JSON Pointer
   */
  public static void walk(Object root, BiConsumer<Object, String> visitor) {
    visit(root, "", visitor, 0);
  }

  private static void visit(Object value, String pointer, BiConsumer<Object, String> visitor, int depth) {
    if (depth > 64) {
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
        visit(list.get(i), pointer + "/" + i, visitor, depth + 1);
      }
      return;
    }
    if (!(value instanceof Record r) || value instanceof Map<?, ?>) {
      return;
    }
    visitor.accept(r, pointer);
    for (Accessor a : accessors(r.getClass())) {
      Object child;
      try {
        child = a.handle().invoke(r);
      } catch (Throwable e) {
        throw new IllegalStateException("cannot read component " + a.name() + " of " + r.getClass().getSimpleName(), e);
      }
      if (child instanceof Record || child instanceof Optional<?> || child instanceof List<?>) {
        visit(child, pointer + "/" + escape(a.name()), visitor, depth + 1);
      }
    }
  }

  private static List<Accessor> accessors(Class<?> type) {
    return ACCESSORS.computeIfAbsent(type, t -> {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      RecordComponent[] components = t.getRecordComponents();
      Accessor[] out = new Accessor[components.length];
      for (int i = 0; i < components.length; i++) {
        try {
          out[i] = new Accessor(components[i].getName(), lookup.unreflect(components[i].getAccessor()));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("record component not accessible: " + components[i], e);
        }
      }
      return List.of(out);
    });
  }

  /**
   * @param token a member name or map key; not null
   * @return the token escaped for a JSON Pointer (RFC 6901: {@code ~} as {@code ~0}, {@code /} as {@code ~1})
   */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
