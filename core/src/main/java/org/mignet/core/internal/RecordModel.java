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

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * The shape of one record class of the model, computed once per class and cached: its components in
 * declaration order (canonical JSON member order), its canonical constructor, and the personal-data
 * marks of everything reachable from it. (It depends on no model type, so that the model's own
 * {@code toString()} can use it without a package cycle.) This is mignet's one runtime model, as
 * HAPI FHIR's {@code FhirContext}: every reflective question about the model is answered here.
 *
 * <p>Immutable and thread-safe; {@link #of(Class)} is cheap after the first call for a class.
 */
public final class RecordModel {

  private static final String MODEL_PACKAGE = "org.mignet.core.model";

  private static final ClassValue<RecordModel> MODELS =
      new ClassValue<>() {
        @Override
        protected RecordModel computeValue(Class<?> type) {
          return new RecordModel(type);
        }
      };

  /** A marked path: the normalised pointer of a marked component and its category. */
  public record MarkedPath(String path, PersonalDataCategory category) {}

  private final Class<?> type;
  private final List<Component> components;
  // worked out once: the walks for personal data and nested records look at these only
  private final List<Component> personal;
  private final List<Component> nestedRecords;
  private final Map<String, Component> byName;
  private final Class<?>[] raws;
  // an instance of Constructors.C<arity>, or a spreading MethodHandle beyond
  // Constructors.MAX_ARITY;
  // made on the first construct(): a command that builds no record of a type spins no class for it
  private volatile Object constructor;
  private volatile List<MarkedPath> markedPaths;

  private RecordModel(Class<?> type) {
    if (!isModelRecord(type)) {
      throw new IllegalArgumentException(type.getName() + " is not a record of the mignet model");
    }
    this.type = type;
    RecordComponent[] rc = type.getRecordComponents();
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    List<Component> list = new ArrayList<>(rc.length);
    Map<String, Component> names = new HashMap<>();
    Class<?>[] raws = new Class<?>[rc.length];
    for (int i = 0; i < rc.length; i++) {
      MethodHandle accessor;
      try {
        accessor =
            lookup
                .unreflect(rc[i].getAccessor())
                .asType(MethodType.methodType(Object.class, Object.class));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("record component not accessible: " + rc[i], e);
      }
      Component c = new Component(this, rc[i], i, accessor);
      list.add(c);
      names.put(c.name(), c);
      raws[i] = rc[i].getType();
    }
    this.components = List.copyOf(list);
    this.personal = list.stream().filter(Component::isPersonal).toList();
    this.nestedRecords =
        list.stream().filter(c -> c.type().leaf().kind() == ValueType.Kind.RECORD).toList();
    this.byName = Map.copyOf(names);
    this.raws = raws;
  }

  /**
   * The canonical constructor as an instance of the functional interface of its arity, made by
   * {@link LambdaMetafactory}: a direct call the JIT inlines, where a spreading method handle held
   * in a field runs through a chain of lambda forms for every record built.
   */
  private static Object constructorOf(Class<?> type, Class<?>[] raws) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle ctor = lookup.findConstructor(type, MethodType.methodType(void.class, raws));
      if (raws.length > Constructors.MAX_ARITY) {
        return ctor.asType(MethodType.methodType(Object.class, raws))
            .asSpreader(Object[].class, raws.length);
      }
      Class<?> face = Constructors.of(raws.length);
      return LambdaMetafactory.metafactory(
              lookup,
              "make",
              MethodType.methodType(face),
              MethodType.genericMethodType(raws.length),
              ctor,
              MethodType.methodType(type, raws).wrap())
          .getTarget()
          .invoke();
    } catch (Throwable e) {
      // a linkage fault of the model, never taken for a record refused by its constructor
      throw new LinkageError("no public canonical constructor in " + type.getName(), e);
    }
  }

  /**
   * Returns its model.
   *
   * @param type a record class of the model; not null
   * @throws IllegalArgumentException if the class is not a record of the model
   */
  public static RecordModel of(Class<?> type) {
    return MODELS.get(type);
  }

  /**
   * The model's value records that the canonical form writes as text, not as an object: {@code
   * PartialDate} ({@code 1990-05}). Named, not imported, so that the metamodel depends on no model
   * type (the model's own {@code toString()} uses it).
   */
  private static final java.util.Set<String> TEXT_VALUES =
      java.util.Set.of(MODEL_PACKAGE + ".PartialDate");

  /**
   * Returns whether a class is a record of the mignet model written as an object, member per
   * component; a value record the canonical form writes as text ({@code PartialDate}) counts as a
   * scalar, not as a record.
   */
  public static boolean isModelRecord(Class<?> c) {
    return c.isRecord()
        && c.getPackageName().equals(MODEL_PACKAGE)
        && !TEXT_VALUES.contains(c.getName());
  }

  /** Returns the record class. */
  public Class<?> type() {
    return type;
  }

  /** Returns the components, in declaration order. */
  public List<Component> components() {
    return components;
  }

  /** Returns the components marked as personal data, in declaration order. */
  public List<Component> personalComponents() {
    return personal;
  }

  /**
   * Returns the components whose values are (optional or listed) records of the model, in
   * declaration order: the ones a walk over nested records descends into.
   */
  public List<Component> nestedRecordComponents() {
    return nestedRecords;
  }

  /** Returns the component with that name, if any. */
  public Optional<Component> component(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * Calls the canonical constructor.
   *
   * @param args one value per component, in order; containers may be null (the constructors treat
   *     null as empty)
   * @return the new record
   * @throws RuntimeException what the constructor threw for arguments that break its invariants
   */
  public Object construct(Object... args) {
    if (args.length != components.size()) {
      throw new IllegalArgumentException(
          type.getSimpleName() + " takes " + components.size() + " components");
    }
    Object c = constructor;
    if (c == null) {
      // two threads may both make one: either is as good, and the one kept is complete (final
      // fields only, published through the volatile write)
      c = constructorOf(type, raws);
      constructor = c;
    }
    if (!(c instanceof MethodHandle spreader)) {
      return Constructors.call(c, args);
    }
    try {
      return (Object) spreader.invokeExact(args);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  /**
   * Returns the values of a record's components, in order (a fresh array the caller may change).
   */
  public Object[] values(Object record) {
    Object[] out = new Object[components.size()];
    for (Component c : components) {
      out[c.index()] = c.get(record);
    }
    return out;
  }

  /**
   * Lists every marked component reachable from this record, by normalised path ({@code *} for list
   * indices), stopping at each mark (what is below a marked component inherits its mark).
   *
   * @return the marked paths in declaration order
   */
  public List<MarkedPath> markedPaths() {
    List<MarkedPath> m = markedPaths;
    if (m == null) {
      List<MarkedPath> out = new ArrayList<>();
      collectMarks(this, "", out, new ArrayList<>());
      m = Collections.unmodifiableList(out);
      markedPaths = m;
    }
    return m;
  }

  private static void collectMarks(
      RecordModel model, String prefix, List<MarkedPath> out, List<Class<?>> path) {
    if (path.contains(model.type)) {
      return;
    }
    path.add(model.type);
    for (Component c : model.components) {
      String p = prefix + "/" + c.token();
      if (c.mark().isPresent()) {
        out.add(new MarkedPath(p, c.mark().get()));
        continue;
      }
      ValueType t = c.type();
      while (t.kind() == ValueType.Kind.OPTIONAL || t.kind() == ValueType.Kind.LIST) {
        if (t.kind() == ValueType.Kind.LIST) {
          p = p + "/" + Pointers.ANY_INDEX;
        }
        t = t.element();
      }
      if (t.kind() == ValueType.Kind.RECORD) {
        collectMarks(t.record(), p, out, path);
      }
    }
    path.remove(path.size() - 1);
  }

  /**
   * How one token of a pointer resolves against the model: a component, a list index, a map key, or
   * outside.
   */
  private enum StepKind {
    COMPONENT,
    INDEX,
    MAP_KEY,
    OUTSIDE
  }

  /**
   * One resolved token.
   *
   * @param token the unescaped token
   * @param kind how it resolved
   * @param component the component, for {@link StepKind#COMPONENT}
   * @param type the type of the value it addresses (optionals not unwrapped), null for a map key or
   *     outside
   */
  private record Step(String token, StepKind kind, Component component, ValueType type) {}

  /** The one walk of a pointer through the model, shared by every question asked of a pointer. */
  private List<Step> resolve(String pointer) {
    List<Step> steps = new ArrayList<>();
    ValueType current = null;
    RecordModel model = this;
    boolean outside = false;
    for (String token : Pointers.tokens(pointer)) {
      if (outside) {
        steps.add(new Step(token, StepKind.OUTSIDE, null, null));
        continue;
      }
      if (current != null) {
        while (current.kind() == ValueType.Kind.OPTIONAL) {
          current = current.element();
        }
        if (current.kind() == ValueType.Kind.LIST) {
          if (token.equals(Pointers.ANY_INDEX) || Pointers.isIndex(token)) {
            current = current.element();
            steps.add(new Step(token, StepKind.INDEX, null, current));
            continue;
          }
          outside = true;
        } else if (current.kind() == ValueType.Kind.MAP) {
          steps.add(new Step(token, StepKind.MAP_KEY, null, null));
          outside = true;
          continue;
        } else if (current.kind() == ValueType.Kind.RECORD) {
          model = current.record();
        } else {
          outside = true;
        }
      }
      Component c = outside ? null : model.byName.get(token);
      if (c == null) {
        outside = true;
        steps.add(new Step(token, StepKind.OUTSIDE, null, null));
        continue;
      }
      current = c.type();
      steps.add(new Step(token, StepKind.COMPONENT, c, current));
    }
    return steps;
  }

  /**
   * The personal-data category of what a pointer addresses: the mark of the nearest marked
   * component on the path. Conservative: a pointer that leaves the model (an unknown member, an
   * index into a scalar) counts as {@link PersonalDataCategory#SENSITIVE}; keys of an unmarked map
   * (dimension codes) are not personal.
   *
   * @param pointer an RFC 6901 pointer or a normalised path into a record of this type; not null
   * @return the category, empty if nothing on the path is marked
   */
  public Optional<PersonalDataCategory> categoryAt(String pointer) {
    for (Step step : resolve(pointer)) {
      switch (step.kind()) {
        case COMPONENT -> {
          if (step.component().mark().isPresent()) {
            return step.component().mark();
          }
        }
        case MAP_KEY -> {
          return Optional.empty();
        }
        case OUTSIDE -> {
          return Optional.of(PersonalDataCategory.SENSITIVE);
        }
        default -> {}
      }
    }
    return Optional.empty();
  }

  /**
   * The type of the value a pointer addresses, through records, optionals and lists (an index or
   * {@code *} for a list element).
   *
   * @param pointer an RFC 6901 pointer or a normalised path into a record of this type
   * @return the value type there (optionals unwrapped), empty if the pointer leaves the model or
   *     enters a map
   */
  public Optional<ValueType> typeAt(String pointer) {
    List<Step> steps = resolve(pointer);
    if (steps.isEmpty()) {
      return Optional.empty();
    }
    ValueType t = steps.get(steps.size() - 1).type();
    while (t != null && t.kind() == ValueType.Kind.OPTIONAL) {
      t = t.element();
    }
    return Optional.ofNullable(t);
  }

  /**
   * Returns the pointer with list indices replaced by {@code *} where the model has a list, map
   * keys kept.
   *
   * @param pointer an RFC 6901 pointer into a record of this type
   */
  public String normalise(String pointer) {
    StringBuilder b = new StringBuilder(pointer.length());
    for (Step step : resolve(pointer)) {
      b.append('/')
          .append(
              step.kind() == StepKind.INDEX ? Pointers.ANY_INDEX : Pointers.escape(step.token()));
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "RecordModel["
        + type.getSimpleName()
        + Arrays.toString(components.stream().map(Component::name).toArray())
        + "]";
  }
}
