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
package org.mignet.formats.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mignet.core.MignetException;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * A sharing policy: what a writer does with each personal value it writes (DESIGN §6). Actions are
 * chosen by path first (the normalised JSON Pointer of the model component, {@code *} for list
 * indices, or a prefix of it), then by the component's {@link PersonalDataCategory}, then {@link
 * SharingAction#KEEP}. Person and case identifiers are pseudonymised when the path {@code
 * /meta/identifier} says so.
 *
 * <p>The JSON form ({@code --policy POLICY.json}, {@link org.mignet.formats.FormatOptions#POLICY}):
 *
 * <pre>
 * {
 *   "agreement": "IOM-NGO-2025-014",                 // required: pseudonyms are stable within it
 *   "key": {"env": "MIGNET_POLICY_KEY"},             // or {"file": "agreement.key"} (relative to the policy)
 *   "categories": {"DIRECT_IDENTIFIER": "drop", "QUASI_IDENTIFIER": "generalise", "SENSITIVE": "keep"},
 *   "paths": {"/meta/identifier": "pseudonymise", "/victims/&#42;/person/birthDate": "generalise"},
 *   "minimumCellCount": 10                           // optional: the threshold of published statistics
 * }
 * </pre>
 *
 * Actions are {@code keep}, {@code pseudonymise}, {@code generalise}, {@code drop}. The key (at
 * least 16 bytes; a key file holds raw bytes or hexadecimal text) is never written in the policy
 * itself: a {@code "value"} member is refused. Immutable and thread-safe.
 */
public final class SharingPolicy {

  private final String agreement;
  private final Map<PersonalDataCategory, SharingAction> categories;
  private final Map<String, SharingAction> paths;
  private final Optional<String> keyEnv;
  private final Optional<Path> keyFile;
  private final OptionalInt minimumCellCount;

  private SharingPolicy(
      String agreement,
      Map<PersonalDataCategory, SharingAction> categories,
      Map<String, SharingAction> paths,
      Optional<String> keyEnv,
      Optional<Path> keyFile) {
    this.agreement = agreement;
    EnumMap<PersonalDataCategory, SharingAction> all = new EnumMap<>(PersonalDataCategory.class);
    all.putAll(categories);
    this.categories = Collections.unmodifiableMap(all);
    this.paths = Collections.unmodifiableMap(new LinkedHashMap<>(paths));
    this.keyEnv = keyEnv;
    this.keyFile = keyFile;
    this.minimumCellCount = OptionalInt.empty();
  }

  private SharingPolicy(SharingPolicy p, OptionalInt minimumCellCount) {
    this.agreement = p.agreement;
    this.categories = p.categories;
    this.paths = p.paths;
    this.keyEnv = p.keyEnv;
    this.keyFile = p.keyFile;
    this.minimumCellCount = minimumCellCount;
  }

  /**
   * Returns a policy that drops every direct identifier and keeps the rest (needs no key).
   *
   * @param agreementId the sharing agreement; not null
   */
  public static SharingPolicy dropDirectIdentifiers(String agreementId) {
    return new SharingPolicy(
        Objects.requireNonNull(agreementId, "agreementId"),
        Map.of(PersonalDataCategory.DIRECT_IDENTIFIER, SharingAction.DROP),
        Map.of(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Returns the policy.
   *
   * @param agreementId the sharing agreement; not null
   * @param categories actions by category; not null
   * @param paths actions by normalised path or path prefix; not null
   * @param keyEnv the environment variable holding the key, or null
   * @param keyFile the file holding the key, or null
   */
  public static SharingPolicy of(
      String agreementId,
      Map<PersonalDataCategory, SharingAction> categories,
      Map<String, SharingAction> paths,
      String keyEnv,
      Path keyFile) {
    return new SharingPolicy(
        Objects.requireNonNull(agreementId, "agreementId"),
        categories,
        paths,
        Optional.ofNullable(keyEnv),
        Optional.ofNullable(keyFile));
  }

  /** The members a policy file may have; any other is refused. */
  private static final java.util.Set<String> MEMBERS =
      java.util.Set.of(
          "agreement", "description", "key", "categories", "paths", "minimumCellCount");

  /**
   * Reads a policy file, failing closed: an unknown member (a misspelt {@code "categorie"}), a
   * member of the wrong type, an unknown category or action, a category without an action, a key
   * written into the policy, or a policy that pseudonymises but names no key is refused with the
   * JSON Pointer of the problem. Whether the key can be had (the variable set, the file readable,
   * 16 bytes or more) is checked by {@link #pseudonymiser(Function)}, which a pipeline calls before
   * it writes anything.
   *
   * @param file the policy JSON; not null
   * @return the policy
   * @throws PolicyException if the file cannot be read or is not a valid policy
   */
  public static SharingPolicy read(Path file) {
    String name = String.valueOf(file.getFileName());
    JsonNode root;
    try {
      root =
          new ObjectMapper()
              .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
              .readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (java.nio.charset.MalformedInputException e) {
      throw new PolicyException(name, "", "UTF-8 text");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      String what =
          e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
              ? "JSON without duplicate members"
              : "well-formed JSON";
      throw new PolicyException(name, "", what);
    } catch (IOException e) {
      throw new MignetException("cannot read the sharing policy " + name, e);
    }
    if (root == null || !root.isObject()) {
      throw new PolicyException(name, "", "a JSON object");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String member = it.next();
      if (!MEMBERS.contains(member)) {
        throw new PolicyException(
            name,
            "/" + pointerToken(member),
            "only the members " + new java.util.TreeSet<>(MEMBERS));
      }
    }
    JsonNode agreement = root.get("agreement");
    if (agreement == null || !agreement.isTextual() || agreement.textValue().isBlank()) {
      throw new PolicyException(
          name, "/agreement", "a non-empty string naming the sharing agreement");
    }
    if (root.has("description") && !root.get("description").isTextual()) {
      throw new PolicyException(name, "/description", "a string");
    }
    JsonNode categoriesNode = root.get("categories");
    if (categoriesNode == null || !categoriesNode.isObject()) {
      throw new PolicyException(
          name,
          "/categories",
          "an object naming an action for each of "
              + java.util.Arrays.toString(PersonalDataCategory.values()));
    }
    Map<PersonalDataCategory, SharingAction> cats = new EnumMap<>(PersonalDataCategory.class);
    for (Iterator<Map.Entry<String, JsonNode>> it = categoriesNode.properties().iterator();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String at = "/categories/" + pointerToken(e.getKey());
      PersonalDataCategory c;
      try {
        c = PersonalDataCategory.valueOf(e.getKey().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException x) {
        throw new PolicyException(
            name,
            at,
            "a category: one of " + java.util.Arrays.toString(PersonalDataCategory.values()));
      }
      cats.put(c, action(name, at, e.getValue()));
    }
    for (PersonalDataCategory c : PersonalDataCategory.values()) {
      if (!cats.containsKey(c)) {
        throw new PolicyException(
            name, "/categories/" + c, "an action for " + c + " (say \"keep\" if that is meant)");
      }
    }
    Map<String, SharingAction> paths = new LinkedHashMap<>();
    JsonNode pathsNode = root.get("paths");
    if (pathsNode != null) {
      if (!pathsNode.isObject()) {
        throw new PolicyException(name, "/paths", "an object from JSON Pointers to actions");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = pathsNode.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String at = "/paths/" + pointerToken(e.getKey());
        if (!e.getKey().startsWith("/")) {
          throw new PolicyException(name, at, "a JSON Pointer starting with /");
        }
        paths.put(e.getKey(), action(name, at, e.getValue()));
      }
    }
    Optional<String> env = Optional.empty();
    Optional<Path> keyFile = Optional.empty();
    JsonNode key = root.get("key");
    if (key != null) {
      if (!key.isObject()) {
        throw new PolicyException(name, "/key", "an object {\"env\": NAME} or {\"file\": PATH}");
      }
      for (Iterator<String> it = key.fieldNames(); it.hasNext(); ) {
        String member = it.next();
        if (member.equals("value")) {
          throw new PolicyException(
              name,
              "/key/value",
              "no key in the policy itself: name an environment variable "
                  + "(\"env\") or a key file (\"file\")");
        }
        if (!member.equals("env") && !member.equals("file")) {
          throw new PolicyException(name, "/key/" + pointerToken(member), "only env or file");
        }
        if (!key.get(member).isTextual() || key.get(member).textValue().isBlank()) {
          throw new PolicyException(name, "/key/" + member, "a non-empty string");
        }
      }
      if (key.has("env") == key.has("file")) {
        throw new PolicyException(name, "/key", "exactly one of env or file");
      }
      env = Optional.ofNullable(key.path("env").textValue());
      Path base = file.toAbsolutePath().getParent();
      keyFile =
          Optional.ofNullable(key.path("file").textValue())
              .map(f -> base == null ? Path.of(f) : base.resolve(f));
    }
    SharingPolicy policy = new SharingPolicy(agreement.textValue(), cats, paths, env, keyFile);
    JsonNode minimum = root.get("minimumCellCount");
    if (minimum != null) {
      if (!minimum.isIntegralNumber() || !minimum.canConvertToInt() || minimum.intValue() < 0) {
        throw new PolicyException(
            name,
            "/minimumCellCount",
            "a whole number of 0 or more (the threshold of " + "published statistics)");
      }
      policy = policy.withMinimumCellCount(minimum.intValue());
    }
    if (policy.needsKey() && key == null) {
      throw new PolicyException(
          name,
          "/key",
          "a key ({\"env\": NAME} or {\"file\": PATH}), since the policy " + "pseudonymises");
    }
    return policy;
  }

  private static String pointerToken(String s) {
    return org.mignet.core.internal.Pointers.escape(org.mignet.core.internal.Values.cut(s, 40));
  }

  private static SharingAction action(String file, String at, JsonNode n) {
    if (!n.isTextual()) {
      throw new PolicyException(
          file, at, "an action string: keep, pseudonymise, generalise or drop");
    }
    String s =
        n.textValue()
            .toUpperCase(Locale.ROOT)
            .replace("PSEUDONYMIZE", "PSEUDONYMISE")
            .replace("GENERALIZE", "GENERALISE");
    try {
      return SharingAction.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw new PolicyException(file, at, "an action: keep, pseudonymise, generalise or drop");
    }
  }

  /**
   * Returns the threshold the agreement sets for published statistics: counts above 0 and below it
   * are suppressed ({@code "minimumCellCount"}); empty when the policy says nothing, so the
   * aggregation's default applies.
   */
  public OptionalInt minimumCellCount() {
    return minimumCellCount;
  }

  /**
   * Returns a copy with it.
   *
   * @param minimum the threshold of published statistics; 0 or more
   * @throws IllegalArgumentException if it is negative
   */
  public SharingPolicy withMinimumCellCount(int minimum) {
    if (minimum < 0) {
      throw new IllegalArgumentException("minimumCellCount must be 0 or more");
    }
    return new SharingPolicy(this, OptionalInt.of(minimum));
  }

  /** Returns the sharing agreement's id. */
  public String agreement() {
    return agreement;
  }

  /**
   * Returns the action: the longest matching path entry, else the category's, else keep.
   *
   * @param pointer the normalised path of a component; not null
   * @param category its personal-data category, empty if it is not personal data
   */
  public SharingAction actionFor(String pointer, Optional<PersonalDataCategory> category) {
    @Nullable String best = null;
    for (String p : paths.keySet()) {
      if ((pointer.equals(p) || pointer.startsWith(p + "/"))
          && (best == null || p.length() > best.length())) {
        best = p;
      }
    }
    if (best != null) {
      return Objects.requireNonNull(paths.get(best), best);
    }
    return category
        .map(c -> categories.getOrDefault(c, SharingAction.KEEP))
        .orElse(SharingAction.KEEP);
  }

  /** Returns whether any action is {@link SharingAction#PSEUDONYMISE}, so that a key is needed. */
  public boolean needsKey() {
    return categories.containsValue(SharingAction.PSEUDONYMISE)
        || paths.containsValue(SharingAction.PSEUDONYMISE);
  }

  /**
   * Returns the pseudonymiser of this policy's agreement.
   *
   * @param environment the environment to read a key variable from (normally {@code
   *     System::getenv})
   * @throws PolicyException if the policy names no key, or the key cannot be read or is too short
   */
  public Pseudonymiser pseudonymiser(Function<String, String> environment) {
    byte[] key;
    if (keyEnv.isPresent()) {
      String v = environment.apply(keyEnv.get());
      if (v == null || v.isBlank()) {
        throw new PolicyException(
            "the sharing policy's key variable " + keyEnv.get() + " is not set");
      }
      key = decode(v.strip().getBytes(StandardCharsets.UTF_8));
    } else if (keyFile.isPresent()) {
      try {
        key = decode(Files.readAllBytes(keyFile.get()));
      } catch (IOException e) {
        throw new PolicyException(
            "cannot read the sharing policy's key file " + keyFile.get().getFileName());
      }
    } else {
      throw new PolicyException(
          "the sharing policy pseudonymises but names no key (\"key\": {\"env\": …} or "
              + "{\"file\": …})");
    }
    if (key.length < 16) {
      throw new PolicyException("the sharing policy's key is shorter than 16 bytes");
    }
    return Pseudonymiser.of(key, agreement);
  }

  private static byte[] decode(byte[] raw) {
    String s = new String(raw, StandardCharsets.UTF_8).strip();
    if (s.matches("([0-9a-fA-F]{2}){16,}")) {
      return java.util.HexFormat.of().parseHex(s);
    }
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "SharingPolicy["
        + agreement
        + ", categories="
        + categories
        + ", paths="
        + paths.keySet()
        + "]";
  }
}
