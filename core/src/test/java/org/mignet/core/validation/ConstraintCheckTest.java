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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
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
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mignet.core.RuleId;
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.validation.internal.BeanValidation;

/**
 * Issue 10, point 6: the constraints the compiled plan checks itself, one kind at a time, against
 * Hibernate Validator's verdict on the same annotation and value (the plan's fallback to Hibernate
 * Validator hides a constraint compiled wrongly or refused, so the whole-record tests cannot see
 * it); which annotations count as constraints; and what the plan refuses to compile.
 */
class ConstraintCheckTest {

  /** A group other than the default one. */
  interface Other {}

  @SuppressWarnings("unused") // read by reflection, and by Hibernate Validator as the oracle
  static final class Holder {
    @Min(value = 3, message = "{TEST-T-MIN}")
    int minInt;

    @Max(value = 3, message = "{TEST-T-MAX}")
    long maxLong;

    @DecimalMin(value = "2.5", message = "{TEST-T-DMIN}")
    double decimalMinDouble;

    @DecimalMin(value = "2.5", inclusive = false, message = "{TEST-T-DMINX}")
    float decimalMinExclusiveFloat;

    @DecimalMax(value = "-1", message = "{TEST-T-DMAX}")
    short decimalMaxShort;

    @DecimalMax(value = "7", inclusive = false, message = "{TEST-T-DMAXX}")
    byte decimalMaxExclusiveByte;

    @Positive(message = "{TEST-T-POS}")
    BigDecimal positive;

    @PositiveOrZero(message = "{TEST-T-POZ}")
    BigInteger positiveOrZero;

    @Negative(message = "{TEST-T-NEG}")
    Integer negative;

    @NegativeOrZero(message = "{TEST-T-NOZ}")
    Long negativeOrZero;

    @Size(min = 2, max = 3, message = "{TEST-T-SIZE}")
    String sizedText;

    @Size(min = 1, max = 2, message = "{TEST-T-SIZEL}")
    List<String> sizedList;

    @Size(max = 1, message = "{TEST-T-SIZEM}")
    Map<String, String> sizedMap;

    @NotEmpty(message = "{TEST-T-NOTEMPTY}")
    String notEmpty;

    @NotBlank(message = "{TEST-T-NOTBLANK}")
    String notBlank;

    @NotNull(message = "{TEST-T-NOTNULL}")
    Object notNull;

    @Pattern(regexp = "ab+", flags = Pattern.Flag.CASE_INSENSITIVE, message = "{TEST-T-PAT}")
    String pattern;

    @InCodeList(value = "iso3166", message = "{TEST-T-CODE}")
    String code;

    @Pattern.List({
      @Pattern(regexp = "a.*", message = "{TEST-T-A}"),
      @Pattern(regexp = ".*z", message = "{TEST-T-Z}")
    })
    String twoPatterns;

    @Min(value = 1, groups = Other.class, message = "{TEST-T-OTHER}")
    int otherGroupOnly;

    @Min(value = 1, groups = Default.class, message = "{TEST-T-DEFAULT}")
    int defaultGroup;

    @Min(
        value = 1,
        groups = {Other.class, Default.class},
        message = "{TEST-T-BOTH}")
    int otherAndDefaultGroups;

    @Deprecated @Valid Holder notConstraints;

    @Email String noDirectCheck;

    @Min(value = 1, message = "{TEST-T-TEXTMIN}")
    String minOnText;

    @Pattern(regexp = "x", message = "{TEST-T-NUMPAT}")
    Integer patternOnNumber;

    @Size(max = 1, message = "{TEST-T-NUMSIZE}")
    Integer sizeOnNumber;
  }

  private static final List<Object> SAMPLES =
      Arrays.asList(
          null,
          -8,
          -1,
          0,
          1,
          2,
          3,
          4,
          6,
          7,
          -1L,
          2L,
          3L,
          4L,
          (short) -2,
          (short) -1,
          (short) 0,
          (byte) 6,
          (byte) 7,
          2.4,
          2.5,
          2.6,
          -0.0,
          0.0,
          Double.NaN,
          Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY,
          2.5f,
          2.6f,
          new BigDecimal("-0.1"),
          BigDecimal.ZERO,
          new BigDecimal("0.1"),
          BigInteger.valueOf(-1),
          BigInteger.ZERO,
          BigInteger.ONE,
          "",
          " ",
          "a",
          "ab",
          "ABB",
          "abc",
          "abcd",
          "az",
          "a-z",
          "za",
          "FRA",
          "ZZZ",
          List.of(),
          List.of("x"),
          List.of("x", "y"),
          List.of("x", "y", "z"),
          Map.of(),
          Map.of("k", "v"),
          Map.of("k", "v", "l", "w"));

  private static final ConstraintCheck.Rules RULES =
      template ->
          !template.startsWith("{TEST-")
              ? StandardRules.unmappedConstraint()
              : new RuleDefinition(
                  RuleId.of(template.substring(1, template.length() - 1)),
                  Severity.ERROR,
                  RuleKind.STRUCTURAL,
                  java.util.Set.of(Profile.STRUCTURAL.name()),
                  Map.of("en", "broken"),
                  "for the test",
                  "none");

  private static Field field(String name) {
    try {
      return Holder.class.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }

  private static List<ConstraintCheck> compiled(String name) throws ConstraintCheck.Uncompilable {
    Field f = field(name);
    List<ConstraintCheck> out = new ArrayList<>();
    for (Annotation a : ConstraintCheck.constraints(f.getDeclaredAnnotations())) {
      out.add(ConstraintCheck.compile(a, f.getType(), RULES));
    }
    return out;
  }

  private static boolean accepts(Class<?> type, Object value) {
    if (value == null) {
      return true;
    }
    Class<?> boxed =
        Map.<Class<?>, Class<?>>of(
                int.class, Integer.class,
                long.class, Long.class,
                double.class, Double.class,
                float.class, Float.class,
                short.class, Short.class,
                byte.class, Byte.class)
            .getOrDefault(type, type);
    return boxed.isInstance(value);
  }

  @Test
  void everyConstraintKindGivesHibernateValidatorsVerdictOnEveryValueItsFieldCanHold()
      throws Exception {
    List<String> kinds =
        List.of(
            "minInt",
            "maxLong",
            "decimalMinDouble",
            "decimalMinExclusiveFloat",
            "decimalMaxShort",
            "decimalMaxExclusiveByte",
            "positive",
            "positiveOrZero",
            "negative",
            "negativeOrZero",
            "sizedText",
            "sizedList",
            "sizedMap",
            "notEmpty",
            "notBlank",
            "notNull",
            "pattern",
            "code",
            "twoPatterns");
    int compared = 0;
    for (String name : kinds) {
      Field f = field(name);
      List<ConstraintCheck> checks = compiled(name);
      assertThat(checks).as(name).isNotEmpty();
      for (Object value : SAMPLES) {
        if (!accepts(f.getType(), value) || (value == null && f.getType().isPrimitive())) {
          continue;
        }
        List<String> expected =
            BeanValidation.validator().validateValue(Holder.class, name, value).stream()
                .map(v -> v.getMessageTemplate())
                .map(t -> t.substring(1, t.length() - 1))
                .sorted()
                .toList();
        List<String> actual =
            checks.stream()
                .filter(c -> !c.isValid(value))
                .map(c -> c.rule.id().value())
                .sorted()
                .toList();
        assertThat(actual).as("%s = %s", name, value).isEqualTo(expected);
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(150);
  }

  @Test
  void eachCheckReportsTheRuleItsMessageNames() throws Exception {
    assertThat(compiled("minInt")).singleElement().satisfies(c -> assertRule(c, "TEST-T-MIN"));
    assertThat(compiled("twoPatterns"))
        .extracting(c -> c.rule.id().value())
        .containsExactly("TEST-T-A", "TEST-T-Z");
  }

  private static void assertRule(ConstraintCheck c, String id) {
    assertThat(c.rule.id().value()).isEqualTo(id);
  }

  @Test
  void numericBoundsCompileOnEveryPrimitiveAndBoxedNumberType() throws Exception {
    Annotation min = field("minInt").getDeclaredAnnotations()[0];
    for (Class<?> type :
        List.of(
            int.class,
            long.class,
            double.class,
            float.class,
            short.class,
            byte.class,
            Integer.class,
            Long.class,
            Double.class,
            Float.class,
            Short.class,
            Byte.class,
            BigDecimal.class,
            BigInteger.class)) {
      ConstraintCheck c = ConstraintCheck.compile(min, type, RULES);
      assertThat(c.rule.id().value()).as("%s", type).isEqualTo("TEST-T-MIN");
      assertThat(c.isValid(3)).as("%s", type).isTrue();
      assertThat(c.isValid(2)).as("%s", type).isFalse();
    }
  }

  @Test
  void onlyConstraintsOfTheDefaultGroupAreChecked() {
    assertThat(ConstraintCheck.constraints(field("otherGroupOnly").getDeclaredAnnotations()))
        .isEmpty();
    assertThat(ConstraintCheck.constraints(field("defaultGroup").getDeclaredAnnotations()))
        .singleElement()
        .isInstanceOf(Min.class);
    assertThat(ConstraintCheck.constraints(field("otherAndDefaultGroups").getDeclaredAnnotations()))
        .singleElement()
        .isInstanceOf(Min.class);
    assertThat(ConstraintCheck.constraints(field("minInt").getDeclaredAnnotations()))
        .singleElement()
        .isInstanceOf(Min.class);
  }

  @Test
  void containersAreUnwrappedAndAnnotationsThatAreNotConstraintsLeftOut() {
    assertThat(ConstraintCheck.constraints(field("twoPatterns").getDeclaredAnnotations()))
        .extracting(a -> ((Pattern) a).regexp())
        .containsExactly("a.*", ".*z");
    assertThat(ConstraintCheck.constraints(field("notConstraints").getDeclaredAnnotations()))
        .isEmpty();
    // an annotation whose value holds annotations that are not constraints
    assertThat(ConstraintCheck.constraints(NotConstraintsHolder.class.getAnnotations())).isEmpty();
  }

  /** An annotation whose {@code value} is annotations, none of them a constraint. */
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @interface Wrapper {
    Deprecated[] value();
  }

  @Wrapper(@Deprecated)
  static final class NotConstraintsHolder {}

  @Test
  void refusesAConstraintItHasNoCheckForOrOnAValueTypeItDoesNotFit() {
    assertThatThrownBy(() -> compiled("noDirectCheck"))
        .isInstanceOf(ConstraintCheck.Uncompilable.class)
        .hasMessageContaining("Email");
    assertThatThrownBy(() -> compiled("minOnText"))
        .isInstanceOf(ConstraintCheck.Uncompilable.class)
        .hasMessage("@Min on java.lang.String");
    assertThatThrownBy(() -> compiled("patternOnNumber"))
        .isInstanceOf(ConstraintCheck.Uncompilable.class)
        .hasMessage("@Pattern on java.lang.Integer");
    assertThatThrownBy(() -> compiled("sizeOnNumber"))
        .isInstanceOf(ConstraintCheck.Uncompilable.class)
        .hasMessage("@Size on java.lang.Integer");
    Annotation min = field("minInt").getDeclaredAnnotations()[0];
    for (Class<?> notANumber : List.of(boolean.class, char.class, String.class, Object.class)) {
      assertThatThrownBy(() -> ConstraintCheck.compile(min, notANumber, RULES))
          .as("%s", notANumber)
          .isInstanceOf(ConstraintCheck.Uncompilable.class)
          .hasMessageStartingWith("@Min on ");
    }
    Annotation inList = field("code").getDeclaredAnnotations()[0];
    assertThatThrownBy(() -> ConstraintCheck.compile(inList, Integer.class, RULES))
        .isInstanceOf(ConstraintCheck.Uncompilable.class)
        .hasMessage("@InCodeList on java.lang.Integer");
    Annotation notEmpty = field("notEmpty").getDeclaredAnnotations()[0];
    assertThatThrownBy(() -> ConstraintCheck.compile(notEmpty, Integer.class, RULES))
        .isInstanceOf(ConstraintCheck.Uncompilable.class)
        .hasMessage("@NotEmpty on java.lang.Integer");
    Annotation notBlank = field("notBlank").getDeclaredAnnotations()[0];
    assertThatThrownBy(() -> ConstraintCheck.compile(notBlank, List.class, RULES))
        .isInstanceOf(ConstraintCheck.Uncompilable.class)
        .hasMessage("@NotBlank on java.util.List");
    for (String numeric :
        List.of(
            "maxLong",
            "decimalMinDouble",
            "decimalMaxShort",
            "positive",
            "positiveOrZero",
            "negative",
            "negativeOrZero")) {
      Annotation a = field(numeric).getDeclaredAnnotations()[0];
      assertThatThrownBy(() -> ConstraintCheck.compile(a, String.class, RULES))
          .as(numeric)
          .isInstanceOf(ConstraintCheck.Uncompilable.class)
          .hasMessageEndingWith(" on java.lang.String");
    }
  }
}
