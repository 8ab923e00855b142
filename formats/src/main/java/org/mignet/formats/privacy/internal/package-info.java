/** How the pipeline applies a sharing policy to a record, from the model's personal-data marks. Not API. */
package org.mignet.formats.privacy.internal;
