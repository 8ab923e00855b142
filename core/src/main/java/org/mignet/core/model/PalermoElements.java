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

import static org.mignet.core.model.internal.Checks.list;

import java.util.List;
import org.mignet.core.constraints.InCodeList;

/**
 * The three elements of trafficking in persons under the Palermo Protocol, Art. 3: an act, by a
 * means, for the purpose of exploitation. Means are not required where the victim is a child (Art.
 * 3(c); rule {@code MG-TIP-001}).
 *
 * @param acts the acts established
 * @param means the means established
 * @param purposes the purposes of exploitation, as HTCDS {@code vic_TypeOfExploitation} codes (the
 *     Protocol's list is open: "at a minimum")
 */
public record PalermoElements(
    List<TraffickingAct> acts,
    List<TraffickingMeans> means,
    List<@InCodeList(value = "htcds:vic_TypeOfExploitation", message = "{MG-CODE-005}") String>
        purposes) {

  /** Copies the lists. */
  public PalermoElements {
    acts = list(acts, "palermo.acts");
    means = list(means, "palermo.means");
    purposes = list(purposes, "palermo.purposes");
  }
}
