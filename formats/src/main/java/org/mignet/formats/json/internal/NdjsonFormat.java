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

import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mignet.core.model.RecordType;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.ReadLimits;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.internal.ReadRules;

/** The {@code ndjson} format: one canonical record document per line. Registered as a service. */
public class NdjsonFormat implements Format {

  @Override
  public String name() {
    return "ndjson";
  }

  @Override
  public String mediaType() {
    return "application/x-ndjson";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("ndjson", "jsonl");
  }

  @Override
  public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
    return new JsonRecordReader(
        Mappers.limitedTo(ReadLimits.defaults()),
        false,
        ReadLimits.defaults(),
        in,
        sourceName,
        JsonRecordReader.Layout.NDJSON);
  }

  @Override
  public RecordWriter writer(OutputStream out, FormatOptions options) {
    return Mappers.ndjsonWriter(Mappers.limitedTo(ReadLimits.defaults()), out);
  }

  @Override
  public Set<RecordType> carries() {
    return EnumSet.allOf(RecordType.class);
  }

  @Override
  public boolean sniff(byte[] head) {
    return JsonRecordReader.isJson(head)
        && JsonRecordReader.sniff(head, head.length, Mappers.limitedTo(ReadLimits.defaults()))
            == JsonRecordReader.Layout.NDJSON;
  }

  @Override
  public List<org.mignet.core.validation.RuleDefinition> rules() {
    return ReadRules.all();
  }
}
