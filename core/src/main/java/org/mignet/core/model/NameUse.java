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

/** What a person's name is used for. */
public enum NameUse {
  /** The name the person uses and is known by. */
  PRIMARY,
  /** The name as written in an identity or travel document. */
  OFFICIAL,
  /** A name given at birth and since changed. */
  BIRTH,
  /** An alias, nickname or name used by perpetrators. */
  ALIAS,
  /** Any other use. */
  OTHER
}
