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

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Observation;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.ReportWords;
import org.mignet.core.validation.Severity;
import org.mignet.formats.OutputFile;

/**
 * The {@code --html FILE} page of {@code validate}, {@code convert} and {@code aggregate}: one
 * self-contained HTML document (its style and its small filtering script inline; no network, no
 * fonts, no images but inline SVG; a Content-Security-Policy that forbids loading anything) in the
 * reader's language, {@code lang} set and {@code dir="rtl"} for Arabic. It shows a summary (files,
 * records, valid, invalid, issues by severity), a table of the rules broken with their counts,
 * message, rationale and source, the first examples of each rule (file, record, line, pointer,
 * message, value; a personal value is never there, only the word that it was withheld), filters by
 * severity and rule, and for {@code aggregate} the published table with suppressed cells marked and
 * a bar chart of the main dimension. Everything from the data or the command line is HTML-escaped.
 *
 * <p>Built from an {@link IssueLog}, so its size is bounded by the number of rules and examples,
 * not by the input.
 */
final class HtmlReport {

  /** Which command wrote the page; it picks the title and the words for valid and invalid. */
  enum Kind {
    VALIDATE("html.title.validate", "html.valid", "html.invalid"),
    CONVERT("html.title.convert", "html.written", "html.rejected"),
    AGGREGATE("html.title.aggregate", "html.valid", "html.rejected");

    final String title;
    final String validWord;
    final String invalidWord;

    Kind(String title, String validWord, String invalidWord) {
      this.title = title;
      this.validWord = validWord;
      this.invalidWord = invalidWord;
    }
  }

  /** At most this many bars in the chart; the rest are named in a line under it. */
  static final int MAX_BARS = 60;

  private final Kind kind;
  private final Locale lang;
  private final IssueLog log;
  private Dataset table;
  private String mainDimension;

  HtmlReport(Kind kind, Locale lang, IssueLog log) {
    this.kind = kind;
    this.lang = lang;
    this.log = log;
  }

  /**
   * Adds the published table of {@code aggregate} and a chart of its cells by {@code dimension}.
   */
  HtmlReport withTable(Dataset dataset, String dimension) {
    this.table = dataset;
    this.mainDimension = dimension;
    return this;
  }

  /**
   * Writes the page, all or nothing: an existing file is replaced only once the page is complete.
   *
   * @throws CliException if the file cannot be written, naming it
   */
  void writeTo(Path file) {
    try (OutputFile output = OutputFile.open(file)) {
      Writer w = new OutputStreamWriter(output.stream(), StandardCharsets.UTF_8);
      w.write(render());
      w.flush();
      output.commit();
    } catch (IOException | UncheckedIOException e) {
      throw Outputs.failure("cannot write " + file, e, file);
    }
  }

  private String word(String key, Object... args) {
    return ReportWords.text(key, lang, args);
  }

  /**
   * @return the whole page
   */
  String render() {
    StringBuilder b = new StringBuilder(16_384);
    String language = lang.getLanguage().isEmpty() ? "en" : lang.getLanguage();
    b.append("<!DOCTYPE html>\n<html lang=\"")
        .append(esc(language))
        .append('"')
        .append("ar".equals(language) ? " dir=\"rtl\"" : " dir=\"ltr\"")
        .append(">\n<head>\n<meta charset=\"utf-8\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; ")
        .append("script-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(esc(word(kind.title)))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n")
        .append("<h1>")
        .append(esc(word(kind.title)))
        .append("</h1>\n");
    summary(b);
    if (table != null) {
      statistics(b);
    }
    filters(b);
    rules(b);
    examples(b);
    b.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return b.toString();
  }

  private void summary(StringBuilder b) {
    b.append("<section id=\"summary\">\n<h2>")
        .append(esc(word("html.summary")))
        .append("</h2>\n<table class=\"summary\">\n");
    row(b, "sum-files", word("html.files"), log.files().size());
    row(b, "sum-records", word("html.records"), log.records);
    row(b, "sum-valid", word(kind.validWord), log.valid);
    row(b, "sum-invalid", word(kind.invalidWord), log.invalid);
    for (Severity s :
        new Severity[] {Severity.FATAL, Severity.ERROR, Severity.WARNING, Severity.INFO}) {
      row(b, "sum-" + s.name(), word("html.issues") + " (" + s.label(lang) + ")", log.count(s));
    }
    if (table != null) {
      row(b, "sum-cells", word("html.cells"), table.observations().size());
      row(
          b,
          "sum-suppressed",
          word("html.suppressed"),
          table.observations().stream().filter(HtmlReport::suppressed).count());
    }
    b.append("</table>\n<ul class=\"files\">\n");
    for (String f : log.files()) {
      b.append("<li><bdi>").append(esc(f)).append("</bdi></li>\n");
    }
    b.append("</ul>\n</section>\n");
  }

  private static void row(StringBuilder b, String id, String label, long n) {
    b.append("<tr><th scope=\"row\">")
        .append(esc(label))
        .append("</th><td id=\"")
        .append(id)
        .append("\">")
        .append(n)
        .append("</td></tr>\n");
  }

  private void filters(StringBuilder b) {
    b.append("<section id=\"filters\">\n<label>")
        .append(esc(word("html.severity")))
        .append(" <select id=\"filter-severity\">\n<option value=\"\">")
        .append(esc(word("html.all")))
        .append("</option>\n");
    for (Severity s :
        new Severity[] {Severity.FATAL, Severity.ERROR, Severity.WARNING, Severity.INFO}) {
      if (log.count(s) > 0) {
        b.append("<option value=\"")
            .append(s.name())
            .append("\">")
            .append(esc(s.label(lang)))
            .append("</option>\n");
      }
    }
    b.append("</select></label>\n<label>")
        .append(esc(word("html.rule")))
        .append(" <select id=\"filter-rule\">\n<option value=\"\">")
        .append(esc(word("html.all")))
        .append("</option>\n");
    for (String id : log.rules().keySet()) {
      b.append("<option value=\"")
          .append(esc(id))
          .append("\">")
          .append(esc(id))
          .append("</option>\n");
    }
    b.append("</select></label>\n</section>\n");
  }

  private void rules(StringBuilder b) {
    b.append("<section id=\"rules\">\n<h2>").append(esc(word("html.rules"))).append("</h2>\n");
    if (log.rules().isEmpty()) {
      b.append("<p id=\"no-issues\">").append(esc(word("html.none"))).append("</p>\n</section>\n");
      return;
    }
    b.append("<table id=\"rule-table\">\n<thead><tr>");
    for (String h :
        List.of(
            word("html.rule"),
            word("html.severity"),
            word("html.count"),
            word("html.message"),
            word("catalogue.why"),
            word("catalogue.source"))) {
      b.append("<th>").append(esc(h)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (IssueLog.RuleCount r : log.rules().values()) {
      b.append("<tr class=\"")
          .append(r.severity.name())
          .append("\" data-rule=\"")
          .append(esc(r.rule.id().value()))
          .append("\" data-severity=\"")
          .append(r.severity.name())
          .append("\"><td><code>")
          .append(esc(r.rule.id().value()))
          .append("</code></td><td>")
          .append(esc(r.severity.label(lang)))
          .append("</td><td class=\"n\">")
          .append(r.count)
          .append("</td><td>")
          .append(esc(r.rule.template(lang)))
          .append("</td><td>")
          .append(esc(r.rule.rationale()))
          .append("</td><td>")
          .append(esc(r.rule.source()))
          .append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private void examples(StringBuilder b) {
    if (log.rules().isEmpty()) {
      return;
    }
    b.append("<section id=\"examples\">\n<h2>")
        .append(esc(word("html.examples")))
        .append("</h2>\n")
        .append("<table id=\"example-table\">\n<thead><tr>");
    for (String h :
        List.of(
            word("html.rule"),
            word("html.severity"),
            word("html.file"),
            word("html.record"),
            word("html.line"),
            word("html.pointer"),
            word("html.message"),
            word("html.value"))) {
      b.append("<th>").append(esc(h)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (IssueLog.RuleCount r : log.rules().values()) {
      for (IssueLog.Located l : r.examples) {
        Issue i = l.issue();
        b.append("<tr class=\"example ")
            .append(i.severity().name())
            .append("\" data-rule=\"")
            .append(esc(i.ruleId().value()))
            .append("\" data-severity=\"")
            .append(i.severity().name())
            .append("\"><td><code>")
            .append(esc(i.ruleId().value()))
            .append("</code></td><td>")
            .append(esc(i.severity().label(lang)))
            .append("</td><td><bdi>")
            .append(esc(l.file()))
            .append("</bdi></td><td class=\"n\">")
            .append(l.record() > 0 ? Long.toString(l.record()) : "")
            .append("</td><td class=\"n\">")
            .append(l.line() > 0 ? Long.toString(l.line()) : "")
            .append("</td><td><code dir=\"ltr\">")
            .append(esc(i.pointer().isEmpty() ? "/" : i.pointer()))
            .append("</code></td><td>")
            .append(esc(i.message(lang)))
            .append("</td><td>");
        if (i.masked()) {
          b.append("<em class=\"withheld\">").append(esc(word("html.withheld"))).append("</em>");
        } else if (i.value().isPresent()) {
          b.append("<bdi class=\"value\">").append(esc(i.value().get())).append("</bdi>");
        }
        b.append("</td></tr>\n");
      }
      if (r.notShown() > 0) {
        b.append("<tr class=\"more ")
            .append(r.severity.name())
            .append("\" data-rule=\"")
            .append(esc(r.rule.id().value()))
            .append("\" data-severity=\"")
            .append(r.severity.name())
            .append("\"><td colspan=\"8\">")
            .append(esc(r.rule.id().value()))
            .append(": ")
            .append(esc(word("html.more", r.notShown())))
            .append("</td></tr>\n");
      }
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private static boolean suppressed(Observation o) {
    return o.confidentiality().isPresent() && !"F".equals(o.confidentiality().get());
  }

  private void statistics(StringBuilder b) {
    List<String> dims = table.dimensionIds();
    b.append("<section id=\"statistics\">\n<h2>").append(esc(word("html.table"))).append("</h2>\n");
    chart(b);
    b.append("<table id=\"stat-table\">\n<thead><tr>");
    for (String d : dims) {
      b.append("<th>").append(esc(d)).append("</th>");
    }
    b.append("<th>OBS_VALUE</th><th>OBS_STATUS</th><th>CONF_STATUS</th></tr></thead>\n<tbody>\n");
    for (Observation o : table.observations()) {
      boolean hidden = suppressed(o);
      b.append(hidden ? "<tr class=\"suppressed\">" : "<tr>");
      for (String d : dims) {
        b.append("<td><bdi>").append(esc(o.dimension(d).orElse(""))).append("</bdi></td>");
      }
      b.append("<td class=\"n\">");
      if (hidden) {
        b.append("<em>").append(esc(word("html.suppressed"))).append("</em>");
      } else {
        b.append(esc(o.value().map(BigDecimal::toPlainString).orElse(o.textValue().orElse(""))));
      }
      b.append("</td><td>")
          .append(esc(o.status().orElse("")))
          .append("</td><td>")
          .append(esc(o.confidentiality().orElse("")))
          .append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  /**
   * A horizontal bar chart: the sum of the published (not suppressed) values for each code of the
   * main dimension.
   */
  private void chart(StringBuilder b) {
    Map<String, BigDecimal> sums = new LinkedHashMap<>();
    Map<String, Boolean> anySuppressed = new LinkedHashMap<>();
    for (Observation o : table.observations()) {
      String code = o.dimension(mainDimension).orElse("");
      sums.putIfAbsent(code, BigDecimal.ZERO);
      if (suppressed(o)) {
        anySuppressed.put(code, true);
      } else if (o.value().isPresent()) {
        sums.merge(code, o.value().get(), BigDecimal::add);
      }
    }
    List<Map.Entry<String, BigDecimal>> bars = new ArrayList<>(sums.entrySet());
    bars.sort((x, y) -> y.getValue().compareTo(x.getValue()));
    int shown = Math.min(bars.size(), MAX_BARS);
    BigDecimal top = bars.isEmpty() ? BigDecimal.ONE : bars.get(0).getValue().max(BigDecimal.ONE);
    int labelWidth = 260;
    int barArea = 420;
    int rowHeight = 18;
    int height = shown * rowHeight + 30;
    b.append("<figure id=\"chart\">\n<figcaption>")
        .append(esc(word("html.chart", mainDimension)))
        .append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
        .append(labelWidth + barArea + 80)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(labelWidth + barArea + 80)
        .append(' ')
        .append(height)
        .append("\" direction=\"ltr\">\n<title>")
        .append(esc(word("html.chart", mainDimension)))
        .append("</title>\n");
    for (int k = 0; k < shown; k++) {
      Map.Entry<String, BigDecimal> e = bars.get(k);
      int y = k * rowHeight + 4;
      long w =
          e.getValue()
              .multiply(BigDecimal.valueOf(barArea))
              .divide(top, java.math.RoundingMode.HALF_UP)
              .longValue();
      String label = e.getKey().length() > 40 ? e.getKey().substring(0, 40) + "…" : e.getKey();
      boolean partial = anySuppressed.getOrDefault(e.getKey(), false);
      b.append("<g class=\"bar\"><text x=\"")
          .append(labelWidth - 6)
          .append("\" y=\"")
          .append(y + 12)
          .append("\" text-anchor=\"end\">")
          .append(esc(label))
          .append("</text><rect x=\"")
          .append(labelWidth)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(Math.max(w, 1))
          .append("\" height=\"")
          .append(rowHeight - 4)
          .append("\" class=\"")
          .append(partial ? "partial" : "full")
          .append("\"/><text x=\"")
          .append(labelWidth + Math.max(w, 1) + 4)
          .append("\" y=\"")
          .append(y + 12)
          .append("\">")
          .append(esc(e.getValue().toPlainString()))
          .append(partial ? " *" : "")
          .append("</text></g>\n");
    }
    b.append("</svg>\n");
    if (anySuppressed.containsValue(true)) {
      b.append("<p class=\"note\">* ").append(esc(word("html.suppressed"))).append("</p>\n");
    }
    if (bars.size() > shown) {
      b.append("<p class=\"note\">")
          .append(esc(word("html.more", bars.size() - shown)))
          .append("</p>\n");
    }
    b.append("</figure>\n");
  }

  /**
   * @return the text with {@code < > & " '} escaped, safe in element content and quoted attributes
   */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static final String STYLE =
      """
      body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
      table{border-collapse:collapse;margin:.5em 0 1.5em}
      th,td{border:1px solid #bbb;padding:3px 8px;text-align:start;vertical-align:top}
      thead th{background:#eee}
      td.n{text-align:end;font-variant-numeric:tabular-nums}
      tr.FATAL td:first-child,tr.ERROR td:first-child{border-inline-start:4px solid #b00}
      tr.WARNING td:first-child{border-inline-start:4px solid #c80}
      tr.INFO td:first-child{border-inline-start:4px solid #08c}
      tr.more td{font-style:italic;color:#555}
      tr.suppressed td{background:#f4f4f4;color:#777}
      em.withheld{color:#777}
      td code{white-space:nowrap}
      #filters{margin:1em 0;display:flex;gap:1.5em}
      svg rect.full{fill:#3a6ea5}svg rect.partial{fill:#9bb7d4}svg text{font-size:12px;fill:#222}
      p.note{font-size:.9em;color:#555}
      """;

  /** Hides the rows of the rule and example tables that do not match the two filters. */
  private static final String SCRIPT =
      """
      (function () {
        var sev = document.getElementById('filter-severity');
        var rule = document.getElementById('filter-rule');
        function apply() {
          var rows = document.querySelectorAll('#rule-table tbody tr, #example-table tbody tr');
          for (var k = 0; k < rows.length; k++) {
            var r = rows[k];
            var show = (!sev.value || r.getAttribute('data-severity') === sev.value)
                && (!rule.value || r.getAttribute('data-rule') === rule.value);
            r.hidden = !show;
          }
        }
        sev.addEventListener('change', apply);
        rule.addEventListener('change', apply);
      })();
      """;
}
