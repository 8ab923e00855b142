package org.mignet.formats.htcds.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.model.RecordType;
import org.mignet.formats.Coverage;
import org.mignet.formats.htcds.HtcdsField;
import org.mignet.formats.htcds.HtcdsFields;

/** What the HTCDS formats carry of a trafficking case, by normalised path. */
public final class HtcdsCoverage implements Coverage {

  private static final Set<String> REGENERATED = Set.of("/meta/schemaVersion", "/meta/sensitivity",
      "/meta/identifier/system", "/meta/identifier/value", "/victims/*/person/meta/schemaVersion",
      "/victims/*/person/meta/sensitivity", "/victims/*/person/meta/identifier/system",
      "/victims/*/person/meta/identifier/value", "/victims/*/person/names/*/use", "/referrals/*/direction",
      "/referrals/*/sharesPersonalData", "/perpetrators/*/kind", "/victims/*/person/documents/*/type");

  private final Set<String> carried = new HashSet<>();
  private final String name;

  private HtcdsCoverage(String name, Set<String> fields, boolean timestamps) {
    this.name = name;
    for (String f : fields) {
      HtcdsField field = HtcdsFields.instance().field(f);
      field.pointer().ifPresent(p -> {
        carried.add(p);
        if (field.type().equals("Date")) {
          // a partial date is flattened into its parts when a conversion looks for what is populated
          for (String part : new String[] {"/year", "/month", "/day"}) {
            carried.add(p + part);
          }
        }
      });
      carried.add("/meta/extensions/htcds:" + f);
    }
    if (fields.contains("org_ShippingCity")) {
      for (String place : new String[] {"recruitmentPlace", "exploitationPlace"}) {
        for (String part : new String[] {"city", "country", "adminArea1", "street", "postalCode",
            "coordinates/latitude", "coordinates/longitude", "coordinates/precision"}) {
          carried.add("/victims/*/" + place + "/" + part);
        }
      }
      carried.add("/meta/extensions/htcds:organisation");
    }
    if (fields.contains("prs_MailingLatitude")) {
      carried.add("/victims/*/person/addresses/*/coordinates/precision");
      carried.add("/events/*/place/coordinates/precision");
    }
    if (fields.contains("cas_ReferredOrganisation")) {
      carried.add("/referrals/*/organisation/name");
    }
    if (timestamps) {
      carried.add("/meta/created");
      carried.add("/meta/updated");
    }
  }

  /** @return the coverage of the table format (every v2.0 field) */
  public static HtcdsCoverage table() {
    Set<String> all = new HashSet<>();
    HtcdsFields.instance().all().forEach(f -> all.add(f.name()));
    return new HtcdsCoverage("htcds", all, false);
  }

  /** @return the coverage of the XForm format (the fields of the HTCDS CORE 2.0 survey) */
  public static HtcdsCoverage xform() {
    return new HtcdsCoverage("htcds-xform", new HashSet<>(XForm.ELEMENTS.values()), true);
  }

  /** @return whether the path is carried */
  public boolean carries(String path) {
    return carried.contains(path) || REGENERATED.contains(path);
  }

  @Override
  public java.util.OptionalInt maxItems(RecordType type, String listPath) {
    // one row per case carries one victim (prs_, vic_ fields) and one con_Consent
    return listPath.equals("/victims") || listPath.equals("/consents") ? java.util.OptionalInt.of(1)
        : java.util.OptionalInt.empty();
  }

  @Override
  public Optional<String> lossReason(RecordType type, String path) {
    if (type != RecordType.TRAFFICKING_CASE) {
      return Optional.of(name + " carries trafficking cases only");
    }
    if (carries(path)) {
      return Optional.empty();
    }
    if (path.startsWith("/meta/extensions/")) {
      return Optional.of(name + " writes only HTCDS v2.0 fields; agency fields have no column");
    }
    return Optional.of("HTCDS v2.0 has no field for it" + (name.equals("htcds-xform")
        ? " in the HTCDS CORE 2.0 survey" : ""));
  }
}
