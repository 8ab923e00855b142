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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.model.MignetRecord;

/**
 * The one walk of a {@link ValidationPlan} over a record: constraint checks where Bean Validation
 * would cascade, semantic rules on every nested record, and the {@link RuleContext} the rules see.
 * It keeps where it is as a stack of tokens and makes a JSON Pointer only when an issue is raised
 * or a rule asks for it.
 *
 * <p>One walker per thread, reused from record to record ({@link #acquire()}); not thread-safe
 * itself.
 */
final class PlanWalker implements RuleContext {

  private static final ThreadLocal<PlanWalker> WALKERS = ThreadLocal.withInitial(PlanWalker::new);
  private static final long MILLIS_PER_DAY = 86_400_000L;

  private String[] names = new String[16];
  private int[] indices = new int[16];
  private int depth;
  private String pointer = "";
  private int pointerDepth = -1;
  private boolean busy;

  // set for the length of one walk (validate); null between walks
  private @Nullable MignetRecord root;
  private Profile profile = Profile.STRUCTURAL;
  private Locale locale = Locale.ROOT;
  // todayEpochDay starts unset, so the first today() reads whichever clock this holds
  private Clock clock = Clock.systemUTC();
  private @Nullable RuleDefinition rule;
  private @Nullable List<Issue> structural;
  private @Nullable List<Issue> semantic;
  private @Nullable LocalDate today;
  private long todayEpochDay = Long.MIN_VALUE;

  /**
   * Returns this thread's walker, or a fresh one if a rule validates a record while its own is
   * being validated.
   */
  static PlanWalker acquire() {
    PlanWalker w = WALKERS.get();
    return w.busy ? new PlanWalker() : w;
  }

  /**
   * Walks a record.
   *
   * @param plan the compiled plan
   * @param node the plan of the record's class
   * @param record the record
   * @param locale the locale rules see
   * @param clock the clock of "today"
   * @param constraints whether to run the plan's constraint checks
   * @param before issues found before the walk (Hibernate Validator's), placed first; may be null
   * @return the report
   */
  ValidationReport validate(
      ValidationPlan plan,
      ValidationPlan.Node node,
      MignetRecord record,
      Locale locale,
      Clock clock,
      boolean constraints,
      @Nullable List<Issue> before) {
    busy = true;
    try {
      this.root = record;
      this.profile = plan.profile();
      this.locale = locale;
      if (!clock.equals(this.clock)) {
        this.clock = clock;
        this.todayEpochDay = Long.MIN_VALUE;
      }
      this.depth = 0;
      this.pointerDepth = -1;
      this.structural = null;
      this.semantic = null;
      walk(node, record, constraints);
      if (structural == null && semantic == null && (before == null || before.isEmpty())) {
        return ValidationReport.empty();
      }
      List<Issue> all = new ArrayList<>();
      if (before != null) {
        all.addAll(before);
      }
      if (structural != null) {
        // Bean Validation reported structural issues sorted by pointer; keep that order
        structural.sort((a, b) -> a.pointer().compareTo(b.pointer()));
        all.addAll(structural);
      }
      if (semantic != null) {
        all.addAll(semantic);
      }
      return new ValidationReport(all);
    } finally {
      root = null;
      rule = null;
      structural = null;
      semantic = null;
      busy = false;
    }
  }

  private void walk(ValidationPlan.Node node, Object value, boolean cascaded) {
    Rule<Object>[] rules = node.rules;
    for (Rule<Object> r : rules) {
      rule = r.definition();
      r.check(value, this);
    }
    rule = null;
    for (ValidationPlan.Step s : node.steps) {
      Object v = s.component.get(value);
      push(s.token);
      switch (s.shape) {
        case VALUE -> {
          if (cascaded) {
            check(s.valueChecks, v);
          }
          if (s.child != null && v != null) {
            walk(s.child, v, cascaded && s.cascade);
          }
        }
        case OPTIONAL -> {
          Optional<?> o = (Optional<?>) v;
          if (o.isPresent()) {
            Object e = o.get();
            if (cascaded) {
              check(s.elementChecks, e);
            }
            if (s.child != null) {
              walk(s.child, e, cascaded && s.cascade);
            }
          }
        }
        case LIST -> {
          List<?> list = (List<?>) v;
          for (int i = 0, n = list.size(); i < n; i++) {
            Object e = list.get(i);
            pushIndex(i);
            if (cascaded) {
              check(s.elementChecks, e);
            }
            if (s.child != null && e != null) {
              walk(s.child, e, cascaded && s.cascade);
            }
            pop();
          }
        }
        default -> throw new IllegalStateException("unknown shape " + s.shape);
      }
      pop();
    }
  }

  private void check(ConstraintCheck[] checks, Object value) {
    for (ConstraintCheck c : checks) {
      if (!c.isValid(value)) {
        if (structural == null) {
          structural = new ArrayList<>(4);
        }
        structural.add(
            Engine.issue(
                c.rule, walked().getClass(), pointer(), value, true, locale, new Object[0]));
      }
    }
  }

  private void push(String token) {
    grow();
    names[depth] = token;
    indices[depth] = -1;
    depth++;
  }

  private void pushIndex(int index) {
    grow();
    names[depth] = null;
    indices[depth] = index;
    depth++;
  }

  private void pop() {
    depth--;
    if (pointerDepth > depth) {
      pointerDepth = -1;
    }
  }

  private void grow() {
    if (pointerDepth >= depth) {
      pointerDepth = -1;
    }
    if (depth == names.length) {
      names = java.util.Arrays.copyOf(names, depth * 2);
      indices = java.util.Arrays.copyOf(indices, depth * 2);
    }
  }

  /**
   * Returns whether the current pointer is exactly {@code p}, without making the current pointer.
   */
  boolean pointerIs(String p) {
    int at = 0;
    for (int i = 0; i < depth; i++) {
      if (at >= p.length() || p.charAt(at) != '/') {
        return false;
      }
      at++;
      if (names[i] != null) {
        if (!p.startsWith(names[i], at)) {
          return false;
        }
        at += names[i].length();
      } else {
        int end = at;
        while (end < p.length() && p.charAt(end) != '/') {
          end++;
        }
        if (end == at || !Integer.toString(indices[i]).equals(p.substring(at, end))) {
          return false;
        }
        at = end;
      }
    }
    return at == p.length();
  }

  @Override
  public MignetRecord root() {
    return walked();
  }

  private MignetRecord walked() {
    MignetRecord r = root;
    if (r == null) {
      throw new IllegalStateException("a rule context is used only while a record is walked");
    }
    return r;
  }

  @Override
  public String pointer() {
    if (pointerDepth != depth) {
      if (depth == 0) {
        pointer = "";
      } else {
        StringBuilder b = new StringBuilder(depth * 12);
        for (int i = 0; i < depth; i++) {
          b.append('/');
          if (names[i] != null) {
            b.append(names[i]);
          } else {
            b.append(indices[i]);
          }
        }
        pointer = b.toString();
      }
      pointerDepth = depth;
    }
    return pointer;
  }

  @Override
  public Locale locale() {
    return locale;
  }

  @Override
  public LocalDate today() {
    if (!clock.getZone().equals(ZoneOffset.UTC)) {
      return LocalDate.now(clock);
    }
    long day = Math.floorDiv(clock.millis(), MILLIS_PER_DAY);
    LocalDate t = today;
    if (t == null || day != todayEpochDay) {
      t = LocalDate.ofEpochDay(day);
      today = t;
      todayEpochDay = day;
    }
    return t;
  }

  @Override
  public Profile profile() {
    return profile;
  }

  @Override
  public void report(String relativePointer, Object... arguments) {
    add(
        Engine.issue(
            definition(),
            walked().getClass(),
            pointer() + relativePointer,
            null,
            false,
            locale,
            arguments));
  }

  @Override
  public void reportValue(String relativePointer, @Nullable Object value, Object... arguments) {
    add(
        Engine.issue(
            definition(),
            walked().getClass(),
            pointer() + relativePointer,
            value,
            true,
            locale,
            arguments));
  }

  private RuleDefinition definition() {
    if (rule == null) {
      throw new IllegalStateException("a rule context is used only while its rule checks a value");
    }
    return rule;
  }

  private void add(Issue issue) {
    if (semantic == null) {
      semantic = new ArrayList<>(4);
    }
    semantic.add(issue);
  }
}
