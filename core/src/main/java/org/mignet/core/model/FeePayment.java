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

import static org.mignet.core.model.internal.Checks.optional;
import static org.mignet.core.model.internal.Checks.required;

import jakarta.validation.Valid;
import java.util.Optional;

/**
 * A fee paid to smugglers.
 *
 * @param amount the amount and currency; required
 * @param payerId the identifier ({@code system|value}) of the migrant who paid, if one person did
 * @param date when it was paid
 * @param stage the part of the journey it paid for, e.g. {@code Quetta to Tehran}
 * @param method how it was paid, e.g. {@code cash}, {@code hawala}, {@code mobile money}
 */
public record FeePayment(
    @Valid Money amount,
    Optional<String> payerId,
    Optional<PartialDate> date,
    Optional<String> stage,
    Optional<String> method) {

  /** Checks that the amount is present. */
  public FeePayment {
    required(amount, "fee.amount");
    payerId = optional(payerId);
    date = optional(date);
    stage = optional(stage);
    method = optional(method);
  }

  /** Returns a fee with only the amount known. */
  public static FeePayment of(Money amount) {
    return new FeePayment(
        amount, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
