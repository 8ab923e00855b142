/**
 * Code lists as data: ISO 3166-1 countries with UN M49 regions ({@link org.mignet.core.code.Countries}), ICAO
 * Doc 9303 nationality codes ({@link org.mignet.core.code.IcaoCodes}), ISO 639 languages, ISO 4217
 * currencies, the GCM objectives and guiding principles, and the HTCDS v2.0 picklists
 * ({@link org.mignet.core.code.HtcdsCodeLists}). Every list is a {@link org.mignet.core.code.CodeList} with a
 * version and source, found through {@link org.mignet.core.code.CodeLists#standard()}, and resolves the
 * aliases and names met in real files to canonical codes, saying how ({@link org.mignet.core.code.Resolution}).
 *
 * <p>All types are immutable and thread-safe. {@code org.mignet.core.code.internal} is not public API.
 */
@NullMarked
package org.mignet.core.code;

import org.jspecify.annotations.NullMarked;
