package org.mignet.formats.spark;

import java.util.EnumSet;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.SupportsWrite;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.write.LogicalWriteInfo;
import org.apache.spark.sql.connector.write.WriteBuilder;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/** The files a {@code mignet} read or write names, as a Spark table. */
final class MignetTable implements SupportsRead, SupportsWrite {

  private final StructType schema;
  private final SparkSession spark;

  MignetTable(StructType schema, SparkSession spark) {
    this.schema = schema;
    this.spark = spark;
  }

  @Override
  public String name() {
    return "mignet";
  }

  @Override
  @SuppressWarnings("deprecation") // deprecated for columns(), whose default Spark 4 derives from this schema
  public StructType schema() {
    return schema;
  }

  @Override
  public Set<TableCapability> capabilities() {
    return EnumSet.of(TableCapability.BATCH_READ, TableCapability.BATCH_WRITE, TableCapability.TRUNCATE,
        TableCapability.ACCEPT_ANY_SCHEMA);
  }

  @Override
  public ScanBuilder newScanBuilder(CaseInsensitiveStringMap options) {
    return new MignetScan(spark, schema, options.asCaseSensitiveMap());
  }

  @Override
  public WriteBuilder newWriteBuilder(LogicalWriteInfo info) {
    return new MignetWrite(spark, info);
  }
}
