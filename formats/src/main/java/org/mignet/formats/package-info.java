/** mignet formats: codecs that read and write the mignet model in the agencies' interchange formats. */
package org.mignet.formats;
