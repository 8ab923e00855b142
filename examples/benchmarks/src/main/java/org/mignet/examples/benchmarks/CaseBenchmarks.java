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
package org.mignet.examples.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.mignet.core.validation.Profile;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Conversion;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.Formats;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordOutcome;
import org.mignet.formats.RecordReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The headline workload: one pass over {@code records} generated trafficking cases in NDJSON (about
 * 1.3 KB each), by mignet (read + bind, + {@code structural} or {@code exchange} validation, on one
 * or two threads) and by its baselines on the same bytes: a Jackson token scan (every name and
 * scalar's text taken, the least any reader does), Jackson {@code readTree}, and networknt
 * json-schema-validator on the published per-type schema (Draft 2020-12, format assertions on,
 * every error collected). One operation is one pass: records per second = ops/s × records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CaseBenchmarks {

  /** Cases per pass. */
  @Param("20000")
  public int records;

  private byte[] ndjson;
  private Format ndjsonFormat;
  private Validation validation;
  private JsonFactory factory;
  private ObjectMapper mapper;
  private Schema schema;

  /** Generates the cases and builds every engine once, outside the measurement. */
  @Setup
  public void setUp() {
    ndjson = Corpus.ndjson(records);
    ndjsonFormat = Formats.named("ndjson");
    validation = Validation.standard();
    factory = new JsonFactory();
    mapper = new ObjectMapper(factory);
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b ->
                b.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    schema = registry.getSchema(Corpus.schema(), InputFormat.JSON);
  }

  /**
   * @return tokens read: Jackson's streaming parser over every byte, every name and scalar's text
   *     taken
   */
  @Benchmark
  public long jacksonTokenScan() throws IOException {
    long tokens = 0;
    try (JsonParser p = factory.createParser(ndjson)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t.isScalarValue()) {
          p.getText();
        }
        tokens++;
      }
    }
    return tokens;
  }

  /**
   * @return documents read into Jackson trees
   */
  @Benchmark
  public long jacksonReadTree() throws IOException {
    long n = 0;
    try (MappingIterator<JsonNode> it = mapper.readerFor(JsonNode.class).readValues(ndjson)) {
      while (it.hasNext()) {
        it.next();
        n++;
      }
    }
    return n;
  }

  /**
   * @return errors found: each document read into a tree and validated against the TraffickingCase
   *     schema
   */
  @Benchmark
  public long networkntSchema() throws IOException {
    long errors = 0;
    try (MappingIterator<JsonNode> it = mapper.readerFor(JsonNode.class).readValues(ndjson)) {
      while (it.hasNext()) {
        errors += schema.validate(it.next()).size();
      }
    }
    return errors;
  }

  /**
   * @return records read and bound by mignet's NDJSON reader, without validation
   */
  @Benchmark
  public long mignetReadBind() {
    long n = 0;
    try (RecordReader reader =
        ndjsonFormat.reader(new ByteArrayInputStream(ndjson), "bench", FormatOptions.none())) {
      while (reader.hasNext()) {
        ReadResult r = reader.next();
        if (r instanceof ReadResult.Ok) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * @return records that passed: read + bind + {@code structural}, as {@code mignet validate
   *     --threads 1}
   */
  @Benchmark
  public long mignetStructural() {
    return check(Profile.STRUCTURAL, 1);
  }

  /**
   * @return records that passed: read + bind + {@code exchange}
   */
  @Benchmark
  public long mignetExchange() {
    return check(Profile.EXCHANGE, 1);
  }

  /**
   * @return records that passed: read + bind + {@code structural} on two threads
   */
  @Benchmark
  public long mignetStructuralTwoThreads() {
    return check(Profile.STRUCTURAL, 2);
  }

  private long check(Profile profile, int threads) {
    return Conversion.from(ndjsonFormat)
        .validating(validation, profile)
        .maxIssues(0)
        .parallelism(threads)
        .check(new ByteArrayInputStream(ndjson), "bench", RecordOutcome.Listener.none())
        .written();
  }
}
