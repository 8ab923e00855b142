package org.mignet.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.internal.Pointers;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.internal.Walk;
import org.mignet.core.validation.internal.BeanValidation;

/** Runs structural and semantic rules over a record. Immutable and thread-safe after construction. */
final class Engine {

  private final Map<String, Profile> profiles;
  private final Map<String, RuleDefinition> definitions = new LinkedHashMap<>();
  private final List<Rule<?>> rules;
  private final Map<String, Set<String>> activeIds = new HashMap<>();
  private final Clock clock;
  private final RuleCatalogue catalogue;

  /**
   * @param profiles the profiles
   * @param structural definitions of the structural rules checked by Bean Validation
   * @param rules the semantic rules
   * @param clock the clock for "today"
   * @throws IllegalStateException on duplicate rule ids or unknown profile names
   */
  public Engine(List<Profile> profiles, List<RuleDefinition> structural, List<Rule<?>> rules, Clock clock) {
    this.profiles = new LinkedHashMap<>();
    for (Profile p : profiles) {
      this.profiles.put(p.name(), p);
    }
    for (RuleDefinition d : structural) {
      register(d);
    }
    for (Rule<?> r : rules) {
      register(r.definition());
    }
    this.rules = List.copyOf(rules);
    this.clock = clock;
    for (Profile p : profiles) {
      for (String included : p.includes()) {
        if (!this.profiles.containsKey(included)) {
          throw new IllegalStateException("profile " + p.name() + " includes unknown profile " + included);
        }
      }
    }
    for (RuleDefinition d : definitions.values()) {
      for (String p : d.profiles()) {
        if (!this.profiles.containsKey(p)) {
          throw new IllegalStateException("rule " + d.id() + " names unknown profile " + p);
        }
      }
    }
    for (String name : this.profiles.keySet()) {
      Set<String> closure = closure(name);
      Set<String> ids = new HashSet<>();
      for (RuleDefinition d : definitions.values()) {
        if (d.profiles().stream().anyMatch(closure::contains)) {
          ids.add(d.id());
        }
      }
      activeIds.put(name, Set.copyOf(ids));
    }
    this.catalogue = new RuleCatalogue(List.copyOf(definitions.values()), List.copyOf(this.profiles.values()));
  }

  private void register(RuleDefinition d) {
    if (definitions.putIfAbsent(d.id(), d) != null) {
      throw new IllegalStateException("two rules share the id " + d.id());
    }
  }

  private Set<String> closure(String name) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(name));
    while (!todo.isEmpty()) {
      String n = todo.pop();
      if (seen.add(n)) {
        todo.addAll(profiles.get(n).includes());
      }
    }
    return seen;
  }

  /** @return the catalogue */
  public RuleCatalogue catalogue() {
    return catalogue;
  }

  /** @return the profile names */
  public Set<String> profileNames() {
    return Set.copyOf(profiles.keySet());
  }

  /** Validates one record; see {@link org.mignet.core.validation.Validation#validate}. */
  public ValidationReport validate(MignetRecord record, String profile, Locale locale) {
    Set<String> active = activeIds.get(profile);
    if (active == null) {
      throw new IllegalArgumentException("unknown profile '" + profile + "'; known: " + profiles.keySet());
    }
    List<Issue> issues = new ArrayList<>();
    structural(record, active, locale, issues);
    semantic(record, profile, active, locale, issues);
    return new ValidationReport(issues);
  }

  private void structural(MignetRecord record, Set<String> active, Locale locale, List<Issue> out) {
    Validator validator = BeanValidation.validator();
    List<ConstraintViolation<MignetRecord>> violations = new ArrayList<>(validator.validate(record));
    // Bean Validation returns a set; sort for a stable report.
    violations.sort((a, b) -> pointer(a.getPropertyPath()).compareTo(pointer(b.getPropertyPath())));
    for (ConstraintViolation<MignetRecord> v : violations) {
      String template = v.getMessageTemplate();
      String id = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
          : template;
      RuleDefinition d = definitions.get(id);
      if (d == null) {
        d = StandardRules.unmappedConstraint();
      }
      if (!active.contains(d.id())) {
        continue;
      }
      String pointer = pointer(v.getPropertyPath());
      out.add(issue(d, record.getClass(), pointer, v.getInvalidValue(), true, locale, new Object[0]));
    }
  }

  private void semantic(MignetRecord record, String profile, Set<String> active, Locale locale, List<Issue> out) {
    List<Rule<?>> applicable = new ArrayList<>();
    for (Rule<?> r : rules) {
      if (active.contains(r.definition().id())) {
        applicable.add(r);
      }
    }
    if (applicable.isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    Walk.records(record, (value, model, pointer) -> {
      for (Rule<?> r : applicable) {
        if (r.target().isInstance(value)) {
          run(r, value, new Context(record, pointer, locale, today, profile, r.definition(), out));
        }
      }
    });
  }

  @SuppressWarnings("unchecked")
  private static <T> void run(Rule<T> rule, Object value, RuleContext context) {
    rule.check((T) value, context);
  }

  static Issue issue(RuleDefinition d, Class<?> rootType, String pointer, Object value, boolean withValue,
      Locale locale, Object[] args) {
    Optional<String> shown = Optional.empty();
    boolean masked = false;
    if (withValue && value != null && !(value instanceof Optional<?> o && o.isEmpty())) {
      if (RecordModel.of(rootType).categoryAt(pointer).isPresent()) {
        masked = true;
      } else {
        shown = Optional.of(display(value));
      }
    }
    return new Issue(d, d.severity(), pointer, SourceLocation.unknown(), null, Issue.arguments(args), shown, masked);
  }

  private static String display(Object value) {
    if (value instanceof Optional<?> o) {
      return String.valueOf(o.orElse(null));
    }
    if (value instanceof Record || value instanceof Collection<?>) {
      // a whole record or list is not a value to echo; its type says enough
      return value.getClass().getSimpleName();
    }
    return String.valueOf(value);
  }

  /**
   * Turns a Bean Validation property path into an RFC 6901 JSON Pointer over the canonical JSON, whose member
   * names are the record component names.
   */
  static String pointer(Path path) {
    StringBuilder b = new StringBuilder();
    for (Path.Node n : path) {
      if (n.isInIterable() && n.getIndex() != null) {
        b.append('/').append(n.getIndex());
      } else if (n.isInIterable() && n.getKey() != null) {
        b.append('/').append(Pointers.escape(String.valueOf(n.getKey())));
      }
      if (n.getKind() == ElementKind.PROPERTY && n.getName() != null) {
        b.append('/').append(Pointers.escape(n.getName()));
      }
    }
    return b.toString();
  }


  /** The context handed to one rule for one value. */
  private static final class Context implements RuleContext {
    private final MignetRecord root;
    private final String pointer;
    private final Locale locale;
    private final LocalDate today;
    private final String profile;
    private final RuleDefinition definition;
    private final List<Issue> out;

    Context(MignetRecord root, String pointer, Locale locale, LocalDate today, String profile,
        RuleDefinition definition, List<Issue> out) {
      this.root = root;
      this.pointer = pointer;
      this.locale = locale;
      this.today = today;
      this.profile = profile;
      this.definition = definition;
      this.out = out;
    }

    @Override
    public MignetRecord root() {
      return root;
    }

    @Override
    public String pointer() {
      return pointer;
    }

    @Override
    public Locale locale() {
      return locale;
    }

    @Override
    public LocalDate today() {
      return today;
    }

    @Override
    public String profile() {
      return profile;
    }

    @Override
    public void report(String relativePointer, Object... arguments) {
      out.add(issue(definition, root.getClass(), pointer + relativePointer, null, false, locale, arguments));
    }

    @Override
    public void reportValue(String relativePointer, Object value, Object... arguments) {
      out.add(issue(definition, root.getClass(), pointer + relativePointer, value, true, locale, arguments));
    }
  }
}
