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
package org.mignet.formats.tabular.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.model.Incident;
import org.mignet.core.model.RecordMeta;
import org.mignet.formats.Formats;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.internal.FileInput;
import org.mignet.formats.internal.PrivateTempFiles;
import org.mignet.formats.tabular.TableReader;
import org.mignet.formats.tabular.TableWriter;

/**
 * The temporary files of the tabular layer: private to their owner, gone on close, none for a file
 * input.
 */
class TemporaryFilesTest {

  @TempDir Path dir;

  private Set<Path> before;

  @BeforeEach
  void rememberPending() {
    before = PrivateTempFiles.pending();
  }

  private Set<Path> made() {
    Set<Path> now = new HashSet<>(PrivateTempFiles.pending());
    now.removeAll(before);
    return now;
  }

  private static byte[] workbook() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TableWriter w = TableWriter.xlsx().open(bytes)) {
      w.writeRow(List.of("name", "count"));
      w.writeRow(List.of("a", "1"));
    }
    return bytes.toByteArray();
  }

  private static String mode(Path file) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  @Test
  void createsTemporaryCopiesOfWorkbooksReadableOnlyByTheOwner() throws IOException {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    Set<Path> copies;
    try (TableReader table =
        TableReader.builder().open(new ByteArrayInputStream(workbook()), "w.xlsx")) {
      copies = made();
      assertThat(copies).hasSize(1);
      for (Path copy : copies) {
        assertThat(mode(copy)).isEqualTo("rw-------");
      }
      assertThat(table.next().cells()).containsExactly("a", "1");
    }
    assertThat(made()).isEmpty();
    assertThat(copies).allSatisfy(p -> assertThat(p).doesNotExist());
  }

  @Test
  void readsAWorkbookFileInPlace() throws IOException {
    Path file = Files.write(dir.resolve("w.xlsx"), workbook());

    try (TableReader table = TableReader.builder().open(FileInput.open(file), "w.xlsx")) {
      assertThat(made()).isEmpty();
      assertThat(table.next().cells()).containsExactly("a", "1");
    }
  }

  @Test
  void spoolsCanonicalTablesToAFileReadableOnlyByTheOwnerAndDeletesIt() throws IOException {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    Set<Path> spools;
    try (RecordWriter writer = Formats.named("csv").writer(new ByteArrayOutputStream())) {
      writer.write(Incident.builder(RecordMeta.of("mmp", "1")).counts(2, 9, 11).build());
      spools = made();
      assertThat(spools).hasSize(1);
      for (Path spool : spools) {
        assertThat(mode(spool)).isEqualTo("rw-------");
      }
    }
    assertThat(made()).isEmpty();
    assertThat(spools).allSatisfy(p -> assertThat(p).doesNotExist());
  }
}
