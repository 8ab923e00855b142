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
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mignet.core.validation.ReportWords;
import org.mignet.examples.TestFiles;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * The {@code --html} report in a real browser: headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, installed by {@code .ci/run}) driven by Selenium loads the page written
 * for the Missing Migrants Project 2023 export and checks what a reader sees: the summary numbers
 * are the run's, Arabic is laid out right to left, the filters hide rows, the statistics page marks
 * suppressed cells and draws its chart. Screenshots are kept as build artefacts: {@code
 * examples/target/html-report-en.png}, {@code -ar.png} and {@code -aggregate.png}.
 *
 * <p>Without Chromium the tests fail, saying how to install it. For local development only, {@code
 * -Dmignet.browser.skip=true} skips them instead (CI never sets it). {@code -Dmignet.chromium=PATH}
 * and {@code -Dmignet.chromedriver=PATH} point at other binaries.
 */
class HtmlReportBrowserTest {

  private static final Path MMP_2023 =
      TestFiles.sharedData("missing-migrants/MissingMigrants-Global-2023-12-07--16_48_56.csv");

  private static final Path ARTIFACTS = Path.of("target");

  private static WebDriver browser;

  @TempDir static Path dir;

  /**
   * The English page of one run and the JSON the same run printed, shared by the tests that only
   * read it.
   */
  private static Path englishPage;

  private static JsonNode englishRun;

  @BeforeAll
  static void startChromium() {
    if (Boolean.getBoolean("mignet.browser.skip")) {
      Assumptions.abort(
          "browser tests skipped: -Dmignet.browser.skip=true (local development only; CI runs them)");
    }
    Path chromium = Path.of(System.getProperty("mignet.chromium", "/usr/bin/chromium"));
    Path driver = Path.of(System.getProperty("mignet.chromedriver", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
      fail(
          "the HTML report's browser test needs Chromium and its driver ("
              + chromium
              + ", "
              + driver
              + "): "
              + "install them with 'apt-get install -y chromium chromium-driver' (.ci/run does), or skip these tests "
              + "locally with -Dmignet.browser.skip=true");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,1600",
        "--lang=en-US");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    browser.manage().window().setSize(new Dimension(1280, 1600));
  }

  @AfterAll
  static void stopChromium() {
    if (browser != null) {
      browser.quit();
    }
  }

  /**
   * Runs {@code validate --json --html} on the MMP export, returning the JSON the same run printed.
   */
  private static JsonNode validate(Path page, String lang) throws Exception {
    CliRun run =
        CliRun.of(
            "validate", "--lang", lang, "--json", "--html", page.toString(), MMP_2023.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(Mignet.INVALID);
    return new ObjectMapper().readTree(run.out());
  }

  private static JsonNode english() throws Exception {
    if (englishRun == null) {
      englishPage = dir.resolve("report-en.html");
      englishRun = validate(englishPage, "en");
    }
    return englishRun;
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText().trim();
  }

  private static void screenshot(String name) throws Exception {
    Files.createDirectories(ARTIFACTS);
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, ARTIFACTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void summaryShowsTheNumbersOfTheRunAndEveryRuleWithItsCount() throws Exception {
    JsonNode run = english();

    browser.get(englishPage.toUri().toString());

    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(text("sum-files")).isEqualTo("1");
    assertThat(text("sum-records")).isEqualTo(run.get("records").asText()).isEqualTo("1912");
    assertThat(text("sum-valid")).isEqualTo(run.get("valid").asText());
    assertThat(text("sum-invalid")).isEqualTo(run.get("invalid").asText());
    Map<String, Long> bySeverity = new HashMap<>();
    Map<String, String> ruleCounts = new HashMap<>();
    run.get("rules")
        .properties()
        .forEach(
            e -> {
              bySeverity.merge(
                  e.getValue().get("severity").asText(),
                  e.getValue().get("count").asLong(),
                  Long::sum);
              ruleCounts.put(e.getKey(), e.getValue().get("count").asText());
            });
    for (String severity : List.of("FATAL", "ERROR", "WARNING", "INFO")) {
      assertThat(text("sum-" + severity))
          .as(severity)
          .isEqualTo(Long.toString(bySeverity.getOrDefault(severity, 0L)));
    }
    List<WebElement> rules = browser.findElements(By.cssSelector("#rule-table tbody tr"));
    Map<String, String> shown = new HashMap<>();
    for (WebElement row : rules) {
      shown.put(
          row.getAttribute("data-rule"),
          row.findElements(By.tagName("td")).get(2).getText().trim());
    }
    assertThat(shown).isEqualTo(ruleCounts).isNotEmpty();
    screenshot("html-report-en.png");
  }

  @Test
  void arabicReportIsLaidOutRightToLeftWithArabicHeadings() throws Exception {
    Path page = dir.resolve("report-ar.html");
    JsonNode run = validate(page, "ar");

    browser.get(page.toUri().toString());

    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
    assertThat(js.executeScript("return getComputedStyle(document.body).direction"))
        .isEqualTo("rtl");
    assertThat(
            js.executeScript(
                "return getComputedStyle(document.querySelector('#rule-table th')).textAlign"))
        .isIn("start", "right");
    // right to left for real: the summary table hangs off the right edge of the page, not the left
    WebElement summary = browser.findElement(By.cssSelector("table.summary"));
    long width = (Long) js.executeScript("return document.documentElement.clientWidth");
    assertThat(summary.getRect().getX()).isGreaterThan((int) (width / 2));
    Locale ar = Locale.forLanguageTag("ar");
    assertThat(browser.findElement(By.cssSelector("#summary h2")).getText())
        .isEqualTo(ReportWords.text("html.summary", ar));
    assertThat(browser.getTitle()).isEqualTo(ReportWords.text("html.title.validate", ar));
    assertThat(text("sum-records")).isEqualTo(run.get("records").asText());
    screenshot("html-report-ar.png");
  }

  @Test
  void filtersBySeverityAndRuleHideTheOtherRows() throws Exception {
    english();
    browser.get(englishPage.toUri().toString());
    assertThat(rows()).extracting(r -> r.get(1)).contains("ERROR", "WARNING");
    assertThat(rows()).allMatch(r -> r.get(2).equals("shown"));

    new Select(browser.findElement(By.id("filter-severity"))).selectByValue("WARNING");

    assertThat(rows())
        .filteredOn(r -> r.get(1).equals("ERROR"))
        .isNotEmpty()
        .allMatch(r -> r.get(2).equals("hidden"));
    assertThat(rows())
        .filteredOn(r -> r.get(1).equals("WARNING"))
        .isNotEmpty()
        .allMatch(r -> r.get(2).equals("shown"));

    new Select(browser.findElement(By.id("filter-severity"))).selectByValue("");
    new Select(browser.findElement(By.id("filter-rule"))).selectByValue("MG-INC-003");

    assertThat(rows())
        .filteredOn(r -> r.get(2).equals("shown"))
        .isNotEmpty()
        .allMatch(r -> r.get(0).equals("MG-INC-003"));
    assertThat(rows())
        .filteredOn(r -> r.get(0).equals("MG-INC-003"))
        .allMatch(r -> r.get(2).equals("shown"));
  }

  /**
   * @return each row of the rule and example tables as [rule, severity, shown|hidden], as the
   *     browser lays it out
   */
  @SuppressWarnings("unchecked")
  private static List<List<String>> rows() {
    return (List<List<String>>)
        ((JavascriptExecutor) browser)
            .executeScript(
                "return Array.from(document.querySelectorAll('#rule-table tbody tr, #example-table tbody tr')).map(r => "
                    + "[r.dataset.rule, r.dataset.severity, r.getClientRects().length > 0 ? 'shown' : 'hidden']);");
  }

  @Test
  void statisticsPageMarksSuppressedCellsAndChartsTheMainDimension() throws Exception {
    Path page = dir.resolve("report-aggregate.html");
    CliRun run =
        CliRun.of(
            "aggregate",
            "--by",
            "ROUTE",
            "--threshold",
            "5",
            "--html",
            page.toString(),
            MMP_2023.toString(),
            dir.resolve("out.csv").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> csv = Files.readAllLines(dir.resolve("out.csv"));
    // CONF_STATUS other than F (free): A primary, D secondary suppression
    List<String> header = List.of(csv.get(0).split(",", -1));
    int conf = header.indexOf("CONF_STATUS");
    assertThat(conf).as(csv.get(0)).isNotNegative();
    long suppressedInCsv =
        csv.stream()
            .skip(1)
            .map(l -> l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
            .filter(c -> !c[conf].equals("F"))
            .count();

    browser.get(page.toUri().toString());

    List<WebElement> cells = browser.findElements(By.cssSelector("#stat-table tbody tr"));
    assertThat(cells).hasSize(csv.size() - 1);
    List<WebElement> suppressed =
        browser.findElements(By.cssSelector("#stat-table tbody tr.suppressed"));
    assertThat(suppressed).hasSize((int) suppressedInCsv).isNotEmpty();
    assertThat(text("sum-suppressed")).isEqualTo(Long.toString(suppressedInCsv));
    assertThat(browser.findElements(By.cssSelector("#stat-table tr.suppressed td:nth-child(3)")))
        .extracting(WebElement::getText)
        .containsOnly("suppressed");
    @SuppressWarnings("unchecked")
    List<String> routes =
        (List<String>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return Array.from("
                        + "new Set(Array.from(document.querySelectorAll('#stat-table tbody tr td:first-child')).map(c => c.textContent)))");
    List<WebElement> bars = browser.findElements(By.cssSelector("#chart svg g.bar rect"));
    assertThat(bars).hasSize(routes.size());
    assertThat(bars.get(0).getSize().getWidth())
        .isGreaterThan(bars.get(bars.size() - 1).getSize().getWidth());
    screenshot("html-report-aggregate.png");
  }
}
