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
package org.mignet.formats.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms: {@code HMAC-SHA-256(key, agreementId + NUL + value)}, written as {@code ps-}
 * and the first 24 hexadecimal digits (96 bits). The same value gets the same pseudonym within one
 * sharing agreement and key, so that records can still be linked; another agreement gives unrelated
 * pseudonyms. Without the key a pseudonym cannot be reversed or recomputed from a guessed value.
 *
 * <p>Immutable and thread-safe (a {@link Mac} is created per call). {@link #toString()} never shows
 * the key.
 */
public final class Pseudonymiser {

  /** The prefix of every pseudonym. */
  public static final String PREFIX = "ps-";

  private final byte[] key;
  private final String agreement;

  private Pseudonymiser(byte[] key, String agreement) {
    this.key = key.clone();
    this.agreement = agreement;
  }

  /**
   * Returns the pseudonymiser.
   *
   * @param key the secret key, at least 16 bytes; not null
   * @param agreementId the sharing agreement the pseudonyms are stable within; not null
   * @throws IllegalArgumentException if the key is shorter than 16 bytes
   */
  public static Pseudonymiser of(byte[] key, String agreementId) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(agreementId, "agreementId");
    if (key.length < 16) {
      throw new IllegalArgumentException("a pseudonymisation key needs at least 16 bytes");
    }
    return new Pseudonymiser(key, agreementId);
  }

  /**
   * Returns its pseudonym, {@code ps-} and 24 hexadecimal digits.
   *
   * @param value the value; not null
   */
  public String pseudonym(String value) {
    Objects.requireNonNull(value, "value");
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(agreement.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      byte[] h = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(h, 0, 12);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "Pseudonymiser[HMAC-SHA-256, agreement " + agreement + "]";
  }
}
