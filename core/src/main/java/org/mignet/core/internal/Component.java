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

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.function.Function;
import org.mignet.core.privacy.PersonalData;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * One component of a model record: its name (which is also its member name in the canonical JSON
 * and its token in JSON Pointers), position, value type, personal-data mark and annotated type (for
 * the Jakarta constraints declared on it and on its type arguments). Immutable and thread-safe.
 */
public final class Component {

  private final RecordModel owner;
  private final String name;
  private final String token;
  private final int index;
  private final ValueType type;
  private final Optional<PersonalDataCategory> mark;
  private final AnnotatedType annotatedType;
  private final RecordComponent reflected;
  private final MethodHandle accessor;
  private final boolean coded;

  /**
   * The accessor as a plain function, made on first use past {@link #SPIN_AFTER} reads: a method
   * handle held in a field is not a constant, so the JIT cannot inline through it and every read
   * pays a generic invocation; a function made by {@link LambdaMetafactory} is an ordinary call.
   * Made lazily so that a short run (a CLI start) spins no class for the many components it reads a
   * few times. Racy but benign: the function is stateless.
   */
  private Function<Object, Object> function;

  private int reads;

  /** Reads through the method handle before the accessor gets a function of its own. */
  static final int SPIN_AFTER = 200;

  Component(RecordModel owner, RecordComponent c, int index, MethodHandle accessor) {
    this.owner = owner;
    this.name = c.getName();
    this.token = Pointers.escape(name);
    this.index = index;
    this.type = ValueType.of(c.getGenericType());
    PersonalData m = c.getAnnotation(PersonalData.class);
    this.mark = m == null ? Optional.empty() : Optional.of(m.value());
    this.annotatedType = c.getAnnotatedType();
    this.reflected = c;
    this.accessor = accessor;
    this.coded =
        coded(annotatedType)
            || c.getAnnotation(jakarta.validation.constraints.Pattern.class) != null;
  }

  /** Returns the record this component belongs to. */
  public RecordModel owner() {
    return owner;
  }

  /** Returns the component name, also the canonical JSON member name. */
  public String name() {
    return name;
  }

  /** Returns the name escaped as a JSON Pointer token. */
  public String token() {
    return token;
  }

  /** Returns the position in the canonical constructor. */
  public int index() {
    return index;
  }

  /** Returns the value type. */
  public ValueType type() {
    return type;
  }

  /** Returns the personal-data category declared on this component, empty if it is not marked. */
  public Optional<PersonalDataCategory> mark() {
    return mark;
  }

  /** Returns whether this component is marked as personal data. */
  public boolean isPersonal() {
    return mark.isPresent();
  }

  /** Returns whether absence is a value (optional, list or map); other components are required. */
  public boolean isRequired() {
    return !type.isContainer();
  }

  /**
   * Returns the annotated type, whose annotations and type arguments' annotations hold the
   * constraints.
   */
  public AnnotatedType annotatedType() {
    return annotatedType;
  }

  /**
   * Returns whether the component's values (or its list's elements) are codes: constrained to a
   * code list or a pattern, so that a code, not free text, is what it holds.
   */
  public boolean isCoded() {
    return coded;
  }

  private static boolean coded(java.lang.reflect.AnnotatedType t) {
    if (t.isAnnotationPresent(org.mignet.core.constraints.InCodeList.class)
        || t.isAnnotationPresent(jakarta.validation.constraints.Pattern.class)) {
      return true;
    }
    if (t instanceof java.lang.reflect.AnnotatedParameterizedType p) {
      for (java.lang.reflect.AnnotatedType arg : p.getAnnotatedActualTypeArguments()) {
        if (coded(arg)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns the reflected component, for annotation look-ups. */
  public RecordComponent reflected() {
    return reflected;
  }

  /**
   * Returns the component's value.
   *
   * @param record an instance of the owning record; not null
   */
  public Object get(Object record) {
    Function<Object, Object> f = function;
    if (f != null) {
      return f.apply(record);
    }
    if (++reads > SPIN_AFTER) {
      f = spin();
      function = f;
      return f.apply(record);
    }
    try {
      return (Object) accessor.invokeExact(record);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(
          "cannot read " + owner.type().getSimpleName() + "." + name, e);
    }
  }

  /**
   * Returns the accessor as a {@link Function}, or one over the method handle if the metafactory
   * refuses.
   */
  @SuppressWarnings("unchecked")
  private Function<Object, Object> spin() {
    java.lang.reflect.Method m = reflected.getAccessor();
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle direct = lookup.unreflect(m);
      CallSite site =
          LambdaMetafactory.metafactory(
              lookup,
              "apply",
              MethodType.methodType(Function.class),
              MethodType.methodType(Object.class, Object.class),
              direct,
              MethodType.methodType(
                  m.getReturnType().isPrimitive() ? wrap(m.getReturnType()) : m.getReturnType(),
                  m.getDeclaringClass()));
      return (Function<Object, Object>) site.getTarget().invokeExact();
    } catch (Throwable e) {
      // not expected for a public record of the model; the method handle still reads the value
      return r -> {
        try {
          return (Object) accessor.invokeExact(r);
        } catch (RuntimeException | Error x) {
          throw x;
        } catch (Throwable x) {
          throw new IllegalStateException(
              "cannot read " + owner.type().getSimpleName() + "." + name, x);
        }
      };
    }
  }

  private static Class<?> wrap(Class<?> primitive) {
    return MethodType.methodType(primitive).wrap().returnType();
  }

  @Override
  public String toString() {
    return owner.type().getSimpleName()
        + "."
        + name
        + ": "
        + type
        + mark.map(c -> " <" + c + ">").orElse("");
  }
}
