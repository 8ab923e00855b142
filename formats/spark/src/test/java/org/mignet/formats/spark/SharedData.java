package org.mignet.formats.spark;

import java.nio.file.Path;

/** Where the real conformance files are: {@code mignet.shared.dir}, else {@code ../shared} beside the repository. */
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
    while (root != null && root.getParent() != null && root.getParent().resolve("pom.xml").toFile().exists()) {
      root = root.getParent();
    }
    return (root == null ? Path.of("..") : root).resolve("../shared").normalize();
  }

  static Path data(String relative) {
    return dir().resolve("data").resolve(relative);
  }
}
