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
 * mignet core: the migration-governance data model, its code lists, validation rules and privacy
 * marks.
 *
 * <p>This module has no I/O formats and no Jackson dependency; formats live in {@code
 * mignet-formats}.
 *
 * <h2>Method names</h2>
 *
 * <p>As in {@code java.time}, one vocabulary of method names runs through mignet's API (core and
 * formats), so that a name says what a method does before its javadoc is read:
 *
 * <table class="striped">
 * <caption>Method name prefixes</caption>
 * <thead><tr><th>name</th><th>kind</th><th>what it does</th><th>example</th></tr></thead>
 * <tbody>
 * <tr><td>{@code of}</td><td>static factory</td><td>makes a value from its parts, checking
 *   them; throws {@code IllegalArgumentException} or {@code NullPointerException} on bad parts
 *   </td><td>{@code AgeRange.of(9, 17)}, {@code RecordMeta.of("case", "p1")}</td></tr>
 * <tr><td>{@code parse}</td><td>static factory</td><td>reads a value from text, the inverse of
 *   its {@code toString()}; throws {@code IllegalArgumentException} (or {@code
 *   DateTimeParseException}) naming what was expected</td><td>{@code PartialDate.parse("1990-05")},
 *   {@code AgeRange.parse("9-17")}</td></tr>
 * <tr><td>{@code from}</td><td>static factory</td><td>makes a value from another type that holds
 *   the same information, or starts a job from its source</td><td>{@code
 *   PartialDate.from(LocalDate)}, {@code Conversion.from(format)}</td></tr>
 * <tr><td>{@code read}</td><td>static factory</td><td>reads a value from a stream, a file or a
 *   resource; throws {@link org.mignet.core.ParseException} (with a rule id and a location) when
 *   the input cannot be read</td><td>{@code SharingPolicy.read(path)}, {@code
 *   MappingSpec.read(path)}</td></tr>
 * <tr><td>{@code builder}, {@code toBuilder}</td><td>static factory, instance</td><td>a mutable,
 *   not thread-safe builder of a big record, and one holding a record's values; {@code build()}
 *   applies the canonical constructor's checks</td><td>{@code Policy.builder(meta)}, {@code
 *   person.toBuilder()}</td></tr>
 * <tr><td>{@code standard}</td><td>static factory</td><td>the shared, thread-safe instance with
 *   mignet's defaults, where others can be configured</td><td>{@code Validation.standard()},
 *   {@code CodeLists.standard()}</td></tr>
 * <tr><td>{@code instance}</td><td>static factory</td><td>the one instance of a fixed reference
 *   table, loaded once</td><td>{@code Countries.instance()}</td></tr>
 * <tr><td>{@code with}</td><td>instance</td><td>returns a copy with one part changed; the original
 *   is unchanged (every model type is immutable)</td><td>{@code place.withCountry("LBY")}, {@code
 *   issue.withSeverity(Severity.WARNING)}</td></tr>
 * <tr><td>{@code to}</td><td>instance</td><td>converts to another type or form</td><td>{@code
 *   report.toText()}, {@code partialDate.toString()}</td></tr>
 * <tr><td>{@code is}, {@code has}</td><td>instance</td><td>a boolean property</td><td>{@code
 *   report.isValid()}, {@code ageRange.isChild()}</td></tr>
 * <tr><td>(component name)</td><td>instance</td><td>a record's accessor, without {@code get}
 *   </td><td>{@code person.birthDate()}</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Absent values are {@link java.util.Optional} (or an empty collection), never {@code null}:
 * every API package is {@code @NullMarked}, and a parameter that takes {@code null} says so with
 * {@code @Nullable}. Types of {@code internal} packages never appear in a public signature.
 */
@NullMarked
package org.mignet.core;

import org.jspecify.annotations.NullMarked;
