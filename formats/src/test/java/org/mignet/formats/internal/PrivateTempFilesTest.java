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
package org.mignet.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateTempFilesTest {

  @TempDir Path dir;

  private static String mode(Path file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  private static void assumePosix() {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
  }

  @Test
  void createsFilesReadableOnlyByTheOwner() throws IOException {
    assumePosix();
    Path file = PrivateTempFiles.create(dir, "t-", ".tmp");
    try {
      assertThat(file.getParent()).isEqualTo(dir);
      assertThat(mode(file)).isEqualTo("rw-------");
      assertThat(PrivateTempFiles.pending()).contains(file);
    } finally {
      PrivateTempFiles.delete(file);
    }
  }

  @Test
  void createsTemporaryCopiesReadableOnlyByTheOwner() throws IOException {
    assumePosix();
    Path copy =
        PrivateTempFiles.copy(new ByteArrayInputStream(new byte[] {1, 2, 3}), "t-", ".xlsx");
    try {
      assertThat(copy).hasBinaryContent(new byte[] {1, 2, 3});
      // regression: the copies were made with Files.copy(…, REPLACE_EXISTING), which recreates the
      // file as 0644
      assertThat(mode(copy)).isEqualTo("rw-------");
    } finally {
      PrivateTempFiles.delete(copy);
    }
  }

  @Test
  void deletesAFileAndForgetsIt() throws IOException {
    Path file = PrivateTempFiles.create(dir, "t-", ".tmp");

    PrivateTempFiles.delete(file);

    assertThat(file).doesNotExist();
    assertThat(PrivateTempFiles.pending()).doesNotContain(file);
  }

  @Test
  void leavesNothingBehindWhenTheCopyFails() throws IOException {
    Set<Path> before = new HashSet<>(PrivateTempFiles.pending());
    InputStream failing =
        new SequenceInputStream(
            new ByteArrayInputStream(new byte[100]),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("disk gone");
              }
            });

    assertThatThrownBy(() -> PrivateTempFiles.copy(failing, "t-", ".xlsx")).hasMessage("disk gone");

    assertThat(PrivateTempFiles.pending()).isEqualTo(before);
  }
}
