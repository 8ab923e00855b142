package org.mignet.core.validation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The standard rules' messages in the six UN languages, read once from
 * {@code org/mignet/core/validation/messages_<lang>.properties} (UTF-8), keyed by rule id.
 */
public final class Messages {

  /** The six official languages of the United Nations, as ISO 639-1 codes. */
  public static final List<String> UN_LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

  private static final Map<String, Properties> BUNDLES = load();

  private Messages() {}

  private static Map<String, Properties> load() {
    Map<String, Properties> out = new LinkedHashMap<>();
    for (String lang : UN_LANGUAGES) {
      String name = "/org/mignet/core/validation/messages_" + lang + ".properties";
      Properties p = new Properties();
      try (InputStream in = Messages.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing message bundle " + name);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          p.load(r);
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot read message bundle " + name, e);
      }
      out.put(lang, p);
    }
    return out;
  }

  /**
   * @param ruleId a rule id
   * @return the rule's message pattern by language, for every language that has one
   * @throws IllegalStateException if there is no English message
   */
  public static Map<String, String> forRule(String ruleId) {
    Map<String, String> m = new LinkedHashMap<>();
    BUNDLES.forEach((lang, p) -> {
      String s = p.getProperty(ruleId);
      if (s != null) {
        m.put(lang, s);
      }
    });
    if (!m.containsKey("en")) {
      throw new IllegalStateException("rule " + ruleId + " has no English message in messages_en.properties");
    }
    return m;
  }
}
