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
 * How Apache POI's logging (the Log4j API) reaches the user without mignet choosing a logging
 * backend: a Log4j API provider of the lowest priority, used only when the application has no Log4j
 * backend of its own, that forwards to SLF4J when SLF4J has a provider and is silent otherwise. Not
 * API.
 */
package org.mignet.formats.xlsx.internal.logging;
