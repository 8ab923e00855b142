package org.mignet.formats.htcds.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.model.TraffickingCase;
import org.mignet.core.privacy.PersonalDataCategory;
import org.mignet.formats.Transformation;
import org.mignet.formats.htcds.HtcdsField;
import org.mignet.formats.htcds.HtcdsFields;
import org.mignet.formats.privacy.Pseudonymiser;
import org.mignet.formats.privacy.SharingAction;
import org.mignet.formats.privacy.SharingPolicy;

/**
 * Applies a {@link SharingPolicy} to HTCDS rows before they are written, counting what it changed by path. Not
 * thread-safe (one per writer).
 */
public final class RowPolicy {

  private static final RecordModel CASE = RecordModel.of(TraffickingCase.class);

  private final SharingPolicy policy;
  private final Pseudonymiser pseudonymiser;
  private final Map<String, long[]> counts = new LinkedHashMap<>();

  /**
   * @param policy the policy, or null for none
   * @throws org.mignet.core.MignetException if the policy pseudonymises and its key cannot be had
   */
  public RowPolicy(SharingPolicy policy) {
    this.policy = policy;
    this.pseudonymiser = policy != null && policy.needsKey() ? policy.pseudonymiser(System::getenv) : null;
  }

  /** @return the case key as it may be written */
  public String key(String key) {
    if (policy == null || key == null) {
      return key;
    }
    SharingAction a = policy.actionFor("/meta/identifier", Optional.of(PersonalDataCategory.QUASI_IDENTIFIER));
    return switch (a) {
      case PSEUDONYMISE -> {
        count("/meta/identifier", "pseudonymised");
        yield pseudonymiser.pseudonym(key);
      }
      case DROP, GENERALISE -> {
        count("/meta/identifier", "dropped");
        yield null;
      }
      default -> key;
    };
  }

  /** Applies the policy to one row in place. */
  public void apply(Map<String, List<String>> row) {
    if (policy == null) {
      return;
    }
    for (String name : new ArrayList<>(row.keySet())) {
      Optional<HtcdsField> f = HtcdsFields.instance().get(name);
      if (f.isEmpty()) {
        continue;
      }
      String path = f.get().pointer().orElse("/" + name);
      // the model's marks, not the HTCDS table's own classes, which call a victim's places of recruitment and
      // exploitation organisational ("O"): the one list of personal fields is the model's (a field the model has
      // no component for counts as sensitive)
      SharingAction a = policy.actionFor(path, CASE.categoryAt(path));
      List<String> values = row.get(name);
      switch (a) {
        case DROP -> {
          row.remove(name);
          count(path, "dropped");
        }
        case PSEUDONYMISE -> {
          row.put(name, values.stream().map(pseudonymiser::pseudonym).toList());
          count(path, "pseudonymised");
        }
        case GENERALISE -> {
          List<String> general = values.stream().map(v -> generalise(f.get(), v)).filter(v -> v != null).toList();
          if (general.isEmpty()) {
            row.remove(name);
            count(path, "dropped");
          } else {
            row.put(name, general);
            count(path, "generalised");
          }
        }
        default -> { }
      }
    }
  }

  private static String generalise(HtcdsField f, String v) {
    if (f.type().equals("Date")) {
      return v.length() >= 4 ? v.substring(0, 4) : null;
    }
    if (f.type().equals("Geolocation") || f.name().endsWith("Latitude") || f.name().endsWith("Longitude")) {
      try {
        return CaseToRows.number(Math.round(Double.parseDouble(v) * 10) / 10.0);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (f.isCoded() || f.name().endsWith("Country") || f.name().equals("prs_Citizenship")) {
      return v;
    }
    return null;
  }

  private void count(String path, String action) {
    counts.computeIfAbsent(path + "\u0000" + action, k -> new long[1])[0]++;
  }

  /** @return the transformations so far */
  public List<Transformation> transformations() {
    List<Transformation> out = new ArrayList<>();
    counts.forEach((k, v) -> {
      int z = k.indexOf('\u0000');
      out.add(new Transformation(k.substring(0, z), k.substring(z + 1), v[0]));
    });
    return out;
  }
}
