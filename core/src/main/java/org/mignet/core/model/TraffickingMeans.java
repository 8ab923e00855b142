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
 * The "means" element of trafficking in persons, the closed list of the Palermo Protocol, Art.
 * 3(a). Not required when the victim is a child (Art. 3(c)).
 */
public enum TraffickingMeans {
  /** Threat of force. */
  THREAT_OF_FORCE,
  /** Use of force. */
  USE_OF_FORCE,
  /** Other forms of coercion. */
  OTHER_COERCION,
  /** Abduction. */
  ABDUCTION,
  /** Fraud. */
  FRAUD,
  /** Deception. */
  DECEPTION,
  /** Abuse of power. */
  ABUSE_OF_POWER,
  /** Abuse of a position of vulnerability. */
  ABUSE_OF_VULNERABILITY,
  /**
   * Giving or receiving of payments or benefits to achieve the consent of a person having control
   * over another.
   */
  PAYMENTS_TO_CONTROLLER
}
