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
package org.mignet.examples.bench;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.mignet.core.code.Code;
import org.mignet.core.code.CodeLists;
import org.mignet.core.model.Consent;
import org.mignet.core.model.Coordinates;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Perpetrator;
import org.mignet.core.model.PerpetratorKind;
import org.mignet.core.model.Person;
import org.mignet.core.model.PersonName;
import org.mignet.core.model.Place;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.Sensitivity;
import org.mignet.core.model.Sex;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.model.TraffickingEvent;
import org.mignet.core.model.Victim;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Validation;
import org.mignet.core.validation.ValidationReport;

/**
 * Records per second validating generated {@code TraffickingCase} records already in memory (no
 * parsing): the {@code structural} and {@code exchange} profiles on one thread, and, where the core
 * has {@code Validation.validateAll}, the batch on 1 and 2 threads. The cases are deterministic
 * (seeded), canonical and realistic: one to three victims with person, codes from the HTCDS lists,
 * places with coordinates, perpetrators, events, a referral and consent; a few carry a defect.
 * Rounds are interleaved; the median is printed. Usage: {@code ValidationBenchmark [RECORDS]
 * [ROUNDS]} (defaults 100000 and 7).
 */
public final class ValidationBenchmark {

  private ValidationBenchmark() {}

  /**
   * @param args optional number of records and of measured rounds
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    TraffickingCase sample = cases(1, 1).get(0);
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    long cpu0 = mx.getCurrentThreadCpuTime();
    Validation validation = Validation.standard();
    ValidationReport first = validation.validate(sample);
    // CPU time of this thread says more than wall time on a shared machine
    System.out.printf(
        Locale.ROOT,
        "first validation (start-up): %.0f ms wall, %.0f ms CPU of this thread, %d issues%n",
        (System.nanoTime() - t0) / 1e6,
        (mx.getCurrentThreadCpuTime() - cpu0) / 1e6,
        first.issues().size());
    List<TraffickingCase> cases = cases(n, 20_261_207L);
    java.util.Map<String, Integer> byRule = new java.util.TreeMap<>();
    for (TraffickingCase c : cases.subList(0, Math.min(n, 1000))) {
      validation
          .validate(c, Profile.EXCHANGE)
          .issues()
          .forEach(i -> byRule.merge(i.ruleId().value(), 1, Integer::sum));
    }
    System.out.println("issues in the first 1000 cases, exchange: " + byRule);
    Method batch = batchMethod();
    double[] structural = new double[rounds];
    double[] exchange = new double[rounds];
    double[] one = new double[rounds];
    double[] two = new double[rounds];
    long issues = 0;
    for (int warm = 0; warm < 2; warm++) {
      issues =
          run(validation, cases, Profile.STRUCTURAL) + run(validation, cases, Profile.EXCHANGE);
      if (batch != null) {
        runBatch(batch, validation, cases, 1);
        runBatch(batch, validation, cases, 2);
      }
    }
    for (int r = 0; r < rounds; r++) {
      structural[r] = rate(n, () -> run(validation, cases, Profile.STRUCTURAL));
      exchange[r] = rate(n, () -> run(validation, cases, Profile.EXCHANGE));
      if (batch != null) {
        one[r] = rate(n, () -> runBatch(batch, validation, cases, 1));
        two[r] = rate(n, () -> runBatch(batch, validation, cases, 2));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d TraffickingCase records, %d issues over both profiles, median of %d rounds, "
            + "%d cores%n",
        n,
        issues,
        rounds,
        Runtime.getRuntime().availableProcessors());
    System.out.printf(
        Locale.ROOT, "structural, one thread      %,10.0f records/s%n", median(structural));
    System.out.printf(
        Locale.ROOT, "exchange, one thread        %,10.0f records/s%n", median(exchange));
    if (batch != null) {
      System.out.printf(
          Locale.ROOT, "validateAll exchange, 1 thread  %,10.0f records/s%n", median(one));
      System.out.printf(
          Locale.ROOT,
          "validateAll exchange, 2 threads %,10.0f records/s  ratio %.2f%n",
          median(two),
          median(two) / median(one));
    }
  }

  private interface Run {
    long go() throws Exception;
  }

  private static double rate(int n, Run run) throws Exception {
    long t0 = System.nanoTime();
    run.go();
    return n * 1e9 / (System.nanoTime() - t0);
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v[v.length / 2];
  }

  private static long run(Validation validation, List<TraffickingCase> cases, Profile profile) {
    long issues = 0;
    for (TraffickingCase c : cases) {
      issues += validation.validate(c, profile, Locale.ENGLISH).issues().size();
    }
    return issues;
  }

  /**
   * {@code Validation.validateAll}, looked up so that this program also runs against a core without
   * it.
   */
  private static Method batchMethod() {
    try {
      return Validation.class.getMethod(
          "validateAll", Iterator.class, Profile.class, Locale.class, int.class);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static long runBatch(
      Method batch, Validation validation, List<TraffickingCase> cases, int threads)
      throws Exception {
    Iterator<?> it =
        (Iterator<?>)
            batch.invoke(validation, cases.iterator(), Profile.EXCHANGE, Locale.ENGLISH, threads);
    long n = 0;
    while (it.hasNext()) {
      it.next();
      n++;
    }
    return n;
  }

  /**
   * @return {@code n} realistic trafficking cases, the same for the same seed
   */
  static List<TraffickingCase> cases(int n, long seed) {
    Random random = new Random(seed);
    Codes codes = new Codes();
    List<TraffickingCase> out = new ArrayList<>(n);
    Instant base = Instant.parse("2023-01-01T00:00:00Z");
    for (int i = 0; i < n; i++) {
      Instant created = base.plusSeconds(random.nextInt(500 * 86_400));
      RecordMeta meta =
          RecordMeta.of("iom-case", "C-" + i)
              .withSourceOrganization("IOM")
              .withLegalBasis("consent")
              .withTimestamps(created, created.plusSeconds(86_400L * random.nextInt(30)))
              .withSensitivity(Sensitivity.STRICTLY_CONFIDENTIAL);
      PartialDate opened =
          PartialDate.of(2023 + random.nextInt(2), 1 + random.nextInt(12), 1 + random.nextInt(28));
      TraffickingCase.Builder b =
          TraffickingCase.builder(meta)
              .status(codes.pick("htcds:cas_Status", random))
              .opened(opened)
              .caseOwner("user-" + random.nextInt(50));
      int victims = 1 + random.nextInt(3);
      for (int v = 0; v < victims; v++) {
        boolean female = random.nextBoolean();
        int born = 1970 + random.nextInt(35);
        Person.Builder p =
            Person.builder(RecordMeta.of("iom-person", "P-" + i + "-" + v))
                .name(
                    PersonName.of("Given" + random.nextInt(1000), "Family" + random.nextInt(1000)))
                .sex(female ? Sex.FEMALE : Sex.MALE)
                .gender(female ? "Feminine" : "Masculine")
                .birthDate(PartialDate.ofYear(born))
                .citizenship(codes.pick("icao-nationality", random))
                .countryOfBirth(codes.pick("iso3166", random))
                .language(codes.pick("iso639", random))
                .maritalStatus(codes.pick("htcds:prs_MaritalStatus", random))
                .numberOfChildren(random.nextInt(random.nextInt(50) == 0 ? 60 : 5));
        String status;
        do {
          status = codes.pick("htcds:vic_TraffickingStatus", random);
        } while (status.equals("NotAVictimOfTrafficking"));
        int ageWhenOpened = opened.year() - born - 1;
        Victim.Builder victim =
            Victim.builder(p.build())
                .status(status, codes.pick("htcds:vic_TraffickingStatusDecisionMakingOrg", random))
                .ageWhenTrafficked(18 + random.nextInt(Math.max(1, ageWhenOpened - 18)))
                .recruitmentMethod(codes.pick("htcds:vic_MethodOfRecruitment", random))
                .recruitmentPlace(place(codes, random))
                .methodOfControl(
                    codes.pick("htcds:vic_MethodsOfControl", random),
                    codes.pick("htcds:vic_MethodsOfControl", random))
                .exploitationType(codes.pick("htcds:vic_TypeOfExploitation", random))
                .exploitationPlace(place(codes, random))
                .vulnerability(codes.pick("htcds:vic_Vulnerabilities", random));
        b.victim(victim.build());
        b.event(
            TraffickingEvent.of(
                codes.pick("htcds:hte_Type", random), opened, place(codes, random)));
      }
      b.perpetrator(
          Perpetrator.builder()
              .kind(PerpetratorKind.INDIVIDUAL)
              .role(codes.pick("htcds:per_RoleInProcess", random))
              .nationality(codes.pick("icao-nationality", random))
              .sex(Sex.MALE)
              .build());
      b.consent(Consent.given("P-" + i + "-0", opened, "referral"));
      out.add(b.build());
    }
    return out;
  }

  private static Place place(Codes codes, Random random) {
    Place country = Place.country(codes.pick("iso3166", random));
    return new Place(
        country.name(),
        country.country(),
        country.adminArea1(),
        country.adminArea2(),
        java.util.Optional.of("City" + random.nextInt(100)),
        country.street(),
        country.postalCode(),
        country.pcode(),
        java.util.Optional.of(
            Coordinates.of(-60 + random.nextDouble() * 120, -170 + random.nextDouble() * 340)));
  }

  /** Canonical codes of the model's code lists. */
  private static final class Codes {
    private final java.util.Map<String, List<Code>> lists = new java.util.HashMap<>();

    String pick(String list, Random random) {
      List<Code> codes =
          lists.computeIfAbsent(list, id -> CodeLists.standard().require(id).codes());
      return codes.get(random.nextInt(codes.size())).code();
    }
  }
}
