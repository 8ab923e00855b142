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

import java.util.List;

/**
 * A source of extra profiles and rules, found with {@link java.util.ServiceLoader} when a {@link
 * Validation} is built: a format module ships its profile (e.g. {@code htcds-core}) by listing a
 * provider in {@code META-INF/services/org.mignet.core.validation.RuleProvider}, and {@link
 * Validation#standard()} then knows it. Agencies may ship providers too, or add rules explicitly
 * with {@link Validation#builder()}.
 *
 * <p>Implementations need a public no-argument constructor and must be thread-safe.
 */
public interface RuleProvider {

  /** Returns the profiles this provider adds; their names must not clash with other profiles. */
  List<Profile> profiles();

  /** Returns the rules this provider adds; their ids must not clash with other rules. */
  List<Rule<?>> rules();
}
