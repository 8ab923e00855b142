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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.MignetException;
import org.mignet.formats.tabular.TableReader;
import org.mignet.formats.tabular.TableWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 14, point 2: a user who depends on mignet-formats alone gets no Apache POI, XMLBeans,
 * commons-compress or Log4j, and a workbook then fails with a message naming the artifact that
 * reads it, never a NoClassDefFoundError. Three views of the same promise, each of which a change
 * would break: this module's resolved class path (Maven puts the whole dependency tree of compile,
 * runtime and test scope on it: none of those libraries is there), its declared dependencies (none
 * of them, in any scope a user inherits), and its compiled classes (no class names one). Not tagged
 * {@code xlsx}: it runs here only, where XLSX support is absent.
 */
class BaseWithoutPoiTest {

  /** What XLSX support brings, by package as a class file names it, and by Maven group. */
  private static final List<String> HEAVY_PACKAGES =
      List.of(
          "org/apache/poi/",
          "org/apache/xmlbeans/",
          "org/apache/commons/compress/",
          "org/apache/logging/log4j/",
          "org/openxmlformats/");

  private static final List<String> HEAVY_GROUPS =
      List.of(
          "org.apache.poi",
          "org.apache.xmlbeans",
          "org.apache.commons",
          "org.apache.logging.log4j",
          "commons-io");

  @Test
  void theResolvedClassPathHoldsNoneOfWhatXlsxSupportBrings() {
    ClassLoader loader = BaseWithoutPoiTest.class.getClassLoader();
    for (String p : HEAVY_PACKAGES) {
      assertThat(loader.getResource(p)).as("a class path entry holding %s", p).isNull();
    }
    for (String c :
        List.of(
            "org.apache.poi.ss.usermodel.Workbook",
            "org.apache.xmlbeans.XmlObject",
            "org.apache.commons.compress.archivers.zip.ZipFile",
            "org.apache.logging.log4j.LogManager")) {
      assertThatThrownBy(() -> Class.forName(c, false, loader))
          .as(c)
          .isInstanceOf(ClassNotFoundException.class);
    }
    assertThat(WithXlsx.Support.available())
        .as("a WorkbookCodec provider on the base's class path")
        .isFalse();
  }

  @Test
  void theBaseDeclaresNoneOfThemInAScopeAUserInherits() throws Exception {
    Path pom = moduleDir().resolve("pom.xml");
    Document doc =
        DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(pom.toFile());
    Element dependencies =
        (Element) doc.getDocumentElement().getElementsByTagName("dependencies").item(0);
    NodeList all = dependencies.getElementsByTagName("dependency");
    List<String> inherited = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element d = (Element) all.item(i);
      String scope = text(d, "scope");
      if (!"test".equals(scope) && !"provided".equals(scope)) {
        inherited.add(text(d, "groupId") + ":" + text(d, "artifactId"));
      }
    }
    assertThat(inherited)
        .as("what a user of %s inherits", pom)
        .contains("org.mignet:mignet-core")
        .noneMatch(g -> HEAVY_GROUPS.stream().anyMatch(h -> g.startsWith(h + ":")));
  }

  @Test
  void noCompiledClassOfTheBaseNamesThem() throws IOException {
    Path classes = classesDir();
    List<String> offending = new ArrayList<>();
    int scanned = 0;
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
        scanned++;
        // class names in a constant pool are plain ASCII in the file (modified UTF-8)
        String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        for (String p : HEAVY_PACKAGES) {
          if (bytes.contains(p)) {
            offending.add(classes.relativize(f) + " names " + p);
          }
        }
      }
    }
    assertThat(scanned).as("class files under %s", classes).isGreaterThan(100);
    assertThat(offending).isEmpty();
    assertThat(classes.resolve("META-INF/services/org.apache.logging.log4j.spi.Provider"))
        .doesNotExist();
  }

  @Test
  void aWorkbookWithoutXlsxSupportIsRefusedByNameOfTheArtifactNeeded() {
    byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};
    assertThatThrownBy(
            () -> TableReader.builder().open(new ByteArrayInputStream(zip), "cases.xlsx"))
        .isInstanceOf(MignetException.class)
        .hasMessageContaining(
            "XLSX support needs the artifact org.mignet:mignet-formats-xlsx on the class path");
    assertThatThrownBy(() -> Formats.named("xlsx").writer(new ByteArrayOutputStream()).close())
        .isInstanceOf(MignetException.class)
        .hasMessageContaining("org.mignet:mignet-formats-xlsx");
    assertThatThrownBy(() -> TableWriter.xlsx().open(new ByteArrayOutputStream()))
        .isInstanceOf(MignetException.class)
        .hasMessageContaining("org.mignet:mignet-formats-xlsx");
    // telling a workbook by its first bytes needs no POI
    assertThat(Formats.named("xlsx").sniff(zip)).isTrue();
  }

  @Test
  void findingWhichSpecsReadAWorkbookWithoutXlsxSupportSaysSoInsteadOfFindingNone(@TempDir Path dir)
      throws IOException {
    Path workbook = dir.resolve("stock.xlsx");
    Files.write(workbook, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
    List<org.mignet.formats.tabular.MappingSpec> specs =
        org.mignet.formats.tabular.MappingSpec.bundledNames().stream()
            .map(n -> org.mignet.formats.tabular.MappingSpec.bundled(n).orElseThrow())
            .toList();
    assertThatThrownBy(
            () -> org.mignet.formats.tabular.MappingSpec.readingLayoutOf(workbook, specs))
        .isInstanceOf(MignetException.class)
        .hasMessageContaining("org.mignet:mignet-formats-xlsx");
  }

  private static String text(Element parent, String name) {
    NodeList l = parent.getElementsByTagName(name);
    return l.getLength() == 0 ? null : l.item(0).getTextContent().trim();
  }

  private static Path classesDir() {
    try {
      return Path.of(Formats.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * @return formats/, from target/classes
   */
  private static Path moduleDir() {
    return classesDir().getParent().getParent();
  }
}
