package org.mignet.formats.testing;

/**
 * Entry point of mignet's AssertJ assertions, to import statically beside AssertJ's own:
 * {@code assertThat(MignetFiles.validate(path, spec, "exchange")).hasNoErrors()}.
 */
public final class MignetAssertions {

  private MignetAssertions() {}

  /**
   * Returns its assertion.
   *
   * @param report a file report; may be null (the assertion then fails)
   */
  public static FileReportAssert assertThat(FileReport report) {
    return new FileReportAssert(report);
  }
}
