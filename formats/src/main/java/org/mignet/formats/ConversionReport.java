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

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Severity;
import org.mignet.formats.internal.Words;

/**
 * What a conversion did: how many records it read, wrote and rejected (always {@code read = written
 * + rejected}), and, where records are datasets, how many observations (the same identity holds),
 * every issue with its location, every populated field the target could not carry, and every
 * transformation of personal data. Immutable.
 *
 * @param from the source format's name
 * @param to the target format's name
 * @param read records read, including those that could not be read
 * @param written records written
 * @param rejected records not written, each with at least one issue saying why
 * @param issues every issue, in the order found
 * @param lost fields the target could not carry, with counts
 * @param transformed changes made to personal data, with counts
 * @param observations the observations of the records read as datasets: read, written and rejected
 *     with their dataset; zero when no dataset was read (a record that could not be read at all
 *     counts as a record only)
 */
public record ConversionReport(
    String from,
    String to,
    long read,
    long written,
    long rejected,
    List<Issue> issues,
    List<Loss> lost,
    List<Transformation> transformed,
    Observations observations) {

  /**
   * Counts of observations, for conversions whose records are datasets: {@code read = written +
   * rejected}.
   *
   * @param read observations of the datasets read
   * @param written observations written
   * @param rejected observations not written, with their dataset or on their own
   */
  public record Observations(long read, long written, long rejected) {

    /** No observations: a conversion of records other than datasets. */
    public static final Observations NONE = new Observations(0, 0, 0);

    /** Checks that every observation read is accounted for. */
    public Observations {
      if (read < 0 || written < 0 || rejected < 0 || read != written + rejected) {
        throw new IllegalArgumentException(
            "observations: read must equal written + rejected, none negative");
      }
    }

    /** Returns the sum of both counts. */
    public Observations plus(Observations other) {
      return new Observations(
          read + other.read, written + other.written, rejected + other.rejected);
    }

    /**
     * Returns what a summary line ends with, its separator first, e.g. {@code ; observations: read
     * 3400, written 3400, rejected 0}; empty when no observation was read.
     *
     * @param locale the language; not null
     */
    public String summary(Locale locale) {
      Objects.requireNonNull(locale, "locale");
      return read == 0 ? "" : Words.OBSERVATION_SUMMARY.with(read, written, rejected).text(locale);
    }

    /**
     * Returns what the summary line of a check ends with, its separator first, e.g. {@code ;
     * observations: 3400: 3400 valid, 0 invalid} (written being valid, rejected invalid); empty
     * when no observation was read.
     *
     * @param locale the language; not null
     */
    public String checkSummary(Locale locale) {
      Objects.requireNonNull(locale, "locale");
      return read == 0
          ? ""
          : Words.OBSERVATION_CHECK_SUMMARY.with(read, written, rejected).text(locale);
    }
  }

  /** Checks that every record and observation read is accounted for, and copies the lists. */
  public ConversionReport {
    if (read != written + rejected) {
      throw new IllegalArgumentException("read must equal written + rejected");
    }
    issues = List.copyOf(issues);
    lost = List.copyOf(lost);
    transformed = List.copyOf(transformed);
    observations = observations == null ? Observations.NONE : observations;
  }

  /** A report of a conversion that read no datasets: no observation counts. */
  public ConversionReport(
      String from,
      String to,
      long read,
      long written,
      long rejected,
      List<Issue> issues,
      List<Loss> lost,
      List<Transformation> transformed) {
    this(from, to, read, written, rejected, issues, lost, transformed, Observations.NONE);
  }

  /** Returns whether every record was written and nothing was lost or rejected. */
  public boolean isLossless() {
    return rejected == 0 && lost.isEmpty();
  }

  /** Returns the number of issues of a severity. */
  public long count(Severity severity) {
    return issues.stream().filter(i -> i.severity() == severity).count();
  }

  /**
   * Returns e.g. {@code read 120, written 118, rejected 2; 3 field(s) lost; 0 transformation(s)},
   * in English, with {@code ; observations: read 3,400, …} after it when datasets were read.
   */
  public String summary() {
    return summary(Locale.ENGLISH);
  }

  /**
   * Returns the summary line in that language, e.g. {@code lus : 120, écrits : 118, rejetés : 2 ;
   * …}; counts are written in ASCII digits without grouping.
   *
   * @param locale the language; not null (one of the six UN languages, English otherwise)
   */
  public String summary(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Words.CONVERSION_SUMMARY
            .with(read, written, rejected, lost.size(), transformed.size())
            .text(locale)
        + observations.summary(locale);
  }
}
