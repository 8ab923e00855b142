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

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Options handed to a format's reader or writer. Immutable and thread-safe. Build with {@link
 * #none()} and {@link #with(FormatOption, Object)}.
 *
 * <p>Options are typed and fail closed: each format declares the options its reader and its writer
 * take ({@link Format#readerOptions()}, {@link Format#writerOptions()}), and a reader or writer of
 * a format from {@link Formats} given an option it does not take throws {@link
 * UnsupportedOptionException} before it reads or writes anything ({@link #checkFor(Format,
 * Direction)}). A conversion hands one set of options to both ends: bind them with {@link
 * #forConversion(Format, Format)} so that each end accepts what the other end takes.
 */
public final class FormatOptions {

  /** A mapping spec (JSON) from a partner's columns to model paths, for tabular formats. */
  public static final FormatOption<Path> MAPPING = FormatOption.of("mapping", Path.class);

  /**
   * A sharing policy (JSON) that decides what personal data leaves the agency. A pipeline option,
   * never a format option: {@link Conversion} takes it (as {@link Conversion#policy}) and applies
   * it before any writer sees a record; a format's reader or writer handed it refuses it ({@link
   * UnsupportedOptionException}), so that a policy is never silently ignored.
   */
  public static final FormatOption<Path> POLICY = FormatOption.of("policy", Path.class);

  /** The character encoding of a text input, when it is not to be detected. */
  public static final FormatOption<Charset> ENCODING = FormatOption.of("encoding", Charset.class);

  /**
   * Write for spreadsheet users: neutralise cells that start with {@code = + - @} (formula
   * injection).
   */
  public static final FormatOption<Boolean> FOR_SPREADSHEET =
      FormatOption.of("for-spreadsheet", Boolean.class);

  /**
   * Keep unknown members or columns (in {@code meta.extensions}) instead of reporting them as
   * errors.
   */
  public static final FormatOption<Boolean> LENIENT = FormatOption.of("lenient", Boolean.class);

  /** Options of the pipeline that formats neither declare nor refuse. */
  private static final Set<FormatOption<?>> PIPELINE = Set.of(POLICY);

  private static final FormatOptions NONE = new FormatOptions(Map.of(), null);

  /** Which end of a format options are for. */
  public enum Direction {
    /** The format's reader. */
    READER,
    /** The format's writer. */
    WRITER;

    /**
     * Returns the options this end of the format takes.
     *
     * @param format the format; not null
     */
    public Set<FormatOption<?>> options(Format format) {
      return this == READER ? format.readerOptions() : format.writerOptions();
    }

    @Override
    public String toString() {
      return this == READER ? "reader" : "writer";
    }
  }

  /** The conversion, by format names, that options were checked and bound for. */
  private record Binding(String from, String to) {}

  private final Map<FormatOption<?>, Object> values;

  /** Null unless bound by {@link #forConversion(Format, Format)}. */
  // null: not bound to a conversion
  private final @Nullable Binding conversion;

  private FormatOptions(Map<FormatOption<?>, Object> values, @Nullable Binding conversion) {
    this.values = values;
    this.conversion = conversion;
  }

  /** Returns no options. */
  public static FormatOptions none() {
    return NONE;
  }

  /**
   * Returns a copy with the option set, bound to no conversion.
   *
   * @param option the option; not null
   * @param value its value; null removes the option
   * @param <T> the value type
   */
  public <T> FormatOptions with(FormatOption<T> option, @Nullable T value) {
    Objects.requireNonNull(option, "option");
    LinkedHashMap<FormatOption<?>, Object> copy = new LinkedHashMap<>(values);
    if (value == null) {
      copy.remove(option);
    } else {
      copy.put(option, option.type().cast(value));
    }
    return new FormatOptions(Collections.unmodifiableMap(copy), null);
  }

  /** Returns the option's value, if set. */
  public <T> Optional<T> get(FormatOption<T> option) {
    return Optional.ofNullable(option.type().cast(values.get(option)));
  }

  /** Returns whether a boolean option is set to true. */
  public boolean isSet(FormatOption<Boolean> option) {
    return get(option).orElse(false);
  }

  /**
   * Checks that one end of a format takes every option set here (pipeline options such as {@link
   * #POLICY} excepted). Options bound by {@link #forConversion(Format, Format)} pass at the reader
   * of its source and the writer of its target, where they were checked already.
   *
   * @param format the format; not null
   * @param direction its reader or its writer; not null
   * @return these options
   * @throws UnsupportedOptionException naming the first option that end does not take
   */
  public FormatOptions checkFor(Format format, Direction direction) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(direction, "direction");
    String end =
        conversion == null
            ? null
            : direction == Direction.READER ? conversion.from() : conversion.to();
    if (format.name().equals(end)) {
      return this;
    }
    for (FormatOption<?> option : values.keySet()) {
      if (!direction.options(format).contains(option)) {
        throw new UnsupportedOptionException(option, format, direction);
      }
    }
    return this;
  }

  /**
   * Checks these options for a conversion, which hands the same options to both ends: each option
   * must be taken by the reader of {@code from} or by the writer of {@code to}; each end then uses
   * those it takes.
   *
   * @param from the source format; not null
   * @param to the target format; not null
   * @return a copy bound to the conversion, accepted by {@code from}'s reader and {@code to}'s
   *     writer
   * @throws UnsupportedOptionException for an option neither end takes, naming the reader if any
   *     registered format's reader takes the option, else the writer
   */
  public FormatOptions forConversion(Format from, Format to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    for (FormatOption<?> option : values.keySet()) {
      if (!PIPELINE.contains(option)
          && !from.readerOptions().contains(option)
          && !to.writerOptions().contains(option)) {
        boolean forReaders =
            Formats.all().stream().anyMatch(f -> f.readerOptions().contains(option));
        throw forReaders
            ? new UnsupportedOptionException(option, from, Direction.READER)
            : new UnsupportedOptionException(option, to, Direction.WRITER);
      }
    }
    return new FormatOptions(values, new Binding(from.name(), to.name()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FormatOptions other
        && values.equals(other.values)
        && Objects.equals(conversion, other.conversion);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "FormatOptions"
        + values.keySet().stream().map(FormatOption::name).toList()
        + (conversion == null ? "" : " for " + conversion.from() + " -> " + conversion.to());
  }
}
