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
package org.mignet.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mignet.core.internal.Pointers;
import org.mignet.core.internal.Walk;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordType;
import org.mignet.formats.FormatsPage;

/**
 * The paths {@code docs/formats.md} asks each format about are those a conversion meets: every
 * populated leaf and list of a fully populated record ({@link Samples#rich}), as {@link Walk#scan}
 * names them, is among the paths {@link FormatsPage} enumerates from the metamodel (map keys taken
 * as {@link FormatsPage#ANY_KEY}).
 */
class FormatsPagePathsTest {

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void enumeratesEveryPathAConversionMeets(RecordType type) {
    MignetRecord record = Samples.rich(type);
    Walk.Scan scan = Walk.scan(record);
    FormatsPage.Paths paths = FormatsPage.paths(type);
    List<String> leaves = scan.leaves().stream().map(p -> anyKey(type, p)).toList();
    assertThat(paths.leaves()).containsAll(leaves);
    assertThat(paths.lists()).containsAll(scan.listSizes().keySet());
  }

  /** A leaf below a map: its last token is a key, which the page writes as {@code {key}}. */
  private static String anyKey(RecordType type, String leaf) {
    List<String> tokens = Pointers.tokens(leaf);
    for (int n = tokens.size() - 1; n > 0; n--) {
      String parent =
          "/" + String.join("/", tokens.subList(0, n).stream().map(Pointers::escape).toList());
      if (isMap(type, parent)) {
        return parent + "/" + FormatsPage.ANY_KEY;
      }
    }
    return leaf;
  }

  private static boolean isMap(RecordType type, String path) {
    return FormatsPage.paths(type).leaves().contains(path + "/" + FormatsPage.ANY_KEY);
  }
}
