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

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.mignet.core.SourceLocation;
import org.mignet.core.internal.Pointers;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.validation.internal.BeanValidation;

/**
 * Runs structural and semantic rules over a record. Immutable and thread-safe after construction.
 */
final class Engine {

  private final Map<String, Profile> profiles;
  private final Map<String, RuleDefinition> definitions = new LinkedHashMap<>();
  private final List<Rule<?>> rules;
  private final Map<String, Set<String>> activeIds = new HashMap<>();
  private final Clock clock;
  private final RuleCatalogue catalogue;
  private final boolean beanValidation;
  private final ConcurrentHashMap<String, ValidationPlan> plans = new ConcurrentHashMap<>();

  /**
   * @param profiles the profiles
   * @param structural definitions of the structural rules checked by Bean Validation
   * @param rules the semantic rules
   * @param clock the clock for "today"
   * @throws IllegalStateException on duplicate rule ids or unknown profile names
   */
  public Engine(
      List<Profile> profiles, List<RuleDefinition> structural, List<Rule<?>> rules, Clock clock) {
    this(profiles, structural, rules, clock, Validation.beanValidationConfigured());
  }

  /**
   * @param beanValidation whether Hibernate Validator checks the structural rules (users' own
   *     constraint mappings), instead of the plan's direct checks
   */
  Engine(
      List<Profile> profiles,
      List<RuleDefinition> structural,
      List<Rule<?>> rules,
      Clock clock,
      boolean beanValidation) {
    this.beanValidation = beanValidation;
    this.profiles = new LinkedHashMap<>();
    for (Profile p : profiles) {
      this.profiles.put(p.name(), p);
    }
    for (RuleDefinition d : structural) {
      register(d);
    }
    for (Rule<?> r : rules) {
      register(r.definition());
    }
    this.rules = List.copyOf(rules);
    this.clock = clock;
    for (Profile p : profiles) {
      for (String included : p.includes()) {
        if (!this.profiles.containsKey(included)) {
          throw new IllegalStateException(
              "profile " + p.name() + " includes unknown profile " + included);
        }
      }
    }
    for (RuleDefinition d : definitions.values()) {
      for (String p : d.profiles()) {
        if (!this.profiles.containsKey(p)) {
          throw new IllegalStateException("rule " + d.id() + " names unknown profile " + p);
        }
      }
    }
    for (String name : this.profiles.keySet()) {
      Set<String> closure = closure(name);
      Set<String> ids = new HashSet<>();
      for (RuleDefinition d : definitions.values()) {
        if (d.profiles().stream().anyMatch(closure::contains)) {
          ids.add(d.id().value());
        }
      }
      activeIds.put(name, Set.copyOf(ids));
    }
    this.catalogue =
        new RuleCatalogue(List.copyOf(definitions.values()), List.copyOf(this.profiles.values()));
  }

  private void register(RuleDefinition d) {
    if (definitions.putIfAbsent(d.id().value(), d) != null) {
      throw new IllegalStateException("two rules share the id " + d.id());
    }
  }

  private Set<String> closure(String name) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(name));
    while (!todo.isEmpty()) {
      String n = todo.pop();
      if (seen.add(n)) {
        // the constructor has checked that every included profile is known
        todo.addAll(Objects.requireNonNull(profiles.get(n), n).includes());
      }
    }
    return seen;
  }

  /** Returns the catalogue. */
  public RuleCatalogue catalogue() {
    return catalogue;
  }

  /** Returns the profile names. */
  public Set<String> profileNames() {
    return Set.copyOf(profiles.keySet());
  }

  /**
   * Validates one record; see {@link org.mignet.core.validation.Validation#validate}. The profile's
   * plan is compiled on first use; Hibernate Validator is asked only when the plan cannot check the
   * model's constraints itself.
   */
  public ValidationReport validate(MignetRecord record, String profile, Locale locale) {
    ValidationPlan plan = plan(profile);
    ValidationPlan.Root root = plan.root(record.getClass());
    @Nullable List<Issue> before = null;
    if (!root.checksConstraints()) {
      before = new ArrayList<>();
      // plan(profile) has refused an unknown profile
      structural(record, Objects.requireNonNull(activeIds.get(profile), profile), locale, before);
    }
    return PlanWalker.acquire()
        .validate(plan, root.node(), record, locale, clock, root.checksConstraints(), before);
  }

  /**
   * Returns its compiled plan.
   *
   * @param profile a profile's name
   * @throws IllegalArgumentException if the profile is unknown
   */
  ValidationPlan plan(String profile) {
    ValidationPlan plan = plans.get(profile);
    if (plan != null) {
      return plan;
    }
    Set<String> active = activeIds.get(profile);
    if (active == null) {
      throw new IllegalArgumentException(
          "unknown profile '" + profile + "'; known: " + profiles.keySet());
    }
    return plans.computeIfAbsent(
        profile,
        p ->
            new ValidationPlan(
                Objects.requireNonNull(profiles.get(p), p),
                active,
                rules,
                this::structuralRule,
                !beanValidation));
  }

  /**
   * Returns the structural rule a constraint's message key names, {@code MG-MODEL-000} for an
   * unknown key.
   */
  private RuleDefinition structuralRule(String template) {
    String id =
        template.startsWith("{") && template.endsWith("}")
            ? template.substring(1, template.length() - 1)
            : template;
    RuleDefinition d = definitions.get(id);
    return d == null ? StandardRules.unmappedConstraint() : d;
  }

  /**
   * The structural rules by Hibernate Validator, as the engine checked them before it compiled
   * plans.
   */
  private void structural(MignetRecord record, Set<String> active, Locale locale, List<Issue> out) {
    Validator validator = BeanValidation.validator();
    List<ConstraintViolation<MignetRecord>> violations =
        new ArrayList<>(validator.validate(record));
    // Bean Validation returns a set; sort for a stable report.
    violations.sort((a, b) -> pointer(a.getPropertyPath()).compareTo(pointer(b.getPropertyPath())));
    for (ConstraintViolation<MignetRecord> v : violations) {
      RuleDefinition d = structuralRule(v.getMessageTemplate());
      // a constraint that names no rule (a user's own) is reported under every profile, so that
      // nothing is dropped
      if (!d.equals(StandardRules.unmappedConstraint()) && !active.contains(d.id().value())) {
        continue;
      }
      String pointer = pointer(v.getPropertyPath());
      out.add(
          issue(d, record.getClass(), pointer, v.getInvalidValue(), true, locale, new Object[0]));
    }
  }

  /**
   * Returns whether a rule's context is at a pointer; the engine's own context answers without
   * making its pointer.
   */
  static boolean pointerIs(RuleContext context, String pointer) {
    return context instanceof PlanWalker w
        ? w.pointerIs(pointer)
        : context.pointer().equals(pointer);
  }

  static Issue issue(
      RuleDefinition d,
      Class<?> rootType,
      String pointer,
      @Nullable Object value,
      boolean withValue,
      Locale locale,
      Object[] args) {
    Optional<String> shown = Optional.empty();
    boolean masked = false;
    if (withValue && value != null && !(value instanceof Optional<?> o && o.isEmpty())) {
      if (RecordModel.of(rootType).categoryAt(pointer).isPresent()) {
        masked = true;
      } else {
        shown = Optional.of(display(value));
      }
    }
    return new Issue(
        d,
        d.severity(),
        pointer,
        SourceLocation.unknown(),
        d.reason(),
        Issue.arguments(args),
        shown,
        masked);
  }

  private static String display(Object value) {
    if (value instanceof Optional<?> o) {
      return String.valueOf(o.orElse(null));
    }
    if (value instanceof Record || value instanceof Collection<?>) {
      // a whole record or list is not a value to echo; its type says enough
      return value.getClass().getSimpleName();
    }
    return String.valueOf(value);
  }

  /**
   * Turns a Bean Validation property path into an RFC 6901 JSON Pointer over the canonical JSON,
   * whose member names are the record component names.
   */
  static String pointer(Path path) {
    StringBuilder b = new StringBuilder();
    for (Path.Node n : path) {
      if (n.isInIterable() && n.getIndex() != null) {
        b.append('/').append(n.getIndex());
      } else if (n.isInIterable() && n.getKey() != null) {
        b.append('/').append(Pointers.escape(String.valueOf(n.getKey())));
      }
      if (n.getKind() == ElementKind.PROPERTY && n.getName() != null) {
        b.append('/').append(Pointers.escape(n.getName()));
      }
    }
    return b.toString();
  }
}
