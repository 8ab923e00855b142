package org.mignet.core.validation;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.mignet.core.validation.internal.Messages;

/**
 * The words of mignet's own reports (headings, labels, summary lines; not rule messages) in the six UN languages,
 * for tools that render a report their own way, such as the command line's HTML report. Keys are those of
 * {@code org/mignet/core/validation/words_en.properties}, e.g. {@code html.summary}; every key exists in all six
 * languages. Stateless and thread-safe.
 */
public final class ReportWords {

  private ReportWords() {}

  /**
   * Returns the text.
   *
   * @param key the word's key, e.g. {@code html.records}; not null
   * @param locale the language; English where the language is not one of the six
   * @param args the pattern's arguments, shown as given ({@code String.valueOf}), so counts keep ASCII digits
   * @throws IllegalArgumentException if there is no such key
   */
  public static String text(String key, Locale locale, Object... args) {
    return Messages.word(Objects.requireNonNull(key, "key"), Objects.requireNonNull(locale, "locale"), args);
  }

  /** Returns every key. */
  public static Set<String> keys() {
    return Set.copyOf(Messages.wordKeys());
  }
}
