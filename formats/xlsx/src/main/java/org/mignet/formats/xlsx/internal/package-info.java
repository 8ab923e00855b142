/**
 * XLSX support (Apache POI) behind the {@link org.mignet.formats.internal.WorkbookCodec} service of mignet-formats:
 * streaming sheet reading (POI's event API and StAX) and writing (SXSSF). Nothing here is API; add the artifact
 * {@code org.mignet:mignet-formats-xlsx} and the formats read and write workbooks.
 */
package org.mignet.formats.xlsx.internal;
