package org.mignet.formats.tabular;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;

/** Reads a small CSV written in a test through a spec, every result kept. */
final class MappingSpecTestAccess {

  private MappingSpecTestAccess() {}

  static List<ReadResult> read(String specJson, String csv) {
    return read(MappingSpec.parse(new ByteArrayInputStream(specJson.getBytes(StandardCharsets.UTF_8)), "spec.json"),
        csv);
  }

  static List<ReadResult> read(MappingSpec spec, String csv) {
    List<ReadResult> out = new ArrayList<>();
    try (RecordReader r = Mapping.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv",
        spec)) {
      r.forEachRemaining(out::add);
    }
    return out;
  }
}
