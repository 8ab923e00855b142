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

import java.util.Locale;
import java.util.concurrent.Callable;
import org.mignet.core.validation.RuleCatalogue;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Formats;
import org.mignet.formats.json.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mignet rules [--lang L] [--json]}: the catalogue of every rule and profile. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description =
        "Print the rule catalogue: id, severity, profiles, message, rationale and source of every rule.")
final class RulesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--lang",
      paramLabel = "L",
      defaultValue = "en",
      converter = UnLanguage.class,
      description =
          "Language of the messages: ar, zh, en, fr, ru or es (default: ${DEFAULT-VALUE}).")
  Locale lang;

  @Option(names = "--json", description = "Print the catalogue as JSON.")
  boolean json;

  @Option(names = "--verbose", description = "Show details of internal errors.")
  boolean verbose;

  @Override
  public Integer call() {
    RuleCatalogue catalogue = Formats.catalogue(Validation.standard());
    var out = spec.commandLine().getOut();
    if (json) {
      out.println(ReportJson.toJson(catalogue, lang));
    } else {
      out.print(catalogue.toText(lang));
    }
    out.flush();
    return Mignet.VALID;
  }
}
