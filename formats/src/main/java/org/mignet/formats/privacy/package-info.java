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
 * Sharing policies: per personal-data category, or per path of the model, what leaves the agency:
 * keep, pseudonymise (keyed HMAC-SHA-256, stable within a sharing agreement), generalise or drop.
 * Start with {@link org.mignet.formats.privacy.SharingPolicy}.
 *
 * <p>The policy is the conversion pipeline's ({@link org.mignet.formats.Conversion}), which never
 * hands it to a format:
 *
 * <ul>
 *   <li>it fails closed: {@link org.mignet.formats.privacy.SharingPolicy#read(java.nio.file.Path)}
 *       refuses a file with an unknown member, a member of the wrong type, an unknown category or
 *       action, a category without an action, a key written into the policy, or a pseudonymising
 *       policy that names no key; the key itself is read and checked ({@link
 *       org.mignet.formats.privacy.Redactor#of}) before any record is read or written;
 *   <li>it is applied by {@link org.mignet.formats.privacy.Redactor} to every record before the
 *       writer sees it, from the model's {@link org.mignet.core.privacy.PersonalData} marks, so a
 *       newly marked field is protected without touching any format; a record the policy cannot be
 *       applied to (it would remove a required value) is rejected, not written;
 *   <li>every change is reported, by path and action, as a {@link
 *       org.mignet.formats.Transformation}.
 * </ul>
 *
 * Failures are {@link org.mignet.formats.privacy.PolicyException}s, whose messages never contain
 * personal data or the key.
 */
@NullMarked
package org.mignet.formats.privacy;

import org.jspecify.annotations.NullMarked;
