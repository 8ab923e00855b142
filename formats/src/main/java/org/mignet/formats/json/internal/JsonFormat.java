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

/** The {@code json} format: canonical record documents and bundles; writes a bundle. Registered as a service. */
public class JsonFormat implements Format {

  @Override
  public String name() {
    return "json";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("json");
  }

  @Override
  public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
    return new JsonRecordReader(Mappers.limitedTo(ReadLimits.defaults()), false, ReadLimits.defaults(), in, sourceName,
        null);
  }

  @Override
  public RecordWriter writer(OutputStream out, FormatOptions options) {
    return Mappers.bundleWriter(Mappers.limitedTo(ReadLimits.defaults()), out, true);
  }

  @Override
  public Set<RecordType> carries() {
    return EnumSet.allOf(RecordType.class);
  }

  @Override
  public boolean sniff(byte[] head) {
    return JsonRecordReader.isJson(head) && JsonRecordReader.sniff(head, head.length, Mappers.limitedTo(ReadLimits.defaults()))
        != JsonRecordReader.Layout.NDJSON;
  }

  @Override
  public List<org.mignet.core.validation.RuleDefinition> rules() {
    return ReadRules.all();
  }
}
