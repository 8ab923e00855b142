/**
 * SDMX structural metadata and validation against it: {@link org.mignet.formats.sdmx.SdmxStructures} reads
 * SDMX-ML 2.1 structure messages, and the key families and codelists of SDMX-ML 2.0 ones (dataflows, data structure definitions, codelists, concept schemes, content
 * constraints) into immutable records; {@link org.mignet.formats.sdmx.StructureValidator} checks datasets against
 * them (rules {@code MG-SDMX-010}..{@code 015}); {@link org.mignet.formats.sdmx.SdmxOptions#STRUCTURE} makes the
 * {@code sdmx-csv}, {@code sdmx-json} and {@code sdmx-ml} readers check what they read.
 */
package org.mignet.formats.sdmx;
