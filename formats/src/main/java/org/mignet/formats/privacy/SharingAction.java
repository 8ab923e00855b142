package org.mignet.formats.privacy;

/** What a sharing policy does with a personal value when a writer writes it (DESIGN §6). */
public enum SharingAction {
  /** Write it unchanged. */
  KEEP,
  /** Replace it by a keyed HMAC-SHA-256 pseudonym, stable within one sharing agreement. */
  PSEUDONYMISE,
  /** Write a coarser value: a date as its year, coordinates to one decimal; text that has no coarser form is dropped. */
  GENERALISE,
  /** Leave it out. */
  DROP
}
