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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordType;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;

class CanonicalJsonRoundTripTest {

  private final CanonicalJson json = CanonicalJson.standard();

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void samplePopulatesEveryComponent(RecordType type) {
    List<String> empty = new ArrayList<>();
    collectEmpty(Samples.rich(type), type.typeName(), empty, 0);
    assertThat(empty).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void readsBackWhatItWrites(RecordType type) {
    MignetRecord sample = Samples.rich(type);
    String text = json.toJson(sample);
    assertThat(text).startsWith("{\"recordType\":\"" + type.typeName() + "\",\"meta\":");
    assertThat(json.fromJson(text)).isEqualTo(sample);
    assertThat(json.fromJson(json.withPrettyPrinting(true).toJson(sample))).isEqualTo(sample);
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void readsBackBundlesAndNdjson(RecordType type) {
    MignetRecord sample = Samples.rich(type);
    for (boolean bundle : new boolean[] {true, false}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (RecordWriter w =
          bundle ? json.withPrettyPrinting(true).bundleWriter(out) : json.ndjsonWriter(out)) {
        w.write(sample);
        w.write(sample);
      }
      List<ReadResult> results = new ArrayList<>();
      try (RecordReader r = json.reader(new ByteArrayInputStream(out.toByteArray()), "x")) {
        r.forEachRemaining(results::add);
      }
      assertThat(results)
          .hasSize(2)
          .allSatisfy(
              r -> {
                assertThat(r).isInstanceOf(ReadResult.Ok.class);
                assertThat(((ReadResult.Ok) r).record()).isEqualTo(sample);
              });
    }
  }

  private static void collectEmpty(Object value, String path, List<String> empty, int depth) {
    if (value == null
        || value instanceof Optional<?> o && o.isEmpty()
        || value instanceof List<?> l && l.isEmpty()
        || value instanceof Map<?, ?> m && m.isEmpty()) {
      empty.add(path);
      return;
    }
    if (value instanceof List<?> l && l.size() > 1) {
      // a component is empty if it is empty in every item (an observation has a number or a text,
      // not both)
      List<String> inAll = null;
      for (Object item : l) {
        List<String> e = new ArrayList<>();
        collectEmpty(List.of(item), path, e, depth);
        if (inAll == null) {
          inAll = e;
        } else {
          inAll.retainAll(e);
        }
      }
      empty.addAll(inAll);
      return;
    }
    Object v =
        value instanceof Optional<?> o ? o.get() : value instanceof List<?> l ? l.get(0) : value;
    if (v.getClass().isRecord()
        && v.getClass().getPackageName().equals("org.mignet.core.model")
        && depth < 12) {
      for (RecordComponent c : v.getClass().getRecordComponents()) {
        try {
          collectEmpty(c.getAccessor().invoke(v), path + "/" + c.getName(), empty, depth + 1);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
