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

/** The {@code htcds-xform} format. Registered as a service; immutable and thread-safe. */
public final class HtcdsXFormFormat implements Format {

  @Override
  public java.util.List<org.mignet.core.validation.RuleDefinition> rules() {
    return HtcdsReadRules.all();
  }

  /**
   * Worked out from the model when first asked for, not when the format is made (start-up of every
   * command).
   */
  private static final class CoverageHolder {
    static final Coverage COVERAGE = HtcdsCoverage.xform();
  }

  @Override
  public String name() {
    return Htcds.XFORM;
  }

  @Override
  public String mediaType() {
    return "application/xml";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("xml");
  }

  @Override
  public RecordReader reader(InputStream in, String sourceName, FormatOptions options) {
    return new XFormReader(in, sourceName);
  }

  @Override
  public RecordWriter writer(OutputStream out, FormatOptions options) {
    return new XFormWriter(out);
  }

  @Override
  public Set<RecordType> carries() {
    return EnumSet.of(RecordType.TRAFFICKING_CASE);
  }

  @Override
  public Coverage coverage() {
    return CoverageHolder.COVERAGE;
  }

  @Override
  public boolean sniff(byte[] head) {
    String s = new String(head, StandardCharsets.UTF_8);
    return s.contains("<data") && s.contains(XForm.FORM_ID);
  }
}
