/**
 * AssertJ assertions for partners' own test suites: check a file or a record against the shared mignet rules
 * before sending it, e.g. {@code assertThat(MignetFiles.validate(path, spec, "exchange")).hasNoErrors()}. AssertJ
 * is an optional dependency of mignet-formats: add {@code org.assertj:assertj-core} to your test scope to use them.
 */
package org.mignet.formats.testing;
