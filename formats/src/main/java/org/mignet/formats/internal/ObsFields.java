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

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mignet.core.MignetException;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.KnownExtensions;
import org.mignet.core.model.Observation;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.Sensitivity;

/**
 * How SDMX attributes map to {@link Observation} fields: {@code OBS_STATUS} → status, {@code
 * CONF_STATUS} → confidentiality, {@code UNIT_MEASURE} (when an attribute) → unit, every other
 * attribute → the attributes map. Attributes attached at dataset, group or series level are
 * flattened onto each observation, as SDMX-CSV does. Shared by the SDMX codecs, the public {@code
 * sdmx} structure validator and the JSON-stat reader, which is why it lives in the formats-wide
 * internal package.
 */
public final class ObsFields {

  public static final String OBS_VALUE = "OBS_VALUE";
  public static final String OBS_STATUS = "OBS_STATUS";
  public static final String CONF_STATUS = "CONF_STATUS";
  public static final String UNIT_MEASURE = "UNIT_MEASURE";

  /**
   * Cross-domain attribute ids that are never dimensions (used when no structure says otherwise).
   */
  public static final Set<String> KNOWN_ATTRIBUTES =
      Set.of(
          OBS_STATUS,
          CONF_STATUS,
          "UNIT_MULT",
          "DECIMALS",
          "OBS_CONF",
          "OBS_COM",
          "TIME_FORMAT",
          "TITLE",
          "COMMENT",
          "COMMENT_OBS",
          "COMMENT_TS",
          "EMBARGO_TIME",
          "OBS_PRE_BREAK",
          "BASE_PER",
          "COMPILING_ORG",
          "DATA_COMP",
          "CURRENCY",
          "SOURCE_DETAIL");

  /** The identifier system of datasets read from SDMX and JSON-stat messages. */
  public static final String SYSTEM = "urn:sdmx:dataset";

  private ObsFields() {}

  /**
   * Returns an observation from dimension values, a value and attribute values (absent ones left
   * out).
   */
  public static Observation observation(
      Map<String, String> dims, BigDecimal value, Map<String, String> attrs) {
    return build(dims, value, null, attrs);
  }

  /**
   * Returns an observation of a non-numeric value (an SDMX string measure, a JSON-stat string
   * dataset) from dimension values, the text (empty or null for none) and attribute values (absent
   * ones left out).
   */
  public static Observation textObservation(
      Map<String, String> dims, String text, Map<String, String> attrs) {
    return build(dims, null, text == null || text.isEmpty() ? null : text, attrs);
  }

  private static Observation build(
      Map<String, String> dims, BigDecimal value, String text, Map<String, String> attrs) {
    String status = null;
    String conf = null;
    String unit = null;
    Map<String, String> rest = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : attrs.entrySet()) {
      if (e.getValue() == null || e.getValue().isEmpty()) {
        continue;
      }
      switch (e.getKey()) {
        case OBS_STATUS -> status = e.getValue();
        case CONF_STATUS -> conf = e.getValue();
        case UNIT_MEASURE -> unit = e.getValue();
        default -> rest.put(e.getKey(), e.getValue());
      }
    }
    return new Observation(
        dims,
        Optional.ofNullable(value),
        Optional.ofNullable(text),
        Optional.ofNullable(unit),
        Optional.ofNullable(status),
        Optional.ofNullable(conf),
        rest);
  }

  /** Returns the attribute values of an observation, status and confidentiality first. */
  public static Map<String, String> attributes(Observation o) {
    Map<String, String> m = new LinkedHashMap<>();
    o.status().ifPresent(s -> m.put(OBS_STATUS, s));
    o.confidentiality().ifPresent(s -> m.put(CONF_STATUS, s));
    o.unit().ifPresent(s -> m.put(UNIT_MEASURE, s));
    m.putAll(o.attributes());
    return m;
  }

  /**
   * The action an SDMX data message asks of its receiver, as the word SDMX-ML and SDMX-JSON use:
   * {@code Information}, {@code Append}, {@code Replace}, {@code Merge} or {@code Delete}, from
   * that word in any case or from SDMX-CSV 2.0's letter ({@code I}, {@code A}, {@code R}, {@code
   * M}, {@code D}).
   *
   * @param raw the value as written; blank is Information, the default of every SDMX format
   * @return the word, or null where the value names no action
   */
  public static @Nullable String action(String raw) {
    String v = raw.strip();
    if (v.isEmpty()) {
      return "Information";
    }
    for (String word : ACTIONS) {
      // a letter is the word's first one (every SDMX-CSV row has one: no substring made per row)
      boolean letter = v.length() == 1 && Character.toUpperCase(v.charAt(0)) == word.charAt(0);
      if (letter || v.equalsIgnoreCase(word)) {
        return word;
      }
    }
    return null;
  }

  /** The SDMX actions, each with a distinct first letter (SDMX-CSV 2.0's code). */
  private static final List<String> ACTIONS =
      List.of("Information", "Append", "Replace", "Merge", "Delete");

  /**
   * Returns the data set with its action kept as the extension {@link KnownExtensions#SDMX_ACTION},
   * where the action is other than Information.
   *
   * @param d the data set as read
   * @param action the action's word ({@link #action(String)}), or null for Information
   */
  public static Dataset withAction(Dataset d, @Nullable String action) {
    if (action == null || action.equals("Information")) {
      return d;
    }
    return new Dataset(
        d.meta().withExtension(KnownExtensions.SDMX_ACTION, action),
        d.dataflow(),
        d.title(),
        d.dimensionIds(),
        d.attributes(),
        d.observations());
  }

  /**
   * Returns the action a data set asks of its receiver as SDMX-CSV 2.0's letter: {@code I} where it
   * has none.
   *
   * @throws MignetException where its extension names no action
   * @param d the data set
   */
  public static String actionLetter(Dataset d) {
    return actionWord(d).substring(0, 1);
  }

  /**
   * Returns the action a data set asks of its receiver as SDMX-ML's and SDMX-JSON's word: {@code
   * Information} where it has none.
   *
   * @throws MignetException where its extension names no action: the data set is refused, not
   *     written under another action
   * @param d the data set
   */
  public static String actionWord(Dataset d) {
    Object v = d.meta().extensions().get(KnownExtensions.SDMX_ACTION);
    if (v == null) {
      return "Information";
    }
    String word = v instanceof String s ? action(s) : null;
    if (word == null) {
      throw new MignetException(
          "SDMX: the dataset of "
              + d.dataflow()
              + " has an action ("
              + KnownExtensions.SDMX_ACTION
              + ") that is none of "
              + String.join(", ", ACTIONS)
              + "; it is not written rather than written as another action");
    }
    return word;
  }

  /** Returns a dataset record for one chunk of a message. */
  public static Dataset dataset(
      String dataflow,
      String kind,
      String source,
      long chunk,
      String title,
      List<String> dims,
      List<Observation> observations) {
    RecordMeta meta =
        RecordMeta.of(SYSTEM, dataflow + "#" + source + "#" + chunk)
            .withSensitivity(Sensitivity.PUBLIC)
            .withExtension(KnownExtensions.SDMX_STRUCTURE, kind);
    return new Dataset(meta, dataflow, Optional.ofNullable(title), dims, Map.of(), observations);
  }

  /**
   * What a message's header says about where its data sets come from, put in their records'
   * metadata: the sender as the source organisation, the time the message was prepared as the
   * records' creation time (kept as the extension {@code sdmx:prepared} when it has no time zone,
   * since an instant cannot be made of it without guessing one). The message id is not read: it
   * names the message, not its data, and a writer makes a new one.
   *
   * @param sender the sender's id, or null
   * @param prepared the header's {@code Prepared} (xs:dateTime or xs:date), or null
   */
  public record Header(String sender, String prepared) {

    /** A header that says nothing. */
    public static final Header NONE = new Header(null, null);

    /** Returns the dataset with this header in its metadata. */
    public Dataset onto(Dataset d) {
      RecordMeta m = d.meta();
      if (sender != null && !sender.isBlank()) {
        m = m.withSourceOrganization(sender.strip());
      }
      if (prepared != null && !prepared.isBlank()) {
        Optional<java.time.Instant> at = instant(prepared.strip());
        m =
            at.isPresent()
                ? m.withTimestamps(at.get(), null)
                : m.withExtension(KnownExtensions.SDMX_PREPARED, prepared.strip());
      }
      return m.equals(d.meta())
          ? d
          : new Dataset(
              m, d.dataflow(), d.title(), d.dimensionIds(), d.attributes(), d.observations());
    }

    private static Optional<java.time.Instant> instant(String s) {
      try {
        return Optional.of(java.time.OffsetDateTime.parse(s).toInstant());
      } catch (java.time.format.DateTimeParseException e) {
        return Optional.empty();
      }
    }
  }

  /** Returns the value parsed, or null if not a number. */
  public static BigDecimal number(String s) {
    if (s == null || s.isEmpty() || s.equals("NaN")) {
      return null;
    }
    try {
      return new BigDecimal(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
