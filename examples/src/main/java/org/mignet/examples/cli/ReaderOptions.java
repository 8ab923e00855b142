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
package org.mignet.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.MetaDefaults;
import org.mignet.formats.hxl.HxlDatasets;
import org.mignet.formats.mrz.MrzOptions;
import org.mignet.formats.sdmx.SdmxOptions;
import picocli.CommandLine.Option;

/**
 * The input options that {@code convert} and {@code validate} share (a picocli mixin), declared
 * once so that the two commands cannot drift apart: the SDMX structure, the HXL schema, OCR
 * tolerance for MRZ files and record metadata defaults. Each maps to a typed format option or to
 * the pipeline's {@link MetaDefaults}.
 */
final class ReaderOptions {

  @Option(
      names = "--structure",
      paramLabel = "STRUCTURE.xml",
      description =
          "SDMX-ML structure message (2.1, or 2.0 key families) that SDMX input is read and validated "
              + "against: component roles come from it, observations that break it are rejected.")
  Path structure;

  @Option(
      names = "--hxl-schema",
      paramLabel = "SCHEMA",
      description =
          "HXL schema (a table of #valid_* rules, as libhxl's hxlvalidate reads) to check HXL input "
              + "against; a schema with a rule mignet does not apply is refused.")
  Path hxlSchema;

  @Option(
      names = "--ocr-tolerant",
      description =
          "For MRZ files: correct OCR confusions (O/0, I/1, B/8, S/5, Z/2, G/6, </K) where the field type "
              + "and a check digit confirm them, and report each correction by line and column.")
  boolean ocrTolerant;

  @Option(
      names = "--meta",
      paramLabel = "NAME=VALUE,...",
      description =
          "Record metadata for records that have none: sourceOrganization=…, created=YYYY-MM-DD "
              + "(or an ISO 8601 instant), legalBasis=…, separated by commas; never replaces a value a record has. "
              + "The exchange profile requires sourceOrganization and created.")
  String meta;

  /**
   * @return the files these options name (null where not given), for the checks against overwriting
   *     them
   */
  Path[] files() {
    return new Path[] {structure, hxlSchema};
  }

  /**
   * @throws CliException if a file these options name cannot be read
   */
  void checkReadable() {
    for (Path file : files()) {
      if (file != null && !Files.isRegularFile(file)) {
        throw new CliException("cannot read " + file + ": no such file");
      }
    }
  }

  /**
   * @return {@code options} with the format options these name added
   */
  FormatOptions addTo(FormatOptions options) {
    return options
        .with(SdmxOptions.STRUCTURE, structure)
        .with(HxlDatasets.SCHEMA, hxlSchema)
        .with(MrzOptions.OCR_TOLERANT, ocrTolerant ? true : null);
  }

  /**
   * @return the record metadata defaults of {@code --meta} (none when not given)
   */
  MetaDefaults metaDefaults() {
    return MetaOption.parse(meta);
  }
}
