/** Implementation of the code lists: resource reading, text folding and the resolving table. Not public API. */
package org.mignet.core.code.internal;
