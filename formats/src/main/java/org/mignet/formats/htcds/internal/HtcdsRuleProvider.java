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

import java.util.List;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Rule;
import org.mignet.core.validation.RuleProvider;
import org.mignet.formats.htcds.HtcdsRules;

/**
 * Brings the {@code htcds-core} profile and its rules to every {@code Validation} built with
 * mignet-formats.
 */
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
