package org.mignet.examples.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code --lang} to a locale: one of the six UN languages, by ISO 639-1 code. */
final class UnLanguage implements ITypeConverter<Locale> {

  /** The six official languages of the United Nations, in the order the UN lists them. */
  static final List<String> CODES = List.of("ar", "zh", "en", "fr", "ru", "es");

  @Override
  public Locale convert(String value) {
    String code = value.trim().toLowerCase(Locale.ROOT);
    if (!CODES.contains(code)) {
      throw new TypeConversionException(
          "unknown language '" + cut(value) + "'; expected one of " + String.join(", ", CODES));
    }
    return Locale.forLanguageTag(code);
  }

  private static String cut(String s) {
    return s.length() <= 20 ? s : s.substring(0, 20) + "…";
  }
}
