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
package org.mignet.formats.tabular;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/** Reads a small CSV written in a test through a spec, one dataset per row, every result kept. */
final class MappingSpecTestAccess {

  private MappingSpecTestAccess() {}

  static List<ReadResult> read(String specJson, String csv) {
    return read(
        MappingSpec.parse(
            new ByteArrayInputStream(specJson.getBytes(StandardCharsets.UTF_8)), "spec.json"),
        csv);
  }

  static List<ReadResult> read(MappingSpec spec, String csv) {
    List<ReadResult> out = new ArrayList<>();
    // one dataset per row, so that a test sees what each row became
    try (RecordReader r =
        new MappedReader(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "t.csv",
                spec,
                null,
                null)
            .datasetPerRow()) {
      r.forEachRemaining(out::add);
    }
    return out;
  }
}
