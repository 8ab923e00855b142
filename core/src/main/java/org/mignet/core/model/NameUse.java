package org.mignet.core.model;

/** What a person's name is used for. */
public enum NameUse {
  /** The name the person uses and is known by. */
  PRIMARY,
  /** The name as written in an identity or travel document. */
  OFFICIAL,
  /** A name given at birth and since changed. */
  BIRTH,
  /** An alias, nickname or name used by perpetrators. */
  ALIAS,
  /** Any other use. */
  OTHER
}
