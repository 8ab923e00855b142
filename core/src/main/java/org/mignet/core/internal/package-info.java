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
/**
 * The record metamodel: for each record class of the model, its components with their JSON names,
 * element types, constraints and personal-data marks, computed once per class and cached ({@link
 * org.mignet.core.internal.RecordModel}). Validation, canonical JSON binding, loss accounting,
 * redaction, {@code toString()}, sharing policies and schema generation read it; no other
 * reflective walker of the model exists. JSON Pointer syntax ({@link
 * org.mignet.core.internal.Pointers}) and the cutting of echoed values ({@link
 * org.mignet.core.internal.Values}) live here once.
 *
 * <p>Not part of the public API: used by mignet's core and formats modules only (the formats module
 * is the one allowed reader outside core, see the architecture tests).
 */
package org.mignet.core.internal;
