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
package org.mignet.formats.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Conversion;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOption;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.privacy.SharingPolicy;

/**
 * The options of one read or write of the {@code mignet} data source, checked on the driver before
 * any task runs and shipped to the executors. Files that options name ({@code mapping}, {@code
 * policy}, {@code structure}, {@code hxl-schema}) are read once on the driver, through Hadoop's
 * file systems, and their bytes travel with the job, so executors need no access to them; on an
 * executor they are written to owner-only temporary files for the formats to read, and deleted when
 * the task ends. A policy's pseudonymisation key is never shipped: it is read on each executor from
 * its own environment (the variable or key file the policy names).
 *
 * <p>Every option is refused unless the data source or the format's reader (writer) takes it,
 * naming the option and what is taken, never a value.
 */
final class JobOptions implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The data source's own options (the rest go to the format). */
  static final Set<String> OWN =
      Set.of(
          "from",
          "to",
          "type",
          "profile",
          "reject-invalid",
          "lang",
          "policy",
          "split-bytes",
          "path",
          "paths");

  /** NDJSON inputs larger than this are split across tasks by default (bytes). */
  static final long DEFAULT_SPLIT_BYTES = 64L << 20;

  final String format;
  final String type;
  final String profile;
  final boolean rejectInvalid;
  final String lang;
  final long splitBytes;

  /** Format options with a text value, by name. */
  @SuppressWarnings("serial") // an immutable Map.copyOf, which is serializable
  final Map<String, String> values;

  /**
   * Format options naming a file (and the policy, under {@code policy}): the file's bytes, by
   * option name.
   */
  @SuppressWarnings("serial") // an immutable Map.copyOf, which is serializable
  final Map<String, byte[]> files;

  private JobOptions(
      String format,
      String type,
      String profile,
      boolean rejectInvalid,
      String lang,
      long splitBytes,
      Map<String, String> values,
      Map<String, byte[]> files) {
    this.format = format;
    this.type = type;
    this.profile = profile;
    this.rejectInvalid = rejectInvalid;
    this.lang = lang;
    this.splitBytes = splitBytes;
    this.values = values;
    this.files = files;
  }

  /**
   * Returns the checked options.
   *
   * @param options the data source options (keys compared without case)
   * @param formatKey {@code from} for a read, {@code to} for a write
   * @param hadoop where the files options name are read
   * @throws IllegalArgumentException naming what is wrong
   */
  static JobOptions parse(Map<String, String> options, String formatKey, Configuration hadoop) {
    Map<String, String> lower = new LinkedHashMap<>();
    options.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    boolean reading = formatKey.equals("from");
    String formatName = lower.get(formatKey);
    if (formatName == null || formatName.isBlank()) {
      throw new IllegalArgumentException(
          "name the format with .option(\""
              + formatKey
              + "\", …); known: "
              + String.join(
                  ", ",
                  Formats.all().stream()
                      .filter(f -> reading || f.isWritable())
                      .map(Format::name)
                      .toList()));
    }
    Format format = Formats.named(formatName.trim());
    if (!reading && !format.isWritable()) {
      throw new IllegalArgumentException("the format " + format.name() + " cannot be written");
    }
    RecordType type = recordType(format, lower.get("type"));
    String profile = lower.get("profile");
    if (profile != null
        && Validation.standard().profiles().stream().noneMatch(p -> p.name().equals(profile))) {
      throw new IllegalArgumentException(
          "unknown profile '"
              + cut(profile)
              + "'; known: "
              + String.join(
                  ", ",
                  new TreeSet<>(
                      Validation.standard().profiles().stream().map(p -> p.name()).toList())));
    }
    boolean rejectInvalid = bool("reject-invalid", lower.getOrDefault("reject-invalid", "false"));
    if (rejectInvalid && profile == null) {
      throw new IllegalArgumentException(
          "reject-invalid needs a profile: .option(\"profile\", \"exchange\")");
    }
    String lang = lower.getOrDefault("lang", "en");
    long split = DEFAULT_SPLIT_BYTES;
    if (lower.containsKey("split-bytes")) {
      try {
        split = Long.parseLong(lower.get("split-bytes").trim());
      } catch (NumberFormatException e) {
        split = -1;
      }
      if (split < 1) {
        throw new IllegalArgumentException("split-bytes takes a positive number of bytes");
      }
    }
    Set<FormatOption<?>> taken = reading ? format.readerOptions() : format.writerOptions();
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : lower.entrySet()) {
      String name = e.getKey();
      if (OWN.contains(name)) {
        continue;
      }
      Optional<FormatOption<?>> option =
          taken.stream().filter(o -> o.name().equals(name)).findFirst();
      if (option.isEmpty()) {
        List<String> known = new ArrayList<>(new TreeSet<>(OWN));
        known.removeAll(List.of("path", "paths"));
        taken.stream().map(FormatOption::name).sorted().forEach(known::add);
        throw new IllegalArgumentException(
            "the option '"
                + cut(name)
                + "' is taken neither by the mignet data source "
                + "nor by the "
                + format.name()
                + (reading ? " reader" : " writer")
                + "; taken: "
                + String.join(", ", known));
      }
      Class<?> t = option.get().type();
      if (t == Path.class) {
        files.put(name, read(e.getValue(), name, hadoop));
      } else if (t == Boolean.class) {
        values.put(name, String.valueOf(bool(name, e.getValue())));
      } else if (t == Integer.class) {
        try {
          Integer.parseInt(e.getValue().trim());
        } catch (NumberFormatException x) {
          throw new IllegalArgumentException("the option '" + name + "' takes a whole number");
        }
        values.put(name, e.getValue().trim());
      } else if (t == String.class || t == Charset.class) {
        if (t == Charset.class && !Charset.isSupported(e.getValue().trim())) {
          throw new IllegalArgumentException(
              "the option '" + name + "' names no character set this JVM has");
        }
        values.put(name, e.getValue());
      } else {
        throw new IllegalArgumentException(
            "the option '"
                + name
                + "' of "
                + format.name()
                + " cannot be given as text; use the Java API of mignet-formats for it");
      }
    }
    if (lower.containsKey("policy")) {
      byte[] policy = read(lower.get("policy"), "policy", hadoop);
      // refused here, on the driver, before any task runs, as the CLI refuses it before reading
      withTemporaryFile(policy, SharingPolicy::read);
      files.put("policy", policy);
    }
    return new JobOptions(
        format.name(),
        type.typeName(),
        profile,
        rejectInvalid,
        lang,
        split,
        Map.copyOf(values),
        Map.copyOf(files));
  }

  private static RecordType recordType(Format format, String named) {
    if (named == null) {
      if (format.carries().size() == 1) {
        return format.carries().iterator().next();
      }
      throw new IllegalArgumentException(
          "the format "
              + format.name()
              + " carries several record types; name one "
              + "with .option(\"type\", …): "
              + String.join(
                  ", ", format.carries().stream().map(RecordType::typeName).sorted().toList()));
    }
    RecordType type =
        RecordType.named(named.trim())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no record type named '"
                            + cut(named)
                            + "'; known: "
                            + String.join(
                                ", ",
                                java.util.Arrays.stream(RecordType.values())
                                    .map(RecordType::typeName)
                                    .toList())));
    if (!format.carries().contains(type)) {
      throw new IllegalArgumentException(
          "the format "
              + format.name()
              + " does not carry "
              + type.typeName()
              + "; it carries "
              + String.join(
                  ", ", format.carries().stream().map(RecordType::typeName).sorted().toList()));
    }
    return type;
  }

  private static boolean bool(String name, String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.equals("true") || v.equals("false")) {
      return Boolean.parseBoolean(v);
    }
    throw new IllegalArgumentException("the option '" + name + "' takes true or false");
  }

  private static byte[] read(String location, String option, Configuration hadoop) {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(location);
    try {
      FileSystem fs = p.getFileSystem(hadoop);
      try (InputStream in = fs.open(p)) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read the file of the option '"
              + option
              + "' ("
              + p.getName()
              + "): "
              + e.getClass().getSimpleName(),
          e);
    }
  }

  /**
   * Returns these options for a first pass that only looks at the records as read: no profile
   * (nothing validated, nothing rejected for being invalid, which changes nothing in which records
   * are readable), no policy (the records as the cross-record rules see them).
   */
  JobOptions readingOnly() {
    Map<String, byte[]> withoutPolicy = new LinkedHashMap<>(files);
    withoutPolicy.remove("policy");
    return new JobOptions(
        format, type, null, false, lang, splitBytes, values, Map.copyOf(withoutPolicy));
  }

  /** Returns the record type. */
  RecordType recordType() {
    return RecordType.named(type).orElseThrow();
  }

  /** Returns the language of messages. */
  Locale locale() {
    return Locale.forLanguageTag(lang);
  }

  /** Returns the format. */
  Format formatObject() {
    return Formats.named(format);
  }

  /**
   * Runs an action with the conversion these options describe: format options built, the files they
   * name written to owner-only temporary files that are deleted afterwards.
   *
   * @param from the source format
   * @param target the target format, or null for a read into Spark
   * @param action what to do with the conversion
   */
  <T> T withConversion(
      Format from, Format target, java.util.function.Function<Conversion, T> action) {
    return withConversion(from, target, null, action);
  }

  /**
   * As {@link #withConversion(Format, Format, java.util.function.Function)}, the cross-record rules
   * checked by a check the caller has started (and perhaps fed records from before this input).
   *
   * @param batch the check, or null for the conversion's own
   */
  <T> T withConversion(
      Format from,
      Format target,
      org.mignet.core.validation.CrossRecordCheck batch,
      java.util.function.Function<Conversion, T> action) {
    List<Path> temporary = new ArrayList<>();
    try {
      FormatOptions options = FormatOptions.none();
      Format optionFormat = target == null ? from : target;
      Set<FormatOption<?>> taken =
          target == null ? optionFormat.readerOptions() : optionFormat.writerOptions();
      for (FormatOption<?> o : taken) {
        options = with(options, o, temporary);
      }
      if (files.containsKey("policy")) {
        options = options.with(FormatOptions.POLICY, temporary(files.get("policy"), temporary));
      }
      Conversion c = Conversion.from(from).options(options).locale(locale()).maxIssues(0);
      if (target != null) {
        c = c.to(target);
      }
      if (profile != null) {
        c =
            rejectInvalid
                ? c.rejectingInvalid(Validation.standard(), Validation.standard().profile(profile))
                : c.validating(Validation.standard(), Validation.standard().profile(profile));
        if (batch != null) {
          c = c.crossRecord(batch);
        }
      }
      return action.apply(c);
    } finally {
      for (Path p : temporary) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // a temporary file that cannot be deleted is left to the executor's temporary directory
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private FormatOptions with(FormatOptions options, FormatOption<?> o, List<Path> temporary) {
    String name = o.name();
    if (files.containsKey(name)) {
      return options.with((FormatOption<Path>) o, temporary(files.get(name), temporary));
    }
    String v = values.get(name);
    if (v == null) {
      return options;
    }
    if (o.type() == Boolean.class) {
      return options.with((FormatOption<Boolean>) o, Boolean.parseBoolean(v));
    }
    if (o.type() == Integer.class) {
      return options.with((FormatOption<Integer>) o, Integer.parseInt(v));
    }
    if (o.type() == Charset.class) {
      return options.with((FormatOption<Charset>) o, Charset.forName(v.trim()));
    }
    return options.with((FormatOption<String>) o, v);
  }

  private static Path temporary(byte[] content, List<Path> temporary) {
    try {
      Path p =
          Files.createTempFile(
              "mignet-spark-",
              ".tmp",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      temporary.add(p);
      Files.write(p, content);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T withTemporaryFile(
      byte[] content, java.util.function.Function<Path, T> action) {
    List<Path> temporary = new ArrayList<>();
    try {
      return action.apply(temporary(content, temporary));
    } finally {
      for (Path p : temporary) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // left to the temporary directory
        }
      }
    }
  }

  private static String cut(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
