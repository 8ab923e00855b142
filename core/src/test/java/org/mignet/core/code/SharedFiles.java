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
package org.mignet.core.code;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.opentest4j.AssertionFailedError;

/**
 * Locates the shared conformance files (system property {@code mignet.shared.dir}, else {@code
 * ../shared}). A missing folder fails with one line saying so (skipped instead with {@code
 * -Dmignet.shared.optional=true}).
 */
final class SharedFiles {

  private SharedFiles() {}

  static Path dir() {
    Path p = Path.of(System.getProperty("mignet.shared.dir", "../shared"));
    if (!p.isAbsolute()) {
      // relative paths are relative to the repository root, the parent of the module directory
      p = Path.of(System.getProperty("user.dir")).getParent().resolve(p);
    }
    p = p.normalize();
    if (!Files.isDirectory(p.resolve("data"))) {
      String message =
          "the conformance data is missing: no folder "
              + p.resolve("data")
              + " (put the mignet 'shared' folder beside the repository or pass -Dmignet.shared.dir=<its path>;"
              + " -Dmignet.shared.optional=true skips the tests that need it)";
      if (Boolean.getBoolean("mignet.shared.optional")) {
        Assumptions.abort(message);
      }
      throw new AssertionFailedError(message);
    }
    return p;
  }

  static Path resolve(String relative) {
    return dir().resolve(relative);
  }
}
