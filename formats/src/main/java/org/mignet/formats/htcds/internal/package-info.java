/** Implementation of the HTCDS formats; not API. */
package org.mignet.formats.htcds.internal;
