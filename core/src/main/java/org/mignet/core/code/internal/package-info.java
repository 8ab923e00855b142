/**
 * Implementation of the code lists that needs none of their API: resource reading and text folding. The resolving
 * table, which implements {@code CodeList}, is package-private in {@code org.mignet.core.code}, so that this
 * package is used by that one and does not use it. Not public API.
 */
package org.mignet.core.code.internal;
