package org.mignet.formats.stat;

/**
 * What disclosure control did to a cell, with its SDMX {@code CONF_STATUS} code (code list {@code CL_CONF_STATUS}).
 */
public enum CellStatus {
  /** Published ({@code F}: free). */
  FREE("F"),
  /** Suppressed because the count is above 0 and below the threshold ({@code A}: primary, small counts). */
  PRIMARY("A"),
  /** Suppressed so that a primary cell cannot be worked out from the rest ({@code D}: secondary). */
  SECONDARY("D");

  private final String confStatus;

  CellStatus(String confStatus) {
    this.confStatus = confStatus;
  }

  /** Returns the SDMX {@code CONF_STATUS} code. */
  public String confStatus() {
    return confStatus;
  }

  /** Returns whether the cell's value is withheld. */
  public boolean isSuppressed() {
    return this != FREE;
  }
}
