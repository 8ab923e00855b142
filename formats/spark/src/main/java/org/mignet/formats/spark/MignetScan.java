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
package org.mignet.formats.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Plans a {@code mignet} read: the files named (directories listed, globs expanded, names starting
 * with {@code _} or {@code .} skipped; the files in the order given, a directory's files and a
 * glob's matches in name order), one task per file, except NDJSON files larger than {@code
 * split-bytes} (64 MiB by default), which are split into byte ranges that start at line starts. The
 * driver reads such a file once, sequentially, to find those line starts and to count the lines and
 * records before each range, so that every record and line number a task reports is the file's own,
 * as the CLI's.
 */
final class MignetScan implements ScanBuilder, Scan, Batch {

  private final SparkSession spark;
  private final StructType schema;
  private final Map<String, String> options;
  private final JobOptions job;

  /** The partitions, planned once per scan (the planning of a split file reads it). */
  private InputPartition[] planned;

  MignetScan(SparkSession spark, StructType schema, Map<String, String> options) {
    this.spark = spark;
    this.schema = schema;
    this.options = options;
    this.job = JobOptions.parse(options, "from", spark.sparkContext().hadoopConfiguration());
    StructType expected = MignetDataSource.schema(job.recordType());
    if (!expected.equals(schema)) {
      throw new IllegalArgumentException(
          "a mignet read has the schema of its record type ("
              + job.type
              + "); do not pass a schema of your own, select columns from the DataFrame instead");
    }
  }

  @Override
  public Scan build() {
    return this;
  }

  @Override
  public StructType readSchema() {
    return schema;
  }

  @Override
  public String description() {
    return "mignet[" + job.format + " → " + job.type + "]";
  }

  @Override
  public Batch toBatch() {
    return this;
  }

  @Override
  public InputPartition[] planInputPartitions() {
    if (planned != null) {
      return planned.clone();
    }
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<FilePart> out = new ArrayList<>();
    for (Source source : sources(paths(options), hadoop)) {
      if (job.format.equals("ndjson") && source.length > job.splitBytes) {
        out.addAll(splits(source, hadoop, job.splitBytes));
      } else {
        out.add(new FilePart(source.name, source.uri, 0, -1, 0, 0, List.of()));
      }
    }
    if (job.rejectInvalid) {
      // the tasks decide the rejections: those of a repeat in an earlier range of its file are
      // decided by a first pass, before any task runs (SplitRepeats)
      out = SplitRepeats.withReplays(spark, job, out, hadoop);
    }
    planned = out.toArray(InputPartition[]::new);
    return planned.clone();
  }

  @Override
  public PartitionReaderFactory createReaderFactory() {
    return new Readers(
        job, new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
  }

  /** The paths given to {@code load}. */
  static List<String> paths(Map<String, String> options) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> e : options.entrySet()) {
      if (e.getKey().equalsIgnoreCase("paths")) {
        try {
          JsonNode array = new ObjectMapper().readTree(e.getValue());
          array.forEach(n -> out.add(n.asText()));
        } catch (IOException x) {
          throw new IllegalArgumentException("unreadable list of paths", x);
        }
      }
    }
    for (Map.Entry<String, String> e : options.entrySet()) {
      if (e.getKey().equalsIgnoreCase("path")) {
        out.add(0, e.getValue());
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("name the files to read: .load(\"path\", …)");
    }
    return out;
  }

  /** A file to read: its name (as the user named it, for locations), its location and length. */
  record Source(String name, String uri, long length) {}

  static List<Source> sources(List<String> paths, Configuration hadoop) {
    List<Source> out = new ArrayList<>();
    for (String given : paths) {
      Path p = new Path(given);
      try {
        FileSystem fs = p.getFileSystem(hadoop);
        FileStatus[] matched = fs.globStatus(p);
        if (matched == null || matched.length == 0) {
          throw new IllegalArgumentException("no such file: " + given);
        }
        boolean plain = matched.length == 1 && !given.matches(".*[*?\\[{].*");
        for (FileStatus m : matched) {
          if (m.isDirectory()) {
            FileStatus[] inside = fs.listStatus(m.getPath());
            Arrays.sort(inside, Comparator.comparing(s -> s.getPath().getName()));
            String prefix = plain ? given.replaceAll("/+$", "") : display(m.getPath());
            for (FileStatus f : inside) {
              String n = f.getPath().getName();
              if (f.isFile() && !n.startsWith("_") && !n.startsWith(".")) {
                out.add(new Source(prefix + "/" + n, f.getPath().toString(), f.getLen()));
              }
            }
          } else {
            out.add(
                new Source(
                    plain ? given : display(m.getPath()), m.getPath().toString(), m.getLen()));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + given, e);
      }
    }
    return out;
  }

  private static String display(Path p) {
    return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
  }

  /**
   * Byte ranges of a line-based file, each starting at a line start, with the lines and records
   * before it.
   */
  static List<FilePart> splits(Source source, Configuration hadoop, long splitBytes) {
    List<FilePart> out = new ArrayList<>();
    Path p = new Path(source.uri);
    try (InputStream in = new BufferedInputStream(p.getFileSystem(hadoop).open(p), 1 << 16)) {
      long pos = 0;
      long start = 0;
      long lines = 0;
      long records = 0;
      long startLines = 0;
      long startRecords = 0;
      boolean blank = true;
      int b;
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          b = buf[i];
          pos++;
          if (b == '\n') {
            lines++;
            if (!blank) {
              records++;
            }
            blank = true;
            if (pos - start >= splitBytes) {
              out.add(
                  new FilePart(
                      source.name,
                      source.uri,
                      start,
                      pos - start,
                      startLines,
                      startRecords,
                      List.of()));
              start = pos;
              startLines = lines;
              startRecords = records;
            }
          } else if (b != ' ' && b != '\t' && b != '\r') {
            blank = false;
          }
        }
      }
      if (pos > start || out.isEmpty()) {
        out.add(
            new FilePart(
                source.name, source.uri, start, pos - start, startLines, startRecords, List.of()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source.name, e);
    }
    return out;
  }

  /**
   * One task's input: a whole file ({@code length} -1) or a byte range of a line-based one.
   *
   * @param linesBefore the lines of the file before {@code start}
   * @param recordsBefore the records (non-blank lines) of the file before {@code start}
   * @param replay the first uses, in earlier ranges of the file, of identifiers this range uses
   *     again, in file order (empty but for a read that rejects invalid records; see {@link
   *     SplitRepeats})
   */
  record FilePart(
      String name,
      String uri,
      long start,
      long length,
      long linesBefore,
      long recordsBefore,
      @SuppressWarnings("serial") // an immutable List.copyOf, which is serializable
          List<SplitRepeats.Replay> replay)
      implements InputPartition {

    /** Copies the replay list. */
    FilePart {
      replay = List.copyOf(replay);
    }

    /** Returns this part with the first uses it must see before its own records. */
    FilePart withReplay(List<SplitRepeats.Replay> value) {
      return new FilePart(name, uri, start, length, linesBefore, recordsBefore, value);
    }
  }

  /** Opens a partition's reader on an executor. */
  static final class Readers implements PartitionReaderFactory {
    private static final long serialVersionUID = 1L;
    private final JobOptions job;
    private final SerializableConfiguration hadoop;

    Readers(JobOptions job, SerializableConfiguration hadoop) {
      this.job = job;
      this.hadoop = hadoop;
    }

    @Override
    public PartitionReader<InternalRow> createReader(InputPartition partition) {
      return new RecordRows(job, (FilePart) partition, hadoop.value());
    }
  }
}
