package org.mignet.core.model;

/** How a migrant returned to the country of origin. */
public enum ReturnType {
  /** Assisted voluntary return (AVR, AVRR), administrative and logistical support by IOM or another body. */
  ASSISTED_VOLUNTARY,
  /** Voluntary return without assistance. */
  VOLUNTARY_INDEPENDENT,
  /** Forced return: removal or deportation by the host State. */
  FORCED,
  /** Spontaneous return without any State or agency involvement. */
  SPONTANEOUS
}
