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

/** What a sharing policy does with a personal value when a writer writes it (DESIGN §6). */
public enum SharingAction {
  /** Write it unchanged. */
  KEEP,
  /** Replace it by a keyed HMAC-SHA-256 pseudonym, stable within one sharing agreement. */
  PSEUDONYMISE,
  /**
   * Write a coarser value: a date as its year, coordinates to one decimal; text that has no coarser
   * form is dropped.
   */
  GENERALISE,
  /** Leave it out. */
  DROP
}
