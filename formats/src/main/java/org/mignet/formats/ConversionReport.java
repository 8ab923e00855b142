package org.mignet.formats;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.Severity;
import org.mignet.formats.internal.Words;

/**
 * What a conversion did: how many records it read, wrote and rejected (always {@code read = written + rejected}),
 * every issue with its location, every populated field the target could not carry, and every transformation of
 * personal data. Immutable.
 *
 * @param from the source format's name
 * @param to the target format's name
 * @param read records read, including those that could not be read
 * @param written records written
 * @param rejected records not written, each with at least one issue saying why
 * @param issues every issue, in the order found
 * @param lost fields the target could not carry, with counts
 * @param transformed changes made to personal data, with counts
 */
public record ConversionReport(
    String from, String to, long read, long written, long rejected, List<Issue> issues, List<Loss> lost,
    List<Transformation> transformed) {

  /** Checks that every record read is accounted for, and copies the lists. */
  public ConversionReport {
    if (read != written + rejected) {
      throw new IllegalArgumentException("read must equal written + rejected");
    }
    issues = List.copyOf(issues);
    lost = List.copyOf(lost);
    transformed = List.copyOf(transformed);
  }

  /** @return whether every record was written and nothing was lost or rejected */
  public boolean isLossless() {
    return rejected == 0 && lost.isEmpty();
  }

  /** @return the number of issues of a severity */
  public long count(Severity severity) {
    return issues.stream().filter(i -> i.severity() == severity).count();
  }

  /** @return e.g. {@code read 120, written 118, rejected 2; 3 field(s) lost; 0 transformation(s)}, in English */
  public String summary() {
    return summary(Locale.ENGLISH);
  }

  /**
   * @param locale the language; not null (one of the six UN languages, English otherwise)
   * @return the summary line in that language, e.g. {@code lus : 120, écrits : 118, rejetés : 2 ; …}; counts are
   *     written in ASCII digits without grouping
   */
  public String summary(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Words.CONVERSION_SUMMARY.with(read, written, rejected, lost.size(), transformed.size()).text(locale);
  }
}
