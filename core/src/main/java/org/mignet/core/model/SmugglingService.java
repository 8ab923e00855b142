package org.mignet.core.model;

/** Services that smugglers provide to migrants. */
public enum SmugglingService {
  /** Transport. */
  TRANSPORT,
  /** Guidance across a border. */
  BORDER_CROSSING,
  /** Accommodation on the way. */
  ACCOMMODATION,
  /** Fraudulent or genuine documents. */
  DOCUMENTS,
  /** Food and water. */
  FOOD_AND_WATER,
  /** Information on routes. */
  INFORMATION,
  /** Enabling illegal stay (Smuggling Protocol, Art. 6(1)(c)). */
  ENABLING_STAY,
  /** Another service. */
  OTHER
}
