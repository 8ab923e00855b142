/**
 * ICAO Doc 9303 machine-readable zones: {@link org.mignet.formats.mrz.Mrz} parses, checks and makes the MRZs of
 * TD1, TD2 and TD3 documents and of MRV-A and MRV-B visas, strictly or correcting OCR confusions that check digits
 * confirm; {@link org.mignet.formats.mrz.MrzRules} lists the read-level rules ({@code MG-MRZ-…}) and
 * {@link org.mignet.formats.mrz.MrzOptions} the options of the {@code mrz} format, which reads and writes text files
 * of MRZs as {@link org.mignet.core.model.TravelDocument}s through the pipeline ({@code Formats.named("mrz")}).
 */
package org.mignet.formats.mrz;
