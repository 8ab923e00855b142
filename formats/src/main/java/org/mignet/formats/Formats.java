package org.mignet.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The registry of {@link Format}s found through {@link ServiceLoader} on the class path of this class: the
 * entry point for "which format is this file" and "give me the format called X". Thread-safe; formats are
 * loaded once, on first use.
 */
public final class Formats {

  /** How many leading bytes {@link #sniff(Path)} looks at. */
  public static final int SNIFF_BYTES = 4096;

  private Formats() {}

  private static final class Holder {
    static final List<Format> ALL = load();

    private static List<Format> load() {
      List<Format> list = new ArrayList<>();
      for (Format f : ServiceLoader.load(Format.class, Formats.class.getClassLoader())) {
        list.add(f);
      }
      return Collections.unmodifiableList(list);
    }
  }

  /** @return every registered format, in class-path order; never null */
  public static List<Format> all() {
    return Holder.ALL;
  }

  /**
   * @param name a format name such as {@code json}; case-insensitive; not null
   * @return the format
   * @throws IllegalArgumentException if no format has that name
   */
  public static Format named(String name) {
    Objects.requireNonNull(name, "name");
    String n = name.toLowerCase(Locale.ROOT);
    return all().stream().filter(f -> f.name().equals(n)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no format named " + cut(name) + "; known: "
            + all().stream().map(Format::name).toList()));
  }

  /**
   * Recognises a file's format from its first {@value #SNIFF_BYTES} bytes, preferring a format whose file
   * extension matches the file name when several recognise the bytes.
   *
   * @param file the file; not null
   * @return the format, empty if none recognises the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Optional<Format> sniff(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.getFileName(), e);
    }
    String fileName = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    List<Format> matching = all().stream().filter(f -> f.sniff(head)).toList();
    return matching.stream()
        .filter(f -> f.fileExtensions().stream().anyMatch(e -> fileName.endsWith("." + e)))
        .findFirst()
        .or(() -> matching.stream().findFirst());
  }

  private static String cut(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  /**
   * Every rule a catalogue should list: the validation's own rules, the read-level rules of every installed
   * format and the conversion's rules, each once, ordered by id.
   *
   * @param validation the validation whose rules and profiles come first; not null
   * @return the combined catalogue
   */
  public static org.mignet.core.validation.RuleCatalogue catalogue(org.mignet.core.validation.Validation validation) {
    Objects.requireNonNull(validation, "validation");
    java.util.Map<String, org.mignet.core.validation.RuleDefinition> byId = new java.util.TreeMap<>();
    for (org.mignet.core.validation.RuleDefinition r : validation.catalogue().rules()) {
      byId.put(r.id(), r);
    }
    for (Format f : all()) {
      for (org.mignet.core.validation.RuleDefinition r : f.rules()) {
        byId.putIfAbsent(r.id(), r);
      }
    }
    for (org.mignet.core.validation.RuleDefinition r : org.mignet.formats.internal.ConversionRules.all()) {
      byId.putIfAbsent(r.id(), r);
    }
    return new org.mignet.core.validation.RuleCatalogue(List.copyOf(byId.values()),
        validation.catalogue().profiles());
  }
}
