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

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.mignet.core.validation.Issue;

/**
 * The columns the mignet data source adds after a record's own: whether the pipeline rejected the
 * record, every issue found in it, and where it came from. Issues are data: rule, severity, JSON
 * Pointer, line and the message in the language asked for; never the offending value of personal
 * data (issue messages mask it, as everywhere in mignet).
 */
public final class MignetColumns {

  /**
   * {@code _rejected}: boolean, whether the pipeline rejected the record (its record columns are
   * then null).
   */
  public static final String REJECTED = "_rejected";

  /**
   * {@code _issues}: {@code array<struct<rule, severity, pointer, line, message>>}, in the order
   * found.
   */
  public static final String ISSUES = "_issues";

  /** {@code _source}: the file the record was read from, as named to the reader. */
  public static final String SOURCE = "_source";

  /** {@code _record}: the 1-based number of the record in its file, as the CLI counts it. */
  public static final String RECORD = "_record";

  /**
   * {@code _line}: the line the record starts on in its file (null where the format has no lines).
   */
  public static final String LINE = "_line";

  private static final Set<String> ALL = Set.of(REJECTED, ISSUES, SOURCE, RECORD, LINE);

  /**
   * One issue: {@code struct<rule, severity, pointer, line, message, value, masked>}; {@code line}
   * is null where unknown, {@code value} where there is none or it is personal data ({@code masked}
   * true).
   */
  public static final StructType ISSUE =
      new StructType(
          new StructField[] {
            new StructField("rule", DataTypes.StringType, false, Metadata.empty()),
            new StructField("severity", DataTypes.StringType, false, Metadata.empty()),
            new StructField("pointer", DataTypes.StringType, false, Metadata.empty()),
            new StructField("line", DataTypes.LongType, true, Metadata.empty()),
            new StructField("message", DataTypes.StringType, false, Metadata.empty()),
            new StructField("value", DataTypes.StringType, true, Metadata.empty()),
            new StructField("masked", DataTypes.BooleanType, false, Metadata.empty())
          });

  /** The {@code _issues} column type. */
  public static final ArrayType ISSUES_TYPE = DataTypes.createArrayType(ISSUE, false);

  private MignetColumns() {}

  /** Returns whether a column name is one of the columns added by the data source. */
  public static boolean isMignetColumn(String name) {
    return ALL.contains(name);
  }

  /** Returns the added columns, in order. */
  static List<StructField> fields() {
    return List.of(
        new StructField(REJECTED, DataTypes.BooleanType, false, Metadata.empty()),
        new StructField(ISSUES, ISSUES_TYPE, false, Metadata.empty()),
        new StructField(SOURCE, DataTypes.StringType, false, Metadata.empty()),
        new StructField(RECORD, DataTypes.LongType, false, Metadata.empty()),
        new StructField(LINE, DataTypes.LongType, true, Metadata.empty()));
  }

  /**
   * Returns the Catalyst value of an {@code _issues} cell.
   *
   * @param fallbackLine the record's own line, for an issue that has none (as the CLI does)
   */
  static GenericArrayData issues(List<Issue> issues, Locale lang, long fallbackLine) {
    Object[] out = new Object[issues.size()];
    for (int i = 0; i < out.length; i++) {
      Issue issue = issues.get(i);
      long line = issue.location().line() > 0 ? issue.location().line() : fallbackLine;
      out[i] =
          new GenericInternalRow(
              new Object[] {
                UTF8String.fromString(issue.ruleId().value()),
                UTF8String.fromString(issue.severity().name()),
                UTF8String.fromString(issue.pointer()),
                line > 0 ? line : null,
                UTF8String.fromString(issue.message(lang)),
                issue.value().map(UTF8String::fromString).orElse(null),
                issue.masked()
              });
    }
    return new GenericArrayData(out);
  }

  /** Returns the added columns' values for one record. */
  static Object[] values(
      boolean rejected, GenericArrayData issues, String source, long record, long line) {
    return new Object[] {
      rejected, issues, UTF8String.fromString(source), record, line > 0 ? line : null
    };
  }
}
