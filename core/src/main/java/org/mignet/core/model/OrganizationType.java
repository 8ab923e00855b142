/*
 * Copyright 2026 the mignet authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.mignet.core.model;

/**
 * The kinds of organisation that take part in migration governance, after the stakeholders named in
 * the Global Compact for Migration's whole-of-society approach (para. 15 (j)).
 */
public enum OrganizationType {
  /**
   * An entity of the United Nations system (IOM, UNODC, UNHCR, ILO, UNICEF, OHCHR, UNDP, DESA…).
   */
  UN_ENTITY,
  /** Another intergovernmental or regional organisation. */
  INTERGOVERNMENTAL,
  /** A national or local government body, including ministries and border authorities. */
  GOVERNMENT,
  /** Police, border police, labour inspection and other law enforcement. */
  LAW_ENFORCEMENT,
  /** Courts and prosecution services. */
  JUDICIARY,
  /**
   * A non-governmental or civil-society organisation, including migrant and diaspora associations.
   */
  CIVIL_SOCIETY,
  /** A national human rights institution. */
  NATIONAL_HUMAN_RIGHTS_INSTITUTION,
  /** A trade union or workers' organisation. */
  TRADE_UNION,
  /** A business, employer or recruitment agency. */
  PRIVATE_SECTOR,
  /** A health service. */
  HEALTH_SERVICE,
  /** A school, university or research body. */
  ACADEMIA,
  /** The media. */
  MEDIA,
  /** A faith-based organisation. */
  FAITH_BASED,
  /** A donor or funding body. */
  DONOR,
  /** Anything else. */
  OTHER
}
