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
 * Sex as recorded in statistics and travel documents (SDMX {@code CL_SEX}: F, M, _U; ICAO 9303: F,
 * M, X). Gender identity is a separate field of {@link Person}.
 */
public enum Sex {
  /** Female (SDMX {@code F}). */
  FEMALE("F"),
  /** Male (SDMX {@code M}). */
  MALE("M"),
  /** Neither female nor male, or unspecified on a travel document (ICAO {@code X}). */
  OTHER("X"),
  /** Not known or not recorded (SDMX {@code _U}). */
  UNKNOWN("_U");

  private final String sdmxCode;

  Sex(String sdmxCode) {
    this.sdmxCode = sdmxCode;
  }

  /** Returns the SDMX {@code CL_SEX} code ({@code X} for {@link #OTHER}, which SDMX lacks). */
  public String sdmxCode() {
    return sdmxCode;
  }
}
