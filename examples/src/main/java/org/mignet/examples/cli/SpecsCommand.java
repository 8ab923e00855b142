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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mignet.formats.tabular.MappingSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mignet specs [--json]}: the mapping specs shipped with mignet, each with what it reads
 * (its layout or edition, as the spec describes it) and the records it makes. Any of them is named
 * with {@code --mapping NAME}.
 */
@Command(
    name = "specs",
    mixinStandardHelpOptions = true,
    description =
        "List the mapping specs shipped with mignet: name, what it reads (layout, edition), and the records "
            + "it makes. Name one with --mapping NAME in convert and validate.")
final class SpecsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print the list as JSON.")
  boolean json;

  @Override
  public Integer call() {
    List<Map<String, Object>> specs = list();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      try {
        out.println(
            new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(specs));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new CliException("cannot write JSON", e);
      }
    } else {
      for (Map<String, Object> s : specs) {
        out.println(s.get("name"));
        out.println("  makes: " + s.get("target"));
        out.println("  reads: " + s.get("reads"));
      }
      out.println(
          specs.size()
              + " bundled specs; use one with --mapping NAME (or give the path of a spec file)");
    }
    out.flush();
    return Mignet.VALID;
  }

  /**
   * @return one entry per bundled spec: name, target record type (and dataflow), what it reads
   */
  static List<Map<String, Object>> list() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String name : MappingSpec.bundledNames()) {
      MappingSpec s = MappingSpec.bundled(name).orElseThrow();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", name);
      m.put("recordType", s.recordType().map(t -> t.typeName()).orElse("Dataset"));
      s.dataflow().ifPresent(d -> m.put("dataflow", d));
      m.put(
          "target",
          s.recordType()
              .map(t -> t.typeName() + " records, one per row")
              .orElse(
                  "Dataset records ("
                      + s.dataflow().orElse("")
                      + "), consecutive rows in one, up to 1,000 observations"));
      m.put("sourceFormat", s.sourceFormat());
      m.put("reads", s.description());
      out.add(m);
    }
    return out;
  }
}
