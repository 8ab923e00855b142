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
 * The migration-governance data model: immutable records for people, travel documents, journeys,
 * trafficking, smuggling and return cases, incidents on migration routes, statistical datasets,
 * organisations, programmes, policies, indicators and referrals.
 *
 * <p>Every exchangeable record implements {@link org.mignet.core.model.MignetRecord} and carries
 * {@link org.mignet.core.model.RecordMeta}. Optional parts are {@link java.util.Optional},
 * collections are never null and are unmodifiable copies. Components that carry personal data are
 * marked with {@link org.mignet.core.privacy.PersonalData}. Canonical constructors reject values
 * that cannot be represented; data that can be represented but breaks the rules is reported by
 * {@code org.mignet.core.validation}.
 */
@NullMarked
package org.mignet.core.model;

import org.jspecify.annotations.NullMarked;
