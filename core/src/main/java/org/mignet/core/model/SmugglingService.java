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

/** Services that smugglers provide to migrants. */
public enum SmugglingService {
  /** Transport. */
  TRANSPORT,
  /** Guidance across a border. */
  BORDER_CROSSING,
  /** Accommodation on the way. */
  ACCOMMODATION,
  /** Fraudulent or genuine documents. */
  DOCUMENTS,
  /** Food and water. */
  FOOD_AND_WATER,
  /** Information on routes. */
  INFORMATION,
  /** Enabling illegal stay (Smuggling Protocol, Art. 6(1)(c)). */
  ENABLING_STAY,
  /** Another service. */
  OTHER
}
