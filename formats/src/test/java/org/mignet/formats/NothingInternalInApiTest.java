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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mignet.core.MignetException;

/**
 * The API packages of core and formats (every package not named {@code internal}) show no type of
 * an {@code internal} package in a public or protected signature: a user could not name it, and a
 * change to it would break them unseen by the API-compatibility check, which leaves internal
 * packages out.
 */
class NothingInternalInApiTest {

  @Test
  void publicSignaturesOfApiPackagesNameNoInternalType() throws Exception {
    List<Class<?>> api = new ArrayList<>();
    api.addAll(apiClasses(MignetException.class));
    api.addAll(apiClasses(Formats.class));
    assertThat(api).as("API classes found").hasSizeGreaterThan(100);

    Set<String> offences = new TreeSet<>();
    for (Class<?> c : api) {
      offences.addAll(offencesOf(c));
    }
    assertThat(offences).as("public or protected signatures naming an internal type").isEmpty();
  }

  @Test
  void theCheckSeesAnInternalTypeInASignature() {
    assertThat(offencesOf(Leaky.class))
        .containsExactly(
            Leaky.class.getName()
                + "#leak: "
                + org.mignet.formats.internal.PrivateTempFiles.class.getName());
  }

  /** A type whose public method hands out an internal type, to see the check fail. */
  public static final class Leaky {
    private Leaky() {}

    /** Names an internal type. */
    public static List<org.mignet.formats.internal.PrivateTempFiles> leak() {
      return List.of();
    }
  }

  static Set<String> offencesOf(Class<?> c) {
    Set<String> out = new TreeSet<>();
    check(c.getName() + " extends", c.getGenericSuperclass(), out);
    for (Type t : c.getGenericInterfaces()) {
      check(c.getName() + " implements", t, out);
    }
    if (c.isRecord()) {
      for (RecordComponent rc : c.getRecordComponents()) {
        check(c.getName() + "#" + rc.getName(), rc.getGenericType(), out);
      }
    }
    for (Field f : c.getDeclaredFields()) {
      if (visible(f)) {
        check(c.getName() + "#" + f.getName(), f.getGenericType(), out);
      }
    }
    for (Method m : c.getDeclaredMethods()) {
      if (visible(m) && !m.isSynthetic() && !m.isBridge()) {
        executable(c.getName() + "#" + m.getName(), m, out);
        check(c.getName() + "#" + m.getName(), m.getGenericReturnType(), out);
      }
    }
    for (Constructor<?> k : c.getDeclaredConstructors()) {
      if (visible(k) && !k.isSynthetic()) {
        executable(c.getName() + "#<init>", k, out);
      }
    }
    return out;
  }

  private static void executable(String where, Executable e, Set<String> out) {
    for (Type t : e.getGenericParameterTypes()) {
      check(where, t, out);
    }
    for (Type t : e.getGenericExceptionTypes()) {
      check(where, t, out);
    }
    for (TypeVariable<?> v : e.getTypeParameters()) {
      for (Type b : v.getBounds()) {
        check(where, b, out);
      }
    }
  }

  private static boolean visible(Member m) {
    int mod = m.getModifiers();
    return Modifier.isPublic(mod) || Modifier.isProtected(mod);
  }

  private static void check(String where, Type t, Set<String> out) {
    check(where, t, out, new HashSet<>());
  }

  private static void check(String where, Type t, Set<String> out, Set<Type> seen) {
    if (t == null || !seen.add(t)) {
      return;
    }
    if (t instanceof Class<?> k) {
      Class<?> e = k;
      while (e.isArray()) {
        e = e.getComponentType();
      }
      if (internal(e)) {
        out.add(where + ": " + e.getName());
      }
    } else if (t instanceof ParameterizedType p) {
      check(where, p.getRawType(), out, seen);
      for (Type a : p.getActualTypeArguments()) {
        check(where, a, out, seen);
      }
    } else if (t instanceof GenericArrayType g) {
      check(where, g.getGenericComponentType(), out, seen);
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        check(where, b, out, seen);
      }
      for (Type b : w.getLowerBounds()) {
        check(where, b, out, seen);
      }
    } else if (t instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        check(where, b, out, seen);
      }
    }
  }

  private static boolean internal(Class<?> c) {
    String p = c.getPackageName();
    return p.startsWith("org.mignet.") && (p.endsWith(".internal") || p.contains(".internal."));
  }

  /**
   * The public types (nested ones included, if public or protected all the way out) of the API
   * packages of the class root that holds {@code anchor}.
   */
  private static List<Class<?>> apiClasses(Class<?> anchor)
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    // target/classes when a module is tested alone; the module's jar in a reactor build past
    // package (mvn verify): read both
    java.nio.file.FileSystem jar =
        Files.isDirectory(location)
            ? null
            : java.nio.file.FileSystems.newFileSystem(location, (ClassLoader) null);
    Path root = jar == null ? location : jar.getPath("/");
    List<Class<?>> out = new ArrayList<>();
    try (jar;
        Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = root.relativize(f).toString().replace('\\', '/');
        if (name.startsWith("META-INF/")) {
          continue; // multi-release copies and the like
        }
        name = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        if (name.endsWith("package-info") || name.endsWith("module-info")) {
          continue;
        }
        Class<?> c = Class.forName(name, false, anchor.getClassLoader());
        if (!internal(c) && exposed(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static boolean exposed(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
      int mod = k.getModifiers();
      if (k.isAnonymousClass() || k.isLocalClass() || k.isSynthetic()) {
        return false;
      }
      if (!Modifier.isPublic(mod) && !Modifier.isProtected(mod)) {
        return false;
      }
    }
    return true;
  }
}
