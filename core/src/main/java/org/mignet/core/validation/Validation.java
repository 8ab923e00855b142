package org.mignet.core.validation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mignet.core.model.MignetRecord;

/**
 * The entry point for validating mignet records: structural rules (Bean Validation constraints on the model)
 * and semantic rules (consistency across fields), selected by a {@link Profile}, reported in one of the six UN
 * languages.
 *
 * <p>{@link #standard()} is thread-safe and costly to create the first time (it builds the Bean Validation
 * metadata); create it once and share it. Validation never throws for bad data: every problem is an
 * {@link Issue} in the returned {@link ValidationReport}.
 *
 * <pre>{@code
 * ValidationReport report = Validation.standard().validate(incident, Profile.EXCHANGE, Locale.FRENCH);
 * if (!report.isValid()) { System.out.println(report.toText()); }
 * }</pre>
 */
public final class Validation {

  private static volatile Validation standard;

  private final Engine engine;

  private Validation(Engine engine) {
    this.engine = engine;
  }

  /** @return the shared validation with mignet's standard rules and profiles */
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
   * @return a builder that starts from the standard rules and profiles, plus those of every {@link RuleProvider}
   *     on the class path, to add an agency's own
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the report of a record under the {@code structural} profile, in English */
  public ValidationReport validate(MignetRecord record) {
    return validate(record, Profile.STRUCTURAL, Locale.ENGLISH);
  }

  /** @return the report of a record under a profile, in English */
  public ValidationReport validate(MignetRecord record, String profile) {
    return validate(record, profile, Locale.ENGLISH);
  }

  /**
   * Validates one record.
   *
   * @param record the record; not null
   * @param profile the profile's name; not null
   * @param locale the language rules see as {@link RuleContext#locale()}; not null. Issues keep their message as
   *     data: render it in any of the six UN languages with {@link Issue#message(Locale)} where it is shown
   * @return every issue found
   * @throws IllegalArgumentException if the profile is unknown
   */
  public ValidationReport validate(MignetRecord record, String profile, Locale locale) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(locale, "locale");
    return engine.validate(record, profile, locale);
  }

  /** @return the engine, for the tests that look at its compiled plans */
  Engine engine() {
    return engine;
  }

  /** @return the catalogue of every rule and profile this validation knows */
  public RuleCatalogue catalogue() {
    return engine.catalogue();
  }

  /** @return the names of the profiles this validation knows */
  public Set<String> profiles() {
    return engine.profileNames();
  }

  /** A builder of a {@link Validation} with an agency's own rules and profiles. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Profile> profiles = new LinkedHashMap<>();
    private final List<RuleDefinition> structural = new ArrayList<>();
    private final List<Rule<?>> rules = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private Boolean beanValidation;

    private Builder() {
      for (Profile p : StandardRules.profiles()) {
        profiles.put(p.name(), p);
      }
      structural.addAll(StandardRules.structural());
      rules.addAll(StandardRules.semantic());
      for (RuleProvider provider : java.util.ServiceLoader.load(RuleProvider.class, Validation.class.getClassLoader())) {
        for (Profile p : provider.profiles()) {
          profiles.put(p.name(), p);
        }
        rules.addAll(provider.rules());
      }
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
     * Sets the clock that decides "today" for rules on future dates; the system UTC clock by default.
     *
     * @param value the clock; not null
     * @return this builder
     */
    public Builder clock(Clock value) {
      clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Makes Hibernate Validator check the structural rules instead of the compiled plan (for the tests that compare
     * the two); by default it does so only when {@code META-INF/validation.xml} is on the class path.
     */
    Builder beanValidation(boolean value) {
      beanValidation = value;
      return this;
    }

    /**
     * @return the validation, thread-safe
     * @throws IllegalStateException if two rules share an id, or a rule or profile names an unknown profile
     */
    public Validation build() {
      List<Profile> all = List.copyOf(profiles.values());
      return new Validation(beanValidation == null ? new Engine(all, structural, rules, clock)
          : new Engine(all, structural, rules, clock, beanValidation));
    }
  }
}
