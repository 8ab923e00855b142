package org.mignet.core.model;

/** Aggravating circumstances of migrant smuggling under the Smuggling Protocol, Art. 6(3). */
public enum AggravatingCircumstance {
  /** Circumstances that endanger, or are likely to endanger, the lives or safety of the migrants. */
  DANGER_TO_LIFE,
  /** Inhuman or degrading treatment, including for exploitation. */
  INHUMAN_OR_DEGRADING_TREATMENT,
  /** Exploitation of the migrants. */
  EXPLOITATION,
  /** The involvement of children. */
  CHILDREN_INVOLVED,
  /** The death of one or more migrants. */
  DEATH
}
