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
package org.mignet.formats.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Format;
import org.mignet.formats.RecordOutcome;
import org.mignet.formats.tabular.Mapping;
import org.mignet.formats.tabular.MappingSpec;

/**
 * Validates a whole file the way a receiving agency would: read (through a mapping spec for a
 * partner's table, or in a mignet format), then each record against a rule profile. Thread-safe;
 * each call streams the file once.
 */
public final class MignetFiles {

  /** At most this many issues are kept per report. */
  public static final int MAX_ISSUES = 10_000;

  private MignetFiles() {}

  /**
   * Returns what was found.
   *
   * @param file a CSV, XLSX or JSON table; not null
   * @param spec the mapping spec that converts it; not null
   * @param profile a rule profile of {@link Validation#standard()}, e.g. {@link Profile#STRUCTURAL}
   *     or {@link Profile#EXCHANGE}
   * @throws UncheckedIOException if the file cannot be opened
   */
  public static FileReport validate(Path file, MappingSpec spec, Profile profile) {
    Objects.requireNonNull(spec, "spec");
    return run(file, profile, Mapping.format(spec));
  }

  /**
   * Returns what was found.
   *
   * @param file a file in a mignet format; not null
   * @param format its format, e.g. {@code Formats.named("ndjson")}; not null
   * @param profile a rule profile of {@link Validation#standard()}
   */
  public static FileReport validate(Path file, Format format, Profile profile) {
    Objects.requireNonNull(format, "format");
    return run(file, profile, format);
  }

  private static String name(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }

  /** Checks the file through the same pipeline as {@code mignet validate} and every conversion. */
  private static FileReport run(Path file, Profile profile, Format format) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(profile, "profile");
    Conversion check =
        Conversion.from(format).validating(Validation.standard(), profile).maxIssues(MAX_ISSUES);
    ConversionReport report;
    try (InputStream in = Files.newInputStream(file)) {
      report =
          check.check(
              new java.io.BufferedInputStream(in), name(file), RecordOutcome.Listener.none());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FileReport(name(file), report.read(), report.written(), report.issues());
  }
}
