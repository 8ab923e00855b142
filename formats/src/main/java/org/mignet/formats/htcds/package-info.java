/**
 * The Human Trafficking Case Data Standard (HTCDS, IOM) v2.0: its field dictionary ({@link
 * org.mignet.formats.htcds.HtcdsFields}), the table and XForm formats ({@link org.mignet.formats.htcds.Htcds}) and
 * the {@code htcds-core} validation profile ({@link org.mignet.formats.htcds.HtcdsRules}).
 */
package org.mignet.formats.htcds;
