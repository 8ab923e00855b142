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
package org.mignet.formats.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.mignet.formats.ReadLimits;
import org.mignet.formats.RecordWriter;

/**
 * Shared streaming factories, the writers built on them, and a plain mapper (no modules, no default
 * typing) used as a tree codec only. The public {@code CanonicalJson} and the registered {@code
 * json} and {@code ndjson} formats both build their readers and writers here, so that the formats
 * do not call back into the public package. Thread-safe.
 *
 * <p>Reading and writing records needs only jackson-core's streaming factory; the databind mapper
 * (a few hundred classes, about a tenth of a second of a cold start) is created on first use, by a
 * record whose members must be buffered as a tree (one whose {@code recordType} is not its first
 * member).
 */
public final class Mappers {

  private static final JsonFactory DEFAULT_LIMITS = build(ReadLimits.defaults());

  private Mappers() {}

  /**
   * The plain mapper, created on first use: numbers with a fraction or an exponent become decimals
   * as written (a double would alter any with more than 17 digits), trailing zeros kept, as the
   * streaming read keeps them.
   */
  private static final class Plain {
    static final ObjectMapper MAPPER =
        JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
  }

  /**
   * Returns a plain mapper, a tree codec only (no modules, no default typing), that reads every
   * number exactly.
   */
  static ObjectMapper plain() {
    return Plain.MAPPER;
  }

  /**
   * Returns a streaming factory whose parsers keep to the limits and leave their source open.
   *
   * @param limits the read limits the factory's parsers enforce; not null
   */
  public static JsonFactory limitedTo(ReadLimits limits) {
    return limits.equals(ReadLimits.defaults()) ? DEFAULT_LIMITS : build(limits);
  }

  private static JsonFactory build(ReadLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxNameLength(Math.min(limits.maxStringLength(), 50_000))
                .build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }

  /** Returns the generator, indented if {@code pretty}. */
  public static JsonGenerator generator(JsonGenerator g, boolean pretty) {
    return pretty ? g.useDefaultPrettyPrinter() : g;
  }

  /**
   * Returns a writer of one compact record document per line.
   *
   * @param factory the factory that creates the generator; not null
   * @param out the target; closed by the writer's {@code close()}
   * @throws UncheckedIOException if the generator cannot be created
   */
  public static RecordWriter ndjsonWriter(JsonFactory factory, OutputStream out) {
    try {
      return new JsonRecordWriter(factory.createGenerator(out), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a writer of a bundle whose {@code records} array is streamed.
   *
   * @param factory the factory that creates the generator; not null
   * @param out the target; closed by the writer's {@code close()}, which also ends the bundle
   * @param pretty whether the bundle is indented
   * @throws UncheckedIOException if the generator cannot be created
   */
  public static RecordWriter bundleWriter(JsonFactory factory, OutputStream out, boolean pretty) {
    try {
      return new JsonRecordWriter(generator(factory.createGenerator(out), pretty), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
