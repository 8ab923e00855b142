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
package org.mignet.core.validation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.mignet.core.model.MignetRecord;

/**
 * The entry point for validating mignet records: structural rules (Bean Validation constraints on
 * the model) and semantic rules (consistency across fields), selected by a {@link Profile},
 * reported in one of the six UN languages.
 *
 * <p>{@link #standard()} is thread-safe; create a validation once and share it. Each profile is
 * compiled into a plan on first use (the rules that apply to each record class and the model's
 * Jakarta constraints as direct checks, run in one walk of the record), so that Hibernate Validator
 * is not started at all unless {@code META-INF/validation.xml} on the class path adds constraints
 * of its own; then the structural rules are checked by Hibernate Validator, as the model's
 * annotations declare them. Validation never throws for bad data: every problem is an {@link Issue}
 * in the returned {@link ValidationReport}. Many records are validated on several threads, in
 * order, with {@link #validateAll(Iterator, Profile, Locale, int)}.
 *
 * <pre>{@code
 * ValidationReport report = Validation.standard().validate(incident, Profile.EXCHANGE, Locale.FRENCH);
 * if (!report.isValid()) { System.out.println(report.toText()); }
 * }</pre>
 */
public final class Validation {

  private static volatile @Nullable Validation standard;

  private final Engine engine;
  private final List<CrossRecordRule> crossRecordRules;

  private Validation(Engine engine, List<CrossRecordRule> crossRecordRules) {
    this.engine = engine;
    this.crossRecordRules = crossRecordRules;
  }

  /**
   * Returns whether Bean Validation is configured on the class path ({@code
   * META-INF/validation.xml}, seen by the thread's context class loader or mignet's): the standard
   * way to add constraints to classes one does not own, such as mignet's sealed model. Then
   * Hibernate Validator checks the structural rules, so that those constraints count; otherwise a
   * validation never starts it. Touches no other mignet class (a command may ask before it starts
   * anything else).
   */
  public static boolean beanValidationConfigured() {
    String xml = "META-INF/validation.xml";
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    ClassLoader own = Validation.class.getClassLoader();
    return (context != null && context.getResource(xml) != null)
        || (own != null && own.getResource(xml) != null);
  }

  /** Returns the shared validation with mignet's standard rules and profiles. */
  public static Validation standard() {
    Validation v = standard;
    if (v == null) {
      synchronized (Validation.class) {
        v = standard;
        if (v == null) {
          v = builder().build();
          standard = v;
        }
      }
    }
    return v;
  }

  /**
   * Returns a builder that starts from the standard rules and profiles, plus those of every {@link
   * RuleProvider} on the class path, to add an agency's own.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the report of a record under this validation's {@code structural} profile, in English.
   */
  public ValidationReport validate(MignetRecord record) {
    Objects.requireNonNull(record, "record");
    return engine.validate(record, Profile.STRUCTURAL.name(), Locale.ENGLISH);
  }

  /**
   * Returns the report of a record under a profile of this validation, in English.
   *
   * @throws IllegalArgumentException if the profile is not one of this validation's
   */
  public ValidationReport validate(MignetRecord record, Profile profile) {
    return validate(record, profile, Locale.ENGLISH);
  }

  /**
   * Validates one record.
   *
   * @param record the record; not null
   * @param profile one of this validation's profiles ({@link Profile#STRUCTURAL}, {@link
   *     Profile#EXCHANGE}, or one {@link #profile(String)} gives); not null
   * @param locale the language rules see as {@link RuleContext#locale()}; not null. Issues keep
   *     their message as data: render it in any of the six UN languages with {@link
   *     Issue#message(Locale)} where it is shown
   * @return every issue found
   * @throws IllegalArgumentException if the profile is not one of this validation's
   */
  public ValidationReport validate(MignetRecord record, Profile profile, Locale locale) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(locale, "locale");
    return engine.validate(record, own(profile), locale);
  }

  /**
   * Validates many records on several threads, streaming, in input order: the i-th result is the
   * i-th record with its report, the same report {@link #validate(MignetRecord, Profile, Locale)}
   * gives. The source is read on the caller's thread, as results are asked for, and handed to the
   * workers in chunks of up to 64 records; at most {@code parallelism × 4} chunks are in flight at
   * a time, so memory does not grow with the length of the source. With {@code parallelism} 1
   * everything runs on the caller's thread, one record per {@code next()}.
   *
   * <p>Worker threads are daemons; they end when the source is drained, or two seconds after the
   * caller stops asking. A failure of the source (its {@code hasNext()} or {@code next()} throws)
   * is thrown from the returned iterator after the results of the records read before it. A rule
   * that throws ends the batch with its exception. The returned iterator is for one consumer
   * thread.
   *
   * <pre>{@code
   * Iterator<Validated<Person>> results = Validation.standard().validateAll(people.iterator(), Profile.EXCHANGE,
   *     Locale.ENGLISH, Runtime.getRuntime().availableProcessors());
   * while (results.hasNext()) { Validated<Person> v = results.next(); ... }
   * }</pre>
   *
   * @param records the records; not null, no null element (a null element throws {@link
   *     NullPointerException})
   * @param profile one of this validation's profiles; not null
   * @param locale the language rules see; not null
   * @param parallelism the number of threads that validate, at least 1
   * @param <R> the record type
   * @return the records with their reports, in input order
   * @throws IllegalArgumentException if the profile is not one of this validation's or {@code
   *     parallelism < 1}
   */
  public <R extends MignetRecord> Iterator<Validated<R>> validateAll(
      Iterator<? extends R> records, Profile profile, Locale locale, int parallelism) {
    Objects.requireNonNull(records, "records");
    String name = own(profile);
    Objects.requireNonNull(locale, "locale");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
    }
    engine.plan(name);
    return new OrderedBatch<>(records, r -> engine.validate(r, name, locale), parallelism);
  }

  /**
   * {@link #validateAll(Iterator, Profile, Locale, int)} over a stream: a sequential, ordered
   * stream of the records with their reports. Closing it closes the source stream and stops the
   * workers.
   *
   * @param records the records; not null
   * @param profile one of this validation's profiles; not null
   * @param locale the language rules see; not null
   * @param parallelism the number of threads that validate, at least 1
   * @param <R> the record type
   * @return the records with their reports, in input order
   * @throws IllegalArgumentException if the profile is not one of this validation's or {@code
   *     parallelism < 1}
   */
  public <R extends MignetRecord> Stream<Validated<R>> validateAll(
      Stream<? extends R> records, Profile profile, Locale locale, int parallelism) {
    Objects.requireNonNull(records, "records");
    Iterator<Validated<R>> it = validateAll(records.iterator(), profile, locale, parallelism);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(() -> ((OrderedBatch<?>) it).close())
        .onClose(records::close);
  }

  /** Returns the engine, for the tests that look at its compiled plans. */
  Engine engine() {
    return engine;
  }

  /**
   * Starts the cross-record rules of a profile (an identifier used twice, an agency's own {@link
   * CrossRecordRule}s) over one file or batch: hand the returned check each record in order. Its
   * memory grows with the distinct keys the rules keep, not with the number of records.
   *
   * @param profile one of this validation's profiles; not null
   * @return a new check with no record seen yet; not thread-safe
   * @throws IllegalArgumentException if the profile is not one of this validation's
   */
  public CrossRecordCheck crossRecord(Profile profile) {
    return crossRecord(profile, r -> true);
  }

  /**
   * Starts some of the cross-record rules of a profile over one file or batch: those of {@link
   * #crossRecord(Profile)} that {@code which} accepts. A caller that checks one rule in its own way
   * (an engine that finds an identifier used twice by grouping records on a cluster) runs the
   * others in order with this, without the state of the one it leaves out.
   *
   * @param profile one of this validation's profiles; not null
   * @param which accepts the definitions of the rules to run; not null
   * @return a new check with no record seen yet; not thread-safe
   * @throws IllegalArgumentException if the profile is not one of this validation's
   */
  public CrossRecordCheck crossRecord(
      Profile profile, java.util.function.Predicate<? super RuleDefinition> which) {
    String name = own(profile);
    Objects.requireNonNull(which, "which");
    Map<String, Profile> known = new LinkedHashMap<>();
    for (Profile p : engine.catalogue().profiles()) {
      known.put(p.name(), p);
    }
    Set<String> closure = new java.util.HashSet<>();
    java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(name));
    while (!todo.isEmpty()) {
      String n = todo.pop();
      if (closure.add(n)) {
        // the engine has checked that every included profile is known
        todo.addAll(Objects.requireNonNull(known.get(n), n).includes());
      }
    }
    List<CrossRecordRule> active = new ArrayList<>();
    for (CrossRecordRule r : crossRecordRules) {
      if (r.definition().profiles().stream().anyMatch(closure::contains)
          && which.test(r.definition())) {
        active.add(r);
      }
    }
    return new CrossRecordCheck(active);
  }

  /** Returns the catalogue of every rule and profile this validation knows. */
  public RuleCatalogue catalogue() {
    return engine.catalogue();
  }

  /** Returns the profiles this validation knows, in the order they were defined. */
  public List<Profile> profiles() {
    return engine.catalogue().profiles();
  }

  /**
   * Returns the profile of that name among those this validation knows: how a name given on a
   * command line or in a configuration ({@code exchange}) becomes a {@link Profile}.
   *
   * @param name a profile's name; not null
   * @throws IllegalArgumentException if this validation knows no profile of that name (the message
   *     lists those it knows)
   */
  public Profile profile(String name) {
    Objects.requireNonNull(name, "name");
    for (Profile p : engine.catalogue().profiles()) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown profile '"
            + org.mignet.core.internal.Values.cut(name, 40)
            + "'; known: "
            + String.join(", ", new java.util.TreeSet<>(engine.profileNames())));
  }

  /**
   * Returns the name of a profile, once it is known to be this validation's own (not another
   * definition under the same name).
   *
   * @param profile a profile; not null
   * @throws IllegalArgumentException if it is not one of this validation's profiles
   */
  private String own(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    if (!profile(profile.name()).equals(profile)) {
      throw new IllegalArgumentException(
          "profile '" + profile.name() + "' is defined otherwise in this validation");
    }
    return profile.name();
  }

  /** A builder of a {@link Validation} with an agency's own rules and profiles. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Profile> profiles = new LinkedHashMap<>();
    private final List<RuleDefinition> structural = new ArrayList<>();
    private final List<Rule<?>> rules = new ArrayList<>();
    private final List<CrossRecordRule> crossRecordRules = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    // null: decided by the class path (META-INF/validation.xml)
    private @Nullable Boolean beanValidation;

    private Builder() {
      for (Profile p : StandardRules.profiles()) {
        profiles.put(p.name(), p);
      }
      structural.addAll(StandardRules.structural());
      rules.addAll(StandardRules.semantic());
      for (RuleProvider provider :
          java.util.ServiceLoader.load(RuleProvider.class, Validation.class.getClassLoader())) {
        for (Profile p : provider.profiles()) {
          profiles.put(p.name(), p);
        }
        rules.addAll(provider.rules());
      }
      crossRecordRules.addAll(CrossRecordRules.standard());
      for (CrossRecordRule rule :
          java.util.ServiceLoader.load(CrossRecordRule.class, Validation.class.getClassLoader())) {
        crossRecordRules.add(rule);
      }
    }

    /**
     * Adds a cross-record rule (see {@link CrossRecordRule}).
     *
     * @param rule the rule; its id must not clash with another rule's
     * @return this builder
     */
    public Builder addCrossRecordRule(CrossRecordRule rule) {
      crossRecordRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Adds a semantic rule.
     *
     * @param rule the rule; its id must not clash with another rule's
     * @return this builder
     */
    public Builder addRule(Rule<?> rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Adds or replaces a profile.
     *
     * @param profile the profile; not null
     * @return this builder
     */
    public Builder addProfile(Profile profile) {
      profiles.put(profile.name(), profile);
      return this;
    }

    /**
     * Sets the clock that decides "today" for rules on future dates; the system UTC clock by
     * default.
     *
     * @param value the clock; not null
     * @return this builder
     */
    public Builder clock(Clock value) {
      clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Makes Hibernate Validator check the structural rules instead of the compiled plan (for the
     * tests that compare the two); by default it does so only when {@code META-INF/validation.xml}
     * is on the class path.
     */
    Builder beanValidation(boolean value) {
      beanValidation = value;
      return this;
    }

    /**
     * Returns the validation, thread-safe.
     *
     * @throws IllegalStateException if two rules share an id, or a rule or profile names an unknown
     *     profile
     */
    public Validation build() {
      // cross-record rules are checked by CrossRecordCheck, not the engine; the engine registers
      // their
      // definitions (ids unique, profiles known) and lists them in the catalogue
      List<RuleDefinition> definitions = new ArrayList<>(structural);
      crossRecordRules.forEach(r -> definitions.add(r.definition()));
      List<Profile> all = List.copyOf(profiles.values());
      return new Validation(
          beanValidation == null
              ? new Engine(all, definitions, rules, clock)
              : new Engine(all, definitions, rules, clock, beanValidation),
          List.copyOf(crossRecordRules));
    }
  }
}
