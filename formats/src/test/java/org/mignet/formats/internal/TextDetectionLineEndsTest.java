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

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Delimiter detection and sniffing see the rows of a text whatever its line ends and encoding: LF,
 * CRLF, a lone CR (old Mac exports); UTF-8 with or without a byte-order mark, UTF-16 with one.
 */
class TextDetectionLineEndsTest {

  @Test
  void detectsTheSemicolonOfATextWhoseLinesEndInALoneCarriageReturn() {
    assertThat(TextDetection.delimiter("a;b,x;c\r1;2;3\r4;5,5;6\r")).isEqualTo(';');
    assertThat(TextDetection.delimiter("a;b,x;c\r\n1;2;3\r\n4;5,5;6\r\n")).isEqualTo(';');
  }

  @Test
  void splitsTheHeaderOfAUtf16TextWithAByteOrderMark() {
    byte[] body = "id\tname\r\n1\tx\r\n".getBytes(StandardCharsets.UTF_16BE);
    byte[] head = new byte[body.length + 2];
    head[0] = (byte) 0xFE;
    head[1] = (byte) 0xFF;
    System.arraycopy(body, 0, head, 2, body.length);
    assertThat(TextDetection.headerCells(head)).containsExactly("id", "name");
  }

  @Test
  void splitsTheHeaderOfATextWhoseLinesEndInALoneCarriageReturn() {
    byte[] head = "\uFEFFid;\"a;b\";name\r1;2;3\r".getBytes(StandardCharsets.UTF_8);
    assertThat(TextDetection.headerCells(head)).containsExactly("id", "a;b", "name");
  }
}
