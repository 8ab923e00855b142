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
package org.mignet.formats.mmp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.code.ClosestCodes;
import org.mignet.core.code.Code;
import org.mignet.core.code.CodeList;
import org.mignet.core.code.Resolution;
import org.mignet.core.code.ResolutionKind;

/**
 * One of the Missing Migrants Project code lists (region of incident, migration route, cause of
 * death, region of origin), read from a resource in this package, with the spelling variants of
 * earlier exports as aliases. Resolution ignores case, accents, spacing and punctuation.
 *
 * <p>Immutable and thread-safe; the four lists are built once, on first use.
 */
public final class MmpCodeList implements CodeList {

  private static final class Holder {
    static final MmpCodeList REGIONS = load("mmp-region", "regions.tsv");
    static final MmpCodeList ROUTES = load("mmp-route", "routes.tsv");
    static final MmpCodeList CAUSES = load("mmp-cause-of-death", "causes.tsv");
    static final MmpCodeList ORIGINS = load("mmp-region-of-origin", "regions-of-origin.tsv");
  }

  private final String id;
  private final String source;
  private final List<Code> codes;
  private final Map<String, String> byCode;
  private final Map<String, String> byKey;
  private final Map<String, String> aliasKeys;
  // the codes' comparison keys for "did you mean", worked out on first use
  private volatile @Nullable ClosestCodes closest;

  private MmpCodeList(
      String id,
      String source,
      List<Code> codes,
      Map<String, String> byKey,
      Map<String, String> aliasKeys) {
    this.id = id;
    this.source = source;
    this.codes = List.copyOf(codes);
    LinkedHashMap<String, String> c = new LinkedHashMap<>();
    codes.forEach(x -> c.put(x.code(), x.code()));
    this.byCode = Map.copyOf(c);
    this.byKey = Map.copyOf(byKey);
    this.aliasKeys = Map.copyOf(aliasKeys);
  }

  /** Returns the regions of incident. */
  public static MmpCodeList regions() {
    return Holder.REGIONS;
  }

  /** Returns the migration routes. */
  public static MmpCodeList routes() {
    return Holder.ROUTES;
  }

  /** Returns the causes of death (the seven categories in use since 2022). */
  public static MmpCodeList causesOfDeath() {
    return Holder.CAUSES;
  }

  /** Returns the regions of origin. */
  public static MmpCodeList regionsOfOrigin() {
    return Holder.ORIGINS;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String version() {
    return "2026-05";
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public List<Code> codes() {
    return codes;
  }

  /**
   * Returns the codes closest to a value, as {@link CodeList#closest(String, int)} does, with the
   * codes' comparison keys worked out once per list.
   */
  @Override
  public List<String> closest(String input, int max) {
    ClosestCodes c = closest;
    if (c == null) {
      c = new ClosestCodes(this);
      closest = c;
    }
    return c.closest(input, max);
  }

  @Override
  public boolean contains(String canonicalCode) {
    return byCode.containsKey(canonicalCode);
  }

  @Override
  public Optional<Code> get(String canonicalCode) {
    return contains(canonicalCode)
        ? Optional.of(new Code(canonicalCode, canonicalCode))
        : Optional.empty();
  }

  @Override
  public Resolution resolve(String input) {
    Objects.requireNonNull(input, "input");
    String trimmed = input.strip();
    if (byCode.containsKey(trimmed)) {
      return Resolution.of(input, trimmed, ResolutionKind.EXACT, null);
    }
    String key = key(trimmed);
    String code = byKey.get(key);
    if (code != null) {
      return Resolution.of(input, code, ResolutionKind.NAME, null);
    }
    code = aliasKeys.get(key);
    if (code != null) {
      return Resolution.of(input, code, ResolutionKind.ALIAS, null);
    }
    return Resolution.unresolved(input);
  }

  /** Returns a comparison key: lower case, no accents, letters and digits only. */
  static String key(String s) {
    if (isAscii(s)) {
      // ASCII is its own NFD, and its letters' lower case is ASCII: the same key without the
      // normaliser
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (ch >= 'A' && ch <= 'Z') {
          b.append((char) (ch | 0x20));
        } else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
          b.append(ch);
        }
      }
      return b.toString();
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char ch = n.charAt(i);
      if (Character.isLetterOrDigit(ch)) {
        b.append(Character.toLowerCase(ch));
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static MmpCodeList load(String id, String resource) {
    try (InputStream in = MmpCodeList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String source = "";
      List<Code> codes = new ArrayList<>();
      Map<String, String> byKey = new HashMap<>();
      Map<String, String> aliases = new HashMap<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#")) {
          if (source.isEmpty()) {
            source = line.substring(1).strip();
          }
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        String code = cells[0].strip();
        codes.add(new Code(code, code));
        byKey.put(key(code), code);
        if (cells.length > 1 && !cells[1].isBlank()) {
          for (String alias : cells[1].split("\\|", -1)) {
            if (alias.isBlank()) {
              continue;
            }
            aliases.putIfAbsent(key(alias), code);
          }
        }
      }
      return new MmpCodeList(id, source, codes, byKey, aliases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "MmpCodeList[" + id + ", " + codes.size() + " codes]";
  }
}
