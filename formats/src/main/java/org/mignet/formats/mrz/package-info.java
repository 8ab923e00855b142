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
 * ICAO Doc 9303 machine-readable zones: {@link org.mignet.formats.mrz.Mrz} parses, checks and makes
 * the MRZs of TD1, TD2 and TD3 documents and of MRV-A and MRV-B visas, strictly or correcting OCR
 * confusions that check digits confirm; {@link org.mignet.formats.mrz.MrzRules} lists the
 * read-level rules ({@code MG-MRZ-…}) and {@link org.mignet.formats.mrz.MrzOptions} the options of
 * the {@code mrz} format, which reads and writes text files of MRZs as {@link
 * org.mignet.core.model.TravelDocument}s through the pipeline ({@code Formats.named("mrz")}).
 */
@NullMarked
package org.mignet.formats.mrz;

import org.jspecify.annotations.NullMarked;
