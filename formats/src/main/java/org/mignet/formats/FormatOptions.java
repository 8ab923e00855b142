package org.mignet.formats;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Options handed to a format's reader or writer. Immutable and thread-safe; a format ignores options it does
 * not know. Build with {@link #none()} and {@link #with(FormatOption, Object)}.
 */
public final class FormatOptions {

  /** A mapping spec (JSON) from a partner's columns to model paths, for tabular formats. */
  public static final FormatOption<Path> MAPPING = FormatOption.of("mapping", Path.class);
  /** A sharing policy (JSON) that decides what personal data leaves the agency, for writers. */
  public static final FormatOption<Path> POLICY = FormatOption.of("policy", Path.class);
  /** The character encoding of a text input, when it is not to be detected. */
  public static final FormatOption<Charset> ENCODING = FormatOption.of("encoding", Charset.class);
  /** Write for spreadsheet users: neutralise cells that start with {@code = + - @} (formula injection). */
  public static final FormatOption<Boolean> FOR_SPREADSHEET = FormatOption.of("for-spreadsheet", Boolean.class);
  /** Keep unknown members or columns (in {@code meta.extensions}) instead of reporting them as errors. */
  public static final FormatOption<Boolean> LENIENT = FormatOption.of("lenient", Boolean.class);

  private static final FormatOptions NONE = new FormatOptions(Map.of());

  private final Map<FormatOption<?>, Object> values;

  private FormatOptions(Map<FormatOption<?>, Object> values) {
    this.values = values;
  }

  /** @return no options */
  public static FormatOptions none() {
    return NONE;
  }

  /**
   * @param option the option; not null
   * @param value its value; null removes the option
   * @param <T> the value type
   * @return a copy with the option set
   */
  public <T> FormatOptions with(FormatOption<T> option, T value) {
    Objects.requireNonNull(option, "option");
    LinkedHashMap<FormatOption<?>, Object> copy = new LinkedHashMap<>(values);
    if (value == null) {
      copy.remove(option);
    } else {
      copy.put(option, option.type().cast(value));
    }
    return new FormatOptions(Collections.unmodifiableMap(copy));
  }

  /** @return the option's value, if set */
  public <T> Optional<T> get(FormatOption<T> option) {
    return Optional.ofNullable(option.type().cast(values.get(option)));
  }

  /** @return whether a boolean option is set to true */
  public boolean isSet(FormatOption<Boolean> option) {
    return get(option).orElse(false);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FormatOptions other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "FormatOptions" + values.keySet().stream().map(FormatOption::name).toList();
  }
}
