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
package org.mignet.formats.htcds.internal;

import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.TraffickingCase;

/** Copies of trafficking cases with one part changed (the model has no withers for cases). */
public final class CaseCopy {

  private CaseCopy() {}

  /** Returns the case with other metadata. */
  public static TraffickingCase withMeta(TraffickingCase c, RecordMeta meta) {
    return new TraffickingCase(
        meta,
        c.status(),
        c.reasonForClosure(),
        c.caseOwner(),
        c.opened(),
        c.victims(),
        c.perpetrators(),
        c.palermo(),
        c.events(),
        c.referrals(),
        c.supportPlans(),
        c.consents(),
        c.comments());
  }
}
