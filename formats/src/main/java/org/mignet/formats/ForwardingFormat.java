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
 * A format that hands every method to another, for a wrapper to override only what it changes (the
 * registry's option check, a Spark split's shifted locations). Every method of {@link Format} is
 * forwarded here, so that a wrapper never falls back to an interface default the wrapped format
 * overrides; the two-argument {@code reader} and {@code writer} go through this wrapper's
 * three-argument ones, and a new method of {@link Format} is added here once, for every wrapper.
 * Public so that a decorator outside this package (Spark's splits, an agency's own check) can
 * extend it; it lives beside {@link Format} because the implementation packages may depend on the
 * API and never the reverse.
 */
public abstract class ForwardingFormat implements Format {

  private final Format delegate;

  /**
   * Wraps a format.
   *
   * @param delegate the format every call goes to; not null
   */
  protected ForwardingFormat(Format delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /** Returns the wrapped format. */
  protected final Format delegate() {
    return delegate;
  }

  @Override
  public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
    return delegate.reader(in, sourceName, options);
  }

  @Override
  public RecordWriter writer(OutputStream out, FormatOptions options) {
    return delegate.writer(out, options);
  }

  @Override
  public final RecordReader reader(InputStream in, String sourceName) {
    return reader(in, sourceName, FormatOptions.none());
  }

  @Override
  public final RecordWriter writer(OutputStream out) {
    return writer(out, FormatOptions.none());
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public String mediaType() {
    return delegate.mediaType();
  }

  @Override
  public List<String> fileExtensions() {
    return delegate.fileExtensions();
  }

  @Override
  public Set<RecordType> carries() {
    return delegate.carries();
  }

  @Override
  public boolean sniff(byte[] head) {
    return delegate.sniff(head);
  }

  @Override
  public boolean sniff(Path file) {
    return delegate.sniff(file);
  }

  @Override
  public Set<FormatOption<?>> readerOptions() {
    return delegate.readerOptions();
  }

  @Override
  public Set<FormatOption<?>> writerOptions() {
    return delegate.writerOptions();
  }

  @Override
  public Coverage coverage() {
    return delegate.coverage();
  }

  @Override
  public List<RuleDefinition> rules() {
    return delegate.rules();
  }

  @Override
  public boolean isWritable() {
    return delegate.isWritable();
  }

  @Override
  public String toString() {
    return delegate.toString();
  }
}
