package org.mignet.formats.htcds.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mignet.core.model.RecordType;
import org.mignet.formats.Coverage;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.htcds.Htcds;
import org.mignet.formats.privacy.SharingPolicy;

/** The {@code htcds} table format (CSV or XLSX). Registered as a service; immutable and thread-safe. */
public final class HtcdsTableFormat implements Format {

  @Override
  public java.util.List<org.mignet.core.validation.RuleDefinition> rules() {
    return HtcdsReadRules.all();
  }

  private static final Coverage COVERAGE = HtcdsCoverage.table();

  @Override
  public String name() {
    return Htcds.TABLE;
  }

  @Override
  public String mediaType() {
    return "text/csv";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("csv", "xlsx");
  }

  @Override
  public RecordReader reader(InputStream in, String sourceName) {
    return reader(in, sourceName, FormatOptions.none());
  }

  @Override
  public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
    return new HtcdsTableReader(in, sourceName, options.get(FormatOptions.ENCODING).orElse(null));
  }

  @Override
  public RecordWriter writer(OutputStream out) {
    return writer(out, FormatOptions.none());
  }

  @Override
  public RecordWriter writer(OutputStream out, FormatOptions options) {
    SharingPolicy policy = options.get(FormatOptions.POLICY).map(SharingPolicy::read).orElse(null);
    return new HtcdsTableWriter(out, options.isSet(Htcds.WORKBOOK), options.isSet(FormatOptions.FOR_SPREADSHEET),
        new RowPolicy(policy));
  }

  @Override
  public Set<RecordType> carries() {
    return EnumSet.of(RecordType.TRAFFICKING_CASE);
  }

  @Override
  public Coverage coverage() {
    return COVERAGE;
  }

  @Override
  public boolean sniff(byte[] head) {
    String s = new String(head, StandardCharsets.UTF_8);
    int nl = s.indexOf('\n');
    String first = nl < 0 ? s : s.substring(0, nl);
    return !first.startsWith("PK") && (first.contains("prs_") || first.contains("vic_") || first.contains("cas_"))
        && first.contains(",");
  }
}
