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
package org.mignet.examples;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mignet.core.model.MignetRecord;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.json.CanonicalJson;

/**
 * Files the examples' tests share: the real data in ../shared, bundled samples copied out,
 * canonical reads.
 */
public final class TestFiles {

  private TestFiles() {}

  /**
   * @return the shared folder (surefire passes {@code mignet.shared.dir}; else ../../shared from
   *     the module); a missing folder fails with one line saying so (skipped instead with {@code
   *     -Dmignet.shared.optional=true})
   */
  public static Path shared() {
    String d = System.getProperty("mignet.shared.dir");
    Path dir = d != null ? Path.of(d) : Path.of("../../shared").toAbsolutePath().normalize();
    if (!Files.isDirectory(dir.resolve("data"))) {
      String message =
          "the conformance data is missing: no folder "
              + dir.resolve("data")
              + " (put the mignet 'shared' folder beside the repository or pass -Dmignet.shared.dir=<its path>;"
              + " -Dmignet.shared.optional=true skips the tests that need it)";
      if (Boolean.getBoolean("mignet.shared.optional")) {
        org.junit.jupiter.api.Assumptions.abort(message);
      }
      throw new org.opentest4j.AssertionFailedError(message);
    }
    return dir;
  }

  /**
   * @return a file of ../shared/data
   */
  public static Path sharedData(String relative) {
    return shared().resolve("data").resolve(relative);
  }

  /**
   * @return a bundled sample copied into {@code dir}
   */
  public static Path copySample(Path dir, String name) throws Exception {
    Path file = dir.resolve(name);
    try (InputStream in = Samples.open(name)) {
      Files.copy(in, file);
    }
    return file;
  }

  /**
   * @return every record of a canonical JSON file, failing if one cannot be read
   */
  public static List<MignetRecord> readCanonical(Path file) throws Exception {
    List<MignetRecord> out = new ArrayList<>();
    try (RecordReader r =
        CanonicalJson.standard().reader(Files.newInputStream(file), file.toString())) {
      r.forEachRemaining(res -> out.add(((ReadResult.Ok) res).record()));
    }
    return out;
  }
}
