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
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.amount = amount;
    b.payerId = payerId.orElse(null);
    b.date = date.orElse(null);
    b.stage = stage.orElse(null);
    b.method = method.orElse(null);
    return b;
  }

  /**
   * A mutable builder for {@link FeePayment}; not thread-safe. Setters of optional parts accept
   * {@code null} for "not known"; list setters add. Required: {@code amount}.
   */
  public static final class Builder {
    private @Nullable Money amount;
    private @Nullable String payerId;
    private @Nullable PartialDate date;
    private @Nullable String stage;
    private @Nullable String method;

    private Builder() {}

    /** Returns this builder with the amount set (required). */
    public Builder amount(Money value) {
      amount = value;
      return this;
    }

    /** Returns this builder with the payer id set; null for none. */
    public Builder payerId(@Nullable String value) {
      payerId = value;
      return this;
    }

    /** Returns this builder with the date set; null for none. */
    public Builder date(@Nullable PartialDate value) {
      date = value;
      return this;
    }

    /** Returns this builder with the stage set; null for none. */
    public Builder stage(@Nullable String value) {
      stage = value;
      return this;
    }

    /** Returns this builder with the method set; null for none. */
    public Builder method(@Nullable String value) {
      method = value;
      return this;
    }

    /**
     * Returns the fee payment; the canonical constructor's checks apply.
     *
     * @throws NullPointerException if a required part is not set
     */
    public FeePayment build() {
      return new FeePayment(
          Objects.requireNonNull(amount, "feePayment.amount is required and must not be null"),
          Optional.ofNullable(payerId),
          Optional.ofNullable(date),
          Optional.ofNullable(stage),
          Optional.ofNullable(method));
    }
  }
}
