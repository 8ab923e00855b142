/**
 * Personal-data marks on the model and the tools that read them. Nothing personal is written to logs,
 * exception messages, {@code toString()} or validation reports.
 */
@NullMarked
package org.mignet.core.privacy;

import org.jspecify.annotations.NullMarked;
