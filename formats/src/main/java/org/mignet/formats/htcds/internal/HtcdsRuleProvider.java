package org.mignet.formats.htcds.internal;

import java.util.List;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Rule;
import org.mignet.core.validation.RuleProvider;
import org.mignet.formats.htcds.HtcdsRules;

/** Brings the {@code htcds-core} profile and its rules to every {@code Validation} built with mignet-formats. */
public final class HtcdsRuleProvider implements RuleProvider {

  @Override
  public List<Profile> profiles() {
    return List.of(HtcdsRules.profile());
  }

  @Override
  public List<Rule<?>> rules() {
    return HtcdsRules.rules();
  }
}
