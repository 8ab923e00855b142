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
