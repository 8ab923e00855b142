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
package org.mignet.formats.ctdc;

import org.mignet.formats.FormatOption;

/**
 * The Counter Trafficking Data Collaborative (CTDC, IOM) format and its options. The format itself
 * is found by name through {@link org.mignet.formats.Formats#named(String)} as {@value #NAME}; what
 * it reads and writes, and how each CTDC column maps onto the model, is described in the
 * {@linkplain org.mignet.formats.ctdc package documentation}.
 *
 * <p>Options of the writer (set them with {@link org.mignet.formats.FormatOptions#with}):
 *
 * <ul>
 *   <li>{@link #K}: the k of k-anonymity, at least 2 (default {@value #DEFAULT_K}, as CTDC's Global
 *       Dataset);
 *   <li>{@link #QUASI_IDENTIFIERS}: the 2024 columns treated as quasi-identifiers, comma-separated
 *       (default {@value #DEFAULT_QUASI_IDENTIFIERS});
 *   <li>{@link #MAX_BUFFERED_ROWS}: the most rows the writer holds in memory (default {@value
 *       #DEFAULT_MAX_BUFFERED_ROWS}).
 * </ul>
 */
public final class Ctdc {

  /** The name of the format. */
  public static final String NAME = "ctdc";

  /** The default k: CTDC's k-anonymised Global Dataset used k = 11 (CTDC.md §5). */
  public static final int DEFAULT_K = 11;

  /**
   * The default quasi-identifiers: age band, gender, citizenship, country of exploitation, year.
   */
  public static final String DEFAULT_QUASI_IDENTIFIERS =
      "ageBroad,gender,citizenship,CountryOfExploitation,yearOfRegistration";

  /** The default bound on rows held by the writer (about 200 bytes each). */
  public static final int DEFAULT_MAX_BUFFERED_ROWS = 1_000_000;

  /** The k of k-anonymity the writer enforces; an integer of at least 2. */
  public static final FormatOption<Integer> K = FormatOption.of("k", Integer.class);

  /**
   * The quasi-identifier columns of the 2024 layout, comma-separated; any of {@code
   * yearOfRegistration}, {@code gender}, {@code ageBroad}, {@code citizenship}, {@code
   * CountryOfExploitation}, {@code traffickMonths}.
   */
  public static final FormatOption<String> QUASI_IDENTIFIERS =
      FormatOption.of("quasi-identifiers", String.class);

  /**
   * The most rows the writer buffers before it must refuse more: k-anonymity needs every row's
   * equivalence class, so the writer holds the dataset in memory until {@code close()}.
   */
  public static final FormatOption<Integer> MAX_BUFFERED_ROWS =
      FormatOption.of("max-buffered-rows", Integer.class);

  private Ctdc() {}
}
