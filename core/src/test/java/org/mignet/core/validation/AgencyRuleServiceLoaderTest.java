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
package org.mignet.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agency's cross-record rule listed for {@code ServiceLoader} joins the standard validation. The
 * test builds a class loader over the class path's URLs, so it runs in the class-path execution of
 * the build (see core/pom.xml), apart from {@link CrossRecordRuleTest}, which runs with the others
 * (and under mutation testing, which leaves out the class-path execution's tests).
 */
class AgencyRuleServiceLoaderTest {

  @Test
  void anAgencyRuleListedForServiceLoaderJoinsTheStandardValidation(@TempDir Path dir)
      throws Exception {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(
        services.resolve(CrossRecordRule.class.getName()),
        ExampleCaseReferenceRule.class.getName() + "\n");
    List<URL> urls = new ArrayList<>();
    urls.add(dir.toUri().toURL());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    // a loader of its own (parent: the platform), so that the listed rule does not join other
    // tests' validations
    try (URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      Class<?> rule = loader.loadClass(ExampleCaseReferenceRule.class.getName());
      @SuppressWarnings("unchecked")
      List<String> out = (List<String>) rule.getMethod("runStandard").invoke(null);
      assertThat(out)
          .containsExactly(
              "exchange ACME-XREC-001 /meta/extensions/acme:caseRef Expected each case reference once in a batch; "
                  + "found it again, first in cases.json, record 1.",
              "catalogue CROSS_RECORD");
    }
  }
}
