/**
 * The migration-governance data model: immutable records for people, travel documents, journeys, trafficking,
 * smuggling and return cases, incidents on migration routes, statistical datasets, organisations, programmes,
 * policies, indicators and referrals.
 *
 * <p>Every exchangeable record implements {@link org.mignet.core.model.MignetRecord} and carries
 * {@link org.mignet.core.model.RecordMeta}. Optional parts are {@link java.util.Optional}, collections are never
 * null and are unmodifiable copies. Components that carry personal data are marked with
 * {@link org.mignet.core.privacy.PersonalData}. Canonical constructors reject values that cannot be represented;
 * data that can be represented but breaks the rules is reported by {@code org.mignet.core.validation}.
 */
@NullMarked
package org.mignet.core.model;

import org.jspecify.annotations.NullMarked;
