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

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;
import org.mignet.core.internal.Values;

/**
 * The registry of {@link Format}s found through {@link ServiceLoader} on the class path of this
 * class: the entry point for "which format is this file" and "give me the format called X".
 * Thread-safe; each format is made once, when first needed: {@link #named} makes the formats listed
 * up to the one named, {@link #all} and {@link #sniff} every one.
 *
 * <p>The formats it hands out refuse options they do not declare: their readers and writers throw
 * {@link UnsupportedOptionException} before reading or writing anything (see {@link
 * FormatOptions}).
 */
public final class Formats {

  /** How many leading bytes {@link #sniff(Path)} looks at. */
  public static final int SNIFF_BYTES = FileHead.BYTES;

  private Formats() {}

  /**
   * The formats, made one by one as they are asked for, in class-path order: a command that names
   * its format makes only the formats listed before it, not every codec on the class path (some
   * build tables when made).
   */
  private static final class Registry {
    private static final Registry INSTANCE = new Registry();

    private final Iterator<ServiceLoader.Provider<Format>> providers =
        ServiceLoader.load(Format.class, Formats.class.getClassLoader()).stream().iterator();
    private final List<Format> made = new ArrayList<>();
    private @Nullable List<Format> all;

    /** Returns the format at this position, made if need be; null past the last one. */
    synchronized @Nullable Format at(int index) {
      while (made.size() <= index && providers.hasNext()) {
        made.add(new CheckedFormat(providers.next().get()));
      }
      return index < made.size() ? made.get(index) : null;
    }

    synchronized List<Format> all() {
      if (all == null) {
        at(Integer.MAX_VALUE - 1);
        all = Collections.unmodifiableList(new ArrayList<>(made));
      }
      return all;
    }
  }

  /** Returns every registered format, in class-path order; never null. */
  public static List<Format> all() {
    return Registry.INSTANCE.all();
  }

  /**
   * Returns the format.
   *
   * @param name a format name such as {@code json}; case-insensitive; not null
   * @throws IllegalArgumentException if no format has that name
   */
  public static Format named(String name) {
    Objects.requireNonNull(name, "name");
    String n = name.toLowerCase(Locale.ROOT);
    // the first format of that name in class-path order, making no format listed after it
    Format f;
    for (int i = 0; (f = Registry.INSTANCE.at(i)) != null; i++) {
      if (f.name().equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "no format named " + cut(name) + "; known: " + all().stream().map(Format::name).toList());
  }

  /**
   * Recognises a file's format by asking every registered format's {@link Format#sniff(Path)} (by
   * default, from the first {@value #SNIFF_BYTES} bytes; some formats, such as the HTCDS workbook,
   * look further).
   *
   * <p>When several formats recognise the file, the most specific wins, in this order:
   *
   * <ol>
   *   <li>a format that carries fewer record types ({@link Format#carries()}) before one that
   *       carries more: the generic table and JSON formats ({@code csv}, {@code xlsx}, {@code
   *       json}, …) carry every record type, so an agency format ({@code htcds}, {@code mmp},
   *       {@code ctdc}, …) that recognises the file wins over them, even though every workbook is
   *       also an {@code xlsx};
   *   <li>then a format whose file extension matches the file name;
   *   <li>then registration (class-path) order.
   * </ol>
   *
   * @param file the file; not null
   * @return the format, empty if none recognises the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Optional<Format> sniff(Path file) {
    Objects.requireNonNull(file, "file");
    String fileName = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    java.util.Comparator<Format> specificFirst =
        java.util.Comparator.comparingInt(f -> f.carries().size());
    java.util.Comparator<Format> order =
        specificFirst.thenComparing(
            f -> f.fileExtensions().stream().anyMatch(e -> fileName.endsWith("." + e)) ? 0 : 1);
    // The comparator is stable over the registration order (List.sort is a stable merge sort).
    List<Format> matching = new ArrayList<>(all().stream().filter(f -> f.sniff(file)).toList());
    matching.sort(order);
    return matching.stream().findFirst();
  }

  private static String cut(String s) {
    return Values.cut(s, 40);
  }

  /**
   * Every rule a catalogue should list: the validation's own rules, the read-level rules of every
   * installed format and the conversion's rules, each once, ordered by id.
   *
   * @param validation the validation whose rules and profiles come first; not null
   * @return the combined catalogue
   */
  public static org.mignet.core.validation.RuleCatalogue catalogue(
      org.mignet.core.validation.Validation validation) {
    Objects.requireNonNull(validation, "validation");
    java.util.Map<String, org.mignet.core.validation.RuleDefinition> byId =
        new java.util.TreeMap<>();
    for (org.mignet.core.validation.RuleDefinition r : validation.catalogue().rules()) {
      byId.put(r.id().value(), r);
    }
    for (Format f : all()) {
      for (org.mignet.core.validation.RuleDefinition r : f.rules()) {
        byId.putIfAbsent(r.id().value(), r);
      }
    }
    for (org.mignet.core.validation.RuleDefinition r :
        org.mignet.formats.internal.ConversionRules.all()) {
      byId.putIfAbsent(r.id().value(), r);
    }
    return new org.mignet.core.validation.RuleCatalogue(
        List.copyOf(byId.values()), validation.catalogue().profiles());
  }
}
