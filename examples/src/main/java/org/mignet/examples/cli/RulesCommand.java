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
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Print the rule catalogue: id, severity, profiles, message, rationale and source of every rule.")
final class RulesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--lang", paramLabel = "L", defaultValue = "en", converter = UnLanguage.class,
      description = "Language of the messages: ar, zh, en, fr, ru or es (default: ${DEFAULT-VALUE}).")
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
