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
package org.mignet.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.mignet.core.internal.Walk;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Term;
import org.mignet.formats.internal.Words;
import org.mignet.formats.testing.RecordGenerator;

/**
 * The loss plan finds what the full walk finds: for every format's coverage and for coverages that
 * lose paths at random (scalars, lists of scalars, list items, partial dates in lists, map keys),
 * over generated records that fill every component, the same lost leaves and the same list sizes,
 * in the same order.
 */
class LossPlanTest {

  /**
   * The accounting as it was before the plan: every populated leaf named, each asked of the
   * coverage.
   */
  private static List<String> fullWalk(RecordType type, Coverage coverage, MignetRecord record) {
    List<String> out = new ArrayList<>();
    Walk.Scan scan = Walk.scan(record);
    for (Map.Entry<String, Integer> list : scan.listSizes().entrySet()) {
      OptionalInt max = coverage.maxItems(type, list.getKey());
      if (max.isPresent()) {
        out.add("list " + list.getKey() + " " + list.getValue() + " of " + max.getAsInt());
      }
    }
    for (String path : scan.leaves()) {
      coverage.lossReason(type, path).ifPresent(r -> out.add("leaf " + path + " " + r));
    }
    return out;
  }

  private static List<String> planned(LossPlan plan, MignetRecord record) {
    List<String> out = new ArrayList<>();
    LossPlan.Found found = plan.scan(record);
    if (found != null) {
      found.lists.forEach((path, n) -> out.add("list " + path + " " + n[0] + " of " + n[1]));
      found.leaves.forEach((path, r) -> out.add("leaf " + path + " " + r));
    }
    return out;
  }

  /** Loses a path, and carries some items of a list, when a seeded hash of the path says so. */
  private static Coverage random(int seed) {
    Term reason = Words.LOSS_MMP_PLACE;
    return new Coverage() {
      @Override
      public Optional<Term> lossReason(RecordType type, String path) {
        return (path.hashCode() * 31 + seed) % 3 == 0 ? Optional.of(reason) : Optional.empty();
      }

      @Override
      public OptionalInt maxItems(RecordType type, String listPath) {
        return (listPath.hashCode() + seed) % 2 == 0
            ? OptionalInt.of(Math.abs(seed % 3))
            : OptionalInt.empty();
      }
    };
  }

  @Test
  void findsWhatTheFullWalkFindsForEveryFormatAndRandomCoverages() {
    Map<String, Coverage> coverages = new LinkedHashMap<>();
    for (Format f : Formats.all()) {
      coverages.put(f.name(), f.coverage());
    }
    for (int seed = 0; seed < 12; seed++) {
      coverages.put("random " + seed, random(seed));
    }
    coverages.put("every path", (type, path) -> Optional.of(Words.LOSS_MMP_PLACE));
    long losses = 0;
    for (RecordType type : RecordType.values()) {
      List<MignetRecord> records =
          new RecordGenerator(31L * (type.ordinal() + 1)).records(type, 25);
      for (Map.Entry<String, Coverage> c : coverages.entrySet()) {
        LossPlan plan = LossPlan.of(type, c.getValue());
        for (MignetRecord r : records) {
          List<String> expected = fullWalk(type, c.getValue(), r);
          assertThat(planned(plan, r)).as("%s %s", c.getKey(), type).isEqualTo(expected);
          losses += expected.size();
        }
      }
    }
    assertThat(losses).as("losses compared").isGreaterThan(10_000);
  }

  @Test
  void aTargetThatCarriesEverythingDoesNotWalkRecords() {
    for (RecordType type : RecordType.values()) {
      assertThat(LossPlan.of(type, Coverage.EVERYTHING).losesNothing()).isTrue();
      assertThat(
              LossPlan.of(type, Coverage.EVERYTHING)
                  .scan(new RecordGenerator(1).records(type, 1).get(0)))
          .isNull();
    }
    assertThat(
            LossPlan.of(
                    RecordType.TRAFFICKING_CASE,
                    (t, p) ->
                        p.equals("/status") ? Optional.of(Words.LOSS_MMP_PLACE) : Optional.empty())
                .losesNothing())
        .isFalse();
  }
}
