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
package org.mignet.formats.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mignet.core.model.DocumentType;
import org.mignet.core.model.IdentityDocument;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.MrzFormat;
import org.mignet.core.model.NameUse;
import org.mignet.core.model.PartialDate;
import org.mignet.core.model.Person;
import org.mignet.core.model.PersonName;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.model.Sex;
import org.mignet.core.model.TravelDocument;
import org.mignet.formats.Conversion;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Formats;
import org.mignet.formats.Loss;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.Transformation;

/**
 * Travel documents written as MRZs through the pipeline: what is written, what is changed, what is
 * refused.
 */
class MrzWriteTest {

  private static TravelDocument doc(MrzFormat format, String code, String number, PersonName name) {
    return new TravelDocument(
        RecordMeta.of("test", "1"),
        DocumentType.PASSPORT,
        code,
        "UTO",
        number,
        name,
        Optional.of("UTO"),
        Optional.of(PartialDate.of(1974, 8, 12)),
        Sex.FEMALE,
        Optional.of(PartialDate.of(2031, 4, 15)),
        Optional.empty(),
        Optional.of(format));
  }

  private record Out(ConversionReport report, String text) {}

  private static Out convert(MignetRecord... records) {
    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    try (RecordWriter w = Formats.named("ndjson").writer(ndjson)) {
      for (MignetRecord r : records) {
        w.write(r);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConversionReport report =
        Conversion.from(Formats.named("ndjson"))
            .to(Formats.named("mrz"))
            .run(new ByteArrayInputStream(ndjson.toByteArray()), "in.ndjson", out);
    return new Out(report, out.toString(StandardCharsets.US_ASCII));
  }

  @Test
  void theValueTypeMakesTheIcaoTd1ExampleWithItsLongNumberAndEveryCheckDigit() {
    Mrz mrz =
        Mrz.of(
            MrzFormat.TD1,
            new MrzFields(
                "I",
                "UTO",
                "STEVENSON",
                List.of("PETER", "JOHN"),
                "D23145890734",
                "UTO",
                "340712",
                'M',
                "950712",
                "",
                ""));
    assertThat(mrz.lines())
        .containsExactly(
            "I<UTOD23145890<7349<<<<<<<<<<<",
            "3407127M9507122UTO<<<<<<<<<<<2",
            "STEVENSON<<PETER<JOHN<<<<<<<<<");
    assertThat(mrz.isValid()).isTrue();
    assertThat(Mrz.parse(mrz.text()).fields()).isEqualTo(mrz.fields());
  }

  @Test
  void namesAreTransliteratedToTheMrzAlphabetAndTheChangeIsReported() {
    Out o =
        convert(
            doc(
                MrzFormat.TD3,
                "P",
                "L898902C3",
                new PersonName(
                    NameUse.PRIMARY,
                    Optional.empty(),
                    List.of("Zoë", "Anna-Maria"),
                    List.of(),
                    List.of("Müller O'Brien"),
                    Optional.empty(),
                    Optional.empty())));
    assertThat(o.report().written()).isEqualTo(1);
    assertThat(o.text()).startsWith("P<UTOMUELLER<OBRIEN<<ZOE<ANNA<MARIA<<<<<<<<<\n");
    assertThat(o.report().transformed())
        .extracting(Transformation::pointer, Transformation::action)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "/holderName/familyNames", Transformation.Action.MRZ_TRANSLITERATED),
            org.assertj.core.groups.Tuple.tuple(
                "/holderName/givenNames", Transformation.Action.MRZ_TRANSLITERATED));
    assertThat(Mrz.parse(o.text().strip()).isValid()).isTrue();
  }

  @Test
  void aNameTooLongForItsFieldIsTruncatedAndReportedAndTheReaderWarnsOfIt() {
    Out o =
        convert(
            doc(
                MrzFormat.TD1,
                "I",
                "D23145890",
                PersonName.of("Maximiliano Alejandro Sebastian", "Hernandez Rodriguez")));
    assertThat(o.report().transformed())
        .extracting(Transformation::pointer)
        .contains("/holderName");
    List<String> lines = List.of(o.text().strip().split("\n"));
    assertThat(lines.get(2)).hasSize(30).isEqualTo("HERNANDEZ<RODRIGUEZ<<MAXIMILIA");
    ReadResult back = MrzConformanceTest.read(o.text(), false).get(0);
    assertThat(back.issues()).anyMatch(i -> i.rule().id().value().equals(MrzRules.NAME_TRUNCATED));
  }

  @Test
  void aPersonIsWrittenAsTheMrzOfItsFirstDocumentAndWhatTheMrzCannotHoldIsReportedLost() {
    Person p =
        Person.builder(RecordMeta.of("test", "3"))
            .name(PersonName.of("Anna Maria", "Silva"))
            .name(PersonName.of("Ana", "Silva"))
            .sex(Sex.FEMALE)
            .birthDate(PartialDate.of(1990, 2, 3))
            .citizenship("PRT", "BRA")
            .gender("Woman")
            .language("por")
            .document(
                new IdentityDocument(
                    DocumentType.RESIDENCE_PERMIT,
                    Optional.of("D"),
                    "X1234567",
                    Optional.of(PartialDate.of(2020, 1, 1)),
                    Optional.of(PartialDate.of(2030, 1, 1))))
            .document(
                new IdentityDocument(
                    DocumentType.PASSPORT,
                    Optional.of("PRT"),
                    "P7654321",
                    Optional.empty(),
                    Optional.of(PartialDate.of(2029, 5, 6))))
            .build();
    Out o = convert(p);
    assertThat(o.report().written()).as(o.report().issues().toString()).isEqualTo(1);
    Mrz mrz = Mrz.parse(o.text().strip());
    assertThat(mrz.format()).isEqualTo(MrzFormat.TD1);
    assertThat(mrz.isValid()).isTrue();
    assertThat(mrz.fields().documentCode()).isEqualTo("I");
    assertThat(mrz.fields().issuingState()).isEqualTo("D");
    assertThat(mrz.fields().documentNumber()).isEqualTo("X1234567");
    assertThat(mrz.fields().nationality()).isEqualTo("PRT");
    assertThat(o.report().lost())
        .extracting(Loss::pointer)
        .contains(
            "/gender",
            "/languages",
            "/documents/*/issueDate",
            "/names/1",
            "/citizenships/1",
            "/documents/1");
    assertThat(o.report().transformed())
        .extracting(Transformation::pointer, Transformation::action)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "/documents/0/type", Transformation.Action.MRZ_TYPE_FROM_CODE));
  }

  @Test
  void aPersonWhoseFirstDocumentHasNoMrzIsRefusedNamingTheMember() {
    Person p =
        Person.builder(RecordMeta.of("test", "4"))
            .name(PersonName.of("Anna", "Silva"))
            .document(
                new IdentityDocument(
                    DocumentType.BIRTH_CERTIFICATE,
                    Optional.of("PRT"),
                    "B-99",
                    Optional.empty(),
                    Optional.empty()))
            .build();
    Out o = convert(p);
    assertThat(o.report().rejected()).isEqualTo(1);
    String message = o.report().issues().get(0).message(Locale.ENGLISH);
    assertThat(message)
        .contains("/documents/0/type")
        .doesNotContain("B-99")
        .doesNotContain("Silva");
  }

  @Test
  void documentsAnMrzCannotHoldAreRefusedWholeWithoutEchoingThem() {
    Out o =
        convert(
            doc(MrzFormat.TD3, "P", "L898902C3", PersonName.of("محمد", "Khalil")),
            doc(MrzFormat.TD3, "P", "AB1234567890", PersonName.of("Anna", "Silva")),
            Person.builder(RecordMeta.of("test", "2"))
                .name(PersonName.of("Anna", "Silva"))
                .build());
    assertThat(o.report().read()).isEqualTo(3);
    assertThat(o.report().rejected()).isEqualTo(3);
    assertThat(o.report().issues())
        .extracting(i -> i.rule().id().value())
        .containsExactly("MG-CONV-002", "MG-CONV-002", "MG-CONV-002");
    String all =
        o.report().issues().stream().map(i -> i.message(Locale.ENGLISH)).reduce("", String::concat);
    assertThat(all)
        .contains("/holderName/givenNames")
        .contains("documentNumber")
        .contains("/documents: ")
        .doesNotContain("محمد")
        .doesNotContain("AB1234567890")
        .doesNotContain("Silva");
    assertThat(o.text()).isEmpty();
  }

  @Test
  void aTd1NumberLongerThanNineCharactersOverflowsIntoTheOptionalDataAndReadsBack() {
    TravelDocument d =
        new TravelDocument(
            RecordMeta.of("test", "1"),
            DocumentType.IDENTITY_CARD,
            "ID",
            "BEL",
            "600001795015",
            PersonName.of("Ulrike", "Reinartz"),
            Optional.of("BEL"),
            Optional.of(PartialDate.of(1985, 12, 1)),
            Sex.FEMALE,
            Optional.of(PartialDate.of(2031, 11, 4)),
            Optional.of("ABC<<<<<<<13010198739"),
            Optional.of(MrzFormat.TD1));
    Out o = convert(d);
    assertThat(o.report().written()).as(o.report().issues().toString()).isEqualTo(1);
    assertThat(o.text()).startsWith("IDBEL600001795<0152<ABC<<<<<<<\n");
    TravelDocument back =
        (TravelDocument) ((ReadResult.Ok) MrzConformanceTest.read(o.text(), false).get(0)).record();
    assertThat(back.number()).isEqualTo(d.number());
    assertThat(back.optionalData()).isEqualTo(d.optionalData());
    assertThat(back.holderName())
        .isEqualTo(
            new PersonName(
                NameUse.PRIMARY,
                Optional.empty(),
                List.of("ULRIKE"),
                List.of(),
                List.of("REINARTZ"),
                Optional.empty(),
                Optional.empty()));
  }

  @Test
  void aDateWhoseCenturyAReaderPutsElsewhereIsReportedAsChanged() {
    TravelDocument d =
        new TravelDocument(
            RecordMeta.of("test", "1"),
            DocumentType.PASSPORT,
            "P",
            "UTO",
            "L898902C3",
            PersonName.of("ANNA", "ERIKSSON"),
            Optional.empty(),
            Optional.of(PartialDate.ofYear(1890)),
            Sex.UNKNOWN,
            Optional.of(PartialDate.of(2031, 4, 15)),
            Optional.empty(),
            Optional.empty());
    Out o = convert(d);
    assertThat(o.text())
        .startsWith("P<UTOERIKSSON<<ANNA<")
        .contains("\nL898902C36<<<90<<<<3<3104150");
    assertThat(o.report().transformed())
        .extracting(Transformation::pointer, Transformation::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/birthDate", Transformation.Action.MRZ_CENTURY));
  }

  @Test
  void theValueTypeRefusesFieldsThatDoNotFitNamingTheFieldOnly() {
    assertThatThrownBy(
            () ->
                Mrz.of(
                    MrzFormat.TD3,
                    new MrzFields(
                        "P",
                        "UTO",
                        "SILVA",
                        List.of(),
                        "AB1234567890",
                        "UTO",
                        "740812",
                        'F',
                        "310415",
                        "",
                        "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("documentNumber")
        .hasMessageNotContaining("AB1234567890");
    assertThatThrownBy(
            () ->
                Mrz.of(
                    MrzFormat.TD3,
                    new MrzFields(
                        "V", "UTO", "SILVA", List.of(), "AB12345", "UTO", "740812", 'F', "310415",
                        "", "")))
        .hasMessageStartingWith("documentCode");
    assertThatThrownBy(
            () ->
                Mrz.of(
                    MrzFormat.TD3,
                    new MrzFields(
                        "P", "UTO", "SILVA", List.of(), "AB12345", "UTO", "741312", 'F', "310415",
                        "", "")))
        .hasMessageStartingWith("birthDate");
  }
}
