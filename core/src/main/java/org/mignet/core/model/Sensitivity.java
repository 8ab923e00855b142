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

/**
 * How widely a record may be shared, following the IASC Operational Guidance on Data
 * Responsibility's sensitivity classification. Ordered from least to most sensitive.
 */
public enum Sensitivity {
  /** May be published. */
  PUBLIC,
  /** For the organisations of a sharing agreement. */
  RESTRICTED,
  /** For named staff with a need to know; personal data of migrants by default. */
  CONFIDENTIAL,
  /** For named staff only; data about victims of trafficking or of other crimes by default. */
  STRICTLY_CONFIDENTIAL;

  /** Returns whether this level is at least as sensitive as {@code other}. */
  public boolean isAtLeast(Sensitivity other) {
    return compareTo(other) >= 0;
  }
}
