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
 * SDMX structural metadata and validation against it: {@link
 * org.mignet.formats.sdmx.SdmxStructures} reads SDMX-ML 2.1 structure messages, and the key
 * families and codelists of SDMX-ML 2.0 ones (dataflows, data structure definitions, codelists,
 * concept schemes, content constraints) into immutable records; {@link
 * org.mignet.formats.sdmx.StructureValidator} checks datasets against them (rules {@code
 * MG-SDMX-010}..{@code 015}); {@link org.mignet.formats.sdmx.SdmxOptions#STRUCTURE} makes the
 * {@code sdmx-csv}, {@code sdmx-json} and {@code sdmx-ml} readers check what they read.
 */
@NullMarked
package org.mignet.formats.sdmx;

import org.jspecify.annotations.NullMarked;
