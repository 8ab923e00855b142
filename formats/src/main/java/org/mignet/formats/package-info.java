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
 * mignet formats: the {@link org.mignet.formats.Format} contract, the registry of formats ({@link
 * org.mignet.formats.Formats}, found through {@link java.util.ServiceLoader}) and the one
 * conversion pipeline ({@link org.mignet.formats.Conversion}) every format runs in.
 *
 * <p>A format is a codec: a streaming {@link org.mignet.formats.RecordReader} and {@link
 * org.mignet.formats.RecordWriter}, the options each takes ({@link
 * org.mignet.formats.Format#readerOptions()}, {@link org.mignet.formats.Format#writerOptions()}),
 * the record types it carries and what it cannot carry of them ({@link
 * org.mignet.formats.Coverage}). It applies no policy, decides no rejection and renders no message.
 *
 * <p>A conversion reads, validates under a profile when asked, applies the sharing policy, writes
 * and accounts. It guarantees:
 *
 * <ul>
 *   <li>an option neither the source's reader nor the target's writer takes is refused with {@link
 *       org.mignet.formats.UnsupportedOptionException} before anything is read; formats from {@link
 *       org.mignet.formats.Formats} refuse undeclared options themselves too;
 *   <li>the sharing policy ({@link org.mignet.formats.privacy}) is applied from the model's
 *       personal-data marks to every record before the writer sees it and fails closed; a
 *       conversion never hands it to a format;
 *   <li>{@code read = written + rejected}: every record is written or rejected with at least one
 *       issue saying why; every populated path the target's {@link org.mignet.formats.Coverage}
 *       cannot carry is a {@link org.mignet.formats.Loss}, every change to personal data a {@link
 *       org.mignet.formats.Transformation} ({@link org.mignet.formats.ConversionReport});
 *   <li>{@link org.mignet.formats.Conversion#run(java.nio.file.Path, java.nio.file.Path)} refuses
 *       to write onto its input and writes through an {@link org.mignet.formats.OutputFile}, which
 *       replaces the target only when the run completes;
 *   <li>issues stay data ({@link org.mignet.core.validation.Issue}: rule, arguments, typed reason,
 *       location) until shown with {@link
 *       org.mignet.core.validation.Issue#message(java.util.Locale)}.
 * </ul>
 *
 * An input that cannot be read at all ends the run with a {@link org.mignet.formats.ReadException}.
 *
 * <p>The architecture is described in {@code docs/ARCHITECTURE.md} of the repository; what each
 * format carries is listed in {@code docs/formats.md}, generated from the formats.
 */
@NullMarked
package org.mignet.formats;

import org.jspecify.annotations.NullMarked;
