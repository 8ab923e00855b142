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
package org.mignet.core.privacy;

/**
 * How a model component relates to a person, following the IOM Data Protection Principles and the
 * IASC Operational Guidance on Data Responsibility. Sharing policies, redaction and the masking of
 * messages work from these categories.
 */
public enum PersonalDataCategory {
  /**
   * Identifies a person on its own: a name, a document number, a phone number, an exact address.
   */
  DIRECT_IDENTIFIER,
  /**
   * Identifies a person in combination with others: birth date, sex, citizenship, place of origin.
   */
  QUASI_IDENTIFIER,
  /**
   * Special-category or victim-of-crime data whose disclosure can harm the person: trafficking
   * status, methods of control, exploitation, places and dates of exploitation, health, gender
   * identity.
   */
  SENSITIVE
}
