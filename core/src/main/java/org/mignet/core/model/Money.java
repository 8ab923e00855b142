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
package org.mignet.core.model;

import static org.mignet.core.model.internal.Checks.required;

import java.math.BigDecimal;
import org.mignet.core.constraints.InCodeList;

/**
 * An amount of money in an ISO 4217 currency, kept as a decimal so that fees and budgets add up
 * exactly.
 *
 * @param amount the amount; required
 * @param currency the ISO 4217 alphabetic code, e.g. {@code EUR}; required
 */
public record Money(
    BigDecimal amount, @InCodeList(value = "iso4217", message = "{MG-CODE-004}") String currency) {

  /** Checks that both parts are present. */
  public Money {
    required(amount, "money.amount");
    required(currency, "money.currency");
  }

  /** Returns {@code new Money(new BigDecimal(amount), currency)}. */
  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  /** Returns {@code 1500.00 EUR}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
