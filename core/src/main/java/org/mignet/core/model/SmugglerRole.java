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

/** Roles in a migrant-smuggling operation, after UNODC's typology of smuggling networks. */
public enum SmugglerRole {
  /** Organises or finances the operation. */
  ORGANISER,
  /** Finds and recruits migrants. */
  RECRUITER,
  /** Guides migrants across a border on foot. */
  GUIDE,
  /** Drives a vehicle. */
  DRIVER,
  /** Steers a boat. */
  BOAT_PILOT,
  /** Provides accommodation or hides migrants on the way. */
  HOUSING_PROVIDER,
  /** Produces or provides fraudulent documents (Smuggling Protocol, Art. 6(1)(b)). */
  DOCUMENT_FORGER,
  /** Collects or transfers payments (hawala or other). */
  MONEY_HANDLER,
  /** A corrupt official who facilitates crossing. */
  CORRUPT_OFFICIAL,
  /** Another role. */
  OTHER
}
