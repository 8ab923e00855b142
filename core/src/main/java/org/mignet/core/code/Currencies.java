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
package org.mignet.core.code;

import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * ISO 4217 currencies (code list id {@code iso4217}) as known to the running JDK ({@link
 * Currency#getAvailableCurrencies()}), in alphabetical code order, with English names. Resolves
 * alphabetic codes, numeric codes (as aliases) and English names. The JDK's list includes some
 * historic currencies; it changes with JDK updates, which the {@link #version()} names.
 *
 * <p>{@link #contains} answers from the codes alone; the names, which come from the JDK's locale
 * data (slow to load at start-up), are read on the first call that needs the table.
 *
 * <p>Immutable and thread-safe.
 */
public final class Currencies extends LazyTableCodeList {

  /** The id of this code list. */
  public static final String ID = "iso4217";

  private static final class Holder {
    static final Currencies INSTANCE = new Currencies();
  }

  private Currencies() {
    super(
        Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet()));
  }

  @Override
  CodeTable build() {
    CodeTable.Builder b =
        CodeTable.builder(
            ID,
            "JDK " + Runtime.version().feature() + " currency data",
            "ISO 4217 via java.util.Currency (OpenJDK currency.properties, maintained from the ISO 4217 "
                + "maintenance agency's lists)");
    List<Currency> all =
        Currency.getAvailableCurrencies().stream()
            .sorted(Comparator.comparing(Currency::getCurrencyCode))
            .toList();
    for (Currency c : all) {
      b.code(c.getCurrencyCode(), c.getDisplayName(Locale.ENGLISH));
    }
    for (Currency c : all) {
      if (c.getNumericCode() > 0) {
        b.alias(
            c.getNumericCodeAsString(),
            c.getCurrencyCode(),
            "ISO 4217 numeric code " + c.getNumericCodeAsString());
      }
    }
    return b.build();
  }

  /**
   * Returns the shared instance, building it on first use (thread-safe).
   *
   * @return the ISO 4217 code list
   */
  public static Currencies instance() {
    return Holder.INSTANCE;
  }

  @Override
  public String id() {
    return ID;
  }
}
