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
package org.mignet.core.validation.internal;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import org.mignet.core.MignetException;

/**
 * The shared Bean Validation validator. Built once, lazily; thread-safe. Messages are not
 * interpolated by Bean Validation: the template is the rule id, and mignet formats the message in
 * the reader's language.
 */
public final class BeanValidation {

  private BeanValidation() {}

  private static final class Holder {
    static final Validator VALIDATOR = build();
  }

  /** Returns the shared validator, built on first use. */
  public static Validator validator() {
    return Holder.VALIDATOR;
  }

  private static Validator build() {
    try {
      ValidatorFactory factory =
          jakarta.validation.Validation.byDefaultProvider()
              .configure()
              .messageInterpolator(new KeepTemplate())
              .buildValidatorFactory();
      return factory.getValidator();
    } catch (RuntimeException e) {
      throw new MignetException(
          "no Bean Validation provider: put hibernate-validator and expressly on the "
              + "runtime class path (mignet-core declares them as runtime dependencies)",
          e);
    }
  }

  private static final class KeepTemplate implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return template;
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return template;
    }
  }
}
