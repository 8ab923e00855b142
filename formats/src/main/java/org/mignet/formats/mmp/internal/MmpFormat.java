package org.mignet.formats.mmp.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Validation;
import org.mignet.formats.Coverage;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOption;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.mmp.MissingMigrants;
import org.mignet.formats.internal.TextDetection;
import org.mignet.formats.internal.Words;

/** The {@code mmp} format (see {@link MissingMigrants}). Registered as a service; immutable and thread-safe. */
public final class MmpFormat implements Format {

  @Override
  public java.util.List<org.mignet.core.validation.RuleDefinition> rules() {
    return MmpRules.all();
  }

  static final CsvFactory CSV = CsvFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1_000_000).build()).build();
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1_000_000).maxNestingDepth(16).build())
      .build();

  @Override
  public String name() {
    return "mmp";
  }

  @Override
  public String mediaType() {
    return "text/csv";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("csv", "json");
  }

  @Override
  public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
    // read-level problems only: rule-level rejection is the pipeline's, under a profile, as for every format
    Validation validation = null;
    BufferedInputStream buffered = new BufferedInputStream(in, 65536);
    try {
      buffered.mark(64);
      int b;
      do {
        b = buffered.read();
      } while (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0xEF || b == 0xBB || b == 0xBF);
      buffered.reset();
      if (b == '[') {
        return new MmpJsonReader(JSON.createParser(buffered), sourceName, validation);
      }
      // the encoding is detected as for any table (UTF-8, else Windows-1252); bytes that do not decode are refused
      CsvParser parser = CSV.createParser(TextDetection.open(buffered, null).reader());
      parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
      return new MmpCsvReader(parser, sourceName, validation);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@inheritDoc} Neutralising formula-like cells. */
  @Override
  public Set<FormatOption<?>> writerOptions() {
    return Set.of(FormatOptions.FOR_SPREADSHEET);
  }

  @Override
  public RecordWriter writer(OutputStream out, FormatOptions options) {
    return new MmpWriter(out, options.isSet(FormatOptions.FOR_SPREADSHEET));
  }

  @Override
  public Set<RecordType> carries() {
    return EnumSet.of(RecordType.INCIDENT);
  }

  @Override
  public Coverage coverage() {
    return (type, path) -> {
      if (path.startsWith("/place/") && !path.equals("/place/name") && !path.equals("/place/country")
          && !path.equals("/place/coordinates/latitude") && !path.equals("/place/coordinates/longitude")) {
        return Optional.of(Words.LOSS_MMP_PLACE);
      }
      // a reader names the MMP as source, marks incidents restricted and takes its own identifier system:
      // only the incident id is carried
      if (path.startsWith("/meta/") && !path.equals("/meta/identifier/value") && !path.startsWith("/meta/schemaVersion")
          && !path.equals("/meta/extensions/mmp.causeOfDeath") && !path.equals("/meta/extensions/mmp.countryOfOrigin")) {
        return Optional.of(Words.LOSS_MMP_NO_METADATA);
      }
      return Optional.empty();
    };
  }

  @Override
  public boolean sniff(byte[] head) {
    String s = new String(head, 0, Math.min(head.length, 2048), StandardCharsets.UTF_8);
    int nl = s.indexOf('\n');
    String first = nl < 0 ? s : s.substring(0, nl);
    if (first.contains("Web ID") || (first.contains("Main ID") && first.contains("Incident ID"))) {
      return true;
    }
    return s.stripLeading().startsWith("[") && s.contains("\"web_id\"");
  }
}
