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
import java.util.Objects;
import java.util.Set;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.RuleDefinition;

/**
 * A registered format as {@link Formats} hands it out: the same format, whose reader and writer
 * first check their options ({@link FormatOptions#checkFor}). The one place where options a format
 * does not take are refused. Every other method is the format's own. Immutable and thread-safe, as
 * the format is.
 */
final class CheckedFormat implements Format {

  private final Format format;

  CheckedFormat(Format format) {
    this.format = Objects.requireNonNull(format, "format");
  }

  @Override
  public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
    return format.reader(in, sourceName, options.checkFor(format, FormatOptions.Direction.READER));
  }

  @Override
  public RecordWriter writer(OutputStream out, FormatOptions options) {
    return format.writer(out, options.checkFor(format, FormatOptions.Direction.WRITER));
  }

  @Override
  public String name() {
    return format.name();
  }

  @Override
  public String mediaType() {
    return format.mediaType();
  }

  @Override
  public List<String> fileExtensions() {
    return format.fileExtensions();
  }

  @Override
  public RecordReader reader(InputStream in, String sourceName) {
    return reader(in, sourceName, FormatOptions.none());
  }

  @Override
  public RecordWriter writer(OutputStream out) {
    return writer(out, FormatOptions.none());
  }

  @Override
  public Set<RecordType> carries() {
    return format.carries();
  }

  @Override
  public boolean sniff(byte[] head) {
    return format.sniff(head);
  }

  @Override
  public boolean sniff(Path file) {
    return format.sniff(file);
  }

  @Override
  public Set<FormatOption<?>> readerOptions() {
    return format.readerOptions();
  }

  @Override
  public Set<FormatOption<?>> writerOptions() {
    return format.writerOptions();
  }

  @Override
  public Coverage coverage() {
    return format.coverage();
  }

  @Override
  public List<RuleDefinition> rules() {
    return format.rules();
  }

  @Override
  public boolean isWritable() {
    return format.isWritable();
  }

  @Override
  public String toString() {
    return format.toString();
  }
}
