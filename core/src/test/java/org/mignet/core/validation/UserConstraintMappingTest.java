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

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.model.Policy;

/**
 * Constraints a user adds to the sealed model through Bean Validation's own configuration ({@code
 * META-INF/validation.xml} and a constraint mapping) are still checked: with such a file on the
 * class path, Hibernate Validator checks the structural rules, the user's constraint included
 * (reported as {@code MG-MODEL-000} since its message is no mignet rule), along with the model's
 * own.
 */
class UserConstraintMappingTest {

  /** Loaded in the class loader with the user's mapping. */
  public static final class Probe {
    private Probe() {}

    /**
     * @return rule id and pointer of each issue of a policy with a title the user's mapping finds
     *     too short
     */
    public static List<String> issues() {
      Policy p =
          new Policy(
              Fixtures.meta("pol"),
              "Act",
              "ZZZ",
              Optional.empty(),
              Optional.empty(),
              List.of(),
              List.of("10.7"),
              Optional.empty());
      List<String> out = new ArrayList<>();
      Validation.builder()
          .clock(Fixtures.CLOCK)
          .build()
          .validate(p)
          .issues()
          .forEach(i -> out.add(i.ruleId().value() + " " + i.pointer()));
      return out;
    }
  }

  @Test
  void checksTheConstraintsOfAUsersMappingWithHibernateValidator(@TempDir Path dir)
      throws Exception {
    Files.createDirectories(dir.resolve("META-INF"));
    Files.writeString(
        dir.resolve("META-INF/validation.xml"),
        """
        <validation-config xmlns="https://jakarta.ee/xml/ns/validation/configuration" version="3.0">
          <constraint-mapping>META-INF/acme-constraints.xml</constraint-mapping>
        </validation-config>
        """);
    Files.writeString(
        dir.resolve("META-INF/acme-constraints.xml"),
        """
        <constraint-mappings xmlns="https://jakarta.ee/xml/ns/validation/mapping" version="3.0">
          <bean class="org.mignet.core.model.Policy" ignore-annotations="false">
            <field name="title">
              <constraint annotation="jakarta.validation.constraints.Size">
                <message>{ACME-001}</message>
                <element name="min">5</element>
              </constraint>
            </field>
          </bean>
        </constraint-mappings>
        """);
    List<URL> urls = new ArrayList<>(List.of(dir.toUri().toURL()));
    for (String c :
        List.of(
            Validation.class.getName(),
            Probe.class.getName(),
            "jakarta.validation.Valid",
            "org.hibernate.validator.HibernateValidator",
            "org.jboss.logging.Logger",
            "com.fasterxml.classmate.TypeResolver",
            "jakarta.el.ExpressionFactory",
            "org.glassfish.expressly.ExpressionFactoryImpl")) {
      URL u = Class.forName(c).getProtectionDomain().getCodeSource().getLocation();
      if (!urls.contains(u)) {
        urls.add(u);
      }
    }
    try (URLClassLoader isolated =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      Thread thread = Thread.currentThread();
      ClassLoader before = thread.getContextClassLoader();
      thread.setContextClassLoader(isolated);
      List<String> found;
      try {
        found = invoke(isolated);
      } finally {
        thread.setContextClassLoader(before);
      }
      assertThat(found).containsExactly("MG-CODE-001 /country", "MG-MODEL-000 /title");
    }
    // without the mapping, the plan checks the model's own constraint only
    assertThat(Probe.issues()).containsExactly("MG-CODE-001 /country");
  }

  @SuppressWarnings("unchecked")
  private static List<String> invoke(ClassLoader loader) throws Exception {
    return (List<String>) loader.loadClass(Probe.class.getName()).getMethod("issues").invoke(null);
  }
}
