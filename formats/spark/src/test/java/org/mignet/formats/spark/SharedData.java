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
package org.mignet.formats.spark;

import java.nio.file.Path;

/**
 * Where the real conformance files are: {@code mignet.shared.dir}, else {@code ../shared} beside
 * the repository.
 */
final class SharedData {

  private SharedData() {}

  static Path dir() {
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

  static Path data(String relative) {
    return dir().resolve("data").resolve(relative);
  }
}
