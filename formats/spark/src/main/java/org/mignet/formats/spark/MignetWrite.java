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

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.write.BatchWrite;
import org.apache.spark.sql.connector.write.DataWriter;
import org.apache.spark.sql.connector.write.DataWriterFactory;
import org.apache.spark.sql.connector.write.LogicalWriteInfo;
import org.apache.spark.sql.connector.write.PhysicalWriteInfo;
import org.apache.spark.sql.connector.write.SupportsTruncate;
import org.apache.spark.sql.connector.write.Write;
import org.apache.spark.sql.connector.write.WriteBuilder;
import org.apache.spark.sql.connector.write.WriterCommitMessage;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.mignet.core.model.RecordType;
import org.mignet.formats.ConversionReport;
import org.mignet.formats.Format;
import org.mignet.formats.Formats;
import org.mignet.formats.json.ReportJson;

/**
 * A {@code mignet} write: each partition of the DataFrame becomes one output file of the target
 * format ({@code part-NNNNN.<ext>} in the directory given to {@code save}), written by the executor
 * that holds the partition, through the same pipeline as {@code mignet convert}: each row is turned
 * into a canonical record document and read back by the canonical reader (so a row that is no valid
 * record is rejected with its rule and pointer, not written), then validated under the profile when
 * one is given, the sharing policy applied, the target writer fed and losses counted. Every
 * partition's {@link ConversionReport} (the JSON of {@code mignet convert --report}) is gathered on
 * the driver into {@code _mignet-report.json} beside the files, and {@link #lastReports()} returns
 * them.
 *
 * <p>Files are written under {@code _temporary-<id>/} and moved into place only when the whole job
 * commits; an aborted job leaves no part file. {@code mode("overwrite")} deletes the {@code part-*}
 * files and the report of an earlier write first (nothing else); {@code mode("append")} adds files
 * beside them.
 */
final class MignetWrite implements WriteBuilder, SupportsTruncate, Write, BatchWrite {

  private static final ThreadLocal<List<String>> LAST = new ThreadLocal<>();

  private final SparkSession spark;
  private final StructType schema;
  private final JobOptions job;
  private final String directory;
  private final String id = UUID.randomUUID().toString();
  private boolean truncate;

  MignetWrite(SparkSession spark, LogicalWriteInfo info) {
    this.spark = spark;
    this.schema = info.schema();
    Map<String, String> options = info.options().asCaseSensitiveMap();
    this.job = JobOptions.parse(options, "to", spark.sparkContext().hadoopConfiguration());
    List<String> paths = MignetScan.paths(options);
    if (paths.size() != 1) {
      throw new IllegalArgumentException("a mignet write takes one directory: .save(\"out/\")");
    }
    this.directory = paths.get(0);
    RecordType type = job.recordType();
    ModelRows.checkWritable(schema, type);
  }

  /**
   * Returns the partition reports of the last write committed on this thread (JSON, one per
   * partition).
   */
  static List<String> lastReports() {
    List<String> r = LAST.get();
    return r == null ? List.of() : r;
  }

  @Override
  public WriteBuilder truncate() {
    truncate = true;
    return this;
  }

  @Override
  public Write build() {
    return this;
  }

  @Override
  public String description() {
    return "mignet[" + job.type + " → " + job.format + "]";
  }

  @Override
  public BatchWrite toBatch() {
    return this;
  }

  @Override
  public DataWriterFactory createBatchWriterFactory(PhysicalWriteInfo info) {
    return new Writers(
        job,
        schema,
        new Path(new Path(directory), "_temporary-" + id).toString(),
        new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
  }

  @Override
  public boolean useCommitCoordinator() {
    return true;
  }

  @Override
  public void commit(WriterCommitMessage[] messages) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Path dir = new Path(directory);
    Path temporary = new Path(dir, "_temporary-" + id);
    try {
      FileSystem fs = dir.getFileSystem(hadoop);
      if (truncate) {
        FileStatus[] old =
            fs.listStatus(dir, p -> p.getName().startsWith("part-") || p.getName().equals(REPORT));
        for (FileStatus s : old) {
          fs.delete(s.getPath(), false);
        }
      }
      List<String> reports = new ArrayList<>();
      for (WriterCommitMessage m : messages) {
        if (m instanceof Written w) {
          if (w.file != null) {
            Path target = new Path(dir, w.finalName);
            if (fs.exists(target)) {
              // an append beside the files of an earlier write: a name of its own
              String n = w.finalName;
              int dot = n.indexOf('.');
              target =
                  new Path(dir, n.substring(0, dot) + "-" + id.substring(0, 8) + n.substring(dot));
            }
            if (!fs.rename(new Path(temporary, w.file), target)) {
              throw new IOException("cannot move " + w.file + " into " + directory);
            }
          }
          reports.add(w.report);
        }
      }
      fs.delete(temporary, true);
      try (OutputStream out = fs.create(new Path(dir, REPORT), true)) {
        out.write(("[" + String.join(",\n", reports) + "]\n").getBytes(StandardCharsets.UTF_8));
      }
      LAST.set(List.copyOf(reports));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the mignet write to " + directory, e);
    }
  }

  @Override
  public void abort(WriterCommitMessage[] messages) {
    Path temporary = new Path(new Path(directory), "_temporary-" + id);
    try {
      temporary.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(temporary, true);
    } catch (IOException e) {
      // nothing was moved into place; the temporary directory is left for the user to remove
    }
  }

  /** The name of the gathered reports beside the part files. */
  static final String REPORT = "_mignet-report.json";

  /** What one task wrote: its temporary file (null if the partition was empty) and its report. */
  static final class Written implements WriterCommitMessage {
    private static final long serialVersionUID = 1L;
    final String file;
    final String finalName;
    final String report;

    Written(String file, String finalName, String report) {
      this.file = file;
      this.finalName = finalName;
      this.report = report;
    }
  }

  /** Opens one task's writer on an executor. */
  static final class Writers implements DataWriterFactory {
    private static final long serialVersionUID = 1L;
    private final JobOptions job;
    private final StructType schema;
    private final String temporary;
    private final SerializableConfiguration hadoop;

    Writers(JobOptions job, StructType schema, String temporary, SerializableConfiguration hadoop) {
      this.job = job;
      this.schema = schema;
      this.temporary = temporary;
      this.hadoop = hadoop;
    }

    @Override
    public DataWriter<InternalRow> createWriter(int partitionId, long taskId) {
      return new PartWriter(job, schema, temporary, hadoop.value(), partitionId, taskId);
    }
  }

  /**
   * One task: rows go to a private local NDJSON file as canonical record documents (memory stays
   * bounded), and on commit the pipeline converts that file into the partition's output file.
   */
  static final class PartWriter implements DataWriter<InternalRow> {
    private final JobOptions job;
    private final StructType schema;
    private final String temporary;
    private final Configuration hadoop;
    private final int partition;
    private final long task;
    private final RecordType type;
    private final java.nio.file.Path local;
    private final BufferedWriter rows;
    private long count;

    PartWriter(
        JobOptions job,
        StructType schema,
        String temporary,
        Configuration hadoop,
        int partition,
        long task) {
      this.job = job;
      this.schema = schema;
      this.temporary = temporary;
      this.hadoop = hadoop;
      this.partition = partition;
      this.task = task;
      this.type = job.recordType();
      try {
        this.local =
            Files.createTempFile(
                "mignet-spark-part-",
                ".ndjson",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        this.rows = Files.newBufferedWriter(local, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void write(InternalRow row) throws IOException {
      rows.write(ModelRows.toJson(row, schema, type));
      rows.write('\n');
      count++;
    }

    @Override
    public WriterCommitMessage commit() throws IOException {
      rows.close();
      Format target = Formats.named(job.format);
      String name = String.format(java.util.Locale.ROOT, "part-%05d", partition);
      String finalName = name + "." + target.fileExtensions().get(0);
      String file = count == 0 ? null : name + "-" + task + "." + target.fileExtensions().get(0);
      ConversionReport report;
      try (InputStream in = Files.newInputStream(local)) {
        if (file == null) {
          report =
              job.withConversion(
                  Formats.named("ndjson"),
                  target,
                  c -> c.run(in, name, OutputStream.nullOutputStream()));
        } else {
          Path out = new Path(temporary, file);
          try (OutputStream os = out.getFileSystem(hadoop).create(out, false)) {
            report = job.withConversion(Formats.named("ndjson"), target, c -> c.run(in, name, os));
          }
        }
      } finally {
        Files.deleteIfExists(local);
      }
      return new Written(file, finalName, ReportJson.toJson(report, job.locale()));
    }

    @Override
    public void abort() throws IOException {
      rows.close();
      Files.deleteIfExists(local);
    }

    @Override
    public void close() throws IOException {
      rows.close();
      Files.deleteIfExists(local);
    }
  }
}
