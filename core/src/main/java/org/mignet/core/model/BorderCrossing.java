package org.mignet.core.model;

/** Whether a border was crossed regularly, i.e. meeting the requirements for legal entry. */
public enum BorderCrossing {
  /** Through an official crossing point with the required documents. */
  REGULAR,
  /** Without complying with the requirements for legal entry (Smuggling Protocol, Art. 3(b)). */
  IRREGULAR,
  /** No international border was crossed on this leg. */
  NONE,
  /** Not known. */
  UNKNOWN
}
