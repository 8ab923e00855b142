package org.mignet.formats;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.mignet.core.MignetException;

/**
 * A usage error: an option was given to a format's reader or writer that does not take it. Thrown before
 * anything is read or written. The message names the option, the format, its reader or writer and the options
 * that end does take; it never contains option values.
 */
public final class UnsupportedOptionException extends MignetException {
  private static final long serialVersionUID = 1L;

  private final String option;
  private final String format;
  private final FormatOptions.Direction direction;
  private final List<String> taken;

  /**
   * @param option the option given; not null
   * @param format the format whose end does not take it; not null
   * @param direction which end; not null
   */
  public UnsupportedOptionException(FormatOption<?> option, Format format, FormatOptions.Direction direction) {
    this(option.name(), format.name(), direction, direction.options(format).stream().map(FormatOption::name)
        .sorted(Comparator.naturalOrder()).toList());
  }

  private UnsupportedOptionException(String option, String format, FormatOptions.Direction direction,
      List<String> taken) {
    super("the " + format + " " + direction + " does not take the option '" + option + "'; "
        + (taken.isEmpty() ? "it takes no options" : "it takes: " + taken.stream().collect(Collectors.joining(", "))));
    this.option = Objects.requireNonNull(option, "option");
    this.format = format;
    this.direction = direction;
    this.taken = taken;
  }

  /** @return the name of the option given, e.g. {@code lenient} */
  public String option() {
    return option;
  }

  /** @return the name of the format, e.g. {@code sdmx-csv} */
  public String format() {
    return format;
  }

  /** @return whether the format's reader or writer refused the option */
  public FormatOptions.Direction direction() {
    return direction;
  }

  /** @return the names of the options that end does take, sorted; possibly empty */
  public List<String> taken() {
    return taken;
  }
}
