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
package org.mignet.formats.sdmx;

import java.nio.file.Path;
import org.mignet.formats.FormatOption;
import org.mignet.formats.ReadLimits;

/**
 * Options of the SDMX formats ({@code sdmx-csv}, {@code sdmx-json}, {@code sdmx-ml}).
 *
 * <p>With a structure, the readers check every observation as they read it ({@link
 * StructureValidator}, one session per reader, so duplicate keys are found across chunks). An
 * observation that breaks its structure (all of {@code MG-SDMX-010}..{@code 015} are errors) is
 * taken out of its dataset and reported as a {@code ReadResult.Failed} of its own, at its line
 * (CSV, XML) or JSON Pointer (JSON); the rest of the dataset is read as usual, so a conversion
 * counts each such observation as one rejected record. The structure message's own issues and
 * {@code MG-SDMX-017} (no structure for a dataflow) come as warnings on the next {@code Ok} result.
 * The SDMX-ML reader also takes from the structure which components of structure-specific and
 * compact data are dimensions and which attributes (the message does not say); without one it
 * reports each such component with the role it reads it in ({@code MG-SDMX-026}, {@code
 * MG-SDMX-027}).
 */
public final class SdmxOptions {

  /**
   * An SDMX-ML 2.1 (or 2.0) structure message (file) to validate the data against; CLI {@code
   * --structure}.
   */
  public static final FormatOption<Path> STRUCTURE = FormatOption.of("structure", Path.class);

  /**
   * Structures already read, to validate the data against (takes precedence over {@link
   * #STRUCTURE}).
   */
  public static final FormatOption<SdmxStructures> STRUCTURES =
      FormatOption.of("structures", SdmxStructures.class);

  /**
   * Read limits. The SDMX-JSON reader streams data sets that follow their structure and buffers the
   * rest (the structures, data sets that come before them, one series at a time), refusing a
   * buffered part larger than {@link ReadLimits#maxRecordBytes()} ({@code MG-READ-011}). Default
   * {@link ReadLimits#defaults()}.
   */
  public static final FormatOption<ReadLimits> LIMITS = FormatOption.of("limits", ReadLimits.class);

  private SdmxOptions() {}
}
