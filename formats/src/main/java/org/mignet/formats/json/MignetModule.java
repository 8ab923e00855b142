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

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mignet.core.SourceLocation;
import org.mignet.core.code.GcmObjective;
import org.mignet.core.code.GuidingPrinciple;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.PartialDate;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadLimits;
import org.mignet.formats.json.internal.JsonWriting;
import org.mignet.formats.json.internal.RecordParsing;

/**
 * A Jackson module that reads and writes the mignet model in its canonical JSON shape (see {@link
 * CanonicalJson}), so that model values can sit inside an application's own Jackson-mapped types.
 * Registered in {@code META-INF/services/com.fasterxml.jackson.databind.Module} for {@code
 * ObjectMapper.findAndRegisterModules()}.
 *
 * <p>Exchangeable records ({@link MignetRecord} and its implementations) are written as record
 * documents with {@code recordType}; other model records as plain objects; {@link PartialDate} as a
 * string, {@link GcmObjective} as its number and {@link GuidingPrinciple} as its letter. Reading is
 * strict: an unknown member, a wrong type or a value the model rejects fails with a Jackson {@code
 * JsonMappingException} that names the rule id and JSON Pointer. Polymorphism of {@link
 * MignetRecord} is by {@code recordType} only; no default typing is used. For streams, limits and
 * issues, use {@link CanonicalJson}. Thread-safe.
 */
public final class MignetModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public MignetModule() {
    super("mignet", Version.unknownVersion());
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addSerializers(new ModelSerializers());
    context.addDeserializers(new ModelDeserializers());
  }

  private static boolean handles(Class<?> c) {
    return MignetRecord.class.isAssignableFrom(c)
        || (c.isRecord() && c.getPackageName().equals("org.mignet.core.model"))
        || c == GcmObjective.class
        || c == GuidingPrinciple.class;
  }

  private static final class ModelSerializers extends Serializers.Base {
    @Override
    public @Nullable JsonSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      return handles(type.getRawClass()) ? ModelSerializer.INSTANCE : null;
    }
  }

  private static final class ModelSerializer extends JsonSerializer<Object> {
    static final ModelSerializer INSTANCE = new ModelSerializer();

    @Override
    public void serialize(Object value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      if (value instanceof MignetRecord r) {
        JsonWriting.writeDocument(g, r);
      } else {
        JsonWriting.writeValue(g, value);
      }
    }
  }

  private static final class ModelDeserializers extends Deserializers.Base {
    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      Class<?> c = type.getRawClass();
      return handles(c) ? new ModelDeserializer(c) : null;
    }

    @Override
    public @Nullable JsonDeserializer<?> findEnumDeserializer(
        Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
      return type == GcmObjective.class || type == GuidingPrinciple.class
          ? new ModelDeserializer(type)
          : null;
    }
  }

  private static final class ModelDeserializer extends JsonDeserializer<Object> {
    private final Class<?> type;

    ModelDeserializer(Class<?> type) {
      this.type = type;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      RecordParsing parsing =
          new RecordParsing(false, ReadLimits.defaults(), SourceLocation.unknown(), 0);
      Optional<?> value;
      if (MignetRecord.class.isAssignableFrom(type)) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
          return ctxt.handleUnexpectedToken(type, p);
        }
        value = parsing.readDocument(p);
        if (value.isPresent() && !type.isInstance(value.get())) {
          return ctxt.reportInputMismatch(
              type,
              "recordType %s is not a %s",
              ((MignetRecord) value.get()).recordType().typeName(),
              type.getSimpleName());
        }
      } else {
        value = parsing.readValue(p, type);
      }
      if (value.isEmpty()) {
        Issue first =
            parsing.issues().stream()
                .filter(i -> i.severity().isBlocking())
                .findFirst()
                .orElseThrow();
        return ctxt.reportInputMismatch(
            type,
            "%s at %s: %s",
            first.ruleId(),
            first.pointer().isEmpty() ? "/" : first.pointer(),
            first.message());
      }
      return value.get();
    }
  }
}
