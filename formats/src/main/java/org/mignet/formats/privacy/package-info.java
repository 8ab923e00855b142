/**
 * Sharing policies (DESIGN §6): keep, pseudonymise (keyed HMAC-SHA-256, stable within a sharing agreement),
 * generalise or drop personal values, applied by the conversion pipeline from the model's personal-data marks before
 * any writer sees a record ({@link org.mignet.formats.privacy.Redactor}), and reported as
 * {@link org.mignet.formats.Transformation}s. Start with {@link org.mignet.formats.privacy.SharingPolicy}.
 */
package org.mignet.formats.privacy;
