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
import java.util.function.Function;
import org.mignet.core.MignetException;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * A sharing policy: what a writer does with each personal value it writes (DESIGN §6). Actions are chosen by
 * path first (the normalised JSON Pointer of the model component, {@code *} for list indices, or a prefix of it),
 * then by the component's {@link PersonalDataCategory}, then {@link SharingAction#KEEP}. Person and case
 * identifiers are pseudonymised when the path {@code /meta/identifier} says so.
 *
 * <p>The JSON form ({@code --policy POLICY.json}, {@link org.mignet.formats.FormatOptions#POLICY}):
 * <pre>{@code
 * {
 *   "agreement": "IOM-NGO-2025-014",                 // required: pseudonyms are stable within it
 *   "key": {"env": "MIGNET_POLICY_KEY"},             // or {"file": "agreement.key"} (relative to the policy)
 *   "categories": {"DIRECT_IDENTIFIER": "drop", "QUASI_IDENTIFIER": "generalise", "SENSITIVE": "keep"},
 *   "paths": {"/meta/identifier": "pseudonymise", "/victims/*}{@code /person/birthDate": "generalise"}
 * }
 * }</pre>
 * Actions are {@code keep}, {@code pseudonymise}, {@code generalise}, {@code drop}. The key (at least 16 bytes;
 * a key file holds raw bytes or hexadecimal text) is never written in the policy itself: a {@code "value"} member
 * is refused. Immutable and thread-safe.
 */
public final class SharingPolicy {

  private final String agreement;
  private final Map<PersonalDataCategory, SharingAction> categories;
  private final Map<String, SharingAction> paths;
  private final Optional<String> keyEnv;
  private final Optional<Path> keyFile;

  private SharingPolicy(String agreement, Map<PersonalDataCategory, SharingAction> categories,
      Map<String, SharingAction> paths, Optional<String> keyEnv, Optional<Path> keyFile) {
    this.agreement = agreement;
    this.categories = Collections.unmodifiableMap(new EnumMap<>(categories.isEmpty()
        ? Map.of(PersonalDataCategory.DIRECT_IDENTIFIER, SharingAction.KEEP) : categories));
    this.paths = Collections.unmodifiableMap(new LinkedHashMap<>(paths));
    this.keyEnv = keyEnv;
    this.keyFile = keyFile;
  }

  /**
   * @param agreementId the sharing agreement; not null
   * @return a policy that drops every direct identifier and keeps the rest (needs no key)
   */
  public static SharingPolicy dropDirectIdentifiers(String agreementId) {
    return new SharingPolicy(Objects.requireNonNull(agreementId, "agreementId"),
        Map.of(PersonalDataCategory.DIRECT_IDENTIFIER, SharingAction.DROP), Map.of(), Optional.empty(),
        Optional.empty());
  }

  /**
   * @param agreementId the sharing agreement; not null
   * @param categories actions by category; not null
   * @param paths actions by normalised path or path prefix; not null
   * @param keyEnv the environment variable holding the key, or null
   * @param keyFile the file holding the key, or null
   * @return the policy
   */
  public static SharingPolicy of(String agreementId, Map<PersonalDataCategory, SharingAction> categories,
      Map<String, SharingAction> paths, String keyEnv, Path keyFile) {
    return new SharingPolicy(Objects.requireNonNull(agreementId, "agreementId"), categories, paths,
        Optional.ofNullable(keyEnv), Optional.ofNullable(keyFile));
  }

  /**
   * @param file the policy JSON; not null
   * @return the policy
   * @throws MignetException if the file cannot be read or is not a policy
   */
  public static SharingPolicy read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new MignetException("cannot read the sharing policy " + file.getFileName() + ": not a JSON file", e);
    }
    if (root == null || !root.isObject() || !root.path("agreement").isTextual()) {
      throw new MignetException("a sharing policy is a JSON object with an \"agreement\" string");
    }
    Map<PersonalDataCategory, SharingAction> cats = new EnumMap<>(PersonalDataCategory.class);
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("categories").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      PersonalDataCategory c;
      try {
        c = PersonalDataCategory.valueOf(e.getKey().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException x) {
        throw new MignetException("unknown personal-data category in the sharing policy: expected "
            + "DIRECT_IDENTIFIER, QUASI_IDENTIFIER or SENSITIVE");
      }
      cats.put(c, action(e.getValue()));
    }
    Map<String, SharingAction> paths = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().startsWith("/")) {
        throw new MignetException("a path in a sharing policy is a JSON Pointer starting with /");
      }
      paths.put(e.getKey(), action(e.getValue()));
    }
    JsonNode key = root.path("key");
    if (key.has("value")) {
      throw new MignetException("a sharing policy must not hold its key; name an environment variable (\"env\") "
          + "or a key file (\"file\")");
    }
    Path base = file.toAbsolutePath().getParent();
    return new SharingPolicy(root.get("agreement").asText(), cats, paths,
        Optional.ofNullable(key.path("env").textValue()),
        Optional.ofNullable(key.path("file").textValue()).map(f -> base == null ? Path.of(f) : base.resolve(f)));
  }

  private static SharingAction action(JsonNode n) {
    String s = n.asText("").toUpperCase(Locale.ROOT).replace("PSEUDONYMIZE", "PSEUDONYMISE")
        .replace("GENERALIZE", "GENERALISE");
    try {
      return SharingAction.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw new MignetException("unknown action in the sharing policy: expected keep, pseudonymise, generalise "
          + "or drop");
    }
  }

  /** @return the sharing agreement's id */
  public String agreement() {
    return agreement;
  }

  /**
   * @param pointer the normalised path of a component; not null
   * @param category its personal-data category, empty if it is not personal data
   * @return the action: the longest matching path entry, else the category's, else keep
   */
  public SharingAction actionFor(String pointer, Optional<PersonalDataCategory> category) {
    String best = null;
    for (String p : paths.keySet()) {
      if ((pointer.equals(p) || pointer.startsWith(p + "/")) && (best == null || p.length() > best.length())) {
        best = p;
      }
    }
    if (best != null) {
      return paths.get(best);
    }
    return category.map(c -> categories.getOrDefault(c, SharingAction.KEEP)).orElse(SharingAction.KEEP);
  }

  /** @return whether any action is {@link SharingAction#PSEUDONYMISE}, so that a key is needed */
  public boolean needsKey() {
    return categories.containsValue(SharingAction.PSEUDONYMISE) || paths.containsValue(SharingAction.PSEUDONYMISE);
  }

  /**
   * @param environment the environment to read a key variable from (normally {@code System::getenv})
   * @return the pseudonymiser of this policy's agreement
   * @throws MignetException if the policy names no key, or the key cannot be read or is too short
   */
  public Pseudonymiser pseudonymiser(Function<String, String> environment) {
    byte[] key;
    if (keyEnv.isPresent()) {
      String v = environment.apply(keyEnv.get());
      if (v == null || v.isBlank()) {
        throw new MignetException("the sharing policy's key variable " + keyEnv.get() + " is not set");
      }
      key = decode(v.strip().getBytes(StandardCharsets.UTF_8));
    } else if (keyFile.isPresent()) {
      try {
        key = decode(Files.readAllBytes(keyFile.get()));
      } catch (IOException e) {
        throw new MignetException("cannot read the sharing policy's key file " + keyFile.get().getFileName(), e);
      }
    } else {
      throw new MignetException("the sharing policy pseudonymises but names no key (\"key\": {\"env\": …} or "
          + "{\"file\": …})");
    }
    if (key.length < 16) {
      throw new MignetException("the sharing policy's key is shorter than 16 bytes");
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
    return "SharingPolicy[" + agreement + ", categories=" + categories + ", paths=" + paths.keySet() + "]";
  }
}
