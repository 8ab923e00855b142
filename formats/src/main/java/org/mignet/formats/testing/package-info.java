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
/**
 * AssertJ assertions for partners' own test suites: check a file or a record against the shared
 * mignet rules before sending it, e.g. {@code assertThat(MignetFiles.validate(path, spec,
 * Profile.EXCHANGE)).hasNoErrors()}. AssertJ is an optional dependency of mignet-formats: add
 * {@code org.assertj:assertj-core} to your test scope to use them.
 */
@NullMarked
package org.mignet.formats.testing;

import org.jspecify.annotations.NullMarked;
