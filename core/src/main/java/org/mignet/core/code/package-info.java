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
 * Code lists as data: ISO 3166-1 countries with UN M49 regions ({@link
 * org.mignet.core.code.Countries}), ICAO Doc 9303 nationality codes ({@link
 * org.mignet.core.code.IcaoCodes}), ISO 639 languages, ISO 4217 currencies, the GCM objectives and
 * guiding principles, and the HTCDS v2.0 picklists ({@link org.mignet.core.code.HtcdsCodeLists}).
 * Every list is a {@link org.mignet.core.code.CodeList} with a version and source, found through
 * {@link org.mignet.core.code.CodeLists#standard()}, and resolves the aliases and names met in real
 * files to canonical codes, saying how ({@link org.mignet.core.code.Resolution}).
 *
 * <p>All types are immutable and thread-safe. {@code org.mignet.core.code.internal} is not public
 * API.
 */
@NullMarked
package org.mignet.core.code;

import org.jspecify.annotations.NullMarked;
