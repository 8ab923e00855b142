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
 * Tabular formats: CSV and XLSX tables read and written row by row ({@link
 * org.mignet.formats.tabular.TableReader}, {@link org.mignet.formats.tabular.TableWriter}), and
 * converted to and from the mignet model through a declarative mapping spec ({@link
 * org.mignet.formats.tabular.MappingSpec}). The row sources and the mapping machinery behind these
 * types are package-private here; {@code tabular.internal} holds only the registered formats, which
 * use this package and are not used by it.
 */
@NullMarked
package org.mignet.formats.tabular;

import org.jspecify.annotations.NullMarked;
