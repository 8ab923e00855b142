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
package org.mignet.formats.json.internal;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mignet.core.internal.Component;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.RecordType;

/**
 * The canonical JSON binding of one record class of the model, worked out once per class from its
 * {@link RecordModel} and cached: each component's shape and pre-encoded member name, the members
 * by name, where the metadata sits. Reading and writing a record then asks the metamodel nothing.
 * Immutable and thread-safe.
 */
final class JsonBinding {

  private static final ClassValue<JsonBinding> BINDINGS =
      new ClassValue<>() {
        @Override
        protected JsonBinding computeValue(Class<?> type) {
          return new JsonBinding(RecordModel.of(type));
        }
      };

  /**
   * One component as the canonical form reads and writes it.
   *
   * @param component the component
   * @param index its position
   * @param shape the shape of its values
   * @param name its member name, interned (as the JSON parser interns member names, so that it is
   *     found by identity)
   * @param encodedName its member name, encoded once for the generator
   * @param empty the value of an absent member: an empty container, or null for a required
   *     component
   */
  record Member(
      Component component,
      int index,
      JsonShape shape,
      String name,
      SerializedString encodedName,
      Object empty) {}

  private final RecordModel model;
  private final Member[] members;
  // the members' interned names, in component order: what member(name, from) scans
  private final String[] memberNames;
  private final Map<String, Member> byName;
  private final int metaIndex;
  private final RecordType recordType;

  private JsonBinding(RecordModel model) {
    this.model = model;
    List<Component> components = model.components();
    this.members = new Member[components.size()];
    this.memberNames = new String[components.size()];
    Map<String, Member> names = new HashMap<>();
    for (Component c : components) {
      Member m =
          new Member(
              c,
              c.index(),
              JsonShape.of(c.type()),
              c.name().intern(),
              new SerializedString(c.name()),
              c.type().isContainer() ? c.type().empty() : null);
      members[c.index()] = m;
      memberNames[c.index()] = m.name();
      names.put(c.name(), m);
    }
    this.byName = names;
    this.metaIndex = model.component("meta").map(Component::index).orElse(-1);
    Class<?> type = model.type();
    RecordType own = null;
    if (MignetRecord.class.isAssignableFrom(type)) {
      for (RecordType t : RecordType.values()) {
        if (t.javaType() == type) {
          own = t;
        }
      }
    }
    this.recordType = own;
  }

  /**
   * Returns its binding.
   *
   * @param type a record class of the model
   * @throws IllegalArgumentException if the class is not a record of the model
   */
  static JsonBinding of(Class<?> type) {
    return BINDINGS.get(type);
  }

  /** Returns the metamodel of the class. */
  RecordModel model() {
    return model;
  }

  /** Returns the members in component order (the array itself: callers do not change it). */
  Member[] members() {
    return members;
  }

  /** Returns the member of that name, or null. */
  Member member(String name) {
    return byName.get(name);
  }

  /**
   * Finds a member: first by identity from the one the canonical order says comes next (the parser
   * interns member names, and canonical JSON writes members in component order), then by name.
   * Canonical JSON leaves absent members out, so the next member present is often several
   * components on: the identity scan passes over them (a reference comparison each, where a scan
   * comparing names cost 7% of reading a record), and only a member out of order or unknown pays
   * the hash look-up.
   *
   * @param name the member name
   * @param from the position after the previous member found
   * @return the member of that name, or null
   */
  @SuppressWarnings("ReferenceEquality") // an identity hit is only a shortcut: a miss looks by name
  Member member(String name, int from) {
    // forward from the expected position by identity (canonical JSON leaves absent members out:
    // a few places on at most), then by name
    String[] names = memberNames;
    for (int i = from; i < names.length; i++) {
      if (names[i] == name) {
        return members[i];
      }
    }
    return byName.get(name);
  }

  /** Returns the index of the {@code meta} component, or -1. */
  int metaIndex() {
    return metaIndex;
  }

  /** Returns the exchangeable type this class is, or null for a record that is only ever nested. */
  RecordType recordType() {
    return recordType;
  }
}
