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
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mignet.formats.FormatOptions.Direction;
import org.mignet.formats.ctdc.Ctdc;

/**
 * Options fail closed (STYLE.md 19): the reader and the writer of every registered format refuse an
 * option they do not declare, before reading or writing anything, with a typed error that names the
 * option, the format, the end and what that end takes.
 */
class UndeclaredOptionsTest {

  /** An option no format takes. */
  static final FormatOption<Boolean> UNKNOWN = FormatOption.of("no-such-option", Boolean.class);

  /** An input that fails the test if it is read at all. */
  static final class Untouched extends InputStream {
    @Override
    public int read() {
      throw new AssertionError("read before the options were checked");
    }
  }

  static Stream<Format> formats() {
    return Formats.all().stream();
  }

  /** Every option some format declares, and one that none does. */
  static Set<FormatOption<?>> everyOption() {
    Set<FormatOption<?>> all = new LinkedHashSet<>();
    Formats.all()
        .forEach(
            f -> {
              all.addAll(f.readerOptions());
              all.addAll(f.writerOptions());
            });
    all.add(UNKNOWN);
    return all;
  }

  /** Every registered format's reader and writer. */
  static Stream<Arguments> ends() {
    return formats().flatMap(f -> Stream.of(Direction.values()).map(d -> Arguments.of(f, d)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("ends")
  void refusesEveryOptionItDoesNotDeclareBeforeReadingOrWriting(
      Format format, Direction direction) {
    for (FormatOption<?> option : everyOption()) {
      if (direction.options(format).contains(option)) {
        continue;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      FormatOptions options = set(option);
      UnsupportedOptionException e =
          catchThrowableOfType(
              UnsupportedOptionException.class,
              () -> {
                if (direction == Direction.READER) {
                  format.reader(new Untouched(), "in", options);
                } else {
                  format.writer(out, options);
                }
              });
      assertThat(e).as("%s %s given %s", format.name(), direction, option.name()).isNotNull();
      assertRefusal(e, option, format, direction);
      assertThat(out.size()).as("bytes written").isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void noFormatTakesTheSharingPolicyWhichIsThePipelines(Format format) {
    FormatOptions policy = FormatOptions.none().with(FormatOptions.POLICY, Path.of("policy.json"));
    for (Direction d : Direction.values()) {
      assertThat(d.options(format)).doesNotContain(FormatOptions.POLICY);
      assertThatThrownBy(() -> policy.checkFor(format, d))
          .isInstanceOf(UnsupportedOptionException.class);
    }
  }

  @Test
  void aConversionTakesAnOptionEitherEndTakesAndRefusesOneNeitherTakes() {
    Format csv = Formats.named("csv");
    Format sdmxCsv = Formats.named("sdmx-csv");
    Format json = Formats.named("json");
    FormatOptions mapped = FormatOptions.none().with(FormatOptions.MAPPING, Path.of("spec.json"));
    FormatOptions bound = mapped.forConversion(csv, json);
    assertThatCode(() -> bound.checkFor(csv, Direction.READER)).doesNotThrowAnyException();
    assertThatCode(() -> bound.checkFor(json, Direction.WRITER)).doesNotThrowAnyException();
    // bound to csv -> json, the options are still refused by any other end
    assertThat(
            catchThrowableOfType(
                UnsupportedOptionException.class, () -> bound.checkFor(json, Direction.READER)))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                UnsupportedOptionException.class, () -> bound.checkFor(sdmxCsv, Direction.WRITER)))
        .isNotNull();
    assertThat(bound.with(FormatOptions.LENIENT, true))
        .as("a changed copy is bound to nothing")
        .isNotEqualTo(mapped.with(FormatOptions.LENIENT, true).forConversion(csv, json));

    UnsupportedOptionException reader =
        catchThrowableOfType(
            UnsupportedOptionException.class, () -> mapped.forConversion(sdmxCsv, json));
    assertRefusal(reader, FormatOptions.MAPPING, sdmxCsv, Direction.READER);
    UnsupportedOptionException writer =
        catchThrowableOfType(
            UnsupportedOptionException.class,
            () -> FormatOptions.none().with(Ctdc.K, 3).forConversion(csv, json));
    assertRefusal(writer, Ctdc.K, json, Direction.WRITER);
  }

  @Test
  void theMessageNamesTheOptionTheFormatTheEndAndWhatItTakesButNoValue() {
    UnsupportedOptionException e =
        catchThrowableOfType(
            UnsupportedOptionException.class,
            () ->
                FormatOptions.none()
                    .with(FormatOptions.MAPPING, Path.of("secret-partner-name.json"))
                    .checkFor(Formats.named("sdmx-csv"), Direction.READER));
    assertThat(e)
        .hasMessage(
            "the sdmx-csv reader does not take the option 'mapping'; it takes: structure, structures")
        .isInstanceOf(org.mignet.core.MignetException.class);
    assertThat(
            catchThrowableOfType(
                UnsupportedOptionException.class,
                () -> set(UNKNOWN).checkFor(Formats.named("json"), Direction.WRITER)))
        .hasMessage(
            "the json writer does not take the option 'no-such-option'; it takes no options");
  }

  private static void assertRefusal(
      UnsupportedOptionException e, FormatOption<?> option, Format format, Direction direction) {
    assertThat(e.option()).isEqualTo(option.name());
    assertThat(e.format()).isEqualTo(format.name());
    assertThat(e.direction()).isEqualTo(direction);
    List<String> taken =
        direction.options(format).stream().map(FormatOption::name).sorted().toList();
    assertThat(e.taken()).isEqualTo(taken);
    assertThat(e.getMessage())
        .contains("'" + option.name() + "'", format.name(), direction.toString());
  }

  @SuppressWarnings("unchecked")
  private static <T> FormatOptions set(FormatOption<T> option) {
    return FormatOptions.none().with(option, (T) sample(option.type()));
  }

  private static Object sample(Class<?> type) {
    if (type == Boolean.class) {
      return true;
    }
    if (type == Integer.class) {
      return 3;
    }
    if (type == String.class) {
      return "x";
    }
    if (type == Path.class) {
      return Path.of("x");
    }
    if (type == java.nio.charset.Charset.class) {
      return java.nio.charset.StandardCharsets.UTF_8;
    }
    if (type == ReadLimits.class) {
      return ReadLimits.defaults();
    }
    if (type == org.mignet.formats.sdmx.SdmxStructures.class) {
      return new org.mignet.formats.sdmx.SdmxStructures(
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
    throw new AssertionError("no sample value of " + type.getName() + "; add one");
  }
}
