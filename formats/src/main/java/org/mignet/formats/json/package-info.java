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
 * The canonical JSON of mignet: {@link org.mignet.formats.json.CanonicalJson} writes and reads
 * records as documents, bundles and NDJSON; {@link org.mignet.formats.json.MignetModule} is the
 * Jackson module of the model; {@link org.mignet.formats.json.JsonSchemas} gives the JSON Schemas
 * of the records; {@link org.mignet.formats.json.ReportJson} writes validation and conversion
 * reports as JSON.
 */
@NullMarked
package org.mignet.formats.json;

import org.jspecify.annotations.NullMarked;
