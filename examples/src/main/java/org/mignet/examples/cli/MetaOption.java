package org.mignet.examples.cli;

import org.mignet.formats.MetaDefaults;

/** The {@code --meta} option of {@code convert} and {@code validate}: record metadata to fill where absent. */
final class MetaOption {

  private MetaOption() {}

  /**
   * @param value the option's value, or null when not given
   * @return the metadata to fill ({@link MetaDefaults#NONE} when not given)
   * @throws CliException naming what is not understood
   */
  static MetaDefaults parse(String value) {
    if (value == null) {
      return MetaDefaults.NONE;
    }
    try {
      return MetaDefaults.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CliException("--meta: " + e.getMessage());
    }
  }
}
