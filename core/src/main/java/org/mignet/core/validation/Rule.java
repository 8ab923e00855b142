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

import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A semantic rule: a check on every value of a type found anywhere in a record (every {@code
 * Person}, whether it is a record of its own, a victim in a case or a migrant in a smuggling case).
 * An agency adds its own rules through {@link Validation#builder()}.
 *
 * <p>Implementations must be stateless and thread-safe: one instance checks many records at once. A
 * rule never throws for bad data; it reports through the {@link RuleContext}.
 *
 * @param <T> the type checked
 */
public interface Rule<T> {

  /** Returns the rule's definition: id, severity, profiles, messages, rationale. */
  RuleDefinition definition();

  /**
   * Returns the type of value this rule checks, e.g. {@code Person.class} or {@code
   * Incident.class}.
   */
  Class<T> target();

  /**
   * Checks one value and reports what is wrong.
   *
   * @param value the value; never null
   * @param context where the value is and how to report
   */
  void check(T value, RuleContext context);

  /**
   * Makes a rule from a definition and a check.
   *
   * @param definition the definition; not null
   * @param target the type checked; not null
   * @param check the check; not null, stateless
   * @param <T> the type checked
   * @return the rule
   */
  static <T> Rule<T> of(
      RuleDefinition definition, Class<T> target, BiConsumer<T, RuleContext> check) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(check, "check");
    return new Rule<>() {
      @Override
      public RuleDefinition definition() {
        return definition;
      }

      @Override
      public Class<T> target() {
        return target;
      }

      @Override
      public void check(T value, RuleContext context) {
        check.accept(value, context);
      }

      @Override
      public String toString() {
        return "Rule[" + definition.id() + " on " + target.getSimpleName() + "]";
      }
    };
  }
}
