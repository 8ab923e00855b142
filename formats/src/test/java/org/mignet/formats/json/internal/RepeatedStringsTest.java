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
package org.mignet.formats.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class RepeatedStringsTest {

  private static final List<String> TEXTS =
      List.of(
          "REF_AREA",
          "Persons refused entry",
          "a \"quoted\" word",
          "back\\slash",
          "a/b",
          "tab\there",
          "Côte d'Ivoire",
          "emoji \uD83D\uDE00",
          "",
          "x".repeat(RepeatedStrings.MAX_LENGTH + 1));

  @Test
  void writesTheSameBytesAsAPlainGeneratorTheFirstTimeAndAfter() throws IOException {
    assertThat(write(true)).isEqualTo(write(false));
  }

  /** Writes each text three times as a member name and a value, with or without the cache. */
  private static String write(boolean cached) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      RepeatedStrings strings = cached ? RepeatedStrings.forGenerator(g) : null;
      assertThat(strings == null).isEqualTo(!cached);
      g.writeStartArray();
      for (int round = 0; round < 3; round++) {
        for (String t : TEXTS) {
          g.writeStartObject();
          RepeatedStrings.writeFieldName(g, t, strings);
          RepeatedStrings.writeString(g, t, strings);
          g.writeEndObject();
        }
      }
      g.writeEndArray();
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void encodesAStringSeenBeforeThatNeedsNoEscaping() {
    RepeatedStrings strings = Objects.requireNonNull(RepeatedStrings.forGenerator(generator()));
    assertThat(strings.encoded("DEU")).isNull();
    assertThat(strings.encoded(new String("DEU"))).isNotNull();
    assertThat(Objects.requireNonNull(strings.encoded("DEU")).getValue()).isEqualTo("DEU");
    assertThat(strings.encoded("a\"b")).isNull();
    assertThat(strings.encoded("a\"b")).isNull();
    assertThat(strings.encoded("é")).isNull();
    assertThat(strings.encoded("é")).isNull();
  }

  @Test
  void isNotUsedWithAGeneratorThatEscapesCharsOfItsOwn() {
    JsonGenerator g = generator();
    g.setCharacterEscapes(
        new CharacterEscapes() {
          @Override
          public int[] getEscapeCodesForAscii() {
            return standardAsciiEscapesForJSON();
          }

          @Override
          public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            return null;
          }
        });
    assertThat(RepeatedStrings.forGenerator(g)).isNull();
  }

  private static JsonGenerator generator() {
    try {
      return new JsonFactory().createGenerator(new ByteArrayOutputStream());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
