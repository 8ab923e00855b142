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
package org.mignet.formats.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.mignet.core.ParseException;
import org.mignet.core.validation.Issue;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadException;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.sdmx.SdmxStructures;

/** The body every fuzz target shares: read the bytes to the end and check what came out. */
final class FuzzedRead {

  /**
   * Results read at most per input: enough to reach every state of a reader, little enough to stay
   * fast.
   */
  static final int MAX_RESULTS = 1_000;

  private static final Locale[] LANGUAGES = {
    Locale.ENGLISH,
    Locale.FRENCH,
    Locale.forLanguageTag("ar"),
    Locale.CHINESE,
    Locale.forLanguageTag("ru"),
    Locale.forLanguageTag("es")
  };

  private FuzzedRead() {}

  static void check(String format, byte[] input) {
    check(format, input, FormatOptions.none());
  }

  /**
   * Reads {@code input} as {@code format}. A {@link ReadException} is the one exception a reader
   * may throw (input that cannot be read at all); anything else, an {@link Error} included, fails
   * the target: Jazzer reports it as a finding and keeps the input.
   */
  static void check(String format, byte[] input, FormatOptions options) {
    try (RecordReader reader =
        Formats.named(format).reader(new ByteArrayInputStream(input), "fuzz", options)) {
      int n = 0;
      while (n++ < MAX_RESULTS && reader.hasNext()) {
        ReadResult r = reader.next();
        assertThat(r).isNotNull();
        r.issues().forEach(FuzzedRead::renders);
      }
    } catch (ReadException e) {
      renders(e.issue());
    }
  }

  /**
   * Returns {@code input} if its first byte other than white space or a UTF-8 byte order mark opens
   * a JSON array, else {@code input} after a {@code [}: bytes the MMP reader takes for its JSON
   * (API) layout.
   */
  static byte[] asJsonArray(byte[] input) {
    for (byte b : input) {
      if (b == '[') {
        return input;
      }
      if (b != ' '
          && b != '\n'
          && b != '\r'
          && b != '\t'
          && b != (byte) 0xEF
          && b != (byte) 0xBB
          && b != (byte) 0xBF) {
        break;
      }
    }
    byte[] out = new byte[input.length + 1];
    out[0] = '[';
    System.arraycopy(input, 0, out, 1, input.length);
    return out;
  }

  static void checkStructure(byte[] input) {
    try (InputStream in = new ByteArrayInputStream(input)) {
      SdmxStructures s = SdmxStructures.read(in, "fuzz");
      assertThat(s).isNotNull();
    } catch (ParseException e) {
      assertThat(e.ruleId().value()).startsWith("MG-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void renders(Issue issue) {
    assertThat(issue.ruleId().value()).matches("MG-[A-Z]+-\\d{3}");
    for (Locale l : LANGUAGES) {
      assertThat(issue.message(l)).isNotBlank();
    }
  }

  private static final java.util.Map<String, FormatOptions> SPECS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * @return options naming a bundled mapping spec, copied to a file once per run (the fuzzer calls
   *     a target thousands of times a second; copying the spec on each call made I/O the bulk of
   *     the target)
   */
  static FormatOptions withSpec(String bundled) {
    return SPECS.computeIfAbsent(bundled, FuzzedRead::copySpec);
  }

  private static FormatOptions copySpec(String bundled) {
    try (InputStream in =
        FuzzedRead.class.getResourceAsStream("/org/mignet/formats/tabular/mappings/" + bundled)) {
      Path spec = Files.createTempFile("mignet-fuzz-spec", ".json");
      spec.toFile().deleteOnExit();
      Files.write(spec, in.readAllBytes());
      return FormatOptions.none().with(FormatOptions.MAPPING, spec);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
