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
package org.mignet.formats.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.OptionalLong;

/**
 * The one place that knows how Jackson reports JSON bytes that are not UTF-8 text in a way no JSON
 * reader may let escape: Jackson takes a document for UTF-16 or UTF-32 when its first bytes look
 * so, and its decoders then throw {@link CharConversionException} (an {@link IOException}, not a
 * {@code JsonProcessingException}) for a character those encodings cannot make. Exchanged JSON is
 * UTF-8 (RFC 8259 §8.1), so every JSON reader reports it as its own "not UTF-8" finding, at the
 * line the parser had reached.
 */
public final class NotUtf8Json {

  private NotUtf8Json() {}

  /**
   * Returns the 1-based line where the text stopped decoding, if {@code e} is that finding; empty
   * for any other failure (a real I/O error).
   *
   * @param e what reading JSON threw; not null
   * @param parser the parser that was reading, or null if it was not made yet
   */
  public static OptionalLong line(IOException e, JsonParser parser) {
    if (!(e instanceof CharConversionException)) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(parser == null ? 1 : Math.max(1, parser.currentLocation().getLineNr()));
  }
}
