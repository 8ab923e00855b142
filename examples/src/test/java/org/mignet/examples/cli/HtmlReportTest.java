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
package org.mignet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mignet.core.validation.ReportWords;
import org.mignet.examples.TestFiles;

/**
 * The {@code --html} page as text: escaping, no personal data, nothing loaded from elsewhere,
 * language, bounds.
 */
class HtmlReportTest {

  @TempDir Path dir;

  private String page(Path file) throws Exception {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void valuesAndFileNamesFromTheDataAreEscapedNeverMarkup() throws Exception {
    String sample = Files.readString(TestFiles.copySample(dir, "invalid-incident-and-case.json"));
    Path hostile = dir.resolve("a<b>&\"c'.json");
    Files.writeString(hostile, sample.replace("\"ATL\"", "\"<img src=x onerror=alert(1)>\""));
    Path html = dir.resolve("r.html");

    CliRun run = CliRun.of("validate", "--html", html.toString(), hostile.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.INVALID);
    String page = page(html);
    assertThat(page)
        .doesNotContain("<img", "<b>&", "onerror=alert(1)>")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("a&lt;b&gt;&amp;&quot;c&#39;.json");
  }

  @Test
  void personalValuesNeverAppearOnlyTheWordThatTheyWereWithheld() throws Exception {
    Path html = dir.resolve("r.html");

    CliRun run =
        CliRun.of(
            "validate", "--html", html.toString(), "--sample", "invalid-incident-and-case.json");

    assertThat(run.exitCode()).isEqualTo(Mignet.INVALID);
    String page = page(html);
    // the future birth date and the arrival before departure are personal: the sample has them, the
    // page not
    assertThat(Files.readString(TestFiles.copySample(dir, "invalid-incident-and-case.json")))
        .contains("2091-04-02", "2024-05-10");
    assertThat(page)
        .doesNotContain("2091-04-02", "2024-05-10")
        .contains(ReportWords.text("html.withheld", Locale.ENGLISH))
        // a value that is not personal is shown
        .contains("<bdi class=\"value\">ATL</bdi>");
  }

  @Test
  void pageLoadsNothingFromElsewhere() throws Exception {
    Path html = dir.resolve("r.html");
    CliRun.of(
        "aggregate",
        "--by",
        "ROUTE",
        "--html",
        html.toString(),
        TestFiles.sharedData("missing-migrants/MissingMigrants-Global-2023-12-07--16_48_56.csv")
            .toString(),
        dir.resolve("out.csv").toString());

    String page = page(html);
    assertThat(page)
        .contains("<svg", "<script>", "<style>", "Content-Security-Policy", "default-src 'none'")
        .doesNotContain("<link", " src=", "@import", "url(", "@font-face");
    // the one URL is the SVG namespace, which is a name, not something fetched
    assertThat(page.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("http:", "https:", "//cdn");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
  void pageSpeaksTheRequestedLanguageAndArabicIsRightToLeft(String lang) throws Exception {
    Path html = dir.resolve("r-" + lang + ".html");

    CliRun.of(
        "validate",
        "--lang",
        lang,
        "--html",
        html.toString(),
        "--sample",
        "invalid-incident-and-case.json");

    String page = page(html);
    Locale l = Locale.forLanguageTag(lang);
    assertThat(page)
        .contains(
            "<html lang=\"" + lang + "\" dir=\"" + ("ar".equals(lang) ? "rtl" : "ltr") + "\">")
        .contains("<h2>" + ReportWords.text("html.summary", l) + "</h2>")
        .contains("<h2>" + ReportWords.text("html.rules", l) + "</h2>")
        .contains(">" + ReportWords.text("catalogue.why", l) + "<");
  }

  @Test
  void keepsTheFirstExamplesOfEachRuleAndCountsTheRest() throws Exception {
    Path file =
        TestFiles.sharedData("missing-migrants/MissingMigrants-Global-2023-12-07--16_48_56.csv");
    Path html = dir.resolve("r.html");

    CliRun run =
        CliRun.of("validate", "--max-issues", "2", "--html", html.toString(), file.toString());

    String page = page(html);
    // MG-MMP-011 is broken 19 times in this file (the text output's summary says so): 2 shown, 17
    // more
    assertThat(run.out()).containsPattern("MG-MMP-011\\s+warning\\s+19");
    assertThat(count(page, "<tr class=\"example WARNING\" data-rule=\"MG-MMP-011\"")).isEqualTo(2);
    assertThat(page).contains("MG-MMP-011: " + ReportWords.text("html.more", Locale.ENGLISH, 17));
    assertThat(page)
        .containsPattern(
            "data-rule=\"MG-MMP-011\" data-severity=\"WARNING\"><td><code>MG-MMP-011"
                + "</code></td><td>warning</td><td class=\"n\">19</td>");
  }

  @Test
  void convertPageCountsWrittenAndRejectedRecordsAsTheReportDoes() throws Exception {
    Path sample = TestFiles.copySample(dir, "invalid-incident-and-case.json");
    Path html = dir.resolve("c.html");
    Path report = dir.resolve("c.json");

    CliRun run =
        CliRun.of(
            "convert",
            "--to",
            "ndjson",
            "--profile",
            "structural",
            "--report",
            report.toString(),
            "--html",
            html.toString(),
            sample.toString(),
            dir.resolve("out.ndjson").toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.INVALID);
    com.fasterxml.jackson.databind.JsonNode json =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.toFile());
    String page = page(html);
    assertThat(page)
        .contains("<title>" + ReportWords.text("html.title.convert", Locale.ENGLISH) + "</title>")
        .contains("<td id=\"sum-records\">" + json.get("read").asLong() + "</td>")
        .contains("<td id=\"sum-valid\">" + json.get("written").asLong() + "</td>")
        .contains("<td id=\"sum-invalid\">" + json.get("rejected").asLong() + "</td>")
        .contains("<td id=\"sum-ERROR\">" + json.get("issues").size() + "</td>")
        .contains("data-rule=\"MG-CONV-003\"");
    assertThat(json.get("rejected").asLong()).isEqualTo(5);
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
