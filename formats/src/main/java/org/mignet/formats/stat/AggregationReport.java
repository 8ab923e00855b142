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
package org.mignet.formats.stat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * The report of an aggregation: per input, the records read, counted and left out; every record
 * left out by number and rule; the people counted and the published grand total; the disclosure
 * control applied; and the audit of every suppressed cell. It holds no personal value and no
 * suppressed count (only the ranges an intruder can derive anyway), so it can be published beside
 * the table. Immutable.
 *
 * @param inputs one summary per input file, in order
 * @param result the aggregation's result
 */
public record AggregationReport(List<Input> inputs, Aggregation.Result result) {

  /** Copies the inputs. */
  public AggregationReport {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(result, "result");
  }

  /**
   * One input file.
   *
   * @param name the file's name
   * @param read records read
   * @param counted records counted
   * @param leftOut records left out (rejected by the pipeline or by the aggregation)
   */
  public record Input(String name, long read, long counted, long leftOut) {
    /** Checks the accounting: every record read is counted or left out. */
    public Input {
      if (read != counted + leftOut) {
        throw new IllegalArgumentException("read must equal counted + left out for " + name);
      }
    }
  }

  /** Returns the report as JSON (pretty-printed). */
  public String toJson() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("recordType", result.dataset().dataflow());
    ArrayNode in = root.putArray("inputs");
    long read = 0;
    long counted = 0;
    for (Input i : inputs) {
      in.addObject()
          .put("file", i.name())
          .put("read", i.read())
          .put("counted", i.counted())
          .put("leftOut", i.leftOut());
      read += i.read();
      counted += i.counted();
    }
    root.put("read", read).put("counted", counted).put("leftOut", read - counted);
    ArrayNode left = root.putArray("recordsLeftOut");
    for (LeftOut l : result.leftOut()) {
      ArrayNode rules =
          left.addObject().put("file", l.source()).put("record", l.record()).putArray("rules");
      l.rules().forEach(rules::add);
    }
    root.put("unitsCounted", result.unitsIn());
    if (result.publishedTotal().isPresent()) {
      root.put("publishedGrandTotal", result.publishedTotal().get());
    } else {
      root.putNull("publishedGrandTotal");
    }
    ProtectedTable t = result.table();
    ObjectNode dc = root.putObject("disclosureControl");
    dc.put("cells", t == null ? 0 : t.table().size());
    if (t != null) {
      dc.put("threshold", t.threshold())
          .put("method", t.method().name().toLowerCase(java.util.Locale.ROOT))
          .put("primary", t.count(CellStatus.PRIMARY))
          .put("secondary", t.count(CellStatus.SECONDARY))
          .put("safe", t.isSafe());
    }
    ArrayNode warnings = root.putArray("warnings");
    for (org.mignet.core.validation.Issue w : result.warnings()) {
      try {
        warnings.add(
            mapper.readTree(
                org.mignet.formats.json.ReportJson.toJson(
                    w, null, 0, 0, java.util.Locale.ENGLISH)));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    ArrayNode audit = root.putArray("audit");
    // the audit is empty when there is no table
    List<String> dimensions = t == null ? List.of() : t.table().dimensions();
    for (CellRange r : result.audit()) {
      ObjectNode a = audit.addObject();
      ObjectNode key = a.putObject("key");
      for (int k = 0; k < r.key().size(); k++) {
        key.put(dimensions.get(k), r.key().get(k));
      }
      a.put("confStatus", r.status().confStatus()).put("lower", r.lower());
      if (Double.isInfinite(r.upper())) {
        a.putNull("upper");
      } else {
        a.put("upper", r.upper());
      }
      a.put("protected", r.protectedEnough());
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
