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
package org.mignet.formats.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.mignet.core.validation.Term;

/**
 * The words the formats pass as message arguments ("a string", "an empty file", "the CTDC age
 * bands"…), one vocabulary for every format family, each in the six UN languages. An issue keeps
 * the constant and renders it in the message's language, so a French message never shows an English
 * word. The texts are {@link MessageFormat} patterns read once from {@code
 * org/mignet/formats/words_<lang>.properties} (UTF-8); a word that takes values is used through
 * {@link #with(Object...)}. Data (column names, codes, counts, format names) stays as it is and is
 * never a word. Immutable and thread-safe.
 */
public enum Words implements Term {
  /** a record document object */
  A_RECORD_DOCUMENT_OBJECT,
  /** an empty input */
  AN_EMPTY_INPUT,
  /** another JSON value */
  ANOTHER_JSON_VALUE,
  /** the end of the document */
  THE_END_OF_THE_DOCUMENT,
  /** more content */
  MORE_CONTENT,
  /** a string */
  A_STRING,
  /** an integer */
  AN_INTEGER,
  /** true or false */
  TRUE_OR_FALSE,
  /** a number */
  A_NUMBER,
  /** a number whose exponent a decimal can hold */
  A_NUMBER_IN_DECIMAL_RANGE,
  /** a partial date string */
  A_PARTIAL_DATE_STRING,
  /** a partial date yyyy, yyyy-MM or yyyy-MM-dd */
  A_PARTIAL_DATE,
  /** a date-time string */
  A_DATE_TIME_STRING,
  /** an ISO 8601 instant such as 2024-05-17T08:30:00Z */
  AN_INSTANT,
  /** a GCM objective number 1 to 23 */
  A_GCM_OBJECTIVE,
  /** a GCM guiding principle letter a to j */
  A_GCM_PRINCIPLE,
  /** {@code one of {0}} */
  ONE_OF,
  /** an array */
  AN_ARRAY,
  /** a value */
  A_VALUE,
  /** an object */
  AN_OBJECT,
  /** the end of the input */
  THE_END_OF_THE_INPUT,
  /** a decimal number */
  A_DECIMAL_NUMBER,
  /** a boolean */
  A_BOOLEAN,
  /** null */
  NULL,
  /** record size */
  RECORD_SIZE,
  /** nesting depth */
  NESTING_DEPTH,
  /** number length */
  NUMBER_LENGTH,
  /** string length */
  STRING_LENGTH,
  /** expansion ratio of a compressed part (zip bomb guard) */
  COMPRESSION_RATIO,
  /** expanded size of a compressed part */
  EXPANDED_SIZE,
  /** entries of a workbook's shared-strings table */
  SHARED_STRINGS,
  /** a zip entry compressed by a method XLSX does not use */
  UNSUPPORTED_COMPRESSION,
  /** XML element nesting depth */
  XML_NESTING_DEPTH,
  /** characters of text in one XML element */
  XML_TEXT_LENGTH,
  /** stream constraint */
  STREAM_CONSTRAINT,
  /** bytes of a document read whole (JSON-stat) */
  DOCUMENT_SIZE,
  /** a bundle object */
  A_BUNDLE_OBJECT,
  /** a record document, a bundle or NDJSON */
  A_RECORD_SOURCE,
  /** the bundle */
  THE_BUNDLE,
  /** the end of the bundle */
  THE_END_OF_THE_BUNDLE,
  /** records per source */
  RECORDS_PER_SOURCE,
  /** {@code {0} message size in bytes} */
  MESSAGE_SIZE,
  /** not well-formed JSON */
  NOT_WELL_FORMED_JSON,
  /** broken sheet XML */
  BROKEN_SHEET_XML,
  /** {@code its cells are kept in meta.extensions as {0}} */
  CELLS_KEPT,
  /** its cells are dropped (lenient keeps them in meta.extensions) */
  CELLS_DROPPED,
  /** its cells are dropped (a dataset spec: map it, or name it in ignoreColumns) */
  CELLS_DROPPED_DATASET,
  /** its cells are not read (a canonical table names each column by a JSON Pointer) */
  CELLS_NOT_CANONICAL,
  /** a Strict Open XML workbook, which is not read: save it as an Excel Workbook */
  STRICT_OOXML,
  /** {@code grouping '{0}', decimal '{1}'} */
  NUMBER_SEPARATORS,
  /** {@code a whole number, grouping '{0}', decimal '{1}'} */
  WHOLE_NUMBER_SEPARATORS,
  /** the JSON input has no array of records at the spec's pointer */
  NO_RECORDS_ARRAY,
  /** {@code the JSON input has no array of records at the spec's pointer ({0})} */
  NO_RECORDS_ARRAY_BECAUSE,
  /** no such file and no bundled spec of that name */
  NO_SUCH_SPEC,
  /** syntax error */
  SYNTAX_ERROR,
  /** {@code the pattern {0}} */
  THE_PATTERN,
  /** {@code {0} values separated by "{1}"} */
  VALUES_SEPARATED_BY,
  /** (the whole record) */
  THE_WHOLE_RECORD,
  /** the header has no OBS_VALUE column */
  NO_OBS_VALUE_COLUMN,
  /** no Structure root element */
  NO_STRUCTURE_ROOT,
  /** no data.dataSets array */
  NO_DATASETS_ARRAY,
  /** expected a dataset with id, size, dimension and value */
  NOT_A_JSON_STAT_DATASET,
  /** {@code {0} without id or agencyID} */
  ARTEFACT_WITHOUT_ID,
  /** {@code {0} without id in {1}} */
  ITEM_WITHOUT_ID,
  /** {@code code {0} twice in {1}} */
  CODE_TWICE,
  /** A second name in one language for an artefact: {0} language, {1} reference. */
  NAME_TWICE,
  /** A second name in one language for an item: {0} language, {1} kind, {2} id, {3} reference. */
  ITEM_NAME_TWICE,
  /** A concept given twice: {0} id, {1} reference. */
  CONCEPT_TWICE,
  /** {@code dimension {0} of {1} has no valid position} */
  DIMENSION_WITHOUT_POSITION,
  /** a header row of CTDC variable names */
  A_CTDC_HEADER,
  /** an empty file */
  AN_EMPTY_FILE,
  /** no CTDC variable in the header */
  NO_CTDC_VARIABLE,
  /**
   * {@code a header row of CTDC variables: at least one of CTDC's own names (such as {0}), and CTDC
   * variables in at least half of the named columns}
   */
  CTDC_HEADER_EXPECTED,
  /** {@code {0} CTDC variables among {1} named columns ({2})} */
  TOO_FEW_CTDC_VARIABLES,
  /** a year (four digits) */
  A_YEAR,
  /** the CTDC gender labels */
  CTDC_GENDER_LABELS,
  /** the CTDC age bands */
  CTDC_AGE_BANDS,
  /** a band wider than CTDC's */
  A_WIDER_BAND,
  /** {@code UN M49 region {0} {1}} */
  M49_REGION,
  /** ISO 3166-1 alpha-2 or alpha-3 */
  ISO_COUNTRY_CODES,
  /** a flag (1, 0, -99 or empty) */
  A_FLAG,
  /** expected a JSON array of incident objects */
  NOT_AN_INCIDENT_ARRAY,
  /** expected an incident object in the array */
  NOT_AN_INCIDENT_OBJECT,
  /** the file is empty */
  THE_FILE_IS_EMPTY,
  /**
   * no "Incident ID"/"Web ID" column, or no date column ("Incident Date", "Reported Date", "Year")
   */
  NO_MMP_COLUMNS,
  /** a header row of HTCDS field names */
  A_HTCDS_HEADER,
  /** no HTCDS field name in row 1 */
  NO_HTCDS_FIELD,
  /** {@code read as {0} from its label in row 2} */
  READ_FROM_LABEL,
  /** its values are kept in meta.extensions */
  VALUES_KEPT,
  /** not well-formed XML (or a DTD, which is refused) */
  NOT_WELL_FORMED_XML,
  /** alias */
  ALIAS,
  /** a whole number */
  A_WHOLE_NUMBER,
  /** none shown (personal data) */
  SUGGESTIONS_WITHHELD,
  /**
   * The summary line of a conversion report: records read, written and rejected, fields lost,
   * transformations.
   */
  CONVERSION_SUMMARY,
  /**
   * What follows the summary line when datasets were read: observations read, written and rejected.
   */
  OBSERVATION_SUMMARY,
  /**
   * What follows the summary line of a check when datasets were read: observations, valid and not.
   */
  OBSERVATION_CHECK_SUMMARY,
  /** the spec is a JSON object */
  SPEC_NOT_AN_OBJECT,
  /** {@code unknown member "{0}"} */
  SPEC_UNKNOWN_MEMBER,
  /** "mappingSpec": "1.0" is required */
  SPEC_VERSION_REQUIRED,
  /** {@code recordType "{0}" is no record type} */
  SPEC_NO_RECORD_TYPE,
  /** {@code ignoreColumns: "{0}" starts with # but is no HXL tag pattern (#hashtag+attribute…)} */
  SPEC_BAD_IGNORE_PATTERN,
  /** sensitivity is PUBLIC, RESTRICTED, CONFIDENTIAL or STRICTLY_CONFIDENTIAL */
  SPEC_SENSITIVITY,
  /** recordMeta is an object of sourceOrganization, created and legalBasis */
  SPEC_RECORD_META,
  /** source.delimiter is one character */
  SPEC_DELIMITER,
  /** wide, dataflow, otherColumns and missingStatus are for Dataset specs, not recordType specs */
  SPEC_DATASET_ONLY,
  /** {@code constant "{0}" is no path of {1}} */
  SPEC_CONSTANT_NOT_A_PATH,
  /** one column maps to /value, or "wide" names the value columns */
  SPEC_NO_VALUE_COLUMN,
  /** a hashtag is like #affected+idps */
  SPEC_HASHTAG,
  /** each column names exactly one of column, hashtag, pointer or index */
  SPEC_ONE_SOURCE,
  /** codeList is iso3166 or the id of a standard code list */
  SPEC_CODE_LIST,
  /** {@code bad date format {0}} */
  SPEC_BAD_DATE_FORMAT,
  /** "to" (a JSON Pointer or a list of them) is required */
  SPEC_TO_REQUIRED,
  /** "to" names at least one JSON Pointer */
  SPEC_TO_EMPTY,
  /** split is a non-empty separator */
  SPEC_SPLIT_EMPTY,
  /** a column has split or pattern, not both */
  SPEC_SPLIT_AND_PATTERN,
  /** pattern has a group for each pointer of "to" */
  SPEC_PATTERN_GROUPS,
  /** several pointers in "to" need split or pattern */
  SPEC_SEVERAL_POINTERS,
  /** {@code "{0}" is no path of {1}} */
  SPEC_NOT_A_PATH,
  /** {@code "{0}" names an array (give split to fill it, or an item such as {0}/0)} */
  SPEC_NAMES_AN_ARRAY,
  /** {@code "{0}" names an object; name one of its members} */
  SPEC_NAMES_AN_OBJECT,
  /** type is text, number, integer, boolean, date or instant */
  SPEC_TYPE,
  /** {@code "{0}" in set is no path of {1}} */
  SPEC_SET_NOT_A_PATH,
  /**
   * {@code "{0}" is no observation path (/dimensions/ID, /attributes/ID, /value, /unit, /status,
   * /confidentiality)}
   */
  SPEC_NOT_AN_OBSERVATION_PATH,
  /** wide.columns is FROM:TO, e.g. F:M or 6:13 */
  SPEC_WIDE_COLUMNS,
  /** a column is a letter (F) or a 1-based number */
  SPEC_COLUMN_REFERENCE,
  /** bad regular expression */
  SPEC_BAD_REGEX,
  /** {@code "{0}" (text) is required} */
  SPEC_TEXT_REQUIRED,
  /**
   * source.expect maps cells of the header row (F) or of rows above it (F8) to the text expected
   * there
   */
  SPEC_EXPECT,
  /** "at" checks the position of a column found by its header text ("column") */
  SPEC_AT_NEEDS_COLUMN,
  /** {@code valuesFrom names a value table shipped with mignet: {0}} */
  SPEC_VALUES_FROM,
  /** a wide block has either columns, dimension and headers, or named */
  SPEC_WIDE_NAMED,
  /** a wide block's optional lists some, not all, of its named columns */
  SPEC_WIDE_OPTIONAL,
  /** {@code {0} carries trafficking cases only} */
  LOSS_CASES_ONLY,
  /** CTDC rows carry no identifier; records cannot be linked back */
  LOSS_CTDC_NO_IDENTIFIER,
  /** CTDC has no record metadata beyond the year of registration */
  LOSS_CTDC_NO_METADATA,
  /** CTDC publishes no direct identifiers (removed before pooling, CB6) */
  LOSS_CTDC_NO_DIRECT_IDENTIFIERS,
  /** CTDC records gender, not sex */
  LOSS_CTDC_GENDER_NOT_SEX,
  /** CTDC keeps only the country of exploitation */
  LOSS_CTDC_COUNTRY_OF_EXPLOITATION_ONLY,
  /** CTDC has no place of recruitment */
  LOSS_CTDC_NO_RECRUITMENT_PLACE,
  /** CTDC has no events: no places or dates beyond the year of registration */
  LOSS_CTDC_NO_EVENTS,
  /** CTDC has no referrals */
  LOSS_CTDC_NO_REFERRALS,
  /** CTDC has no support plans */
  LOSS_CTDC_NO_SUPPORT_PLANS,
  /** CTDC publishes no free text */
  LOSS_CTDC_NO_FREE_TEXT,
  /** CTDC has no consents */
  LOSS_CTDC_NO_CONSENTS,
  /** CTDC 2024 has no perpetrators (only the recruiter relation) */
  LOSS_CTDC_NO_PERPETRATORS,
  /** CTDC has no Palermo elements beyond exploitation types and means of control */
  LOSS_CTDC_NO_PALERMO,
  /** CTDC has no case status */
  LOSS_CTDC_NO_STATUS,
  /** CTDC has no case owner */
  LOSS_CTDC_NO_CASE_OWNER,
  /** {@code the CTDC 2024 layout has no variable {0}} */
  LOSS_CTDC_NO_SUCH_VARIABLE,
  /** the CTDC 2024 layout has no column for an agency's own fields */
  LOSS_CTDC_NO_AGENCY_COLUMN,
  /** the CTDC 2024 layout has no variable for it */
  LOSS_CTDC_NO_VARIABLE,
  /** {@code {0} writes only HTCDS v2.0 fields; agency fields have no column} */
  LOSS_HTCDS_NO_AGENCY_COLUMN,
  /** HTCDS v2.0 has no field for it */
  LOSS_HTCDS_NO_FIELD,
  /** HTCDS v2.0 has no field for it in the HTCDS CORE 2.0 survey */
  LOSS_HTCDS_NO_SURVEY_FIELD,
  /** the MMP layout has only a location description, a country and "lat, lon" */
  LOSS_MMP_PLACE,
  /** the MMP layout has no column for record metadata other than the incident id */
  LOSS_MMP_NO_METADATA,
  /** dataset-level attributes are written on each observation */
  LOSS_SDMX_ATTRIBUTES,
  /** an SDMX data message has no place for record metadata */
  LOSS_SDMX_NO_METADATA,
  /** this SDMX data message has no dataset name */
  LOSS_SDMX_NO_TITLE,
  /** an MRZ has no place for record metadata */
  LOSS_MRZ_NO_METADATA,
  /** an MRZ holds a name as its primary and secondary identifiers only */
  LOSS_MRZ_NAME_PARTS,
  /** an MRZ holds only the holder's name, sex, date of birth and nationality, and one document */
  LOSS_MRZ_PERSON_FIELD,
  /** {@code {0} carries only the first {1} item(s) of {2}; the rest were not written} */
  LOSS_ONLY_FIRST_ITEMS,
  /** dropped */
  ACTION_DROPPED,
  /** pseudonymised */
  ACTION_PSEUDONYMISED,
  /** generalised */
  ACTION_GENERALISED,
  /** suppressed */
  ACTION_SUPPRESSED,
  /** named after its parts: an HTCDS location needs a name */
  ACTION_HTCDS_PLACE_NAMED,
  /** numbered: another place of the case has the same name */
  ACTION_HTCDS_PLACE_NUMBERED,
  /** reordered: HTCDS keeps incoming and outgoing referrals in their own columns */
  ACTION_HTCDS_REFERRALS_REORDERED,
  /** taken from the organisation's id: HTCDS has its name only */
  ACTION_HTCDS_ORGANISATION_FROM_ID,
  /** joined with spaces: HTCDS has one field for them */
  ACTION_HTCDS_JOINED,
  /**
   * converted to ISO 3166 alpha-2 and read back as alpha-3; a code without an alpha-2 is kept in an
   * htcds: extension
   */
  ACTION_HTCDS_CITIZENSHIPS_CONVERTED,
  /**
   * dropped or reordered: HTCDS has one field each for an e-mail, a home phone and a mobile phone
   */
  ACTION_HTCDS_CONTACTS_REDUCED,
  /**
   * dropped: a partial incident date goes to Year and Month, which a reader takes for the reported
   * date's when there is one
   */
  ACTION_MMP_DATE_DROPPED,
  /** joined into one: the MMP source column is free text */
  ACTION_MMP_SOURCES_JOINED,
  /** split at its commas on reading: the MMP column separates items with commas */
  ACTION_MMP_SPLIT_AT_COMMAS,
  /** split at its commas and spaces on reading: the MMP column separates URLs with them */
  ACTION_MMP_URLS_SPLIT,
  /** reordered: a reader puts TIME_PERIOD, the observation dimension, last */
  ACTION_SDMX_JSON_TIME_LAST,
  /** reordered: a reader puts TIME_PERIOD, the dimension at observation, last */
  ACTION_SDMX_ML_TIME_LAST,
  /** written as Append: SDMX-ML 2.1 names the incremental update so */
  ACTION_SDMX_ML_MERGE_AS_APPEND,
  /** transliterated to the MRZ alphabet */
  ACTION_MRZ_TRANSLITERATED,
  /** truncated to the length of the MRZ name field */
  ACTION_MRZ_TRUNCATED,
  /** joined to the given names: an MRZ has one secondary identifier */
  ACTION_MRZ_JOINED,
  /** read back from the document code: an MRZ has no document type */
  ACTION_MRZ_TYPE_FROM_CODE,
  /** written with a two-digit year, whose century a reader resolves otherwise */
  ACTION_MRZ_CENTURY,
  /** read back as the primary name: an MRZ does not say what a name is used for */
  ACTION_MRZ_NAME_USE,
  /** filled from the conversion's record metadata: the record did not give it */
  ACTION_META_FILLED,
  /** {@code lost: {0} ({1}): {2}} */
  LOST_LINE,
  /** {@code transformed: {0} {1} ({2})} */
  TRANSFORMED_LINE;

  /** The languages of the bundles, as ISO 639-1 codes; English is the fallback. */
  public static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

  /**
   * Returns the word's pattern in that language, as written in the bundle.
   *
   * @param locale the language; not null (English where the language is not one of {@link
   *     #LANGUAGES})
   */
  public String pattern(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    String lang = locale.getLanguage();
    String s = LANGUAGES.contains(lang) ? Bundles.of(lang).getProperty(name()) : null;
    return s == null ? Bundles.of("en").getProperty(name()) : s;
  }

  @Override
  public String text(Locale locale) {
    return new MessageFormat(pattern(locale), locale).format(new Object[0]);
  }

  /**
   * Returns the word with its values, rendered in the message's language.
   *
   * @param args the values the word's pattern takes (<code>{0}</code>, <code>{1}</code>…): data or
   *     other terms, never personal data; not null; a null element is shown as {@code -}
   */
  public Term with(Object... args) {
    // a value missing from hostile input (an element without its id) is shown as "-", never a crash
    // in a message
    Object[] shown = args.clone();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] == null) {
        shown[i] = "-";
      }
    }
    return new Phrase(this, List.of(shown));
  }

  /**
   * A word with the values its pattern takes, e.g. {@code ONE_OF} with {@code [MALE, FEMALE]}.
   * Terms among the values are rendered in the same language.
   *
   * @param word the word
   * @param args its values; copied
   */
  public record Phrase(Words word, List<Object> args) implements Term {

    /** Checks and copies. */
    public Phrase {
      Objects.requireNonNull(word, "word");
      args = List.copyOf(args);
    }

    @Override
    public List<Object> arguments() {
      return args;
    }

    @Override
    public String text(Locale locale) {
      Object[] shown = new Object[args.size()];
      for (int i = 0; i < shown.length; i++) {
        Object a = args.get(i);
        shown[i] = a instanceof Term t ? t.text(locale) : String.valueOf(a);
      }
      return new MessageFormat(word.pattern(locale), locale).format(shown);
    }

    @Override
    public String toString() {
      return text(Locale.ENGLISH);
    }
  }

  /**
   * The bundles by language, each read on its first use: a run in English reads one bundle, not six
   * (a resource lookup and a parse each, at start-up).
   */
  private static final class Bundles {
    private static final Map<String, Properties> BY_LANGUAGE =
        new java.util.concurrent.ConcurrentHashMap<>();

    /** The bundle of one of the {@link #LANGUAGES} (racing threads read it twice). */
    static Properties of(String lang) {
      Properties p = BY_LANGUAGE.get(lang);
      if (p == null) {
        p = FormatMessages.load("/org/mignet/formats/words_", List.of(lang)).get(lang);
        Properties raced = BY_LANGUAGE.putIfAbsent(lang, Objects.requireNonNull(p));
        if (raced != null) {
          p = raced;
        }
      }
      return p;
    }
  }
}
