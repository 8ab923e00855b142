/**
 * Sharing policies: per personal-data category, or per path of the model, what leaves the agency: keep,
 * pseudonymise (keyed HMAC-SHA-256, stable within a sharing agreement), generalise or drop. Start with
 * {@link org.mignet.formats.privacy.SharingPolicy}.
 *
 * <p>The policy is the conversion pipeline's ({@link org.mignet.formats.Conversion}), which never hands it to a
 * format:
 * <ul>
 *   <li>it fails closed: {@link org.mignet.formats.privacy.SharingPolicy#read(java.nio.file.Path)} refuses a file
 *       with an unknown member, a member of the wrong type, an unknown category or action, a category without an
 *       action, a key written into the policy, or a pseudonymising policy that names no key; the key itself is
 *       read and checked ({@link org.mignet.formats.privacy.Redactor#of}) before any record is read or written;</li>
 *   <li>it is applied by {@link org.mignet.formats.privacy.Redactor} to every record before the writer sees it,
 *       from the model's {@link org.mignet.core.privacy.PersonalData} marks, so a newly marked field is protected
 *       without touching any format; a record the policy cannot be applied to (it would remove a required value)
 *       is rejected, not written;</li>
 *   <li>every change is reported, by path and action, as a {@link org.mignet.formats.Transformation}.</li>
 * </ul>
 * Failures are {@link org.mignet.formats.privacy.PolicyException}s, whose messages never contain personal data or
 * the key.
 */
package org.mignet.formats.privacy;
