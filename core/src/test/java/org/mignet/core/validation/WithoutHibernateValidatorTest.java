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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.Person;

/**
 * The standard validation does not need Hibernate Validator: in a class loader that holds
 * mignet-core and the Jakarta Validation API but no provider, it reports the model's constraints
 * (and the semantic rules) as it does here. So it is never started when nothing but the model's own
 * constraints is asked for.
 */
class WithoutHibernateValidatorTest {

  /** Loaded in both class loaders: validates a person that breaks a code list and a range. */
  public static final class Probe {
    private Probe() {}

    /**
     * @return rule id and pointer of each issue, structural then exchange
     */
    public static List<String> issues() {
      Person p =
          Fixtures.person("p1")
              .citizenship("ZZZ")
              .numberOfChildren(41)
              .countryOfBirth("FRA")
              .build();
      List<String> out = new ArrayList<>();
      for (Profile profile : List.of(Profile.STRUCTURAL, Profile.EXCHANGE)) {
        Fixtures.validate(p, profile)
            .issues()
            .forEach(i -> out.add(i.ruleId().value() + " " + i.pointer()));
      }
      return out;
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void reportsTheModelsConstraintsWithNoBeanValidationProviderOnTheClassPath() throws Exception {
    URL core = Validation.class.getProtectionDomain().getCodeSource().getLocation();
    URL tests = Probe.class.getProtectionDomain().getCodeSource().getLocation();
    URL api = jakarta.validation.Valid.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader isolated =
        new URLClassLoader(new URL[] {core, tests, api}, ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> isolated.loadClass("org.hibernate.validator.HibernateValidator"))
          .isInstanceOf(ClassNotFoundException.class);
      Thread thread = Thread.currentThread();
      ClassLoader before = thread.getContextClassLoader();
      thread.setContextClassLoader(isolated);
      List<String> found;
      try {
        found =
            (List<String>)
                isolated.loadClass(Probe.class.getName()).getMethod("issues").invoke(null);
      } finally {
        thread.setContextClassLoader(before);
      }
      assertThat(found)
          .contains("MG-CODE-002 /citizenships/0", "MG-PERSON-004 /numberOfChildren")
          .isEqualTo(Probe.issues());
    }
  }
}
