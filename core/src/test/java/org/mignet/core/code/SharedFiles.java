package org.mignet.core.code;

import java.nio.file.Path;

/** Locates the shared conformance files (system property {@code mignet.shared.dir}, else {@code ../shared}). */
final class SharedFiles {

  private SharedFiles() {
  }

  static Path dir() {
    Path p = Path.of(System.getProperty("mignet.shared.dir", "../shared"));
    if (!p.isAbsolute()) {
      // relative paths are relative to the repository root, the parent of the module directory
      p = Path.of(System.getProperty("user.dir")).getParent().resolve(p);
    }
    return p.normalize();
  }

  static Path resolve(String relative) {
    return dir().resolve(relative);
  }
}
