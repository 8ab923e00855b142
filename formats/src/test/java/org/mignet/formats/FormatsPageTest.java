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
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/formats.md} true: the page is regenerated in memory from the registered formats
 * and must equal the committed file. With {@code -Dmignet.docs.write=true} the test writes the page
 * instead (see {@link FormatsPage#REGENERATE}).
 */
class FormatsPageTest {

  @Test
  void committedFormatsPageIsWhatTheFormatsSay() throws IOException {
    Path page = FormatsPage.repositoryRoot().resolve(FormatsPage.FILE);
    String expected = FormatsPage.render();
    if (Boolean.getBoolean("mignet.docs.write")) {
      Files.createDirectories(page.getParent());
      Files.writeString(page, expected, StandardCharsets.UTF_8);
    }
    if (!Files.isRegularFile(page)) {
      fail(FormatsPage.FILE + " is missing; generate it with: " + FormatsPage.REGENERATE);
    }
    List<String> want = expected.lines().toList();
    List<String> have = Files.readString(page, StandardCharsets.UTF_8).lines().toList();
    for (int i = 0; i < Math.max(want.size(), have.size()); i++) {
      String w = i < want.size() ? want.get(i) : "(end of file)";
      String h = i < have.size() ? have.get(i) : "(end of file)";
      if (!w.equals(h)) {
        fail(
            FormatsPage.FILE
                + " is stale at line "
                + (i + 1)
                + ":\n  committed: "
                + h
                + "\n  generated: "
                + w
                + "\nregenerate it with: "
                + FormatsPage.REGENERATE);
      }
    }
  }

  @Test
  void listsEveryRegisteredFormat() {
    String page = FormatsPage.render();
    for (Format f : Formats.all()) {
      assertThat(page).contains("\n## " + f.name() + "\n");
    }
  }
}
