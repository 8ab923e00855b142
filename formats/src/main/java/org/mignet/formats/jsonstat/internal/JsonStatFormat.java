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
package org.mignet.formats.jsonstat.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mignet.core.MignetException;
import org.mignet.core.SourceLocation;
import org.mignet.core.model.RecordType;
import org.mignet.core.validation.Issue;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.formats.Format;
import org.mignet.formats.FormatOptions;
import org.mignet.formats.ReadLimits;
import org.mignet.formats.ReadResult;
import org.mignet.formats.RecordReader;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.internal.NotUtf8Json;
import org.mignet.formats.internal.SdmxRules;

/**
 * The {@code json-stat} format, read only: JSON-stat 2.0 datasets and collections (the datasets
 * embedded in {@code link.item}, nested collections included; an item that only links to a dataset
 * is reported, never fetched), JSON-stat 1.x bundles (an object of named datasets, as CSO Ireland
 * and Eurostat's old web service publish them) and bare 1.x datasets. Each dataset is read into
 * {@code Dataset} records of at most 1,000 observations.
 *
 * <p>What is read: {@code id}, {@code size} and {@code role} at the root (2.0) or in {@code
 * dimension} (1.x; given in both places they must agree), sizes as numbers or strings of digits;
 * {@code category.index} as an array or an object, or absent for a single category named by its
 * label; {@code value} as an array or a sparse object keyed by position, numbers and texts (numbers
 * written as strings are read as numbers and said so), nulls skipped; {@code status} as one string
 * for every cell, a one-element array (the same, deprecated), an array or an object by position
 * (Eurostat's {@code {"value": […]}} form too), kept as {@code OBS_STATUS}; a position with a value
 * or a status of its own is an observation. Dimension ids are upper-cased ({@code geo} → {@code
 * GEO}); the one dimension of role time is {@code TIME_PERIOD}, of role geo {@code REF_AREA}, of
 * role metric {@code MEASURE}, unless its own id is already one of these or another dimension holds
 * that id (said); with no time role, a dimension whose id is {@code time} is the time period
 * (said), and any other dimension keeps its id (a {@code year} without role is not the time: said
 * too). The metric dimension's {@code category.unit} gives each observation its unit ({@code base},
 * else {@code label}, else {@code symbol}), {@code DECIMALS} and {@code UNIT_MULT} ({@code
 * multiplier}). {@code label} is the title, {@code source} the source organisation, {@code updated}
 * the update instant; {@code note}, {@code href}, {@code extension}, {@code link} and members
 * JSON-stat does not define are kept in {@code meta.extensions} as {@code jsonstat.*}. Labels,
 * hierarchies ({@code child}), coordinates and notes of dimensions and categories are named in an
 * issue, not carried. Dataflow: {@code extension.agencyId:extension.id(extension.version)}
 * (Eurostat), else the 1.x dataset's name, else the source name.
 *
 * <p>The document is parsed as a tree (JSON-stat may put the values before the dimensions they
 * index, as Eurostat does); the observations are then made a chunk at a time. Because the tree is
 * held whole, the document is bounded while it is parsed by {@link ReadLimits#maxRecordBytes()}
 * (with the string, number and nesting limits): a larger one is refused with {@code MG-READ-011}
 * naming the limit, its value and the line and column where it was hit. Registered as a service;
 * immutable and thread-safe.
 */
public final class JsonStatFormat implements Format {

  /** The streaming parser factory, made on first use (sniffing needs no more). */
  static final class Parsers {
    // a member given twice is refused (MG-SDMX-021), never resolved last-wins
    static final JsonFactory FACTORY =
        JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(constraints(ReadLimits.defaults()))
            .build();

    private Parsers() {}

    /**
     * The document is held whole (its values may come before the dimensions that index them), so it
     * is bounded while it is parsed: {@code maxRecordBytes} in all (16 MiB by default: some 2
     * million cells, a tree of well under 256 MB of heap), {@code maxStringLength}, {@code
     * maxNumberLength} and {@code maxNestingDepth} as everywhere.
     */
    static StreamReadConstraints constraints(ReadLimits limits) {
      return StreamReadConstraints.builder()
          .maxDocumentLength(limits.maxRecordBytes())
          .maxStringLength(limits.maxStringLength())
          .maxNumberLength(limits.maxNumberLength())
          .maxNestingDepth(limits.maxNestingDepth())
          .build();
    }
  }

  /**
   * The tree mapper, made on first read so that loading the format (as every CLI start does) costs
   * nothing.
   */
  static final class Json {
    // floats as BigDecimal: a value such as 1e999 is a number, not a double's Infinity that
    // BigDecimal cannot hold
    static final ObjectMapper MAPPER =
        new ObjectMapper(Parsers.FACTORY)
            .enable(
                com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {}
  }

  @Override
  public List<RuleDefinition> rules() {
    return JsonStatRules.all();
  }

  @Override
  public String name() {
    return "json-stat";
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
    SourceLocation at = new SourceLocation(Optional.of(sourceName), 0, 0, 0, Optional.of(""));
    JsonNode root;
    JsonParser parser = null;
    try (in) {
      parser = Parsers.FACTORY.createParser(in);
      root = Json.MAPPER.readTree(parser);
      parser.close();
    } catch (JsonProcessingException e) {
      // a stream constraint carries no location of its own: the parser's is where it was hit
      Issue failure =
          SdmxRules.jsonFailure(
              e,
              e.getLocation() != null || parser == null
                  ? at
                  : at.withLine(
                      Math.max(0, parser.currentLocation().getLineNr()),
                      Math.max(0, parser.currentLocation().getColumnNr())));
      return new JsonStatReader(new ReadResult.Failed(failure.location(), List.of(failure)));
    } catch (NumberFormatException e) {
      // a number Jackson cannot make a BigDecimal of (1e99999999999), as the SDMX-JSON reader says
      // it; only readTree converts numbers, so the parser exists
      Issue failure =
          parser == null
              ? SdmxRules.issue(SdmxRules.MALFORMED, at, "JSON")
              : SdmxRules.jsonNumberFailure(parser, at);
      return new JsonStatReader(new ReadResult.Failed(failure.location(), List.of(failure)));
    } catch (IOException e) {
      long line = NotUtf8Json.line(e, parser).orElseThrow(() -> new UncheckedIOException(e));
      SourceLocation where = at.withLine(line, 0);
      return new JsonStatReader(
          new ReadResult.Failed(
              where, List.of(SdmxRules.issue(SdmxRules.UNDECODABLE, where, line, "UTF-8"))));
    }
    return new JsonStatReader(root, sourceName, at, ReadLimits.defaults().maxCubeCells());
  }

  @Override
  public boolean isWritable() {
    return false;
  }

  @Override
  public RecordWriter writer(OutputStream out, FormatOptions options) {
    throw new MignetException("json-stat is read only; write SDMX-CSV or SDMX-JSON instead");
  }

  @Override
  public Set<RecordType> carries() {
    return EnumSet.of(RecordType.DATASET);
  }

  /**
   * Looks at the members of the head's root object with a streaming parser (the head may end
   * mid-document): a {@code class} of {@code dataset} or {@code collection} (2.0), or a first
   * member that is an object holding {@code dimension}, or {@code value} and {@code status} (a 1.x
   * bundle), or a dataset without {@code class} (which the full 2.0 text allows, as the reader
   * does): a {@code dimension} object at the root beside {@code id} and {@code size} arrays, or
   * beside {@code value}, or in a document of {@code version} 2.x; or a {@code value} in a document
   * of {@code version} 2.x (its values may fill the head before any other member).
   */
  @Override
  public boolean sniff(byte[] head) {
    try (JsonParser p = Parsers.FACTORY.createParser(head)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      boolean first = true;
      boolean id = false;
      boolean size = false;
      boolean value = false;
      boolean version2 = false;
      boolean dimension = false;
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (name.equals("class") && v == JsonToken.VALUE_STRING) {
          return p.getText().equals("dataset") || p.getText().equals("collection");
        }
        boolean array = v == JsonToken.START_ARRAY;
        id |= name.equals("id") && array;
        size |= name.equals("size") && array;
        value |= name.equals("value") && (array || v == JsonToken.START_OBJECT);
        version2 |=
            name.equals("version") && v == JsonToken.VALUE_STRING && p.getText().startsWith("2");
        dimension |= name.equals("dimension") && v == JsonToken.START_OBJECT;
        // decided before the member is skipped: the head may end inside it
        if ((dimension && ((id && size) || value || version2)) || (version2 && value)) {
          return true;
        }
        if (first && v == JsonToken.START_OBJECT && !name.equals("dimension")) {
          if (holdsDatasetMembers(p)) {
            return true;
          }
          // read to its end: a dataset may open with an object member (role, extension…)
          first = false;
          continue;
        }
        first = false;
        p.skipChildren();
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Returns whether the object the parser has entered has {@code dimension}, or {@code value} and
   * {@code status}.
   */
  private static boolean holdsDatasetMembers(JsonParser p) throws IOException {
    boolean value = false;
    boolean status = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      if (name.equals("dimension")) {
        return true;
      }
      value |= name.equals("value");
      status |= name.equals("status") || name.equals("label");
      if (value && status) {
        return true;
      }
      p.nextToken();
      p.skipChildren();
    }
    return false;
  }
}
