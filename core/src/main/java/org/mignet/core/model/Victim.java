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
package org.mignet.core.model;

import static org.mignet.core.model.internal.Checks.list;
import static org.mignet.core.model.internal.Checks.optional;
import static org.mignet.core.model.internal.Checks.required;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.constraints.InCodeList;
import org.mignet.core.model.internal.Redacted;
import org.mignet.core.privacy.PersonalData;
import org.mignet.core.privacy.PersonalDataCategory;

/**
 * A victim or possible victim in a trafficking case: the person and the victim context of HTCDS
 * v2.0 ({@code vic_} fields). All of the context is sensitive personal data. Build with {@link
 * #builder(Person)}.
 *
 * @param person the person; required
 * @param traffickingStatus HTCDS {@code vic_TraffickingStatus} code
 * @param statusDecidedBy HTCDS {@code vic_TraffickingStatusDecisionMakingOrg} code: who decided the
 *     status
 * @param relationshipToTrafficker HTCDS {@code vic_RelationshipToTrafficker} code
 * @param ageWhenTrafficked age in years when first trafficked
 * @param recruitmentMethods HTCDS {@code vic_MethodOfRecruitment} codes
 * @param recruitmentPlace where the person was recruited (HTCDS {@code vic_LocationOfRecruitment})
 * @param recruitmentWebsites HTCDS {@code vic_RecruitmentWebsitesAndApps} codes
 * @param methodsOfControl HTCDS {@code vic_MethodsOfControl} codes
 * @param exploitationTypes HTCDS {@code vic_TypeOfExploitation} codes, with mignet's {@code
 *     ForcedCriminality}
 * @param forcedLabourIndustry HTCDS {@code vic_ForcedLabourIndustry} code (ISIC Rev.4 section)
 * @param sexualExploitationTypes HTCDS {@code vic_TypeOfSexExploitation} codes
 * @param exploitationPlace where the person was exploited (HTCDS {@code
 *     vic_LocationOfExploitation})
 * @param exploitationWebsites HTCDS {@code vic_ExploitationWebsitesAndApps} codes
 * @param vulnerabilities HTCDS {@code vic_Vulnerabilities} codes (deprecated in HTCDS v2.0, carried
 *     for older data)
 * @param vulnerabilityDetails HTCDS {@code vic_DetailsOfVulnerabilities} (deprecated in v2.0)
 * @param agreementToManagePersonalData HTCDS {@code vic_AgreementToManagePersonalData} (deprecated
 *     in v1.0; use the case's consents)
 */
public record Victim(
    @Valid Person person,
    @PersonalData(PersonalDataCategory.SENSITIVE)
        Optional<
                @InCodeList(value = "htcds:vic_TraffickingStatus", message = "{MG-CODE-005}")
                String>
            traffickingStatus,
    @PersonalData(PersonalDataCategory.SENSITIVE)
        Optional<
                @InCodeList(
                    value = "htcds:vic_TraffickingStatusDecisionMakingOrg",
                    message = "{MG-CODE-005}")
                String>
            statusDecidedBy,
    @PersonalData(PersonalDataCategory.SENSITIVE)
        Optional<
                @InCodeList(value = "htcds:vic_RelationshipToTrafficker", message = "{MG-CODE-005}")
                String>
            relationshipToTrafficker,
    @PersonalData(PersonalDataCategory.SENSITIVE)
        Optional<
                @PositiveOrZero(message = "{MG-TIP-004}")
                @Max(value = 120, message = "{MG-TIP-004}") Integer>
            ageWhenTrafficked,
    @PersonalData(PersonalDataCategory.SENSITIVE)
        List<@InCodeList(value = "htcds:vic_MethodOfRecruitment", message = "{MG-CODE-005}") String>
            recruitmentMethods,
    @PersonalData(PersonalDataCategory.SENSITIVE) Optional<@Valid Place> recruitmentPlace,
    @PersonalData(PersonalDataCategory.SENSITIVE)
        List<
                @InCodeList(
                    value = "htcds:vic_RecruitmentWebsitesAndApps",
                    message = "{MG-CODE-005}")
                String>
            recruitmentWebsites,
    @PersonalData(PersonalDataCategory.SENSITIVE)
        List<@InCodeList(value = "htcds:vic_MethodsOfControl", message = "{MG-CODE-005}") String>
            methodsOfControl,
    @PersonalData(PersonalDataCategory.SENSITIVE)
        List<@InCodeList(value = "htcds:vic_TypeOfExploitation", message = "{MG-CODE-005}") String>
            exploitationTypes,
    @PersonalData(PersonalDataCategory.SENSITIVE)
        Optional<
                @InCodeList(value = "htcds:vic_ForcedLabourIndustry", message = "{MG-CODE-005}")
                String>
            forcedLabourIndustry,
    @PersonalData(PersonalDataCategory.SENSITIVE)
        List<
                @InCodeList(value = "htcds:vic_TypeOfSexExploitation", message = "{MG-CODE-005}")
                String>
            sexualExploitationTypes,
    @PersonalData(PersonalDataCategory.SENSITIVE) Optional<@Valid Place> exploitationPlace,
    @PersonalData(PersonalDataCategory.SENSITIVE)
        List<
                @InCodeList(
                    value = "htcds:vic_ExploitationWebsitesAndApps",
                    message = "{MG-CODE-005}")
                String>
            exploitationWebsites,
    @PersonalData(PersonalDataCategory.SENSITIVE)
        List<@InCodeList(value = "htcds:vic_Vulnerabilities", message = "{MG-CODE-005}") String>
            vulnerabilities,
    @PersonalData(PersonalDataCategory.SENSITIVE) Optional<String> vulnerabilityDetails,
    @PersonalData(PersonalDataCategory.SENSITIVE) Optional<Boolean> agreementToManagePersonalData) {

  /** Checks required parts, normalises absent ones and copies lists. */
  public Victim {
    required(person, "victim.person");
    traffickingStatus = optional(traffickingStatus);
    statusDecidedBy = optional(statusDecidedBy);
    relationshipToTrafficker = optional(relationshipToTrafficker);
    ageWhenTrafficked = optional(ageWhenTrafficked);
    recruitmentMethods = list(recruitmentMethods, "victim.recruitmentMethods");
    recruitmentPlace = optional(recruitmentPlace);
    recruitmentWebsites = list(recruitmentWebsites, "victim.recruitmentWebsites");
    methodsOfControl = list(methodsOfControl, "victim.methodsOfControl");
    exploitationTypes = list(exploitationTypes, "victim.exploitationTypes");
    forcedLabourIndustry = optional(forcedLabourIndustry);
    sexualExploitationTypes = list(sexualExploitationTypes, "victim.sexualExploitationTypes");
    exploitationPlace = optional(exploitationPlace);
    exploitationWebsites = list(exploitationWebsites, "victim.exploitationWebsites");
    vulnerabilities = list(vulnerabilities, "victim.vulnerabilities");
    vulnerabilityDetails = optional(vulnerabilityDetails);
    agreementToManagePersonalData = optional(agreementToManagePersonalData);
  }

  /** Returns a builder for a victim record about the given person. */
  public static Builder builder(Person person) {
    return new Builder(person);
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder(person);
    b.traffickingStatus = traffickingStatus.orElse(null);
    b.statusDecidedBy = statusDecidedBy.orElse(null);
    b.relationshipToTrafficker = relationshipToTrafficker.orElse(null);
    b.ageWhenTrafficked = ageWhenTrafficked.orElse(null);
    b.recruitmentMethods.addAll(recruitmentMethods);
    b.recruitmentPlace = recruitmentPlace.orElse(null);
    b.recruitmentWebsites.addAll(recruitmentWebsites);
    b.methodsOfControl.addAll(methodsOfControl);
    b.exploitationTypes.addAll(exploitationTypes);
    b.forcedLabourIndustry = forcedLabourIndustry.orElse(null);
    b.sexualExploitationTypes.addAll(sexualExploitationTypes);
    b.exploitationPlace = exploitationPlace.orElse(null);
    b.exploitationWebsites.addAll(exploitationWebsites);
    b.vulnerabilities.addAll(vulnerabilities);
    b.vulnerabilityDetails = vulnerabilityDetails.orElse(null);
    b.agreementToManagePersonalData = agreementToManagePersonalData.orElse(null);
    return b;
  }

  @Override
  public String toString() {
    return Redacted.toString(this);
  }

  /** A mutable builder for {@link Victim}; not thread-safe. */
  public static final class Builder {
    private final Person person;
    private @Nullable String traffickingStatus;
    private @Nullable String statusDecidedBy;
    private @Nullable String relationshipToTrafficker;
    private @Nullable Integer ageWhenTrafficked;
    private final List<String> recruitmentMethods = new ArrayList<>();
    private @Nullable Place recruitmentPlace;
    private final List<String> recruitmentWebsites = new ArrayList<>();
    private final List<String> methodsOfControl = new ArrayList<>();
    private final List<String> exploitationTypes = new ArrayList<>();
    private @Nullable String forcedLabourIndustry;
    private final List<String> sexualExploitationTypes = new ArrayList<>();
    private @Nullable Place exploitationPlace;
    private final List<String> exploitationWebsites = new ArrayList<>();
    private final List<String> vulnerabilities = new ArrayList<>();
    private @Nullable String vulnerabilityDetails;
    private @Nullable Boolean agreementToManagePersonalData;

    private Builder(Person person) {
      this.person = person;
    }

    /** Returns this builder with the trafficking status and who decided it. */
    public Builder status(String statusCode, String decidedByCode) {
      traffickingStatus = statusCode;
      statusDecidedBy = decidedByCode;
      return this;
    }

    /** Returns this builder with the relationship to the trafficker. */
    public Builder relationshipToTrafficker(@Nullable String code) {
      relationshipToTrafficker = code;
      return this;
    }

    /** Returns this builder with the age when trafficked. */
    public Builder ageWhenTrafficked(@Nullable Integer years) {
      ageWhenTrafficked = years;
      return this;
    }

    /** Returns this builder with recruitment methods added. */
    public Builder recruitmentMethod(String... codes) {
      recruitmentMethods.addAll(List.of(codes));
      return this;
    }

    /** Returns this builder with the place of recruitment. */
    public Builder recruitmentPlace(@Nullable Place place) {
      recruitmentPlace = place;
      return this;
    }

    /** Returns this builder with recruitment websites and apps added. */
    public Builder recruitmentWebsite(String... codes) {
      recruitmentWebsites.addAll(List.of(codes));
      return this;
    }

    /** Returns this builder with methods of control added. */
    public Builder methodOfControl(String... codes) {
      methodsOfControl.addAll(List.of(codes));
      return this;
    }

    /** Returns this builder with exploitation types added. */
    public Builder exploitationType(String... codes) {
      exploitationTypes.addAll(List.of(codes));
      return this;
    }

    /** Returns this builder with the forced-labour industry. */
    public Builder forcedLabourIndustry(@Nullable String code) {
      forcedLabourIndustry = code;
      return this;
    }

    /** Returns this builder with sexual-exploitation types added. */
    public Builder sexualExploitationType(String... codes) {
      sexualExploitationTypes.addAll(List.of(codes));
      return this;
    }

    /** Returns this builder with the place of exploitation. */
    public Builder exploitationPlace(@Nullable Place place) {
      exploitationPlace = place;
      return this;
    }

    /** Returns this builder with exploitation websites and apps added. */
    public Builder exploitationWebsite(String... codes) {
      exploitationWebsites.addAll(List.of(codes));
      return this;
    }

    /** Returns this builder with (deprecated) vulnerability codes added. */
    public Builder vulnerability(String... codes) {
      vulnerabilities.addAll(List.of(codes));
      return this;
    }

    /** Returns this builder with (deprecated) vulnerability details. */
    public Builder vulnerabilityDetails(@Nullable String text) {
      vulnerabilityDetails = text;
      return this;
    }

    /** Returns this builder with the (deprecated) agreement flag. */
    public Builder agreementToManagePersonalData(@Nullable Boolean value) {
      agreementToManagePersonalData = value;
      return this;
    }

    /** Returns the victim. */
    public Victim build() {
      return new Victim(
          person,
          Optional.ofNullable(traffickingStatus),
          Optional.ofNullable(statusDecidedBy),
          Optional.ofNullable(relationshipToTrafficker),
          Optional.ofNullable(ageWhenTrafficked),
          recruitmentMethods,
          Optional.ofNullable(recruitmentPlace),
          recruitmentWebsites,
          methodsOfControl,
          exploitationTypes,
          Optional.ofNullable(forcedLabourIndustry),
          sexualExploitationTypes,
          Optional.ofNullable(exploitationPlace),
          exploitationWebsites,
          vulnerabilities,
          Optional.ofNullable(vulnerabilityDetails),
          Optional.ofNullable(agreementToManagePersonalData));
    }
  }
}
