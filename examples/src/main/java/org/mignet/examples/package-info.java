/** Runnable programs: the {@code mignet} command-line tool and quick-start samples. */
package org.mignet.examples;
