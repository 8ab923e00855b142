package org.mignet.core.validation;

import java.util.List;

/**
 * A source of extra profiles and rules, found with {@link java.util.ServiceLoader} when a {@link Validation} is
 * built: a format module ships its profile (e.g. {@code htcds-core}) by listing a provider in
 * {@code META-INF/services/org.mignet.core.validation.RuleProvider}, and {@link Validation#standard()} then knows
 * it. Agencies may ship providers too, or add rules explicitly with {@link Validation#builder()}.
 *
 * <p>Implementations need a public no-argument constructor and must be thread-safe.
 */
public interface RuleProvider {

  /** Returns the profiles this provider adds; their names must not clash with other profiles. */
  List<Profile> profiles();

  /** Returns the rules this provider adds; their ids must not clash with other rules. */
  List<Rule<?>> rules();
}
