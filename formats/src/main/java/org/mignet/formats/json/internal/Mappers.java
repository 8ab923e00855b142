package org.mignet.formats.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.mignet.formats.ReadLimits;
import org.mignet.formats.RecordWriter;

/**
 * Shared plain mappers (no modules, no default typing), used as tree codecs only, and the writers built on them.
 * The public {@code CanonicalJson} and the registered {@code json} and {@code ndjson} formats both build their
 * readers and writers here, so that the formats do not call back into the public package. Thread-safe.
 */
public final class Mappers {
  static final ObjectMapper PLAIN = new ObjectMapper();

  private static final ObjectMapper DEFAULT_LIMITS = build(ReadLimits.defaults());

  private Mappers() {}

  /**
   * Returns a plain mapper whose parsers keep to the limits and leave their source open.
   *
   * @param limits the read limits the mapper's parsers enforce; not null
   */
  public static ObjectMapper limitedTo(ReadLimits limits) {
    return limits.equals(ReadLimits.defaults()) ? DEFAULT_LIMITS : build(limits);
  }

  private static ObjectMapper build(ReadLimits limits) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(Math.min(limits.maxStringLength(), 50_000))
            .build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
    // a plain codec for trees only: no modules, no default typing
    return new ObjectMapper(factory);
  }

  /** Returns the generator, indented if {@code pretty}. */
  public static JsonGenerator generator(JsonGenerator g, boolean pretty) {
    return pretty ? g.useDefaultPrettyPrinter() : g;
  }

  /**
   * Returns a writer of one compact record document per line.
   *
   * @param mapper the mapper whose factory creates the generator; not null
   * @param out the target; closed by the writer's {@code close()}
   * @throws UncheckedIOException if the generator cannot be created
   */
  public static RecordWriter ndjsonWriter(ObjectMapper mapper, OutputStream out) {
    try {
      return new JsonRecordWriter(mapper.getFactory().createGenerator(out), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a writer of a bundle whose {@code records} array is streamed.
   *
   * @param mapper the mapper whose factory creates the generator; not null
   * @param out the target; closed by the writer's {@code close()}, which also ends the bundle
   * @param pretty whether the bundle is indented
   * @throws UncheckedIOException if the generator cannot be created
   */
  public static RecordWriter bundleWriter(ObjectMapper mapper, OutputStream out, boolean pretty) {
    try {
      return new JsonRecordWriter(generator(mapper.getFactory().createGenerator(out), pretty), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
