/**
 * Sharing policies (DESIGN §6): keep, pseudonymise (keyed HMAC-SHA-256, stable within a sharing agreement),
 * generalise or drop personal values, applied by writers and reported as
 * {@link org.mignet.formats.Transformation}s. Start with {@link org.mignet.formats.privacy.SharingPolicy}.
 */
package org.mignet.formats.privacy;
