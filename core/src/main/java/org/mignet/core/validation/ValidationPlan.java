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
package org.mignet.core.validation;

import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mignet.core.internal.Component;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.internal.ValueType;
import org.mignet.core.model.MignetRecord;

/**
 * The validation of one profile compiled once from the record metamodel: for each record class of
 * the model, the semantic rules that apply to it (in rule order) and the model's Jakarta
 * constraints as direct checks, and for each component only what leads to a check or a rule. One
 * walk over a record ({@link PlanWalker}) then runs both.
 *
 * <p>The walk follows Bean Validation's cascades for the constraints (only below {@code @Valid}, as
 * Hibernate Validator does) and every nested record for the semantic rules (as {@code Walk.records}
 * does). When the model has a constraint the plan cannot check directly, the plan is built without
 * constraint checks and says so for that record class ({@link Root#checksConstraints()}): the
 * engine then asks Hibernate Validator, as it always did. Each record class is compiled on first
 * use.
 *
 * <p>Immutable and thread-safe once built.
 */
final class ValidationPlan {

  /** How a component holds its values. */
  enum Shape {
    VALUE,
    OPTIONAL,
    LIST
  }

  /** The compiled checks of one record class. */
  static final class Node {
    final Class<?> type;
    Rule<Object>[] rules = noRules();
    Step[] steps = new Step[0];

    Node(Class<?> type) {
      this.type = type;
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array with no element
    private static Rule<Object>[] noRules() {
      return new Rule[0];
    }
  }

  /**
   * One component that holds something to check: constrained values, or records with rules or
   * checks.
   */
  static final class Step {
    final Component component;
    final String token;
    final Shape shape;

    /** Checks on the component's value itself (declaration constraints). */
    final ConstraintCheck[] valueChecks;

    /** Checks on each element of an optional or list ({@code List<@InCodeList String>}). */
    final ConstraintCheck[] elementChecks;

    /** Whether constraints apply below a nested record ({@code @Valid}). */
    final boolean cascade;

    /**
     * The nested records' plan, or null if nothing below is checked or the values are not records.
     */
    @Nullable Node child;

    Step(
        Component component,
        Shape shape,
        ConstraintCheck[] valueChecks,
        ConstraintCheck[] elementChecks,
        boolean cascade,
        @Nullable Node child) {
      this.component = component;
      this.token = component.token();
      this.shape = shape;
      this.valueChecks = valueChecks;
      this.elementChecks = elementChecks;
      this.cascade = cascade;
      this.child = child;
    }
  }

  private static final ConstraintCheck[] NO_CHECKS = new ConstraintCheck[0];

  /**
   * The compiled plan of one exchangeable record class.
   *
   * @param node the root's checks
   * @param checksConstraints whether the plan checks the model's constraints itself (else Hibernate
   *     Validator must)
   * @param uncompiled why the constraints could not be compiled, or null
   */
  record Root(Node node, boolean checksConstraints, @Nullable String uncompiled) {}

  private final Profile profile;
  private final List<Rule<?>> rules;
  private final ConstraintCheck.Rules structural;
  private final boolean constraints;

  /** Compiled per record class on first use, so that a run costs only the classes it meets. */
  private final ClassValue<Root> roots =
      new ClassValue<>() {
        @Override
        protected Root computeValue(Class<?> type) {
          return compileRoot(type);
        }
      };

  /**
   * A plan of a profile; each record class is compiled when first validated.
   *
   * @param profile the profile
   * @param active the ids of the rules the profile runs
   * @param rules every semantic rule, in the order they run
   * @param structural structural rules by message key ({@code MG-MODEL-000} for an unknown key)
   * @param constraints whether to compile the model's constraints (false: Hibernate Validator
   *     checks them)
   */
  ValidationPlan(
      Profile profile,
      Set<String> active,
      List<Rule<?>> rules,
      Function<String, RuleDefinition> structural,
      boolean constraints) {
    this.profile = profile;
    List<Rule<?>> applicable = new ArrayList<>();
    for (Rule<?> r : rules) {
      if (active.contains(r.definition().id().value())) {
        applicable.add(r);
      }
    }
    this.rules = List.copyOf(applicable);
    this.structural =
        template -> {
          RuleDefinition d = structural.apply(template);
          return d.equals(StandardRules.unmappedConstraint()) || active.contains(d.id().value())
              ? d
              : null;
        };
    this.constraints = constraints;
  }

  /** Returns the profile. */
  Profile profile() {
    return profile;
  }

  /**
   * Returns its compiled plan.
   *
   * @param type an exchangeable record class of the model
   * @throws IllegalArgumentException if the class is not one
   */
  Root root(Class<?> type) {
    return roots.get(type);
  }

  private Root compileRoot(Class<?> type) {
    if (!MignetRecord.class.isAssignableFrom(type) || !RecordModel.isModelRecord(type)) {
      throw new IllegalArgumentException(type.getName() + " is not a record of the mignet model");
    }
    Map<Class<?>, Node> compiled = new LinkedHashMap<>();
    @Nullable String failure = null;
    if (constraints) {
      try {
        compile(type, rules, structural, true, compiled);
      } catch (ConstraintCheck.Uncompilable e) {
        failure = e.getMessage();
        compiled.clear();
      }
    }
    if (!constraints || failure != null) {
      try {
        compile(type, rules, structural, false, compiled);
      } catch (ConstraintCheck.Uncompilable e) {
        throw new IllegalStateException("unreachable: no constraint compiled", e);
      }
    }
    prune(compiled.values());
    return new Root(
        Objects.requireNonNull(compiled.get(type), "compile registers its own type"),
        constraints && failure == null,
        failure);
  }

  @SuppressWarnings("unchecked")
  private static Node compile(
      Class<?> type,
      List<Rule<?>> rules,
      ConstraintCheck.Rules structural,
      boolean constraints,
      Map<Class<?>, Node> out)
      throws ConstraintCheck.Uncompilable {
    Node existing = out.get(type);
    if (existing != null) {
      return existing;
    }
    Node node = new Node(type);
    out.put(type, node);
    List<Rule<Object>> mine = new ArrayList<>();
    for (Rule<?> r : rules) {
      if (r.target().isAssignableFrom(type)) {
        mine.add((Rule<Object>) r);
      }
    }
    @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array: every element is a Rule<Object>
    Rule<Object>[] array = mine.toArray(new Rule[0]);
    node.rules = array;
    RecordModel model = RecordModel.of(type);
    List<Step> steps = new ArrayList<>();
    for (Component c : model.components()) {
      ValueType t = c.type();
      Shape shape =
          switch (t.kind()) {
            case OPTIONAL -> Shape.OPTIONAL;
            case LIST -> Shape.LIST;
            default -> Shape.VALUE;
          };
      ValueType leaf = shape == Shape.VALUE ? t : t.element();
      Field field = field(type, c);
      List<Annotation> declared = ConstraintCheck.constraints(field.getDeclaredAnnotations());
      List<Annotation> elements = List.of();
      boolean cascade = field.isAnnotationPresent(Valid.class);
      AnnotatedType at = field.getAnnotatedType();
      if (shape != Shape.VALUE && at instanceof AnnotatedParameterizedType p) {
        AnnotatedType arg = p.getAnnotatedActualTypeArguments()[0];
        elements = ConstraintCheck.constraints(arg.getDeclaredAnnotations());
        cascade |= arg.isAnnotationPresent(Valid.class);
        if (arg instanceof AnnotatedParameterizedType nested && hasAnyAnnotation(nested)) {
          throw new ConstraintCheck.Uncompilable("nested container constraints on " + c);
        }
      } else if (t.kind() == ValueType.Kind.MAP && at instanceof AnnotatedParameterizedType p) {
        for (AnnotatedType arg : p.getAnnotatedActualTypeArguments()) {
          if (!ConstraintCheck.constraints(arg.getDeclaredAnnotations()).isEmpty()
              || arg.isAnnotationPresent(Valid.class)) {
            if (constraints) {
              throw new ConstraintCheck.Uncompilable("constraints on map keys or values of " + c);
            }
          }
        }
      }
      ConstraintCheck[] valueChecks = NO_CHECKS;
      ConstraintCheck[] elementChecks = NO_CHECKS;
      if (constraints) {
        if (!declared.isEmpty() && shape != Shape.VALUE) {
          throw new ConstraintCheck.Uncompilable("declaration constraints on the container " + c);
        }
        valueChecks = checks(declared, t.raw(), structural);
        elementChecks =
            checks(elements, shape == Shape.VALUE ? Object.class : leaf.raw(), structural);
        if (cascade && leaf.kind() != ValueType.Kind.RECORD) {
          throw new ConstraintCheck.Uncompilable(
              "@Valid on " + c + ", which holds no record of the model");
        }
        if (t.kind() == ValueType.Kind.MAP && cascade) {
          throw new ConstraintCheck.Uncompilable("@Valid on the map " + c);
        }
      }
      @Nullable Node child =
          leaf.kind() == ValueType.Kind.RECORD && t.kind() != ValueType.Kind.MAP
              ? compile(leaf.raw(), rules, structural, constraints, out)
              : null;
      if (valueChecks.length > 0 || elementChecks.length > 0 || child != null) {
        steps.add(new Step(c, shape, valueChecks, elementChecks, cascade, child));
      }
    }
    node.steps = steps.toArray(new Step[0]);
    return node;
  }

  private static boolean hasAnyAnnotation(AnnotatedParameterizedType t) {
    for (AnnotatedType arg : t.getAnnotatedActualTypeArguments()) {
      if (arg.getDeclaredAnnotations().length > 0
          || (arg instanceof AnnotatedParameterizedType p && hasAnyAnnotation(p))) {
        return true;
      }
    }
    return false;
  }

  private static ConstraintCheck[] checks(
      List<Annotation> constraints, Class<?> valueType, ConstraintCheck.Rules structural)
      throws ConstraintCheck.Uncompilable {
    if (constraints.isEmpty()) {
      return NO_CHECKS;
    }
    List<ConstraintCheck> out = new ArrayList<>();
    for (Annotation a : constraints) {
      ConstraintCheck check = ConstraintCheck.compile(a, valueType, structural);
      if (check != null) {
        out.add(check);
      }
    }
    return out.toArray(NO_CHECKS);
  }

  private static Field field(Class<?> type, Component c) {
    try {
      return type.getDeclaredField(c.name());
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("no field for the record component " + c, e);
    }
  }

  /**
   * Drops the steps that lead to nothing: a nested record whose class has no rule, no check and no
   * step that leads to one. Repeated until nothing changes, so that a cycle of classes with nothing
   * to check is dropped too.
   */
  private static void prune(Iterable<Node> nodes) {
    Map<Node, Boolean> live = new HashMap<>();
    for (Node n : nodes) {
      live.put(n, Boolean.TRUE);
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Node n : nodes) {
        if (!Boolean.TRUE.equals(live.get(n))) {
          continue;
        }
        boolean any = n.rules.length > 0;
        for (Step s : n.steps) {
          any |=
              s.valueChecks.length > 0
                  || s.elementChecks.length > 0
                  || (s.child != null && Boolean.TRUE.equals(live.get(s.child)));
        }
        if (!any) {
          live.put(n, Boolean.FALSE);
          changed = true;
        }
      }
    }
    for (Node n : nodes) {
      List<Step> kept = new ArrayList<>();
      for (Step s : n.steps) {
        if (s.child != null && !Boolean.TRUE.equals(live.get(s.child))) {
          s.child = null;
        }
        if (s.valueChecks.length > 0 || s.elementChecks.length > 0 || s.child != null) {
          kept.add(s);
        }
      }
      n.steps = kept.toArray(new Step[0]);
    }
  }
}
