package org.mignet.core.model;

/** How a leg of a journey was travelled. */
public enum TransportMode {
  /** On foot. */
  FOOT,
  /** By car, van or pick-up. */
  CAR,
  /** By bus or coach. */
  BUS,
  /** By lorry or truck, including hidden in cargo. */
  TRUCK,
  /** By train. */
  TRAIN,
  /** By boat or ship. */
  BOAT,
  /** By aircraft. */
  AIR,
  /** By animal. */
  ANIMAL,
  /** Several modes or another. */
  OTHER,
  /** Not known. */
  UNKNOWN
}
