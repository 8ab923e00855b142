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

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.mignet.core.model.RecordType;
import org.mignet.formats.json.JsonSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mignet schema [TYPE]}: the published JSON Schema (draft 2020-12) of the canonical JSON, or
 * the schema of one record type, which refers into the same definitions.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description =
        "Print the JSON Schema (draft 2020-12) of the canonical JSON, whole or for one record type.")
final class SchemaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "TYPE",
      arity = "0..1",
      description = "A record type, e.g. Person, TraffickingCase, Incident (default: every type).")
  String type;

  @Option(names = "--verbose", description = "Show details of internal errors.")
  boolean verbose;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    if (type == null) {
      out.println(JsonSchemas.schema().strip());
    } else {
      out.println(JsonSchemas.schema(resolve(type)).strip());
    }
    out.flush();
    return Mignet.VALID;
  }

  static RecordType resolve(String name) {
    Optional<RecordType> exact = RecordType.named(name);
    if (exact.isPresent()) {
      return exact.get();
    }
    return Arrays.stream(RecordType.values())
        .filter(t -> t.typeName().equalsIgnoreCase(name) || t.name().equalsIgnoreCase(name))
        .findFirst()
        .orElseThrow(
            () ->
                new CliException(
                    "unknown record type '"
                        + (name.length() > 30 ? name.substring(0, 30) + "…" : name)
                        + "'; known: "
                        + Arrays.stream(RecordType.values())
                            .map(RecordType::typeName)
                            .collect(Collectors.joining(", "))));
  }
}
