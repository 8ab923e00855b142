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

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mignet.core.RuleId;
import org.mignet.core.model.MignetRecord;

/**
 * Every Bean Validation constraint on the model names a defined rule in its message ({@code
 * "{MG-CODE-001}"}), so that no violation falls back to {@code MG-MODEL-000}. Scans record
 * components, their accessors, and type-use annotations inside {@code Optional<>} and {@code
 * List<>}, for every record reachable from {@link MignetRecord}.
 */
class StructuralRuleIdsTest {

  @Test
  void everyConstraintOnTheModelNamesADefinedStructuralRule() {
    RuleCatalogue catalogue = Validation.standard().catalogue();
    List<String> found = constraintMessages();
    assertThat(found).as("constraint messages found on the model").isNotEmpty();
    for (String message : found) {
      assertThat(message).as("constraint message").matches("\\{MG-[A-Z]+-\\d{3}}");
      String id = message.substring(1, message.length() - 1);
      assertThat(catalogue.find(RuleId.of(id))).as("rule %s", id).isPresent();
      assertThat(catalogue.find(RuleId.of(id)).get().kind())
          .as("kind of %s", id)
          .isEqualTo(RuleKind.STRUCTURAL);
    }
  }

  @Test
  void everyStructuralRuleIsUsedByAConstraint() {
    Set<String> used = new TreeSet<>();
    constraintMessages().forEach(m -> used.add(m.substring(1, m.length() - 1)));
    Set<String> defined = new TreeSet<>();
    Validation.standard().catalogue().rules().stream()
        .filter(r -> r.kind() == RuleKind.STRUCTURAL)
        .forEach(r -> defined.add(r.id().value()));
    defined.remove("MG-MODEL-000");
    assertThat(used).isEqualTo(defined);
  }

  @Test
  void findsTypeUseConstraintsInsideOptionalAndList() {
    // Person.countryOfBirth is Optional<@InCodeList(...) String>, Person.citizenships
    // List<@InCodeList(...) String>
    assertThat(constraintMessages()).contains("{MG-CODE-001}", "{MG-CODE-002}", "{MG-PERSON-004}");
  }

  static List<String> constraintMessages() {
    List<String> out = new ArrayList<>();
    for (Class<?> type : modelRecords()) {
      for (RecordComponent c : type.getRecordComponents()) {
        List<Annotation> annotations = new ArrayList<>(List.of(c.getAnnotations()));
        annotations.addAll(List.of(c.getAccessor().getAnnotations()));
        collectTypeUse(c.getAnnotatedType(), annotations);
        for (Annotation a : annotations) {
          constraints(a).forEach(k -> out.add(message(k)));
        }
      }
      for (Annotation a : type.getAnnotations()) {
        constraints(a).forEach(k -> out.add(message(k)));
      }
    }
    return out;
  }

  private static void collectTypeUse(AnnotatedType t, List<Annotation> out) {
    out.addAll(List.of(t.getAnnotations()));
    if (t instanceof AnnotatedParameterizedType p) {
      for (AnnotatedType arg : p.getAnnotatedActualTypeArguments()) {
        collectTypeUse(arg, out);
      }
    } else if (t instanceof AnnotatedArrayType a) {
      collectTypeUse(a.getAnnotatedGenericComponentType(), out);
    }
  }

  /**
   * The constraint itself, or the constraints of a repeated-annotation container such as {@code
   * Pattern.List}.
   */
  private static List<Annotation> constraints(Annotation a) {
    if (a.annotationType().isAnnotationPresent(Constraint.class)) {
      return List.of(a);
    }
    try {
      Method value = a.annotationType().getMethod("value");
      if (value.getReturnType().isArray()
          && value.getReturnType().getComponentType().isAnnotation()) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation inner : (Annotation[]) value.invoke(a)) {
          out.addAll(constraints(inner));
        }
        return out;
      }
    } catch (ReflectiveOperationException e) {
      // not a container
    }
    return List.of();
  }

  private static String message(Annotation constraint) {
    try {
      return (String) constraint.annotationType().getMethod("message").invoke(constraint);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("constraint without message(): " + constraint, e);
    }
  }

  /** Every record type reachable from the exchangeable records through their components. */
  static Set<Class<?>> modelRecords() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(MignetRecord.class.getPermittedSubclasses()));
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!type.isRecord() || !seen.add(type)) {
        continue;
      }
      for (RecordComponent c : type.getRecordComponents()) {
        addRecords(c.getGenericType(), todo);
      }
    }
    return seen;
  }

  private static void addRecords(Type t, Deque<Class<?>> todo) {
    if (t instanceof Class<?> c && c.isRecord()) {
      todo.add(c);
    } else if (t instanceof ParameterizedType p) {
      for (Type arg : p.getActualTypeArguments()) {
        addRecords(arg, todo);
      }
    }
  }
}
