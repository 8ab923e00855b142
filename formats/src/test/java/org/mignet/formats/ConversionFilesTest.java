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

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.model.Incident;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.Person;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.RecordType;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.Victim;
import org.mignet.formats.htcds.Htcds;
import org.mignet.formats.internal.PrivateTempFiles;
import org.mignet.formats.json.CanonicalJson;

/**
 * {@link Conversion#run(Path, Path)}: a file is converted into another all or nothing, never onto
 * itself.
 */
class ConversionFilesTest {

  private static final Incident INCIDENT =
      Incident.builder(RecordMeta.of("mmp", "1")).counts(2, 9, 11).build();
  private static final TraffickingCase CASE =
      TraffickingCase.builder(RecordMeta.of("case", "1"))
          .victim(
              Victim.builder(Person.builder(RecordMeta.of("p", "1")).build())
                  .exploitationType("ForcedLabour")
                  .build())
          .build();
  private static final Conversion NDJSON_TO_JSON =
      Conversion.from(Formats.named("ndjson")).to(Formats.named("json"));

  @TempDir Path dir;

  private Path ndjson(String name, MignetRecord... records) throws IOException {
    StringBuilder b = new StringBuilder();
    for (MignetRecord r : records) {
      b.append(CanonicalJson.standard().toJson(r)).append('\n');
    }
    return Files.writeString(dir.resolve(name), b);
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void convertsAFileIntoAnotherAndLeavesNothingElseBehind() throws IOException {
    Path in = ndjson("in.ndjson", INCIDENT, CASE);
    Path out = dir.resolve("out.json");

    ConversionReport report = NDJSON_TO_JSON.run(in, out);

    assertThat(report.written()).isEqualTo(2);
    List<MignetRecord> back = new java.util.ArrayList<>();
    try (RecordReader r = CanonicalJson.standard().reader(Files.newInputStream(out), "out.json")) {
      r.forEachRemaining(res -> back.add(((ReadResult.Ok) res).record()));
    }
    assertThat(back).containsExactly(INCIDENT, CASE);
    assertThat(files()).containsExactly(in, out);
  }

  @Test
  void refusesToConvertAFileOntoItself() throws IOException {
    Path in = ndjson("in.ndjson", INCIDENT);
    byte[] before = Files.readAllBytes(in);
    Path link = Files.createSymbolicLink(dir.resolve("link.ndjson"), in);
    Conversion same = Conversion.from(Formats.named("ndjson")).to(Formats.named("ndjson"));

    assertThatThrownBy(() -> same.run(in, in))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot convert in.ndjson onto itself");
    assertThatThrownBy(() -> same.run(in, link)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> same.run(link, in)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> same.run(in, dir.resolve(".").resolve("in.ndjson")))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(in).hasBinaryContent(before);
    assertThat(files()).containsExactly(in, link);
  }

  @Test
  void leavesAnExistingOutputUntouchedWhenTheRunFails() throws IOException {
    Path in = ndjson("in.ndjson", INCIDENT, CASE, INCIDENT);
    Path out = Files.writeString(dir.resolve("out.ndjson"), "the previous run's output\n");

    assertThatThrownBy(() -> Conversion.from(Formats.named("ndjson")).to(new Probe(2)).run(in, out))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("probe: failed after writing");

    assertThat(out).hasContent("the previous run's output");
    assertThat(files()).containsExactly(in, out);
  }

  @Test
  void removesTheTemporaryFileWhenTheRunFails() throws IOException {
    Path in = ndjson("in.ndjson", INCIDENT, CASE);

    assertThatThrownBy(
            () ->
                Conversion.from(Formats.named("ndjson"))
                    .to(new Probe(1))
                    .run(in, dir.resolve("out.ndjson")))
        .isInstanceOf(IllegalStateException.class);

    assertThat(files()).containsExactly(in);
  }

  @Test
  void aMissingOutputDirectoryIsAnErrorNamingTheOutput() throws IOException {
    Path in = ndjson("in.ndjson", INCIDENT);
    Path out = dir.resolve("no-such-dir").resolve("out.json");

    assertThatThrownBy(() -> NDJSON_TO_JSON.run(in, out))
        .isInstanceOf(UncheckedIOException.class)
        .cause()
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage(out + ": its directory does not exist");
    assertThat(files()).containsExactly(in);
  }

  @Test
  @org.mignet.formats.WithXlsx
  void readsAWorkbookInPlaceWithoutATemporaryCopy() throws IOException {
    Path workbook = workbook();
    Probe probe = new Probe(0);

    Conversion.from(Formats.named("htcds")).to(probe).run(workbook, dir.resolve("out.ndjson"));

    assertThat(probe.pendingAtFirstWrite)
        .isNotNull()
        .noneMatch(p -> p.toString().endsWith(".xlsx"));
  }

  @Test
  @org.mignet.formats.WithXlsx
  void createsTemporaryCopiesOfAWorkbookStreamReadableOnlyByTheOwner() throws IOException {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    Path workbook = workbook();
    Probe probe = new Probe(0);

    try (InputStream in = new BufferedInputStream(Files.newInputStream(workbook))) {
      Conversion.from(Formats.named("htcds"))
          .to(probe)
          .run(in, "cases.xlsx", OutputStream.nullOutputStream());
    }

    assertThat(probe.pendingAtFirstWrite)
        .filteredOn(p -> p.toString().endsWith(".xlsx"))
        .hasSize(1)
        .allSatisfy(p -> assertThat(probe.modes).containsEntry(p, "rw-------"))
        .allSatisfy(p -> assertThat(p).doesNotExist());
  }

  /**
   * @return a one-case HTCDS workbook, written by the library itself
   */
  private Path workbook() throws IOException {
    Path workbook = dir.resolve("cases.xlsx");
    Conversion.from(Formats.named("ndjson"))
        .to(Formats.named("htcds"))
        .options(FormatOptions.none().with(Htcds.WORKBOOK, true))
        .run(ndjson("case.ndjson", CASE), workbook);
    return workbook;
  }

  /**
   * NDJSON that carries every record type and looks at the temporary files when it first writes;
   * optionally fails after writing its n-th record, as a full disk or a bug would.
   */
  private static final class Probe implements Format {
    private final Format ndjson = Formats.named("ndjson");
    private final int failAfter;
    Set<Path> pendingAtFirstWrite;
    final java.util.Map<Path, String> modes = new java.util.HashMap<>();

    Probe(int failAfter) {
      this.failAfter = failAfter;
    }

    @Override
    public String name() {
      return "probe";
    }

    @Override
    public String mediaType() {
      return "application/x-ndjson";
    }

    @Override
    public List<String> fileExtensions() {
      return List.of("ndjson");
    }

    @Override
    public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
      return ndjson.reader(in, sourceName, options);
    }

    @Override
    public RecordWriter writer(OutputStream out, FormatOptions options) {
      RecordWriter target = ndjson.writer(out, options);
      return new RecordWriter() {
        private int written;

        @Override
        public void write(MignetRecord record) {
          if (written == 0) {
            pendingAtFirstWrite = PrivateTempFiles.pending();
            for (Path p : pendingAtFirstWrite) {
              try {
                modes.put(p, PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
              } catch (IOException | UnsupportedOperationException e) {
                modes.put(p, "?");
              }
            }
          }
          target.write(record);
          if (++written == failAfter) {
            throw new IllegalStateException("probe: failed after writing");
          }
        }

        @Override
        public void close() {
          target.close();
        }
      };
    }

    @Override
    public Set<RecordType> carries() {
      return EnumSet.allOf(RecordType.class);
    }

    @Override
    public boolean sniff(byte[] head) {
      return false;
    }
  }
}
