/**
 * Tabular formats: CSV and XLSX tables read and written row by row ({@link org.mignet.formats.tabular.TableReader},
 * {@link org.mignet.formats.tabular.TableWriter}), and converted to and from the mignet model through a declarative
 * mapping spec ({@link org.mignet.formats.tabular.MappingSpec}). The row sources and the mapping machinery behind
 * these types are package-private here; {@code tabular.internal} holds only the registered formats, which use this
 * package and are not used by it.
 */
package org.mignet.formats.tabular;
