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
package org.mignet.formats.mrz.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.Term;
import org.mignet.formats.Coverage;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOption;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.internal.Words;
import org.mignet.formats.mrz.MrzOptions;
import org.mignet.formats.mrz.MrzRules;

/**
 * The {@code mrz} format: text files of ICAO Doc 9303 machine-readable zones (TD1, TD2, TD3, MRV-A,
 * MRV-B), one MRZ of 2 or 3 lines per record, MRZs separated by blank lines or one after another,
 * read into {@link org.mignet.core.model.TravelDocument}s and written from them or from {@link
 * org.mignet.core.model.Person}s with a travel document. Two-digit years are put in their century
 * against today (UTC) and the document's own dates. Registered as a service; immutable and
 * thread-safe.
 */
public final class MrzTextFormat implements Format {

  private final Clock clock;

  /** The format on the system clock (UTC). */
  public MrzTextFormat() {
    this(Clock.systemUTC());
  }

  MrzTextFormat(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return "mrz";
  }

  @Override
  public String mediaType() {
    return "text/plain";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("mrz", "txt");
  }

  @Override
  public Set<RecordType> carries() {
    return EnumSet.of(RecordType.TRAVEL_DOCUMENT, RecordType.PERSON);
  }

  @Override
  public Set<FormatOption<?>> readerOptions() {
    return Set.of(MrzOptions.OCR_TOLERANT);
  }

  @Override
  public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
    return new MrzReader(
        in, sourceName, options.isSet(MrzOptions.OCR_TOLERANT), LocalDate.now(clock));
  }

  @Override
  public RecordWriter writer(OutputStream out, FormatOptions options) {
    return new MrzWriter(out, LocalDate.now(clock));
  }

  @Override
  public List<RuleDefinition> rules() {
    return MrzRules.all();
  }

  @Override
  public Coverage coverage() {
    return new Coverage() {
      @Override
      public Optional<Term> lossReason(RecordType type, String path) {
        if (path.startsWith("/meta/") && !path.equals("/meta/schemaVersion")) {
          return Optional.of(Words.LOSS_MRZ_NO_METADATA);
        }
        if (type == RecordType.PERSON) {
          return personLoss(path);
        }
        if (path.equals("/holderName/fullName")
            || path.equals("/holderName/salutation")
            || path.equals("/holderName/script")) {
          return Optional.of(Words.LOSS_MRZ_NAME_PARTS);
        }
        return Optional.empty();
      }

      @Override
      public OptionalInt maxItems(RecordType type, String listPath) {
        // a person is written as the MRZ of one document, with one name and one nationality
        return type == RecordType.PERSON && PERSON_LISTS.contains(listPath)
            ? OptionalInt.of(1)
            : OptionalInt.empty();
      }
    };
  }

  private static final Set<String> PERSON_LISTS = Set.of("/names", "/citizenships", "/documents");

  /**
   * What a person loses in the MRZ of its first document: all but the name parts, sex, birth,
   * nationality.
   */
  private static Optional<Term> personLoss(String path) {
    if (path.equals("/names/*/fullName")
        || path.equals("/names/*/salutation")
        || path.equals("/names/*/script")) {
      return Optional.of(Words.LOSS_MRZ_NAME_PARTS);
    }
    if (path.startsWith("/names/")
        || path.equals("/sex")
        || path.equals("/birthDate")
        || path.startsWith("/citizenships")
        || path.equals("/meta/schemaVersion")
        || path.equals("/documents/*/type")
        || path.equals("/documents/*/issuingState")
        || path.equals("/documents/*/number")
        || path.equals("/documents/*/expiryDate")) {
      return Optional.empty();
    }
    return Optional.of(Words.LOSS_MRZ_PERSON_FIELD);
  }

  /**
   * {@inheritDoc} Two lines of 30, 36 or 44 MRZ characters of one length, after any blank lines;
   * blanks before and after a line's characters do not count.
   */
  @Override
  public boolean sniff(byte[] head) {
    String s = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
    if (s.startsWith("\u00EF\u00BB\u00BF")) {
      s = s.substring(3);
    }
    // line ends as the reader takes them: LF, CRLF, or a CR before a character that is not blank
    String[] lines = s.split("\r?\n|\r(?=[^\r\n \t])", -1);
    int i = 0;
    while (i < lines.length && lines[i].isBlank()) {
      i++;
    }
    if (i + 1 >= lines.length) {
      return false;
    }
    String a = lines[i].strip();
    String b = lines[i + 1].strip();
    int n = a.length();
    return (n == 30 || n == 36 || n == 44)
        && b.length() == n
        && a.matches("[A-Z][A-Z0-9<]+")
        && b.matches("[A-Z0-9<]+");
  }
}
