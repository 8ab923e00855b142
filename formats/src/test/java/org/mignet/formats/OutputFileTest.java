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
package org.mignet.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

  @TempDir Path dir;

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  private static void write(OutputFile file, String text) throws IOException {
    file.stream().write(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void assumePosix() {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
  }

  @Test
  void replacesTheTargetOnlyOnCommit() throws IOException {
    Path target = Files.writeString(dir.resolve("out.json"), "old");
    try (OutputFile file = OutputFile.open(target)) {
      write(file, "new");
      file.stream().close();
      assertThat(target).hasContent("old");

      file.commit();
    }
    assertThat(target).hasContent("new");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void leavesAnExistingTargetUntouchedWhenClosedWithoutCommit() throws IOException {
    Path target = Files.writeString(dir.resolve("out.json"), "old");
    try (OutputFile file = OutputFile.open(target)) {
      write(file, "half a recor");
    }
    assertThat(target).hasContent("old");
    assertThat(files()).containsExactly(target);
  }

  @Test
  void createsNoTargetWhenClosedWithoutCommit() throws IOException {
    try (OutputFile file = OutputFile.open(dir.resolve("out.json"))) {
      write(file, "half");
    }
    assertThat(files()).isEmpty();
  }

  @Test
  void writesToATemporaryFileBesideTheTargetReadableOnlyByTheOwner() throws IOException {
    assumePosix();
    Path target = dir.resolve("out.json");
    try (OutputFile file = OutputFile.open(target)) {
      write(file, "x");
      assertThat(files()).hasSize(1);
      Path temp = files().get(0);
      assertThat(temp.getFileName().toString()).startsWith(".out.json.").endsWith(".tmp");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp)))
          .isEqualTo("rw-------");
      file.commit();
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-------");
  }

  @Test
  void keepsThePermissionsOfAReplacedFile() throws IOException {
    assumePosix();
    Path target = Files.writeString(dir.resolve("out.json"), "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
    try (OutputFile file = OutputFile.open(target)) {
      write(file, "new");
      file.commit();
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void aMissingDirectoryIsAnErrorNamingTheTarget() {
    Path target = dir.resolve("no-such-dir").resolve("out.json");

    assertThatThrownBy(() -> OutputFile.open(target))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage(target + ": its directory does not exist");
  }

  @Test
  void refusesADirectory() {
    assertThatThrownBy(() -> OutputFile.open(dir)).hasMessage(dir + ": is a directory");
  }

  @Test
  void refusesAReadOnlyFile() throws IOException {
    Path readOnly = Files.writeString(dir.resolve("kept.json"), "old");
    assumeThat(readOnly.toFile().setWritable(false)).isTrue();
    assumeThat(Files.isWritable(readOnly)).as("not running as root").isFalse();

    assertThatThrownBy(() -> OutputFile.open(readOnly)).isInstanceOf(AccessDeniedException.class);
    assertThat(readOnly).hasContent("old");
  }

  @Test
  void replacesTheFileALinkPointsToAndKeepsTheLink() throws IOException {
    Path real = Files.writeString(dir.resolve("real.json"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
    try (OutputFile file = OutputFile.open(link)) {
      write(file, "new");
      file.commit();
    }
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(real).hasContent("new");
  }

  @Test
  void writesADeviceDirectly() throws IOException {
    Path devNull = Path.of("/dev/null");
    assumeThat(Files.exists(devNull)).isTrue();
    try (OutputFile file = OutputFile.open(devNull)) {
      write(file, "discarded");
      file.commit();
    }
    assertThat(Files.exists(devNull)).isTrue();
  }

  @Test
  void refusesWritesAfterCommitAndASecondCommit() throws IOException {
    try (OutputFile file = OutputFile.open(dir.resolve("out.json"))) {
      OutputStream out = file.stream();
      write(file, "x");
      file.commit();
      assertThatThrownBy(() -> out.write(1)).isInstanceOf(IOException.class);
      assertThatThrownBy(file::commit).isInstanceOf(IllegalStateException.class);
    }
    assertThat(dir.resolve("out.json")).hasContent("x");
  }

  @Test
  void seesTheSameFileThroughLinksAndRelativeNames() throws IOException {
    Path in = Files.writeString(dir.resolve("in.json"), "{}");
    Path symlink = Files.createSymbolicLink(dir.resolve("sym.json"), in);
    Path hardLink = Files.createLink(dir.resolve("hard.json"), in);
    Files.createDirectory(dir.resolve("sub"));

    assertThat(OutputFile.isSameFile(in, in)).isTrue();
    assertThat(OutputFile.isSameFile(in, dir.resolve("sub/../in.json"))).isTrue();
    assertThat(OutputFile.isSameFile(in, symlink)).isTrue();
    assertThat(OutputFile.isSameFile(symlink, in)).isTrue();
    assertThat(OutputFile.isSameFile(in, hardLink)).isTrue();
    assertThat(OutputFile.isSameFile(in, dir.resolve("other.json"))).isFalse();
    assertThat(OutputFile.isSameFile(dir.resolve("new.json"), dir.resolve("sub/../new.json")))
        .isTrue();
  }
}
