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

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.opentest4j.AssertionFailedError;

/**
 * Where the real conformance files are: {@code mignet.shared.dir}, else {@code ../shared} beside
 * the repository.
 *
 * <p>When the folder has no {@code data/}, every caller fails with one line saying so, not with a
 * {@code NoSuchFileException}; with {@code -Dmignet.shared.optional=true} the tests that need it
 * are skipped instead (CI never sets it: the conformance tests must not vanish silently).
 */
public final class SharedData {

  private SharedData() {}

  public static Path dir() {
    return requirePresent(locate());
  }

  /**
   * Returns {@code dir} if it holds {@code data/}; else fails (or, with {@code
   * mignet.shared.optional=true}, aborts the test) with one line naming what is missing and where
   * it was looked for.
   */
  public static Path requirePresent(Path dir) {
    Path data = dir.resolve("data");
    if (!Files.isDirectory(data)) {
      String message =
          "the conformance data is missing: no folder "
              + data.toAbsolutePath().normalize()
              + " (put the mignet 'shared' folder beside the repository or pass -Dmignet.shared.dir=<its path>;"
              + " -Dmignet.shared.optional=true skips the tests that need it)";
      if (Boolean.getBoolean("mignet.shared.optional")) {
        Assumptions.abort(message);
      }
      throw new AssertionFailedError(message);
    }
    return dir;
  }

  private static Path locate() {
    String p = System.getProperty("mignet.shared.dir");
    if (p != null && !p.isBlank()) {
      return Path.of(p);
    }
    Path here = Path.of("").toAbsolutePath();
    while (here != null && !here.resolve("pom.xml").toFile().exists()) {
      here = here.getParent();
    }
    Path root = here;
    while (root != null
        && root.getParent() != null
        && root.getParent().resolve("pom.xml").toFile().exists()) {
      root = root.getParent();
    }
    return (root == null ? Path.of("..") : root).resolve("../shared").normalize();
  }

  public static Path data(String relative) {
    return dir().resolve("data").resolve(relative);
  }
}
