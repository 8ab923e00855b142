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
 * A person: a migrant, a victim, a perpetrator, a returnee, a contact. The record's identifier is
 * pseudonymous; everything that identifies the person is marked as personal data.
 *
 * <p>The model avoids common falsehoods: a person may have no known birth date (only an age, or an
 * age band), zero or several citizenships, several names, and a name that is not split into first
 * and last parts. Sex and gender are separate fields. Build with {@link #builder(RecordMeta)}.
 *
 * @param meta the record's metadata; required
 * @param names the person's names, the primary one first
 * @param sex sex as recorded; {@link Sex#UNKNOWN} when not known
 * @param gender gender identity, an HTCDS {@code prs_Gender} code
 * @param birthDate the birth date, to the precision known
 * @param age the age when the birth date is not known
 * @param deceased whether the person is known to have died
 * @param citizenships ICAO 9303 nationality codes (ISO alpha-3, or {@code D}, {@code XXA}…); empty
 *     if unknown or stateless
 * @param stateless true if the person is known to be stateless, false if known not to be
 * @param countryOfBirth ISO 3166-1 alpha-3 code
 * @param languages ISO 639 three-letter codes, the primary language first
 * @param maritalStatus an HTCDS {@code prs_MaritalStatus} code
 * @param numberOfChildren number of children
 * @param educationLevel an HTCDS {@code prs_HighestLevelOfEducation} code (ISCED 2011)
 * @param documents identity and travel documents held
 * @param contacts phone numbers, e-mail addresses and other contact points
 * @param addresses postal addresses, the mailing address first
 * @param jobTitle job title or position, for staff and contacts (HTCDS {@code prs_Title})
 */
public record Person(
    @Valid RecordMeta meta,
    @PersonalData(PersonalDataCategory.DIRECT_IDENTIFIER) List<@Valid PersonName> names,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER) Sex sex,
    @PersonalData(PersonalDataCategory.SENSITIVE)
        Optional<@InCodeList(value = "htcds:prs_Gender", message = "{MG-CODE-005}") String> gender,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER) Optional<PartialDate> birthDate,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER) Optional<ReportedAge> age,
    @PersonalData(PersonalDataCategory.SENSITIVE) Optional<Boolean> deceased,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER)
        List<@InCodeList(value = "icao-nationality", message = "{MG-CODE-002}") String>
            citizenships,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER) Optional<Boolean> stateless,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER)
        Optional<@InCodeList(value = "iso3166", message = "{MG-CODE-001}") String> countryOfBirth,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER)
        List<@InCodeList(value = "iso639", message = "{MG-CODE-003}") String> languages,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER)
        Optional<@InCodeList(value = "htcds:prs_MaritalStatus", message = "{MG-CODE-005}") String>
            maritalStatus,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER)
        Optional<
                @PositiveOrZero(message = "{MG-PERSON-004}")
                @Max(value = 40, message = "{MG-PERSON-004}") Integer>
            numberOfChildren,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER)
        Optional<
                @InCodeList(value = "htcds:prs_HighestLevelOfEducation", message = "{MG-CODE-005}")
                String>
            educationLevel,
    @PersonalData(PersonalDataCategory.DIRECT_IDENTIFIER) List<@Valid IdentityDocument> documents,
    @PersonalData(PersonalDataCategory.DIRECT_IDENTIFIER) List<@Valid ContactPoint> contacts,
    @PersonalData(PersonalDataCategory.DIRECT_IDENTIFIER) List<@Valid Place> addresses,
    @PersonalData(PersonalDataCategory.QUASI_IDENTIFIER) Optional<String> jobTitle)
    implements MignetRecord {

  /** Checks required parts, normalises absent ones and copies lists. */
  public Person {
    required(meta, "meta");
    names = list(names, "names");
    sex = sex == null ? Sex.UNKNOWN : sex;
    gender = optional(gender);
    birthDate = optional(birthDate);
    age = optional(age);
    deceased = optional(deceased);
    citizenships = list(citizenships, "citizenships");
    stateless = optional(stateless);
    countryOfBirth = optional(countryOfBirth);
    languages = list(languages, "languages");
    maritalStatus = optional(maritalStatus);
    numberOfChildren = optional(numberOfChildren);
    educationLevel = optional(educationLevel);
    documents = list(documents, "documents");
    contacts = list(contacts, "contacts");
    addresses = list(addresses, "addresses");
    jobTitle = optional(jobTitle);
  }

  /** Returns the primary name, if any name is recorded. */
  public Optional<PersonName> primaryName() {
    return names.isEmpty() ? Optional.empty() : Optional.of(names.get(0));
  }

  /**
   * Returns a builder with nothing but the metadata set.
   *
   * @param meta the record's metadata; not null
   */
  public static Builder builder(RecordMeta meta) {
    return new Builder(meta);
  }

  /** Returns a builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder(meta);
    b.names.addAll(names);
    b.sex = sex;
    b.gender = gender.orElse(null);
    b.birthDate = birthDate.orElse(null);
    b.age = age.orElse(null);
    b.deceased = deceased.orElse(null);
    b.citizenships.addAll(citizenships);
    b.stateless = stateless.orElse(null);
    b.countryOfBirth = countryOfBirth.orElse(null);
    b.languages.addAll(languages);
    b.maritalStatus = maritalStatus.orElse(null);
    b.numberOfChildren = numberOfChildren.orElse(null);
    b.educationLevel = educationLevel.orElse(null);
    b.documents.addAll(documents);
    b.contacts.addAll(contacts);
    b.addresses.addAll(addresses);
    b.jobTitle = jobTitle.orElse(null);
    return b;
  }

  /** Shows which parts are present, never their personal values. */
  @Override
  public String toString() {
    return Redacted.toString(this);
  }

  /**
   * A mutable builder for {@link Person}; not thread-safe. Setters accept {@code null} for "not
   * known".
   */
  public static final class Builder {
    private RecordMeta meta;
    private final List<PersonName> names = new ArrayList<>();
    private Sex sex = Sex.UNKNOWN;
    private @Nullable String gender;
    private @Nullable PartialDate birthDate;
    private @Nullable ReportedAge age;
    private @Nullable Boolean deceased;
    private final List<String> citizenships = new ArrayList<>();
    private @Nullable Boolean stateless;
    private @Nullable String countryOfBirth;
    private final List<String> languages = new ArrayList<>();
    private @Nullable String maritalStatus;
    private @Nullable Integer numberOfChildren;
    private @Nullable String educationLevel;
    private final List<IdentityDocument> documents = new ArrayList<>();
    private final List<ContactPoint> contacts = new ArrayList<>();
    private final List<Place> addresses = new ArrayList<>();
    private @Nullable String jobTitle;

    private Builder(RecordMeta meta) {
      this.meta = meta;
    }

    /** Returns this builder with the metadata replaced. */
    public Builder meta(RecordMeta value) {
      meta = value;
      return this;
    }

    /** Returns this builder with a name added. */
    public Builder name(PersonName value) {
      names.add(value);
      return this;
    }

    /** Returns this builder with the sex set. */
    public Builder sex(Sex value) {
      sex = value;
      return this;
    }

    /** Returns this builder with the gender code set. */
    public Builder gender(@Nullable String code) {
      gender = code;
      return this;
    }

    /** Returns this builder with the birth date set. */
    public Builder birthDate(@Nullable PartialDate value) {
      birthDate = value;
      return this;
    }

    /** Returns this builder with the reported age set. */
    public Builder age(@Nullable ReportedAge value) {
      age = value;
      return this;
    }

    /** Returns this builder with the deceased flag set. */
    public Builder deceased(@Nullable Boolean value) {
      deceased = value;
      return this;
    }

    /** Returns this builder with citizenships added. */
    public Builder citizenship(String... codes) {
      citizenships.addAll(List.of(codes));
      return this;
    }

    /** Returns this builder with the stateless flag set. */
    public Builder stateless(@Nullable Boolean value) {
      stateless = value;
      return this;
    }

    /** Returns this builder with the country of birth set. */
    public Builder countryOfBirth(@Nullable String alpha3) {
      countryOfBirth = alpha3;
      return this;
    }

    /** Returns this builder with languages added. */
    public Builder language(String... codes) {
      languages.addAll(List.of(codes));
      return this;
    }

    /** Returns this builder with the marital-status code set. */
    public Builder maritalStatus(@Nullable String code) {
      maritalStatus = code;
      return this;
    }

    /** Returns this builder with the number of children set. */
    public Builder numberOfChildren(@Nullable Integer value) {
      numberOfChildren = value;
      return this;
    }

    /** Returns this builder with the education-level code set. */
    public Builder educationLevel(@Nullable String code) {
      educationLevel = code;
      return this;
    }

    /** Returns this builder with a document added. */
    public Builder document(IdentityDocument value) {
      documents.add(value);
      return this;
    }

    /** Returns this builder with a contact point added. */
    public Builder contact(ContactPoint value) {
      contacts.add(value);
      return this;
    }

    /** Returns this builder with an address added. */
    public Builder address(Place value) {
      addresses.add(value);
      return this;
    }

    /** Returns this builder with the job title set. */
    public Builder jobTitle(@Nullable String value) {
      jobTitle = value;
      return this;
    }

    /**
     * Returns the person.
     *
     * @throws NullPointerException if the metadata is missing
     */
    public Person build() {
      return new Person(
          meta,
          names,
          sex,
          Optional.ofNullable(gender),
          Optional.ofNullable(birthDate),
          Optional.ofNullable(age),
          Optional.ofNullable(deceased),
          citizenships,
          Optional.ofNullable(stateless),
          Optional.ofNullable(countryOfBirth),
          languages,
          Optional.ofNullable(maritalStatus),
          Optional.ofNullable(numberOfChildren),
          Optional.ofNullable(educationLevel),
          documents,
          contacts,
          addresses,
          Optional.ofNullable(jobTitle));
    }
  }
}
