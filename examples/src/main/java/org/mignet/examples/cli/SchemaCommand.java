package org.mignet.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * {@code mignet schema [TYPE]}: the published JSON Schema (draft 2020-12) of the canonical JSON, or a schema
 * for one record type that refers into the same definitions.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of the canonical JSON, whole or for one record type.")
final class SchemaCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "TYPE", arity = "0..1",
      description = "A record type, e.g. Person, TraffickingCase, Incident (default: every type).")
  String type;

  @Option(names = "--verbose", description = "Show details of internal errors.")
  boolean verbose;

  @Override
  public Integer call() throws JsonProcessingException {
    String schema = JsonSchemas.schema();
    var out = spec.commandLine().getOut();
    if (type == null) {
      out.println(schema.strip());
    } else {
      RecordType recordType = resolve(type);
      out.println(forType(schema, recordType));
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
        .orElseThrow(() -> new CliException("unknown record type '" + (name.length() > 30 ? name.substring(0, 30)
            + "…" : name) + "'; known: " + Arrays.stream(RecordType.values()).map(RecordType::typeName)
            .collect(Collectors.joining(", "))));
  }

  /** A schema whose root refers to the type's definition; the definitions are the published ones, unchanged. */
  private static String forType(String schema, RecordType type) throws JsonProcessingException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode root = mapper.readTree(schema);
    JsonNode defs = root.path("$defs");
    String name = type.typeName();
    if (!defs.has(name)) {
      throw new CliException("the published schema has no definition for " + name);
    }
    ObjectNode one = mapper.createObjectNode();
    if (root.has("$schema")) {
      one.set("$schema", root.get("$schema"));
    }
    one.put("title", "mignet " + name);
    one.put("$ref", "#/$defs/" + name);
    one.set("$defs", defs);
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(one);
  }
}
