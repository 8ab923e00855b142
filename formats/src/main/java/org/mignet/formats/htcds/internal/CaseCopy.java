package org.mignet.formats.htcds.internal;

import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.TraffickingCase;

/** Copies of trafficking cases with one part changed (the model has no withers for cases). */
public final class CaseCopy {

  private CaseCopy() {}

  /** Returns the case with other metadata. */
  public static TraffickingCase withMeta(TraffickingCase c, RecordMeta meta) {
    return new TraffickingCase(meta, c.status(), c.reasonForClosure(), c.caseOwner(), c.opened(), c.victims(),
        c.perpetrators(), c.palermo(), c.events(), c.referrals(), c.supportPlans(), c.consents(), c.comments());
  }
}
