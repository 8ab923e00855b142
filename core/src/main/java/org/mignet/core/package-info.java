/**
 * mignet core: the migration-governance data model, its code lists, validation rules and privacy marks.
 *
 * <p>This module has no I/O formats and no Jackson dependency; formats live in {@code mignet-formats}.
 */
@NullMarked
package org.mignet.core;

import org.jspecify.annotations.NullMarked;
