/**
 * Tabular formats: CSV and XLSX tables read and written row by row ({@link org.mignet.formats.tabular.TableReader},
 * {@link org.mignet.formats.tabular.TableWriter}), and converted to and from the mignet model through a declarative
 * mapping spec ({@link org.mignet.formats.tabular.MappingSpec}).
 */
package org.mignet.formats.tabular;
