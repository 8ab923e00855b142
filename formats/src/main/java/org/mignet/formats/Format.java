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

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.mignet.core.model.RecordType;

/**
 * An interchange format: its permanent name, media type and file extensions, a streaming reader and
 * writer, the record types it can carry, and a test that recognises it from the first bytes of a
 * file.
 *
 * <p>Implementations are found through {@link java.util.ServiceLoader} (see {@link Formats}) and
 * must be immutable and thread-safe; the readers and writers they create are not.
 *
 * <p>Options are typed: a format declares those its reader takes ({@link #readerOptions()}) and
 * those its writer takes ({@link #writerOptions()}). The formats that {@link Formats} hands out
 * check the options given to {@link #reader(InputStream, String, FormatOptions)} and {@link
 * #writer(OutputStream, FormatOptions)} against these declarations before anything is read or
 * written ({@link FormatOptions#checkFor}), so an implementation neither checks them itself nor
 * meets an option it has not declared.
 */
public interface Format {

  /** Returns the permanent lower-case name, e.g. {@code json}, {@code ndjson}, {@code sdmx-csv}. */
  String name();

  /** Returns the media type, e.g. {@code application/json}. */
  String mediaType();

  /** Returns file extensions without dot, most usual first, e.g. {@code [json]}. */
  List<String> fileExtensions();

  /**
   * A reader with no options: {@code reader(in, sourceName, FormatOptions.none())}.
   *
   * @param in the source; not null; closed by the reader's {@link RecordReader#close()}
   * @param sourceName the file or stream name used in locations; not null
   * @return a streaming reader
   */
  default RecordReader reader(InputStream in, String sourceName) {
    return reader(in, sourceName, FormatOptions.none());
  }

  /**
   * A writer with no options: {@code writer(out, FormatOptions.none())}.
   *
   * @param out the target; not null; closed by the writer's {@link RecordWriter#close()}
   * @return a streaming writer
   */
  default RecordWriter writer(OutputStream out) {
    return writer(out, FormatOptions.none());
  }

  /** Returns the record types this format can carry without loss. */
  Set<RecordType> carries();

  /**
   * Returns whether the bytes look like this format.
   *
   * @param head the first bytes of a file (up to a few KiB, possibly fewer); not null
   */
  boolean sniff(byte[] head);

  /**
   * Whether a whole file looks like this format. The default reads the first {@link
   * Formats#SNIFF_BYTES} bytes and asks {@link #sniff(byte[])}; formats whose files cannot be told
   * from their head (a workbook is a ZIP whose first entries say nothing of its columns) override
   * this to look further, cheaply: {@link Formats#sniff(Path)} calls it for every registered
   * format. It never throws for content it cannot read: it says no.
   *
   * @param file the file; not null
   * @return whether the file looks like this format
   * @throws java.io.UncheckedIOException if the file cannot be read at all
   */
  default boolean sniff(Path file) {
    return sniff(FileHead.read(file));
  }

  /**
   * A streaming reader.
   *
   * @param in the input, read as a stream and closed by the reader's {@code close()}; not null
   * @param sourceName the file or stream name used in locations; not null
   * @param options the options; not null
   * @return the reader
   * @throws UnsupportedOptionException (formats from {@link Formats}) if the reader does not take
   *     an option given; the input is then left open
   */
  RecordReader reader(InputStream in, String sourceName, FormatOptions options);

  /**
   * A streaming writer.
   *
   * @param out the output; closed by the writer's {@code close()}; not null
   * @param options the options; not null
   * @return the writer
   * @throws UnsupportedOptionException (formats from {@link Formats}) if the writer does not take
   *     an option given; nothing is written and the output is left open
   */
  RecordWriter writer(OutputStream out, FormatOptions options);

  /**
   * The options this format's reader takes; an option not listed is refused. Pipeline options such
   * as {@link FormatOptions#POLICY} are never listed.
   *
   * @return the options, empty by default; never null
   */
  default Set<FormatOption<?>> readerOptions() {
    return Set.of();
  }

  /**
   * The options this format's writer takes; an option not listed is refused. Pipeline options such
   * as {@link FormatOptions#POLICY} are never listed.
   *
   * @return the options, empty by default; never null
   */
  default Set<FormatOption<?>> writerOptions() {
    return Set.of();
  }

  /** Returns what parts of the model this format carries; everything unless it says otherwise. */
  default Coverage coverage() {
    return Coverage.EVERYTHING;
  }

  /**
   * The read-level rules this format's readers and writers report, for the rule catalogue. Ids are
   * permanent.
   *
   * @return the rule definitions; empty if the format reports only rules defined elsewhere
   */
  default List<org.mignet.core.validation.RuleDefinition> rules() {
    return List.of();
  }

  /**
   * Returns whether this format can be written; read-only formats throw from {@link
   * #writer(OutputStream, FormatOptions)}.
   */
  default boolean isWritable() {
    return true;
  }
}
