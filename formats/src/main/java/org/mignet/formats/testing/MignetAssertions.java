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
package org.mignet.formats.testing;

/**
 * Entry point of mignet's AssertJ assertions, to import statically beside AssertJ's own: {@code
 * assertThat(MignetFiles.validate(path, spec, Profile.EXCHANGE)).hasNoErrors()}.
 */
public final class MignetAssertions {

  private MignetAssertions() {}

  /**
   * Returns its assertion.
   *
   * @param report a file report; may be null (the assertion then fails)
   */
  public static FileReportAssert assertThat(FileReport report) {
    return new FileReportAssert(report);
  }
}
