package org.mignet.core.model;

import static org.mignet.core.model.internal.Checks.list;
import static org.mignet.core.model.internal.Checks.optional;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.model.internal.Redacted;
import org.mignet.core.privacy.PersonalData;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * A perpetrator in a trafficking case, with the attributes HTCDS lacks (issue #4: individual or organisation,
 * nationality, sex, approximate age) besides its role in the process.
 *
 * @param person the perpetrator as a person record, if individual and identified
 * @param kind individual or organisation; {@link PerpetratorKind#UNKNOWN} when not known
 * @param organisation the organisation, if the perpetrator is one or acts for one (HTCDS {@code per_Organisation})
 * @param roles HTCDS {@code per_RoleInProcess} codes
 * @param roleDetails free text on the role (HTCDS {@code per_RoleDetails})
 * @param nationalities ICAO nationality codes
 * @param sex sex; {@link Sex#UNKNOWN} when not known
 * @param ageBand approximate age
 */
public record Perpetrator(
    @PersonalData(PersonalDataCategory.DIRECT_IDENTIFIER) Optional<@Valid Person> person,
    PerpetratorKind kind,
    Optional<OrganizationRef> organisation,
    List<@InCodeList(value = "htcds:per_RoleInProcess", message = "{MG-CODE-005}") String> roles,
    @PersonalData(PersonalDataCategory.SENSITIVE) Optional<String> roleDetails,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER)
        List<@InCodeList(value = "icao-nationality", message = "{MG-CODE-002}") String> nationalities,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER) Sex sex,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER) Optional<AgeRange> ageBand) {

  /** Normalises absent parts and copies lists. */
  public Perpetrator {
    person = optional(person);
    kind = kind == null ? PerpetratorKind.UNKNOWN : kind;
    organisation = optional(organisation);
    roles = list(roles, "perpetrator.roles");
    roleDetails = optional(roleDetails);
    nationalities = list(nationalities, "perpetrator.nationalities");
    sex = sex == null ? Sex.UNKNOWN : sex;
    ageBand = optional(ageBand);
  }

  @Override
  public String toString() {
    return Redacted.toString(this);
  }
}
