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
package org.mignet.formats.tabular;

import com.google.re2j.Matcher;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.NullUnmarked;
import org.mignet.core.ParseException;
import org.mignet.core.SourceLocation;
import org.mignet.core.code.Countries;
import org.mignet.core.code.Resolution;
import org.mignet.core.model.Dataset;
import org.mignet.core.model.Identifier;
import org.mignet.core.model.Observation;
import org.mignet.core.model.RecordMeta;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.internal.DuplicateNames;
import org.mignet.formats.internal.TabularRules;
import org.mignet.formats.internal.Tag;
import org.mignet.formats.internal.Words;
import org.mignet.formats.tabular.SpecModel.ColumnSpec;
import org.mignet.formats.tabular.SpecModel.Target;
import org.mignet.formats.tabular.SpecModel.WideSpec;

/**
 * Reads a table through a mapping spec. A statistics spec makes {@link Dataset} records: each data
 * row gives its observations (one for a long table, one per wide column for a wide one), and
 * consecutive rows with the same dimensions and metadata join one dataset of at most {@value
 * #CHUNK} observations (a row is never split: a row with more makes a dataset of its own), as the
 * SDMX-CSV reader groups its rows; a row with a key already in the dataset starts the next one, so
 * that a dataset holds each key once; the dataset's location and identifier ({@code file#row}) are
 * those of its first row. A row that cannot be mapped is a {@link ReadResult.Failed} on its own,
 * with the line, column and reason, and closes the open dataset first, so results keep the order of
 * the rows. A spec with a {@code recordType} makes one record per row. Memory is bounded by one
 * dataset. The last result also carries one {@code MG-TAB-018} summary per distinct unresolved
 * value.
 */
// not yet null-checked: package-private, its nulls (absent cells, spec parts, reader state) are
// pervasive; the public classes of this package are checked
@NullUnmarked
final class MappedReader implements RecordReader {

  /** How many first rows are searched for an HXL hashtag row. */
  public static final int HXL_SEARCH_ROWS = 25;

  private final SpecModel spec;
  private final String sourceName;
  private final Iterator<TableRow> rows;
  private final AutoCloseable closer;
  private final ArrayDeque<TableRow> buffered = new ArrayDeque<>();
  private final List<String> header;
  private final List<Tag> tags;
  private final TableReader table;
  private final int[] slots;
  private final List<int[]> namedSlots = new ArrayList<>();
  private final List<int[]> others = new ArrayList<>();
  private final List<String> otherKeys = new ArrayList<>();
  private final String dataflow;
  private final Map<String, Resolution> resolved = new HashMap<>();

  /**
   * Per column of the spec, the cells already converted without an issue and what they became: a
   * column of a statistics table holds a few hundred values over many thousand rows, so each is
   * lowered, looked up in the value table and resolved once. Bounded ({@link
   * #CONVERTED_PER_COLUMN}), so memory does not grow with the file.
   */
  private final List<Map<String, String>> converted = new ArrayList<>();

  static final int CONVERTED_PER_COLUMN = 4096;

  /**
   * Per column of the spec, the last cell read as written and what it gave without an issue (a
   * value, or null), and whether it was a missing value: a table repeats most of its cells from row
   * to row (the year, the country, the unit), so a repeat costs one comparison and no hash. Only
   * this file's previous row is kept.
   */
  private final String[] lastCell;

  private final String[] lastValue;
  private final boolean[] lastMissing;

  /**
   * Per other column (see {@link #others}), the last cell as written and stripped: a repeat is
   * taken as the same string, whose hash is then known.
   */
  private String[] lastOtherRaw = new String[0];

  private String[] lastOtherCell = new String[0];

  /** The longest of the spec's missing values: a longer cell is never one of them. */
  private final int missingMaxLength;

  /**
   * The first chars of the spec's missing values, ASCII ones by code and any other as one flag at
   * index 128: a cell that starts with none of them is none of them, found without hashing it (a
   * figure of a statistics table, in nearly every row).
   */
  private final boolean[] missingStarts;

  /**
   * The spec's constants, split once: where each goes (see {@link #put}) and its dimension or
   * attribute key.
   */
  private final int[] constantTargets;

  private final String[] constantKeys;
  private final String[] constantValues;

  /**
   * Every record's metadata but its identifier (sensitivity and the spec's recordMeta filled), made
   * on the first row.
   */
  private RecordMeta metaTemplate;

  private final Map<String, long[]> unresolved = new LinkedHashMap<>();
  private final RecordRowMapper records;
  private final Map<Integer, String> unmapped = new LinkedHashMap<>();
  private final boolean keepUnmapped;

  /**
   * The first and last 0-based columns of each wide block found by its title, made when the table
   * opens.
   */
  private final java.util.IdentityHashMap<WideSpec, int[]> blocks =
      new java.util.IdentityHashMap<>();

  /**
   * Per {@link SpecModel#recordMetaSources()}: its 0-based column, or -1 (from the file name, or
   * absent).
   */
  private int[] metaSlots = new int[0];

  /** Per {@link SpecModel#recordMetaSources()}: the text taken from the file name, or null. */
  private String[] metaFromName = new String[0];

  private List<Issue> firstIssues = List.of();
  private ReadResult fatal;
  private boolean firstRow = true;
  private long hxlRowLine;
  private ReadResult pending;
  private boolean ended;
  private boolean rowsDone;

  /**
   * The most observations one dataset holds: consecutive rows join one dataset (as {@code
   * SdmxCsvReader} groups rows) until it has this many, so memory stays bounded and a writer sees a
   * table's data sets, not one per row.
   */
  static final int CHUNK = 1000;

  /** The most observations of the open chunk before a row starts another: {@link #CHUNK}, or 1. */
  private int chunkLimit = CHUNK;

  /** The observations of the open chunk, its first row's location, row, dimensions and meta. */
  private List<Observation> chunk = new ArrayList<>();

  /** The keys (dimensions) of the open chunk's observations. */
  private final ChunkKeys chunkKeys = new ChunkKeys();

  private SourceLocation chunkAt;
  private long chunkRow;
  private List<String> chunkDimensionIds;
  private RecordMeta chunkMeta;

  /** What {@link #map} made of the last row. */
  private List<Observation> rowObservations;

  /** The hash codes of {@link #rowObservations}' keys, in their order. */
  private int[] rowKeyHashes = new int[8];

  /** The dimension ids of the first of {@link #rowObservations} (see {@link #dimensionIds}). */
  private List<String> rowFirstIds;

  /**
   * A row's dimensions, attributes, and one wide column's dimensions, as {@link #map} builds them;
   * each observation copies them, so they serve row after row.
   */
  private final RowEntries dims = new RowEntries();

  private final RowEntries attrs = new RowEntries();
  private final RowEntries wideDims = new RowEntries();

  private List<String> rowDimensionIds;
  private RecordMeta rowMeta;

  /** A row's rejection read while a chunk was open: returned after the chunk. */
  private ReadResult held;

  /**
   * @param in the input; closed by close()
   * @param sourceName its name for locations
   * @param mapping the spec
   * @param format the table format, or null to sniff
   * @param encoding a declared encoding overriding the spec's, or null
   */
  public MappedReader(
      InputStream in,
      String sourceName,
      MappingSpec mapping,
      TableFormat format,
      Charset encoding) {
    this(in, sourceName, mapping, format, encoding, false);
  }

  /**
   * @param in the input; closed by close()
   * @param sourceName its name for locations
   * @param mapping the spec
   * @param format the table format, or null to sniff
   * @param encoding a declared encoding overriding the spec's, or null
   * @param lenient for a recordType spec: keep unmapped columns in meta.extensions even if the spec
   *     does not ask
   */
  public MappedReader(
      InputStream in,
      String sourceName,
      MappingSpec mapping,
      TableFormat format,
      Charset encoding,
      boolean lenient) {
    this.spec = mapping.model();
    this.keepUnmapped = lenient || spec.lenient();
    this.records =
        spec.recordType() == null
            ? null
            : new RecordRowMapper(spec, sourceName, keepUnmapped, unresolved);
    this.sourceName = sourceName;
    Matcher m =
        spec.dataflowFromSource() == null
            ? null
            : spec.dataflowFromSource()
                .matcher(org.mignet.formats.internal.FileInput.fileName(sourceName));
    this.dataflow =
        m != null && m.find() && m.groupCount() >= 1
            ? spec.dataflow().replace("{1}", m.group(1))
            : spec.dataflow().replace("{1}", "UNKNOWN");
    List<String> h = List.of();
    List<Tag> t = List.of();
    Iterator<TableRow> it;
    AutoCloseable c;
    TableReader opened = null;
    ReadResult failure = null;
    try {
      if ("json".equals(spec.sourceFormat())) {
        List<String> pointers = spec.columns().stream().map(ColumnSpec::pointer).toList();
        JsonRowSource json = new JsonRowSource(in, sourceName, spec.records(), pointers);
        // fetched only when asked, so that a row that cannot be read does not hide the one before
        // it
        it =
            new Iterator<>() {
              TableRow next;
              boolean fetched;

              @Override
              public boolean hasNext() {
                if (!fetched) {
                  next = json.nextRow();
                  fetched = true;
                }
                return next != null;
              }

              @Override
              public TableRow next() {
                if (!hasNext()) {
                  throw new NoSuchElementException();
                }
                fetched = false;
                return next;
              }
            };
        c = json;
        h = pointers;
      } else {
        TableReader.Builder b =
            TableReader.builder().format(format).headerRow(spec.hashtags() ? 0 : spec.headerRow());
        Charset cs =
            encoding != null
                ? encoding
                : spec.encoding() == null ? null : Charset.forName(spec.encoding());
        b.encoding(cs);
        if (spec.delimiter() != null) {
          b.delimiter(spec.delimiter());
        }
        if (spec.sheet() != null) {
          b.sheet(spec.sheet());
        }
        TableReader table = b.open(in, sourceName);
        opened = table;
        it = table;
        c = table;
        h = table.header();
        failure = checkExpected(table);
        if (spec.hashtags()) {
          TableRow previous = null;
          for (int i = 0; i < HXL_SEARCH_ROWS && table.hasNext(); i++) {
            TableRow r = table.next();
            List<Tag> found = hashtagRow(r);
            if (found != null) {
              t = found;
              h = previous == null ? List.of() : previous.cells();
              buffered.clear();
              break;
            }
            buffered.add(r);
            previous = r;
          }
          if (t.isEmpty()) {
            failure =
                new ReadResult.Failed(
                    SourceLocation.of(sourceName),
                    List.of(
                        TabularRules.issue(
                            TabularRules.NO_HASHTAG_ROW,
                            SourceLocation.of(sourceName),
                            HXL_SEARCH_ROWS)));
            buffered.clear();
          }
        }
      }
    } catch (ParseException e) {
      it = java.util.Collections.emptyIterator();
      c = in;
      failure =
          new ReadResult.Failed(e.location(), List.of(org.mignet.formats.ReadException.issueOf(e)));
    }
    this.rows = it;
    this.closer = c;
    this.header = h;
    this.tags = t;
    this.table = opened;
    this.slots = new int[spec.columns().size()];
    for (int i = 0; i < spec.columns().size(); i++) {
      converted.add(new HashMap<>());
    }
    this.lastCell = new String[spec.columns().size()];
    this.lastValue = new String[spec.columns().size()];
    this.lastMissing = new boolean[spec.columns().size()];
    this.missingMaxLength = maxLength(spec.missing());
    this.missingStarts = firstChars(spec.missing());
    int n = spec.constants().size();
    this.constantTargets = new int[n];
    this.constantKeys = new String[n];
    this.constantValues = new String[n];
    int k = 0;
    for (Map.Entry<String, String> e : spec.constants().entrySet()) {
      constantTargets[k] = target(e.getKey());
      constantKeys[k] = constantTargets[k] <= ATTRIBUTE ? e.getKey().substring(12) : null;
      constantValues[k] = e.getValue();
      k++;
    }
    this.fatal = failure != null ? failure : resolveLayout(opened);
  }

  private int from(WideSpec w) {
    int[] b = blocks.get(w);
    return b != null ? b[0] : w.from();
  }

  private int to(WideSpec w) {
    int[] b = blocks.get(w);
    return b != null ? b[1] : w.to();
  }

  /**
   * Places each wide block given by its title: the title's cell in its row (above the header) is
   * the block's first column, the cell before the next filled cell of that row (a merged title
   * fills only its first cell) or the header's end its last. A title not found exactly once refuses
   * the table (MG-TAB-032), naming it: the columns under it would otherwise be a guess.
   */
  private ReadResult resolveBlocks(TableReader table) {
    for (WideSpec w : spec.wide()) {
      if (!w.byTitle()) {
        continue;
      }
      TableRow titles = null;
      for (TableRow r : table.preamble()) {
        if (r.row() == w.titleRow()) {
          titles = r;
        }
      }
      int found = -1;
      int times = 0;
      int width = titles == null ? 0 : titles.size();
      for (int j = 0; j < width; j++) {
        if (SpecModel.sameHeader(titles.cell(j), w.title())) {
          found = found < 0 ? j : found;
          times++;
        }
      }
      if (times != 1) {
        SourceLocation where =
            SourceLocation.of(sourceName).withLine(w.titleRow(), found < 0 ? 0 : found + 1);
        return new ReadResult.Failed(
            where,
            List.of(
                TabularRules.issue(
                    TabularRules.BLOCK_TITLE,
                    where,
                    spec.name(),
                    TabularRules.cut(w.title()),
                    w.titleRow(),
                    times)));
      }
      int last = Math.max(header.size(), width) - 1;
      for (int j = found + 1; j < width; j++) {
        if (!titles.cell(j).isBlank()) {
          last = j - 1;
          break;
        }
      }
      blocks.put(w, new int[] {found, last});
    }
    return null;
  }

  /**
   * Finds the columns of the spec's recordMeta sources (a missing one refuses the table, as any
   * column the spec needs) and reads those taken from the file name; a name that does not give one
   * is said once, on the first row.
   */
  private ReadResult resolveMetaSources() {
    List<SpecModel.MetaSource> sources = spec.recordMetaSources();
    metaSlots = new int[sources.size()];
    metaFromName = new String[sources.size()];
    List<Issue> said = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      SpecModel.MetaSource m = sources.get(i);
      metaSlots[i] = -1;
      if (m.column() != null) {
        for (int j = 0; j < header.size() && metaSlots[i] < 0; j++) {
          if (SpecModel.sameHeader(header.get(j), m.column())) {
            metaSlots[i] = j;
          }
        }
        if (metaSlots[i] < 0 && !m.optional()) {
          SourceLocation where = SourceLocation.of(sourceName);
          return new ReadResult.Failed(
              where,
              List.of(
                  TabularRules.issue(
                      TabularRules.MISSING_COLUMN, where, TabularRules.cut(m.column()))));
        }
        continue;
      }
      Matcher found =
          m.fromSource().matcher(org.mignet.formats.internal.FileInput.fileName(sourceName));
      String text = found.find() && found.group(1) != null ? found.group(1).strip() : "";
      if (!text.isEmpty() && (!m.isDate() || m.instant(text) != null)) {
        metaFromName[i] = text;
      } else {
        said.add(
            TabularRules.issue(
                TabularRules.META_NOT_IN_NAME,
                SourceLocation.of(sourceName),
                m.name(),
                TabularRules.cut(m.fromSource().pattern()),
                m.isDate() ? m.form() : "text"));
      }
    }
    if (!said.isEmpty()) {
      List<Issue> all = new ArrayList<>(firstIssues);
      all.addAll(said);
      firstIssues = all;
    }
    return null;
  }

  /**
   * Fills the record's absent metadata from the row's recordMeta columns and the file name; a date
   * cell not of the declared form rejects the row (MG-TAB-030), an empty cell leaves the field
   * empty.
   */
  private ReadResult withRowMeta(ReadResult r, TableRow row) {
    if (metaSlots.length == 0 || !(r instanceof ReadResult.Ok ok)) {
      return r;
    }
    List<Issue> errors = new ArrayList<>();
    RecordMeta meta = rowMeta(ok.record().meta(), row, ok.location(), errors);
    if (!errors.isEmpty()) {
      List<Issue> all = new ArrayList<>(ok.issues());
      all.addAll(errors);
      return new ReadResult.Failed(ok.location(), all);
    }
    if (meta.equals(ok.record().meta())) {
      return r;
    }
    org.mignet.core.internal.RecordModel model =
        org.mignet.core.internal.RecordModel.of(ok.record().getClass());
    Object[] values = model.values(ok.record());
    values[model.component("meta").orElseThrow().index()] = meta;
    return new ReadResult.Ok(
        (org.mignet.core.model.MignetRecord) model.construct(values), ok.location(), ok.issues());
  }

  /**
   * Returns a record's metadata with its absent fields filled from the row's recordMeta columns and
   * the file name; a date cell not of the declared form adds an issue to {@code errors}.
   */
  private RecordMeta rowMeta(RecordMeta meta, TableRow row, SourceLocation at, List<Issue> errors) {
    List<SpecModel.MetaSource> sources = spec.recordMetaSources();
    for (int i = 0; i < sources.size(); i++) {
      SpecModel.MetaSource m = sources.get(i);
      String text = metaSlots[i] >= 0 ? row.cell(metaSlots[i]).strip() : metaFromName[i];
      if (text == null || text.isEmpty() || spec.missing().contains(text)) {
        continue;
      }
      java.time.Instant when = null;
      if (m.isDate()) {
        when = m.instant(text);
        if (when == null) {
          SourceLocation where =
              at.withLine(row.line(), metaSlots[i] + 1).withPointer("/meta/" + m.name());
          errors.add(
              TabularRules.issue(
                  TabularRules.BAD_META_DATE,
                  where,
                  TabularRules.cut(m.column()),
                  m.name(),
                  m.form()));
          continue;
        }
      }
      meta =
          switch (m.name()) {
            case "sourceOrganization" ->
                meta.sourceOrganization().isPresent() ? meta : meta.withSourceOrganization(text);
            case "legalBasis" -> meta.legalBasis().isPresent() ? meta : meta.withLegalBasis(text);
            case "created" ->
                meta.created().isPresent()
                    ? meta
                    : meta.withTimestamps(when, meta.updated().orElse(null));
            default ->
                meta.updated().isPresent()
                    ? meta
                    : meta.withTimestamps(meta.created().orElse(null), when);
          };
    }
    return meta;
  }

  /**
   * A reader for the layout check only, over a table someone else opened with the spec's header
   * row, sheet, encoding and delimiter: it reads no row and leaves the table open, so that one
   * opening serves every spec that reads the file the same way ({@link
   * MappingSpec#readingLayoutOf}).
   */
  private MappedReader(TableReader shared, String sourceName, MappingSpec mapping) {
    this.spec = mapping.model();
    this.keepUnmapped = spec.lenient();
    this.records =
        spec.recordType() == null
            ? null
            : new RecordRowMapper(spec, sourceName, keepUnmapped, unresolved);
    this.sourceName = sourceName;
    this.dataflow = spec.dataflow();
    this.rows = java.util.Collections.emptyIterator();
    this.closer = () -> {};
    this.header = shared.header();
    this.tags = List.of();
    this.table = null;
    this.slots = new int[spec.columns().size()];
    // reads no row
    this.lastCell = new String[0];
    this.lastValue = new String[0];
    this.lastMissing = new boolean[0];
    this.missingMaxLength = 0;
    this.missingStarts = new boolean[129];
    this.constantTargets = new int[0];
    this.constantKeys = new String[0];
    this.constantValues = new String[0];
    ReadResult failure = checkExpected(shared);
    this.fatal = failure != null ? failure : resolveLayout(shared);
  }

  /**
   * Places the spec on the header: its wide blocks by title (in an opened table; a JSON source has
   * none), its columns, its recordMeta columns; the first that fails refuses the table.
   *
   * @return the refusal, or null when the spec reads this layout
   */
  private ReadResult resolveLayout(@org.jspecify.annotations.Nullable TableReader table) {
    ReadResult failure = table != null ? resolveBlocks(table) : null;
    if (failure == null) {
      failure = resolveColumns();
    }
    return failure != null ? failure : resolveMetaSources();
  }

  /**
   * Returns whether the spec, a table spec without hashtags, reads the table's layout.
   *
   * @param shared a table opened with the way of reading of {@code mapping} (see {@link
   *     #tableOptions}), its header read and no row after it
   */
  static boolean readsLayout(TableReader shared, String sourceName, MappingSpec mapping) {
    return new MappedReader(shared, sourceName, mapping).layoutAccepted();
  }

  /**
   * Returns how a table spec opens its table: header row, sheet, encoding, delimiter (equal lists,
   * equal opening).
   */
  static List<Object> tableOptions(SpecModel spec) {
    return java.util.Arrays.asList(
        spec.headerRow(), spec.sheet(), spec.encoding(), spec.delimiter());
  }

  /** Returns a builder opening tables as {@code spec} does, the format sniffed. */
  static TableReader.Builder tableBuilder(SpecModel spec) {
    TableReader.Builder b = TableReader.builder().headerRow(spec.hashtags() ? 0 : spec.headerRow());
    b.encoding(spec.encoding() == null ? null : Charset.forName(spec.encoding()));
    if (spec.delimiter() != null) {
      b.delimiter(spec.delimiter());
    }
    if (spec.sheet() != null) {
      b.sheet(spec.sheet());
    }
    return b;
  }

  /**
   * Checks the header cells the spec expects (its layout or edition): a mismatch refuses the table,
   * named.
   */
  private ReadResult checkExpected(TableReader table) {
    List<SpecModel.Expect> order = new ArrayList<>(spec.expect());
    order.sort(java.util.Comparator.comparingInt(SpecModel.Expect::row));
    for (SpecModel.Expect e : order) {
      long row = e.row() == 0 ? table.headerRowNumber() : e.row();
      String found = "";
      if (e.row() == 0) {
        found = e.column() < table.header().size() ? table.header().get(e.column()) : "";
      } else {
        for (TableRow r : table.preamble()) {
          if (r.row() == e.row()) {
            found = r.cell(e.column());
          }
        }
      }
      if (!SpecModel.sameHeader(found, e.text())) {
        return mismatch(row, e.column(), found, e.text());
      }
    }
    return null;
  }

  private ReadResult mismatch(long row, int column, String found, String expected) {
    SourceLocation where = SourceLocation.of(sourceName).withLine(row, column + 1);
    return new ReadResult.Failed(
        where,
        List.of(
            TabularRules.issue(
                TabularRules.HEADER_MISMATCH,
                where,
                spec.name(),
                letters(column) + row,
                TabularRules.cut(found.strip()),
                TabularRules.cut(expected))));
  }

  /**
   * Returns whether the table is of the layout the spec reads: no header mismatch, no column
   * missing, the header row found (checked when the reader opens, before any row is read).
   */
  boolean layoutAccepted() {
    return fatal == null;
  }

  /** Returns the spreadsheet letters of a 0-based column: 0 is A, 26 is AA. */
  static String letters(int column) {
    StringBuilder b = new StringBuilder();
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
      b.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return b.toString();
  }

  /** Returns the tags if at least half of the row's filled cells are hashtags, else null. */
  static List<Tag> hashtagRow(TableRow r) {
    int filled = 0;
    int tagged = 0;
    List<Tag> tags = new ArrayList<>();
    for (String cell : r.cells()) {
      Optional<Tag> tag = Tag.tryParse(cell);
      tags.add(tag.orElse(null));
      if (!cell.isBlank()) {
        filled++;
        tagged += tag.isPresent() ? 1 : 0;
      }
    }
    return tagged > 0 && tagged * 2 >= filled ? tags : null;
  }

  /**
   * Whether {@code ignoreColumns} leaves column {@code j} out on purpose: by its header text, or by
   * an HXL tag pattern ({@code #country+name}) that its tag matches (the hashtag and every
   * attribute of the pattern).
   */
  private boolean ignored(int j) {
    if (j < header.size()
        && spec.ignoreColumns().contains(header.get(j).strip().toLowerCase(Locale.ROOT))) {
      return true;
    }
    Tag tag = j < tags.size() ? tags.get(j) : null;
    if (tag == null) {
      return false;
    }
    for (Tag pattern : spec.ignoreTags()) {
      if (tag.matches(pattern)) {
        return true;
      }
    }
    return false;
  }

  private static boolean namedExactly(List<ColumnSpec> cols, Tag tag) {
    for (ColumnSpec c : cols) {
      if (c.hashtag() != null
          && c.hashtag().hashtag().equals(tag.hashtag())
          && new java.util.HashSet<>(c.hashtag().attributes())
              .equals(new java.util.HashSet<>(tag.attributes()))) {
        return true;
      }
    }
    return false;
  }

  private ReadResult resolveColumns() {
    if (!spec.hashtags() && !"json".equals(spec.sourceFormat())) {
      // columns are found by name, stripped and case-insensitive: two alike leave the value a
      // guess; the columns of
      // a wide range are found by position, and repeat their names by design (a year for each sex)
      List<String> keys = new ArrayList<>(header.size());
      for (int j = 0; j < header.size(); j++) {
        keys.add(header.get(j).strip().toLowerCase(Locale.ROOT));
      }
      for (WideSpec w : spec.wide()) {
        for (int j = from(w); j <= Math.min(to(w), keys.size() - 1); j++) {
          keys.set(j, null);
        }
      }
      List<DuplicateNames.Duplicate> twice = DuplicateNames.in(keys);
      if (!twice.isEmpty()) {
        List<Issue> issues = new ArrayList<>();
        for (DuplicateNames.Duplicate d : twice) {
          SourceLocation where =
              SourceLocation.of(sourceName).withLine(spec.headerRow(), d.second());
          issues.add(
              TabularRules.issueWithValue(
                  TabularRules.DUPLICATE_HEADER,
                  where,
                  header.get(d.second() - 1).strip(),
                  false,
                  TabularRules.cut(header.get(d.second() - 1).strip()),
                  d.columnList()));
        }
        return new ReadResult.Failed(
            SourceLocation.of(sourceName).withLine(spec.headerRow(), 0), issues);
      }
    }
    boolean[] used = new boolean[Math.max(header.size(), tags.size())];
    List<ColumnSpec> cols = spec.columns();
    for (int i = 0; i < cols.size(); i++) {
      ColumnSpec c = cols.get(i);
      int at = -1;
      if (c.index() >= 0) {
        at = c.index();
      } else if (c.pointer() != null) {
        at = i;
      } else if (c.hashtag() != null) {
        for (int j = 0; j < tags.size() && at < 0; j++) {
          if (tags.get(j) != null
              && !used[j]
              && tags.get(j).matches(c.hashtag())
              && tags.get(j).attributes().size() == c.hashtag().attributes().size()) {
            at = j;
          }
        }
        // a column that another column of the spec names exactly is that column's, never a looser
        // match's
        // (#adm1+code must not take #adm1+code+origin when a file has no #adm1+code)
        for (int j = 0; j < tags.size() && at < 0; j++) {
          if (tags.get(j) != null
              && !used[j]
              && tags.get(j).matches(c.hashtag())
              && !namedExactly(cols, tags.get(j))) {
            at = j;
          }
        }
      } else {
        for (int j = 0; j < header.size() && at < 0; j++) {
          if (SpecModel.sameHeader(header.get(j), c.column())) {
            at = j;
          }
        }
      }
      if (c.at() >= 0 && at != c.at() && (at >= 0 || !c.optional())) {
        return mismatch(
            spec.headerRow(), c.at(), c.at() < header.size() ? header.get(c.at()) : "", c.column());
      }
      if (at < 0 && !c.optional()) {
        SourceLocation where = SourceLocation.of(sourceName);
        return new ReadResult.Failed(
            where,
            List.of(
                TabularRules.issue(
                    TabularRules.MISSING_COLUMN, where, TabularRules.cut(c.label()))));
      }
      slots[i] = at;
      if (at >= 0 && at < used.length) {
        used[at] = true;
      }
    }
    for (WideSpec w : spec.wide()) {
      for (int j = from(w); j <= Math.min(to(w), used.length - 1); j++) {
        used[j] = true;
      }
      int[] found = new int[w.named().size()];
      int k = 0;
      for (String name : w.named().keySet()) {
        int at = -1;
        for (int j = 0; j < header.size() && at < 0; j++) {
          if (SpecModel.sameHeader(header.get(j), name)) {
            at = j;
          }
        }
        if (at < 0 && !w.optional().contains(name)) {
          SourceLocation where = SourceLocation.of(sourceName);
          return new ReadResult.Failed(
              where,
              List.of(
                  TabularRules.issue(TabularRules.MISSING_COLUMN, where, TabularRules.cut(name))));
        }
        if (at >= 0) {
          used[at] = true;
        }
        found[k++] = at;
      }
      namedSlots.add(found);
    }
    // a column recordMeta takes its value from is the spec's too
    for (SpecModel.MetaSource m : spec.recordMetaSources()) {
      for (int j = 0; m.column() != null && j < header.size(); j++) {
        if (SpecModel.sameHeader(header.get(j), m.column())) {
          used[j] = true;
        }
      }
    }
    // a column neither mapped nor left out on purpose (ignoreColumns) is said once, for records and
    // for datasets whose other columns are not kept as dimensions or attributes
    if (spec.recordType() != null || spec.others() == SpecModel.Others.IGNORE) {
      org.mignet.formats.internal.ColumnWarnings said =
          new org.mignet.formats.internal.ColumnWarnings();
      for (int j = 0; j < header.size(); j++) {
        String name = header.get(j).strip();
        if (!used[j] && !name.isEmpty() && !ignored(j)) {
          unmapped.put(j, name);
          SourceLocation where = SourceLocation.of(sourceName).withLine(spec.headerRow(), j + 1);
          said.add(
              TabularRules.issueWithValue(
                  TabularRules.UNMAPPED_COLUMN,
                  where,
                  name,
                  false,
                  TabularRules.cut(name),
                  keepUnmapped && spec.recordType() != null
                      ? Words.CELLS_KEPT.with(
                          RecordRowMapper.EXTENSION_PREFIX + TabularRules.cut(name))
                      : spec.recordType() != null
                          ? Words.CELLS_DROPPED
                          : Words.CELLS_DROPPED_DATASET));
        }
      }
      firstIssues = said.issues();
    }
    if (spec.others() != SpecModel.Others.IGNORE) {
      for (int j = 0; j < used.length; j++) {
        if (!used[j] && !ignored(j)) {
          String name =
              j < header.size() && !header.get(j).isBlank()
                  ? header.get(j)
                  : j < tags.size() && tags.get(j) != null ? tags.get(j).toString() : "";
          if (!name.isBlank()) {
            others.add(new int[] {j});
            otherKeys.add(
                name.strip()
                    .toUpperCase(Locale.ROOT)
                    .replaceAll("[^A-Z0-9]+", "_")
                    .replaceAll("^_|_$", ""));
          }
        }
      }
    }
    lastOtherRaw = new String[others.size()];
    lastOtherCell = new String[others.size()];
    return null;
  }

  /**
   * Makes this reader give each row its own dataset, for tests that look at what one row became;
   * returns this reader.
   */
  MappedReader datasetPerRow() {
    chunkLimit = 1;
    return this;
  }

  @Override
  public boolean hasNext() {
    if (pending == null && !ended) {
      pending = compute();
      if (pending == null) {
        ended = true;
      }
    }
    return pending != null;
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadResult r = pending;
    if (r instanceof ReadResult.Ok ok && !spec.recordMeta().isEmpty()) {
      // the spec's recordMeta: what the publisher's files do not say of every record (absent fields
      // only)
      r =
          new ReadResult.Ok(
              spec.recordMeta().fill(ok.record(), path -> {}), ok.location(), ok.issues());
    }
    if (!firstIssues.isEmpty()) {
      List<Issue> issues = new ArrayList<>(firstIssues);
      issues.addAll(r.issues());
      firstIssues = List.of();
      r =
          r instanceof ReadResult.Ok ok
              ? new ReadResult.Ok(ok.record(), ok.location(), issues)
              : new ReadResult.Failed(r.location(), issues);
    }
    pending = compute();
    if (pending == null) {
      ended = true;
      r = withSummary(r);
    }
    return r;
  }

  private ReadResult withSummary(ReadResult r) {
    long blank = table == null ? 0 : table.blankRows();
    if (unresolved.isEmpty() && blank == 0 && hxlRowLine == 0) {
      return r;
    }
    List<Issue> issues = new ArrayList<>(r.issues());
    if (hxlRowLine > 0) {
      issues.add(
          TabularRules.issue(
              TabularRules.HXL_ROW_SKIPPED,
              SourceLocation.of(sourceName).withLine(hxlRowLine, 0),
              hxlRowLine));
    }
    if (blank > 0) {
      issues.add(TabularRules.issue(TabularRules.BLANK_ROWS, SourceLocation.of(sourceName), blank));
    }
    unresolved.forEach(
        (key, count) -> {
          int tab = key.indexOf('\t');
          issues.add(
              TabularRules.issue(
                  TabularRules.UNRESOLVED_SUMMARY,
                  SourceLocation.of(sourceName),
                  key.substring(0, tab),
                  key.substring(tab + 1),
                  count[0]));
        });
    return r instanceof ReadResult.Ok ok
        ? new ReadResult.Ok(ok.record(), ok.location(), issues)
        : new ReadResult.Failed(r.location(), issues);
  }

  private ReadResult compute() {
    if (fatal != null) {
      ReadResult f = fatal;
      fatal = null;
      ended = true;
      buffered.clear();
      return f;
    }
    if (ended) {
      return null;
    }
    if (records == null) {
      return nextDataset();
    }
    Object next = nextRow();
    if (next instanceof TableRow row) {
      return withRowMeta(records.map(row, rowAt(row), slots, unmapped), row);
    }
    return (ReadResult) next;
  }

  /**
   * Returns the next data row, a {@link ReadResult.Failed} for a row that cannot be read (which
   * ends the input), or null at the end. A row of HXL hashtags under the header of a table read by
   * column names is skipped (HDX).
   */
  private Object nextRow() {
    if (rowsDone) {
      return null;
    }
    TableRow row;
    try {
      if (!buffered.isEmpty()) {
        row = buffered.poll();
      } else if (rows.hasNext()) {
        row = rows.next();
      } else {
        rowsDone = true;
        return null;
      }
    } catch (ParseException e) {
      rowsDone = true;
      return new ReadResult.Failed(
          e.location(), List.of(org.mignet.formats.ReadException.issueOf(e)));
    }
    if (firstRow) {
      firstRow = false;
      if (!spec.hashtags() && !"json".equals(spec.sourceFormat()) && hashtagRow(row) != null) {
        hxlRowLine = row.line();
        return nextRow();
      }
    }
    if (!"json".equals(spec.sourceFormat())) {
      // a value past the named columns is no column's: the row is refused, not read without it
      int width = Math.max(header.size(), tags.size());
      for (int j = row.size() - 1; width > 0 && j >= width; j--) {
        if (!row.cell(j).isBlank()) {
          SourceLocation at = rowAt(row);
          return new ReadResult.Failed(
              at,
              List.of(
                  TabularRules.issue(
                      TabularRules.PAST_HEADER, at.withLine(row.line(), j + 1), j + 1, width)));
        }
      }
    }
    return row;
  }

  private SourceLocation rowAt(TableRow row) {
    return SourceLocation.of(sourceName).withRecord(row.row()).withLine(row.line(), 0);
  }

  /**
   * Returns the next dataset of consecutive rows, or a rejected row: rows join the open chunk while
   * their dimensions and metadata are the chunk's and it stays within {@value #CHUNK} observations;
   * a rejected row closes the chunk first, so results keep the order of the rows.
   */
  private ReadResult nextDataset() {
    if (held != null) {
      ReadResult h = held;
      held = null;
      return h;
    }
    while (true) {
      Object next = nextRow();
      if (next == null) {
        return flush();
      }
      if (next instanceof ReadResult failed) {
        return flushBefore(failed);
      }
      TableRow row = (TableRow) next;
      ReadResult failed = map(row);
      if (failed != null) {
        return flushBefore(failed);
      }
      if (chunk.isEmpty()) {
        openChunk(row);
      } else if (chunk.size() + rowObservations.size() > chunkLimit
          || (rowDimensionIds != chunkDimensionIds && !rowDimensionIds.equals(chunkDimensionIds))
          // both are the template (identifier "-") filled from their row
          || (metaSlots.length > 0 && !rowMeta.equals(chunkMeta))
          || keyTaken()) {
        ReadResult out = flush();
        openChunk(row);
        return out;
      } else {
        addRow();
      }
    }
  }

  private void openChunk(TableRow row) {
    chunkAt = rowAt(row);
    chunkRow = row.row();
    chunkDimensionIds = rowDimensionIds;
    chunkMeta = rowMeta;
    chunkKeys.clear();
    addRow();
  }

  private void addRow() {
    chunk.addAll(rowObservations);
    for (int i = 0; i < rowObservations.size(); i++) {
      chunkKeys.add(rowObservations.get(i).dimensions(), rowKeyHashes[i]);
    }
  }

  /**
   * Returns whether an observation of the row has a key already in the open chunk: a table may
   * repeat a key (the DTM's rows differ by an attribute, the origin), and a dataset holds a key
   * once (SDMX-JSON cannot even write it twice), so such a row starts the next dataset.
   */
  private boolean keyTaken() {
    for (int i = 0; i < rowObservations.size(); i++) {
      if (chunkKeys.contains(rowObservations.get(i).dimensions(), rowKeyHashes[i])) {
        return true;
      }
    }
    return false;
  }

  /** Returns the open chunk as a dataset and holds {@code failed} for the next call. */
  private ReadResult flushBefore(ReadResult failed) {
    if (chunk.isEmpty()) {
      return failed;
    }
    held = failed;
    return flush();
  }

  /** Returns the open chunk as one dataset and empties it, or null if it is empty. */
  private ReadResult flush() {
    if (chunk.isEmpty()) {
      return null;
    }
    RecordMeta t = chunkMeta;
    RecordMeta meta =
        new RecordMeta(
            Identifier.of(t.identifier().system(), sourceName + "#" + chunkRow),
            t.sourceOrganization(),
            t.created(),
            t.updated(),
            t.schemaVersion(),
            t.sensitivity(),
            t.legalBasis(),
            t.consentReference(),
            t.extensions());
    List<Observation> observations = chunk;
    chunk = new ArrayList<>();
    return new ReadResult.Ok(
        new Dataset(meta, dataflow, Optional.empty(), chunkDimensionIds, Map.of(), observations),
        chunkAt,
        List.of());
  }

  /**
   * Maps a row of a statistics table into {@link #rowObservations}, {@link #rowDimensionIds} and
   * {@link #rowMeta}; returns null, or the row's rejection.
   */
  private ReadResult map(TableRow row) {
    SourceLocation at = rowAt(row);
    for (SpecModel.SkipSpec s : spec.skips()) {
      int j = indexOf(s.column());
      String v = j < 0 ? "" : row.cell(j).strip();
      if (s.matches().matcher(v).matches()) {
        return new ReadResult.Failed(
            at, List.of(TabularRules.issue(TabularRules.SKIPPED, at, s.reason())));
      }
    }
    List<Issue> errors = new ArrayList<>();
    RowEntries dims = this.dims;
    RowEntries attrs = this.attrs;
    dims.reset();
    attrs.reset();
    String[] single = new String[4];
    boolean valueMissing = false;
    BigDecimal value = null;
    for (int k = 0; k < constantTargets.length; k++) {
      put(constantTargets[k], constantKeys[k], constantValues[k], dims, attrs, single);
    }
    List<ColumnSpec> cols = spec.columns();
    for (int i = 0; i < cols.size(); i++) {
      ColumnSpec c = cols.get(i);
      if (slots[i] < 0) {
        continue;
      }
      String raw = row.cell(slots[i]);
      if (c.target() != Target.VALUE && raw.equals(lastCell[i])) {
        // the same cell as in the row before, which gave this without an issue
        if (!lastMissing[i] && lastValue[i] != null) {
          set(c, lastValue[i], dims, attrs, single);
        }
        continue;
      }
      int before = errors.size();
      String cell = raw.strip();
      boolean missing = missing(cell);
      String v = null;
      if (c.target() == Target.STATUS && !c.flags().isEmpty()) {
        missing = false; // a flag column reads its cell whatever it holds
        v = flags(c, cell, at.withLine(row.line(), slots[i] + 1), errors);
      } else if (missing) {
        if (c.required()) {
          errors.add(
              TabularRules.issue(
                  TabularRules.MISSING_VALUE,
                  at.withLine(row.line(), slots[i] + 1),
                  TabularRules.cut(c.label())));
        }
        if (c.target() == Target.VALUE) {
          valueMissing = true;
        }
      } else if (c.target() == Target.VALUE) {
        value = number(cell, c, at, row.line(), slots[i] + 1, errors);
      } else {
        Map<String, String> memo = converted.get(i);
        v = memo.get(cell);
        if (v == null) {
          v = convert(c, cell, at.withLine(row.line(), slots[i] + 1), errors);
          if (v != null && errors.size() == before && memo.size() < CONVERTED_PER_COLUMN) {
            memo.put(cell, v);
          }
        }
      }
      if (v != null) {
        set(c, v, dims, attrs, single);
      }
      if (c.target() != Target.VALUE) {
        boolean clean = errors.size() == before;
        lastCell[i] = clean ? raw : null;
        lastValue[i] = clean ? v : null;
        lastMissing[i] = clean && missing;
      }
    }
    for (int k = 0; k < others.size(); k++) {
      String raw = row.cell(others.get(k)[0]);
      String cell;
      if (raw.equals(lastOtherRaw[k])) {
        cell = lastOtherCell[k];
      } else {
        cell = raw.strip();
        lastOtherRaw[k] = raw;
        lastOtherCell[k] = cell;
      }
      if (!cell.isEmpty()) {
        (spec.others() == SpecModel.Others.DIMENSION ? dims : attrs).put(otherKeys.get(k), cell);
      }
    }
    List<Observation> observations = new ArrayList<>();
    if (spec.wide().isEmpty()) {
      observations.add(observation(observations, dims, value, valueMissing, single, attrs));
    } else {
      int block = 0;
      for (WideSpec w : spec.wide()) {
        int[] named = namedSlots.get(block++);
        int n = 0;
        for (Map<String, String> set : w.named().values()) {
          int j = named[n++];
          if (j < 0) {
            continue; // an optional column this file does not have
          }
          RowEntries d = wideDims;
          d.setTo(dims);
          d.putAll(w.set());
          d.putAll(set);
          String cell = row.cell(j).strip();
          boolean miss = missing(cell);
          BigDecimal v = miss ? null : number(cell, null, at, row.line(), j + 1, errors);
          observations.add(observation(observations, d, v, miss, single, attrs));
        }
        int last = Math.min(to(w), Math.max(header.size(), row.size()) - 1);
        for (int j = from(w); j <= last; j++) {
          String head = j < header.size() ? header.get(j).strip() : "";
          if (head.isEmpty() || (w.headers() != null && !w.headers().matcher(head).matches())) {
            continue;
          }
          RowEntries d = wideDims;
          d.setTo(dims);
          d.putAll(w.set());
          d.put(w.dimension(), head);
          String cell = row.cell(j).strip();
          boolean miss = missing(cell);
          BigDecimal v = miss ? null : number(cell, null, at, row.line(), j + 1, errors);
          observations.add(observation(observations, d, v, miss, single, attrs));
        }
      }
    }
    if (!errors.isEmpty()) {
      return new ReadResult.Failed(at, errors);
    }
    rowDimensionIds = observations.isEmpty() ? dims.keyList() : rowFirstIds;
    RecordMeta t = metaTemplate;
    if (t == null) {
      t = RecordMeta.of(identifierSystem(), "-");
      if (spec.sensitivity() != null) {
        t = t.withSensitivity(spec.sensitivity());
      }
      // the spec's recordMeta here, not by rebuilding the dataset in next() (that fills only
      // absent fields)
      t = spec.recordMeta().fill(t, path -> {});
      metaTemplate = t;
    }
    if (metaSlots.length > 0) {
      t = rowMeta(t, row, at, errors);
      if (!errors.isEmpty()) {
        return new ReadResult.Failed(at, errors);
      }
    }
    rowMeta = t;
    rowObservations = observations;
    return null;
  }

  /**
   * Returns the ids of a row's first observation's dimensions: the open chunk's list if they are
   * its ids, else a list of their own.
   */
  private List<String> dimensionIds(RowEntries d) {
    return d.keysAre(chunkDimensionIds) ? chunkDimensionIds : d.keyList();
  }

  /**
   * Returns an observation of the row, which copies {@code dims} and {@code attrs}; the hash code
   * of its key goes to {@link #rowKeyHashes}, at its place among {@code observations}, and the
   * first observation's dimension ids to {@link #rowFirstIds}.
   */
  private Observation observation(
      List<Observation> observations,
      RowEntries dims,
      BigDecimal value,
      boolean missing,
      String[] single,
      RowEntries attrs) {
    int n = observations.size();
    if (n == rowKeyHashes.length) {
      rowKeyHashes = java.util.Arrays.copyOf(rowKeyHashes, 2 * n);
    }
    rowKeyHashes[n] = dims.hashCode();
    if (n == 0) {
      rowFirstIds = dimensionIds(dims);
    }
    String status = single[2];
    if (value == null && missing && status == null) {
      status = spec.missingStatus();
    }
    return new Observation(
        dims,
        Optional.ofNullable(value),
        Optional.empty(),
        Optional.ofNullable(single[0]),
        Optional.ofNullable(status),
        Optional.ofNullable(single[3]),
        attrs);
  }

  private static final int DIMENSION = 0;
  private static final int ATTRIBUTE = 1;
  private static final int UNIT = 2;
  private static final int STATUS = 3;
  private static final int CONFIDENTIALITY = 4;
  private static final int NOWHERE = 5;

  /** Returns where a constant's path goes: {@link #DIMENSION} … {@link #NOWHERE}. */
  private static int target(String path) {
    if (path.startsWith("/dimensions/")) {
      return DIMENSION;
    } else if (path.startsWith("/attributes/")) {
      return ATTRIBUTE;
    } else if (path.equals("/unit")) {
      return UNIT;
    } else if (path.equals("/status")) {
      return STATUS;
    } else if (path.equals("/confidentiality")) {
      return CONFIDENTIALITY;
    }
    return NOWHERE;
  }

  private static void put(
      int target, String key, String v, RowEntries dims, RowEntries attrs, String[] s) {
    switch (target) {
      case DIMENSION -> dims.put(key, v);
      case ATTRIBUTE -> attrs.put(key, v);
      case UNIT -> s[0] = v;
      case STATUS -> s[2] = v;
      case CONFIDENTIALITY -> s[3] = v;
      default -> {}
    }
  }

  /** Puts a column's value where the column's target says. */
  private static void set(ColumnSpec c, String v, RowEntries dims, RowEntries attrs, String[] s) {
    switch (c.target()) {
      case DIMENSION -> dims.put(c.key(), v);
      case ATTRIBUTE -> attrs.put(c.key(), v);
      case UNIT -> s[0] = v;
      case STATUS -> s[2] = v;
      case CONFIDENTIALITY -> s[3] = v;
      default -> {}
    }
  }

  /** Returns whether a stripped cell is empty or one of the spec's missing values. */
  private boolean missing(String cell) {
    if (cell.isEmpty()) {
      return true;
    }
    if (cell.length() > missingMaxLength || !missingStarts[Math.min(cell.charAt(0), 128)]) {
      return false;
    }
    return spec.missing().contains(cell);
  }

  /** Returns the first chars of the values, as {@link #missingStarts} holds them. */
  private static boolean[] firstChars(java.util.Collection<String> values) {
    boolean[] starts = new boolean[129];
    for (String v : values) {
      if (!v.isEmpty()) {
        starts[Math.min(v.charAt(0), 128)] = true;
      }
    }
    return starts;
  }

  private static int maxLength(java.util.Collection<String> values) {
    int max = 0;
    for (String v : values) {
      max = Math.max(max, v.length());
    }
    return max;
  }

  /** Returns the identifier system of the records this spec makes. */
  private String identifierSystem() {
    return "mignet:mapping:" + spec.name();
  }

  private int indexOf(String column) {
    for (int j = 0; j < header.size(); j++) {
      if (header.get(j).strip().equalsIgnoreCase(column)) {
        return j;
      }
    }
    for (int j = 0; j < tags.size(); j++) {
      if (tags.get(j) != null && tags.get(j).toString().equals(column)) {
        return j;
      }
    }
    return -1;
  }

  private String flags(ColumnSpec c, String cell, SourceLocation where, List<Issue> errors) {
    if (cell.isEmpty()) {
      return null;
    }
    if (c.flags().containsKey(cell)) {
      return c.flags().get(cell);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < cell.length(); i++) {
      char ch = cell.charAt(i);
      if (ch == ' ' || ch == ',') {
        continue;
      }
      String k = String.valueOf(ch);
      if (!c.flags().containsKey(k)) {
        errors.add(
            TabularRules.issueWithValue(
                TabularRules.UNKNOWN_FLAG,
                where,
                cell,
                false,
                TabularRules.cut(c.label()),
                TabularRules.cut(cell)));
        return null;
      }
      if (c.flags().get(k) != null) {
        out.add(c.flags().get(k));
      }
    }
    return out.isEmpty() ? null : String.join(",", out);
  }

  private BigDecimal number(
      String cell, ColumnSpec c, SourceLocation at, long line, long column, List<Issue> errors) {
    BigDecimal n = spec.number(cell);
    if (n == null) {
      SourceLocation where = at.withLine(line, column);
      String label = c == null ? (where.column() > 0 ? "#" + where.column() : "?") : c.label();
      errors.add(
          TabularRules.issueWithValue(
              TabularRules.BAD_NUMBER,
              where,
              cell,
              false,
              Words.NUMBER_SEPARATORS.with(spec.grouping(), spec.decimal()),
              TabularRules.cut(label),
              TabularRules.cut(cell)));
      return null;
    }
    return n;
  }

  private String convert(ColumnSpec c, String cell, SourceLocation where, List<Issue> errors) {
    String lower = cell.toLowerCase(Locale.ROOT);
    if (c.values().containsKey(lower)) {
      return c.values().get(lower);
    }
    if (c.codeList() != null) {
      Resolution r = resolved.computeIfAbsent(cell, Countries.instance()::resolve);
      if (r.code().isPresent()) {
        return r.code().get();
      }
      if (c.keep() != null && c.keep().matcher(cell).matches()) {
        return cell;
      }
      errors.add(
          TabularRules.issueWithValue(
              TabularRules.UNRESOLVED_CODE,
              where,
              cell,
              false,
              TabularRules.cut(c.label()),
              TabularRules.cut(cell),
              "ISO 3166-1" + r.note().map(n -> " (" + TabularRules.cut(n) + ")").orElse("")));
      unresolved.computeIfAbsent(c.label() + "\t" + TabularRules.cut(cell), k -> new long[1])[0]++;
      return null;
    }
    if (c.strictValues()) {
      errors.add(
          TabularRules.issueWithValue(
              TabularRules.UNMAPPED_VALUE,
              where,
              cell,
              false,
              TabularRules.cut(c.label()),
              TabularRules.cut(cell)));
      unresolved.computeIfAbsent(c.label() + "\t" + TabularRules.cut(cell), k -> new long[1])[0]++;
      return null;
    }
    if ("date".equals(c.type())) {
      return date(c, cell, where, errors);
    }
    if ("number".equals(c.type())) {
      BigDecimal n = number(cell, c, where, where.line(), where.column(), errors);
      return n == null ? null : n.toPlainString();
    }
    return cell;
  }

  private static String date(ColumnSpec c, String cell, SourceLocation where, List<Issue> errors) {
    for (String f : c.dateFormats()) {
      try {
        TemporalAccessor t =
            DateTimeFormatter.ofPattern(f, Locale.ROOT)
                .parseBest(cell, LocalDateTime::from, LocalDate::from, YearMonth::from, Year::from);
        if (t instanceof LocalDateTime ldt) {
          return ldt.toLocalDate().toString();
        }
        return t.toString();
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    errors.add(
        TabularRules.issueWithValue(
            TabularRules.BAD_DATE,
            where,
            cell,
            false,
            String.join(" | ", c.dateFormats()),
            TabularRules.cut(c.label()),
            TabularRules.cut(cell)));
    return null;
  }

  @Override
  public void close() {
    try {
      closer.close();
    } catch (Exception e) {
      // closing a source we only read
    }
  }
}
