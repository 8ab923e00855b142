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

import jakarta.validation.Constraint;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mignet.core.code.CodeList;
import org.mignet.core.code.CodeLists;
import org.mignet.core.code.HtcdsCodeLists;
import org.mignet.core.constraints.InCodeList;

/**
 * One Jakarta constraint of the model compiled into a direct check: the same verdict as the
 * constraint's validator in Hibernate Validator (null is valid except for {@code @NotNull}; {@code
 * NaN} breaks every numeric bound), without Bean Validation at run time. Immutable and thread-safe.
 *
 * <p>{@link #compile} knows the constraint kinds the model uses and a few more; it refuses any
 * other constraint ({@link Uncompilable}), and the engine then checks the structural rules with
 * Hibernate Validator as before.
 */
abstract class ConstraintCheck {

  /** The rule reported when the check fails: the one named by the constraint's message. */
  final RuleDefinition rule;

  private ConstraintCheck(RuleDefinition rule) {
    this.rule = rule;
  }

  /** Returns whether the value satisfies the constraint. */
  abstract boolean isValid(Object value);

  /**
   * A constraint that the plan cannot check directly: a composed one, a user's own, or on a type it
   * does not know.
   */
  static final class Uncompilable extends Exception {
    private static final long serialVersionUID = 1L;

    Uncompilable(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Maps a constraint's message key to its rule; unknown keys map to {@code MG-MODEL-000}, as Bean
   * Validation's did.
   */
  interface Rules {
    /** Returns the rule of a message key, or null if that rule is not active. */
    @Nullable RuleDefinition forMessage(String messageTemplate);
  }

  /**
   * The constraints among annotations (containers such as {@code Pattern.List} unwrapped), in
   * declaration order, without {@code @Valid} and without constraints of groups other than the
   * default one.
   *
   * @param annotations declared annotations of a field or a type argument
   * @return the constraint annotations
   */
  static List<Annotation> constraints(Annotation[] annotations) {
    List<Annotation> out = new ArrayList<>();
    for (Annotation a : annotations) {
      collect(a, out);
    }
    return out;
  }

  private static void collect(Annotation a, List<Annotation> out) {
    if (a.annotationType().isAnnotationPresent(Constraint.class)) {
      if (inDefaultGroup(a)) {
        out.add(a);
      }
      return;
    }
    Object value = attribute(a, "value");
    if (value instanceof Annotation[] inner) {
      for (Annotation i : inner) {
        if (i.annotationType().isAnnotationPresent(Constraint.class)) {
          collect(i, out);
        }
      }
    }
  }

  private static boolean inDefaultGroup(Annotation a) {
    Object groups = attribute(a, "groups");
    if (!(groups instanceof Class<?>[] g) || g.length == 0) {
      return true;
    }
    for (Class<?> c : g) {
      if (c == Default.class) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Object attribute(Annotation a, String name) {
    try {
      Method m = a.annotationType().getMethod(name);
      return m.invoke(a);
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  /**
   * Compiles one constraint on values of a declared type.
   *
   * @param a the constraint annotation
   * @param valueType the declared (boxed or primitive) class of the values it checks
   * @param rules the rule of a message key
   * @return the check, or null if the constraint's rule is not active
   * @throws Uncompilable if the kind or the value type is not one the plan checks directly
   */
  static @Nullable ConstraintCheck compile(Annotation a, Class<?> valueType, Rules rules)
      throws Uncompilable {
    Object message = attribute(a, "message");
    if (!(message instanceof String template)) {
      throw new Uncompilable("constraint without a message: " + a.annotationType().getName());
    }
    RuleDefinition rule = rules.forMessage(template);
    // a constraint of an inactive rule is still compiled: one the plan cannot check sends the
    // class to Hibernate Validator whichever rules are active
    ConstraintCheck check =
        compile(a, box(valueType), rule != null ? rule : StandardRules.unmappedConstraint());
    return rule != null ? check : null;
  }

  private static ConstraintCheck compile(Annotation a, Class<?> type, RuleDefinition rule)
      throws Uncompilable {
    if (a instanceof InCodeList c) {
      requireText(a, type);
      return new InList(rule, c.value());
    }
    if (a instanceof Pattern p) {
      requireText(a, type);
      int flags = 0;
      for (Pattern.Flag f : p.flags()) {
        flags |= f.getValue();
      }
      return new Matches(rule, java.util.regex.Pattern.compile(p.regexp(), flags));
    }
    if (a instanceof NotNull) {
      return new NonNull(rule);
    }
    if (a instanceof Min m) {
      requireNumber(a, type);
      return new Bound(rule, BigDecimal.valueOf(m.value()), true, true);
    }
    if (a instanceof Max m) {
      requireNumber(a, type);
      return new Bound(rule, BigDecimal.valueOf(m.value()), false, true);
    }
    if (a instanceof DecimalMin m) {
      requireNumber(a, type);
      return new Bound(rule, new BigDecimal(m.value()), true, m.inclusive());
    }
    if (a instanceof DecimalMax m) {
      requireNumber(a, type);
      return new Bound(rule, new BigDecimal(m.value()), false, m.inclusive());
    }
    if (a instanceof Positive) {
      requireNumber(a, type);
      return new Bound(rule, BigDecimal.ZERO, true, false);
    }
    if (a instanceof PositiveOrZero) {
      requireNumber(a, type);
      return new Bound(rule, BigDecimal.ZERO, true, true);
    }
    if (a instanceof Negative) {
      requireNumber(a, type);
      return new Bound(rule, BigDecimal.ZERO, false, false);
    }
    if (a instanceof NegativeOrZero) {
      requireNumber(a, type);
      return new Bound(rule, BigDecimal.ZERO, false, true);
    }
    if (a instanceof Size s) {
      requireSized(a, type);
      return new Sized(rule, s.min(), s.max());
    }
    if (a instanceof NotEmpty) {
      requireSized(a, type);
      return new Sized(rule, 1, Integer.MAX_VALUE, true);
    }
    if (a instanceof NotBlank) {
      requireText(a, type);
      return new Blank(rule);
    }
    throw new Uncompilable("no direct check for @" + a.annotationType().getName());
  }

  private static void requireText(Annotation a, Class<?> type) throws Uncompilable {
    if (!CharSequence.class.isAssignableFrom(type)) {
      throw new Uncompilable("@" + a.annotationType().getSimpleName() + " on " + type.getName());
    }
  }

  private static void requireNumber(Annotation a, Class<?> type) throws Uncompilable {
    if (!(type == Integer.class
        || type == Long.class
        || type == Short.class
        || type == Byte.class
        || type == Double.class
        || type == Float.class
        || type == BigDecimal.class
        || type == BigInteger.class)) {
      throw new Uncompilable("@" + a.annotationType().getSimpleName() + " on " + type.getName());
    }
  }

  private static void requireSized(Annotation a, Class<?> type) throws Uncompilable {
    if (!(CharSequence.class.isAssignableFrom(type)
        || Collection.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type))) {
      throw new Uncompilable("@" + a.annotationType().getSimpleName() + " on " + type.getName());
    }
  }

  private static Class<?> box(Class<?> c) {
    if (!c.isPrimitive()) {
      return c;
    }
    if (c == int.class) {
      return Integer.class;
    }
    if (c == long.class) {
      return Long.class;
    }
    if (c == double.class) {
      return Double.class;
    }
    if (c == float.class) {
      return Float.class;
    }
    if (c == short.class) {
      return Short.class;
    }
    if (c == byte.class) {
      return Byte.class;
    }
    return c;
  }

  /**
   * {@code @InCodeList}: a canonical code of the list, or one of mignet's declared HTCDS extension
   * codes.
   */
  private static final class InList extends ConstraintCheck {
    private static final String HTCDS = "htcds:";
    private final CodeList list;
    private final @Nullable String htcdsField;

    InList(RuleDefinition rule, String listId) {
      super(rule);
      this.list = CodeLists.standard().require(listId);
      this.htcdsField = listId.startsWith(HTCDS) ? listId.substring(HTCDS.length()) : null;
    }

    @Override
    boolean isValid(Object value) {
      if (value == null) {
        return true;
      }
      String code = value.toString();
      return list.contains(code)
          || (htcdsField != null && HtcdsCodeLists.instance().isExtension(htcdsField, code));
    }
  }

  /** {@code @Pattern}: the whole text matches. */
  private static final class Matches extends ConstraintCheck {
    private final java.util.regex.Pattern pattern;

    Matches(RuleDefinition rule, java.util.regex.Pattern pattern) {
      super(rule);
      this.pattern = pattern;
    }

    @Override
    boolean isValid(Object value) {
      return value == null || pattern.matcher((CharSequence) value).matches();
    }
  }

  /** {@code @NotNull}. */
  private static final class NonNull extends ConstraintCheck {
    NonNull(RuleDefinition rule) {
      super(rule);
    }

    @Override
    boolean isValid(Object value) {
      return value != null;
    }
  }

  /** {@code @NotBlank}: not null and at least one character that is not white space. */
  private static final class Blank extends ConstraintCheck {
    Blank(RuleDefinition rule) {
      super(rule);
    }

    @Override
    boolean isValid(Object value) {
      return value != null && !value.toString().isBlank();
    }
  }

  /** {@code @Size} and {@code @NotEmpty} on text, collections and maps. */
  private static final class Sized extends ConstraintCheck {
    private final int min;
    private final int max;
    private final boolean nullInvalid;

    Sized(RuleDefinition rule, int min, int max) {
      this(rule, min, max, false);
    }

    Sized(RuleDefinition rule, int min, int max, boolean nullInvalid) {
      super(rule);
      this.min = min;
      this.max = max;
      this.nullInvalid = nullInvalid;
    }

    @Override
    boolean isValid(Object value) {
      if (value == null) {
        return !nullInvalid;
      }
      int size =
          value instanceof CharSequence s
              ? s.length()
              : value instanceof Collection<?> c ? c.size() : ((Map<?, ?>) value).size();
      return size >= min && size <= max;
    }
  }

  /**
   * A numeric bound: {@code @Min}, {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax} and the
   * sign constraints. As in Hibernate Validator, {@code NaN} is never within a bound and infinities
   * compare beyond every bound.
   */
  private static final class Bound extends ConstraintCheck {
    private final BigDecimal bound;
    private final long longBound;
    private final boolean integralBound;
    private final double doubleBound;
    private final boolean exactDouble;
    private final boolean lower;
    private final boolean inclusive;

    Bound(RuleDefinition rule, BigDecimal bound, boolean lower, boolean inclusive) {
      super(rule);
      this.bound = bound;
      this.lower = lower;
      this.inclusive = inclusive;
      boolean integral;
      long l = 0;
      try {
        l = bound.longValueExact();
        integral = true;
      } catch (ArithmeticException e) {
        integral = false;
      }
      this.longBound = l;
      this.integralBound = integral;
      this.doubleBound = bound.doubleValue();
      // a bound a double holds exactly compares like the decimal Hibernate Validator makes of the
      // value
      this.exactDouble =
          Double.isFinite(doubleBound) && new BigDecimal(doubleBound).compareTo(bound) == 0;
    }

    @Override
    boolean isValid(Object value) {
      if (value == null) {
        return true;
      }
      int c;
      if (value instanceof Integer
          || value instanceof Long
          || value instanceof Short
          || value instanceof Byte) {
        long v = ((Number) value).longValue();
        c = integralBound ? Long.compare(v, longBound) : BigDecimal.valueOf(v).compareTo(bound);
      } else if (value instanceof Double || value instanceof Float) {
        double d = ((Number) value).doubleValue();
        if (Double.isNaN(d)) {
          return false;
        }
        c =
            Double.isInfinite(d)
                ? (d > 0 ? 1 : -1)
                : exactDouble
                    ? Double.compare(d == 0.0 ? 0.0 : d, doubleBound == 0.0 ? 0.0 : doubleBound)
                    : BigDecimal.valueOf(d).compareTo(bound);
      } else if (value instanceof BigDecimal b) {
        c = b.compareTo(bound);
      } else {
        c = new BigDecimal((BigInteger) value).compareTo(bound);
      }
      if (lower) {
        return inclusive ? c >= 0 : c > 0;
      }
      return inclusive ? c <= 0 : c < 0;
    }
  }
}
