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
package org.mignet.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/**
 * Reads 200,000 records from a generated stream that is never stored: the reader must not hold the
 * file.
 */
class StreamingMemoryTest {

  private static final int COUNT = 200_000;
  private static final byte[] RECORD =
      CanonicalJson.standard().toJson(Samples.smallPerson()).getBytes(StandardCharsets.UTF_8);

  /** Produces a prefix, COUNT records joined by a separator, and a suffix, on demand. */
  private static final class Generated extends InputStream {
    private final byte[] prefix;
    private final byte[] separator;
    private final byte[] suffix;
    private int record;
    private byte[] current;
    private int pos;

    Generated(String prefix, String separator, String suffix) {
      this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
      this.separator = separator.getBytes(StandardCharsets.UTF_8);
      this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
      current = this.prefix;
    }

    @Override
    public int read() {
      while (current != null && pos >= current.length) {
        pos = 0;
        if (current == prefix || current == separator) {
          current = record < COUNT ? RECORD : suffix;
          record += current == RECORD ? 1 : 0;
        } else if (current == RECORD) {
          current = record < COUNT ? separator : suffix;
        } else {
          current = null;
        }
      }
      return current == null ? -1 : current[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = 0;
      while (n < len) {
        int c = read();
        if (c < 0) {
          return n == 0 ? -1 : n;
        }
        b[off + n++] = (byte) c;
      }
      return n;
    }
  }

  private static long count(InputStream in) {
    long ok = 0;
    try (RecordReader r = CanonicalJson.standard().reader(in, "generated")) {
      while (r.hasNext()) {
        ReadResult result = r.next();
        assertThat(result).isInstanceOf(ReadResult.Ok.class);
        ok++;
      }
    }
    return ok;
  }

  @Test
  void streamsNdjsonOfAnySizeRecordByRecord() {
    assertThat(count(new Generated("", "\n", "\n"))).isEqualTo(COUNT);
  }

  @Test
  void streamsABundleArrayElementByElement() {
    assertThat(count(new Generated("{\"schemaVersion\":\"1.0\",\n\"records\":[", ",\n", "]}")))
        .isEqualTo(COUNT);
  }
}
