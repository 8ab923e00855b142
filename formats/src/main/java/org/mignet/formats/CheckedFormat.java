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

/**
 * A registered format as {@link Formats} hands it out: the same format, whose reader and writer
 * first check their options ({@link FormatOptions#checkFor}). The one place where options a format
 * does not take are refused. Every other method is the format's own. Immutable and thread-safe, as
 * the format is.
 */
final class CheckedFormat extends ForwardingFormat {

  CheckedFormat(Format format) {
    super(format);
  }

  @Override
  public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
    return delegate()
        .reader(in, sourceName, options.checkFor(delegate(), FormatOptions.Direction.READER));
  }

  @Override
  public RecordWriter writer(OutputStream out, FormatOptions options) {
    return delegate().writer(out, options.checkFor(delegate(), FormatOptions.Direction.WRITER));
  }
}
