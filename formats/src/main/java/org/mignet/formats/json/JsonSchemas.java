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
package org.mignet.formats.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mignet.core.model.RecordType;

/**
 * The JSON Schema (Draft 2020-12) of the canonical JSON, generated from the model by the build and
 * shipped in this jar as {@code org/mignet/formats/json/mignet.schema.json}. Thread-safe.
 */
public final class JsonSchemas {

  /** The schema's {@code $id}. */
  public static final String ID = "https://mignet.org/schema/1.0/mignet.schema.json";

  private static volatile @Nullable String schema;

  private JsonSchemas() {}

  /**
   * Returns the schema accepting any record document or a bundle: a {@code oneOf} over the record
   * types, each in {@code $defs}.
   *
   * @throws IllegalStateException if the jar was built without it
   */
  public static String schema() {
    String s = schema;
    if (s == null) {
      try (InputStream in = JsonSchemas.class.getResourceAsStream("mignet.schema.json")) {
        if (in == null) {
          throw new IllegalStateException("mignet.schema.json is missing from the class path");
        }
        s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      schema = s;
    }
    return s;
  }

  /**
   * Returns a schema for documents of that type only: the full schema's {@code $defs} with a {@code
   * $ref} to the type's definition at the top.
   *
   * @param type a record type; not null
   */
  public static String schema(RecordType type) {
    Objects.requireNonNull(type, "type");
    String full = schema();
    int defs = full.indexOf("\"$defs\"");
    if (defs < 0) {
      throw new IllegalStateException("the schema has no $defs");
    }
    return "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$id\":\""
        + ID.replace(".schema.json", "." + type.typeName() + ".schema.json")
        + "\",\"$ref\":\"#/$defs/"
        + type.typeName()
        + "\","
        + full.substring(defs);
  }
}
