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

import static org.mignet.core.model.internal.Checks.text;

import jakarta.validation.constraints.Pattern;

/**
 * A programme marker and its score, such as the UN gender equality marker ({@code GEM}, scores 0–3)
 * or the Migration MPTF human-rights marker.
 *
 * @param name the marker's name, e.g. {@code gender}, {@code human-rights}, {@code
 *     child-sensitivity}
 * @param score the score as the marker defines it, e.g. {@code 2}, {@code 2a}
 */
public record Marker(
    String name, @Pattern(regexp = "[0-9][a-z]?", message = "{MG-PROG-004}") String score) {

  /** Checks both parts. */
  public Marker {
    text(name, "marker.name");
    text(score, "marker.score");
  }
}
