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
 * The Human Trafficking Case Data Standard (HTCDS, IOM) v2.0: its field dictionary ({@link
 * org.mignet.formats.htcds.HtcdsFields}), the table and XForm formats ({@link
 * org.mignet.formats.htcds.Htcds}) and the {@code htcds-core} validation profile ({@link
 * org.mignet.formats.htcds.HtcdsRules}).
 */
@NullMarked
package org.mignet.formats.htcds;

import org.jspecify.annotations.NullMarked;
