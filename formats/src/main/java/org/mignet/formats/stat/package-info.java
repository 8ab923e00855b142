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
 * Statistics from records: {@link org.mignet.formats.stat.Aggregation} and {@link
 * org.mignet.formats.stat.IncidentAggregation} count cases and incidents into SDMX datasets, and
 * {@link org.mignet.formats.stat.DisclosureControl} protects the small cells of the tables they
 * make.
 */
@NullMarked
package org.mignet.formats.stat;

import org.jspecify.annotations.NullMarked;
