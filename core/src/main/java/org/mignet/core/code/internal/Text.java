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
package org.mignet.core.code.internal;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Text normalisation shared by the code lists: trimming that also removes no-break spaces, and a
 * folded matching key that ignores case, accents, whitespace and punctuation.
 *
 * <p>Stateless and thread-safe. Not part of the public API.
 */
public final class Text {

  private Text() {}

  /**
   * Removes leading and trailing whitespace, including U+00A0, U+2007, U+202F and U+FEFF, which
   * {@link String#strip()} keeps.
   *
   * @param s the text, not null
   * @return the trimmed text
   */
  public static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
  }

  /**
   * Returns the folded matching key of a text: compatibility-decomposed, combining marks removed,
   * lower case, {@code &} read as "and", and only letters and digits kept.
   *
   * <p>"Côte d'Ivoire", "COTE D IVOIRE" and "cote-d'ivoire" all give {@code cotedivoire}.
   *
   * @param s the text, not null
   * @return the key, possibly empty
   */
  public static String key(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '&') {
        out.append("and");
      } else if (Character.isLetterOrDigit(cp)) {
        int type = Character.getType(cp);
        if (type != Character.NON_SPACING_MARK
            && type != Character.COMBINING_SPACING_MARK
            && type != Character.ENCLOSING_MARK) {
          out.appendCodePoint(Character.toLowerCase(cp));
        }
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Levenshtein distance between two strings, computed on at most {@code limit} leading chars of
   * each so that hostile input cannot make the computation expensive.
   *
   * @param a first string, not null
   * @param b second string, not null
   * @param limit maximum number of chars of each string considered, positive
   * @return the edit distance
   */
  public static int distance(String a, String b, int limit) {
    String x = a.length() > limit ? a.substring(0, limit) : a;
    String y = b.length() > limit ? b.substring(0, limit) : b;
    if (x.length() <= Long.SIZE) {
      return bitParallel(x, y);
    }
    return table(x, y);
  }

  /**
   * The same distance by Myers' bit-vector algorithm (Hyyrö's form for edit distance): one column
   * of the table is a word of bits, so a pattern of up to 64 chars costs a few operations per char
   * of the text instead of a row of the table ("did you mean" runs it against every code of a list
   * for every unknown value).
   */
  static int bitParallel(String pattern, String text) {
    return bitParallel(pattern, masks(pattern), text);
  }

  /**
   * Returns the match masks of a pattern of at most 64 chars for {@link #bitParallel(String,
   * String)}: for each ASCII char, the bits of the positions where it occurs.
   */
  private static long[] masks(String pattern) {
    long[] ascii = new long[128];
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c < 128) {
        ascii[c] |= 1L << i;
      }
    }
    return ascii;
  }

  /** {@link #bitParallel(String, String)} with the pattern's {@link #masks(String)} given. */
  private static int bitParallel(String pattern, long[] ascii, String text) {
    int m = pattern.length();
    if (m == 0) {
      return text.length();
    }
    long last = 1L << (m - 1);
    long pv = -1L;
    long mv = 0L;
    int score = m;
    for (int j = 0; j < text.length(); j++) {
      char c = text.charAt(j);
      long eq;
      if (c < 128) {
        eq = ascii[c];
      } else {
        eq = 0L;
        for (int i = 0; i < m; i++) {
          if (pattern.charAt(i) == c) {
            eq |= 1L << i;
          }
        }
      }
      long xv = eq | mv;
      long xh = (((eq & pv) + pv) ^ pv) | eq;
      long ph = mv | ~(xh | pv);
      long mh = pv & xh;
      if ((ph & last) != 0) {
        score++;
      } else if ((mh & last) != 0) {
        score--;
      }
      ph = (ph << 1) | 1L;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    return score;
  }

  /**
   * The {@link #distance(String, String, int) distance} from one text to many others, with the work
   * that depends only on that text (its cut and its match masks) done once. Holds the text; keep it
   * no longer than the look-up it serves.
   */
  public static final class DistanceFrom {
    private final String x;
    private final int limit;
    // null when the text is longer than 64 chars (the table is used)
    private final long @Nullable [] masks;

    /**
     * Prepares the distances from a text.
     *
     * @param a the text, not null
     * @param limit maximum number of chars of each string considered, positive
     */
    public DistanceFrom(String a, int limit) {
      this.x = a.length() > limit ? a.substring(0, limit) : a;
      this.limit = limit;
      this.masks = x.length() <= Long.SIZE ? masks(x) : null;
    }

    /**
     * Returns {@code distance(a, b, limit)} for the text and limit given at construction.
     *
     * @param b the other string, not null
     * @return the edit distance
     */
    public int to(String b) {
      String y = b.length() > limit ? b.substring(0, limit) : b;
      long[] m = masks;
      return m != null ? bitParallel(x, m, y) : table(x, y);
    }
  }

  /** The distance by the full table, row by row. */
  static int table(String x, String y) {
    int[] prev = new int[y.length() + 1];
    int[] cur = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length()];
  }

  /**
   * Cuts a text for use in a message, so that long input is not echoed in full.
   *
   * @param s the text, not null
   * @param max the maximum length kept
   * @return the text, or its first {@code max} chars followed by an ellipsis
   */
  public static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
