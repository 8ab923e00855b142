package org.mignet.core.privacy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers which parts of a model type carry personal data, by reading the {@link PersonalData} marks on record
 * components. Results are cached per type and pointer; the class is thread-safe.
 *
 * <p>The rule is conservative: a value below a marked component inherits its mark (agency {@code extensions} are
 * marked sensitive, since their content is unknown), and a pointer that cannot be followed through the model
 * counts as personal.
 */
public final class PersonalDataMarks {

  private static final ConcurrentHashMap<String, Optional<PersonalDataCategory>> CACHE = new ConcurrentHashMap<>();

  private PersonalDataMarks() {}

  /**
   * The category of the personal data at a JSON Pointer in a record of the given type.
   *
   * @param rootType a record type of the model; not null
   * @param pointer an RFC 6901 JSON Pointer ({@code ""} for the whole record); not null
   * @return the category of the nearest marked component on the path, empty if nothing on the path is marked
   *     and the path is fully known; {@link PersonalDataCategory#SENSITIVE} if the path leaves the model
   */
  public static Optional<PersonalDataCategory> categoryAt(Class<?> rootType, String pointer) {
    Objects.requireNonNull(rootType, "rootType");
    Objects.requireNonNull(pointer, "pointer");
    return CACHE.computeIfAbsent(rootType.getName() + '#' + pointer, k -> walk(rootType, pointer));
  }

  /**
   * @param rootType a record type of the model; not null
   * @param pointer an RFC 6901 JSON Pointer; not null
   * @return whether a value at that pointer must be masked in messages, logs and reports
   */
  public static boolean isPersonal(Class<?> rootType, String pointer) {
    return categoryAt(rootType, pointer).isPresent();
  }

  /**
   * Lists the pointers (with {@code *} for any list index) of every marked component reachable from a type.
   *
   * @param rootType a record type of the model; not null
   * @return the marked paths and their categories, in declaration order
   */
  public static List<Map.Entry<String, PersonalDataCategory>> markedPaths(Class<?> rootType) {
    List<Map.Entry<String, PersonalDataCategory>> out = new ArrayList<>();
    collect(rootType, "", out, 0);
    return List.copyOf(out);
  }

  private static void collect(Type type, String prefix, List<Map.Entry<String, PersonalDataCategory>> out, int depth) {
    Class<?> raw = rawRecord(type);
    if (raw == null || depth > 12) {
      return;
    }
    for (RecordComponent c : raw.getRecordComponents()) {
      String path = prefix + "/" + c.getName();
      PersonalData mark = c.getAnnotation(PersonalData.class);
      if (mark != null) {
        out.add(Map.entry(path, mark.value()));
        continue;
      }
      Type t = c.getGenericType();
      while (true) {
        Type element = elementType(t);
        if (element == null) {
          break;
        }
        if (isCollection(t)) {
          path = path + "/*";
        }
        t = element;
      }
      collect(t, path, out, depth + 1);
    }
  }

  private static Optional<PersonalDataCategory> walk(Class<?> rootType, String pointer) {
    if (pointer.isEmpty()) {
      return Optional.empty();
    }
    Type current = rootType;
    for (String rawToken : pointer.substring(1).split("/", -1)) {
      String token = rawToken.replace("~1", "/").replace("~0", "~");
      // Optional and collections are transparent: an index addresses their element.
      while (isOptional(current)) {
        current = elementType(current);
      }
      if (isCollection(current)) {
        if (!token.chars().allMatch(Character::isDigit) || token.isEmpty()) {
          return Optional.of(PersonalDataCategory.SENSITIVE);
        }
        current = elementType(current);
        continue;
      }
      if (raw(current) != null && Map.class.isAssignableFrom(raw(current))) {
        // Keys of an unmarked map (dimension codes, attributes) are not personal; maps that may hold personal
        // data, such as agency extensions, are marked where they are declared.
        return Optional.empty();
      }
      Class<?> raw = rawRecord(current);
      if (raw == null) {
        // A pointer below a scalar.
        return Optional.of(PersonalDataCategory.SENSITIVE);
      }
      RecordComponent match = null;
      for (RecordComponent c : raw.getRecordComponents()) {
        if (c.getName().equals(token)) {
          match = c;
          break;
        }
      }
      if (match == null) {
        return Optional.of(PersonalDataCategory.SENSITIVE);
      }
      PersonalData mark = match.getAnnotation(PersonalData.class);
      if (mark != null) {
        return Optional.of(mark.value());
      }
      current = match.getGenericType();
    }
    return Optional.empty();
  }

  private static boolean isOptional(Type t) {
    return raw(t) == Optional.class;
  }

  private static boolean isCollection(Type t) {
    Class<?> r = raw(t);
    return r != null && Collection.class.isAssignableFrom(r);
  }

  private static Type elementType(Type t) {
    if (t instanceof ParameterizedType p && (isOptional(t) || isCollection(t))) {
      return p.getActualTypeArguments()[0];
    }
    return null;
  }

  private static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }

  private static Class<?> rawRecord(Type t) {
    Class<?> r = raw(t);
    return r != null && r.isRecord() ? r : null;
  }
}
