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
package org.mignet.formats;

import java.util.Locale;
import java.util.Objects;
import org.mignet.core.validation.Term;
import org.mignet.formats.internal.Words;

/**
 * A change made to a value on its way to the target, by a sharing policy or by the target's writer,
 * counted over a conversion. The action is a closed set with a stable English {@linkplain
 * Action#code() code}: the code is what the JSON report ({@code action}) and {@link #toString()}
 * show and what scripts may read; {@link #action(Locale)} and {@link #toString(Locale)} are for
 * people, in their language. Immutable and thread-safe.
 *
 * @param pointer the normalised path ({@code *} for list indices), e.g. <code>
 *     /victims/&#42;/person/birthDate</code>; empty for whole records
 * @param action what was done
 * @param count how many values
 */
public record Transformation(String pointer, Action action, long count) {

  /** Checks the parts. */
  public Transformation {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(action, "action");
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0");
    }
  }

  /**
   * Returns what was done, in that language.
   *
   * @param locale the language; not null (English where the language is not one of the six UN
   *     languages)
   */
  public String action(Locale locale) {
    return action.text(locale);
  }

  /**
   * Returns the change as a line of a conversion report, e.g. <code>
   * transformed: /victims/&#42;/person/names dropped
   * (2)</code>, in that language.
   *
   * @param locale the language; not null
   */
  public String toString(Locale locale) {
    return Words.TRANSFORMED_LINE.with(pointer, action.text(locale), count).text(locale);
  }

  /**
   * Returns the change as a line of a conversion report in English, with the action's stable code.
   */
  @Override
  public String toString() {
    return toString(Locale.ENGLISH);
  }

  /**
   * What a policy or a writer did to a value. The codes are public API: permanent, and never
   * reused.
   */
  public enum Action implements Term {
    /** The value was removed ({@code dropped}). */
    DROPPED("dropped"),
    /** The value was replaced by a keyed pseudonym ({@code pseudonymised}). */
    PSEUDONYMISED("pseudonymised"),
    /**
     * The value was made coarser, e.g. a date to its year or an age to a band ({@code
     * generalised}).
     */
    GENERALISED("generalised"),
    /**
     * The value (or, with an empty pointer, a whole row) was withheld by disclosure control ({@code
     * suppressed}).
     */
    SUPPRESSED("suppressed"),
    /** An HTCDS writer named a place after its parts. */
    HTCDS_PLACE_NAMED("named after its parts: an HTCDS location needs a name"),
    /** An HTCDS writer numbered a place whose name another place of the case has. */
    HTCDS_PLACE_NUMBERED("numbered: another place of the case has the same name"),
    /** An HTCDS writer put referrals in its incoming and outgoing columns. */
    HTCDS_REFERRALS_REORDERED(
        "reordered: HTCDS keeps incoming and outgoing referrals in their own columns"),
    /** An HTCDS writer named an organisation known only by its identifier after the identifier. */
    HTCDS_ORGANISATION_FROM_ID("taken from the organisation's id: HTCDS has its name only"),
    /** An HTCDS writer joined several values into its one field. */
    HTCDS_JOINED("joined with spaces: HTCDS has one field for them"),
    /**
     * An HTCDS writer wrote citizenships as alpha-2 codes, which a reader gives back as alpha-3.
     */
    HTCDS_CITIZENSHIPS_CONVERTED(
        "converted to ISO 3166 alpha-2 and read back as alpha-3; a code without an "
            + "alpha-2 is kept in an htcds: extension"),
    /** An HTCDS writer kept one contact of each kind. */
    HTCDS_CONTACTS_REDUCED(
        "dropped or reordered: HTCDS has one field each for an e-mail, a home phone and a "
            + "mobile phone"),
    /**
     * An MMP writer wrote a partial incident date where a reader takes it for the reported date's.
     */
    MMP_DATE_DROPPED(
        "dropped: a partial incident date goes to Year and Month, which a reader takes for the "
            + "reported date's when there is one"),
    /** An MMP writer joined several sources into its one column. */
    MMP_SOURCES_JOINED("joined into one: the MMP source column is free text"),
    /** An MMP writer wrote items with commas into a column a reader splits at commas. */
    MMP_SPLIT_AT_COMMAS(
        "split at its commas on reading: the MMP column separates items with commas"),
    /** An MMP writer wrote URLs with commas or spaces into a column a reader splits at them. */
    MMP_URLS_SPLIT(
        "split at its commas and spaces on reading: the MMP column separates URLs with them"),
    /** An SDMX-JSON writer wrote dimensions a reader gives back with TIME_PERIOD last. */
    SDMX_JSON_TIME_LAST("reordered: a reader puts TIME_PERIOD, the observation dimension, last"),
    /** An SDMX-ML writer wrote dimensions a reader gives back with TIME_PERIOD last. */
    SDMX_ML_TIME_LAST("reordered: a reader puts TIME_PERIOD, the dimension at observation, last"),
    /** An SDMX-ML 2.1 writer wrote a data set's Merge action as Append, which 2.1 names so. */
    SDMX_ML_MERGE_AS_APPEND("written as Append: SDMX-ML 2.1 names the incremental update so"),
    /**
     * An MRZ writer wrote a name or other text in capital Latin letters (ICAO Doc 9303 Part 3 §6).
     */
    MRZ_TRANSLITERATED(
        "transliterated to the MRZ alphabet (capital Latin letters, ICAO Doc 9303 Part 3 §6)"),
    /** An MRZ writer cut a name to the length of its field (ICAO Doc 9303 Part 3 §4.6). */
    MRZ_TRUNCATED("truncated to the length of the MRZ name field (ICAO Doc 9303 Part 3 §4.6)"),
    /** An MRZ writer joined middle names to the given names. */
    MRZ_JOINED("joined to the given names: an MRZ has one secondary identifier"),
    /**
     * An MRZ writer wrote a document whose type a reader does not derive from its document code.
     */
    MRZ_TYPE_FROM_CODE("read back from the document code: an MRZ has no document type"),
    /** An MRZ writer wrote a date whose two-digit year a reader puts in another century. */
    MRZ_CENTURY("written with a two-digit year, whose century a reader resolves otherwise"),
    /**
     * An MRZ writer wrote a name that is not the primary one, which a reader gives back as primary.
     */
    MRZ_NAME_USE("read back as the primary name: an MRZ does not say what a name is used for"),
    /**
     * Record metadata the record did not give was filled from the conversion's ({@code --meta}).
     */
    META_FILLED("filled: the record had none, the conversion gave it");

    private final String code;
    private final Words word;

    Action(String code) {
      this.code = code;
      this.word = Words.valueOf("ACTION_" + name());
    }

    /** Returns the stable English code, e.g. {@code dropped}. */
    public String code() {
      return code;
    }

    /**
     * Returns the action with that code.
     *
     * @param code a code as {@link #code()} gives it; not null
     * @throws IllegalArgumentException if no action has it
     */
    public static Action of(String code) {
      Objects.requireNonNull(code, "code");
      for (Action a : values()) {
        if (a.code.equals(code)) {
          return a;
        }
      }
      throw new IllegalArgumentException("no transformation action has the code '" + code + "'");
    }

    @Override
    public String text(Locale locale) {
      return word.text(locale);
    }

    /** Returns the code. */
    @Override
    public String toString() {
      return code;
    }
  }
}
