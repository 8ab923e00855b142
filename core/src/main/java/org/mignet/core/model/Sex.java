package org.mignet.core.model;

/**
 * Sex as recorded in statistics and travel documents (SDMX {@code CL_SEX}: F, M, _U; ICAO 9303: F, M, X).
 * Gender identity is a separate field of {@link Person}.
 */
public enum Sex {
  /** Female (SDMX {@code F}). */
  FEMALE("F"),
  /** Male (SDMX {@code M}). */
  MALE("M"),
  /** Neither female nor male, or unspecified on a travel document (ICAO {@code X}). */
  OTHER("X"),
  /** Not known or not recorded (SDMX {@code _U}). */
  UNKNOWN("_U");

  private final String sdmxCode;

  Sex(String sdmxCode) {
    this.sdmxCode = sdmxCode;
  }

  /** Returns the SDMX {@code CL_SEX} code ({@code X} for {@link #OTHER}, which SDMX lacks). */
  public String sdmxCode() {
    return sdmxCode;
  }
}
