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

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.mignet.core.model.MignetRecord;
import org.mignet.core.model.TraffickingCase;
import org.mignet.formats.RecordWriter;
import org.mignet.formats.Transformation;

/**
 * Writes HTCDS XForm instances that follow the form's structure: {@code <data id="htcds_xlsform"
 * version=…>} with every element of the form in its order (empty where there is no value),
 * select_multiple answers space-separated, {@code meta/instanceID} the case identifier. One case
 * gives one {@code data} document; several are wrapped in {@code <instances>}. Not thread-safe.
 */
public final class XFormWriter implements RecordWriter {

  private final Writer writer;

  /** Values the layout changed, by "pointer action". */
  private final Map<String, long[]> changed = new java.util.LinkedHashMap<>();

  private String first;
  private int count;
  private boolean closed;

  /**
   * @param out the target, closed by {@link #close()}
   */
  public XFormWriter(OutputStream out) {
    this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
  }

  @Override
  public void write(MignetRecord record) {
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    if (!(record instanceof TraffickingCase c)) {
      throw new IllegalArgumentException(
          "the htcds-xform format carries trafficking cases only, not "
              + record.getClass().getSimpleName());
    }
    String xml = instance(c);
    try {
      count++;
      if (count == 1) {
        first = xml;
      } else {
        if (count == 2) {
          writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<instances>\n");
          writer.write(first);
          writer.write("\n");
          first = null;
        }
        writer.write(xml);
        writer.write("\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String instance(TraffickingCase c) {
    Map<String, List<String>> row =
        CaseToRows.rows(
                c,
                (pointer, action) ->
                    changed.computeIfAbsent(pointer + " " + action, x -> new long[1])[0]++)
            .get(0);
    String key =
        c.meta().identifier().system().equals(RowsToCase.DEFAULT_SYSTEM)
            ? c.meta().identifier().value()
            : c.meta().identifier().toString();
    StringWriter s = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(s);
      x.writeStartElement("data");
      x.writeAttribute("id", XForm.FORM_ID);
      x.writeAttribute("version", XForm.VERSION);
      leaf(x, "start", c.meta().created().map(Object::toString).orElse(""));
      leaf(x, "end", c.meta().updated().map(Object::toString).orElse(""));
      for (Map.Entry<String, String> e : XForm.ELEMENTS.entrySet()) {
        List<String> v = row.get(e.getValue());
        leaf(x, e.getKey(), v == null ? "" : String.join(" ", v));
      }
      leaf(x, "__version__", XForm.VERSION);
      x.writeStartElement("meta");
      leaf(x, "instanceID", key == null ? "" : key);
      x.writeEndElement();
      x.writeEndElement();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write XML", e);
    }
    return s.toString();
  }

  private static void leaf(XMLStreamWriter x, String name, String text) throws XMLStreamException {
    if (text.isEmpty()) {
      x.writeEmptyElement(name);
    } else {
      x.writeStartElement(name);
      x.writeCharacters(text);
      x.writeEndElement();
    }
  }

  @Override
  public List<Transformation> transformations() {
    List<Transformation> all = new java.util.ArrayList<>();
    changed.forEach(
        (key, n) ->
            all.add(
                new Transformation(
                    key.substring(0, key.indexOf(' ')),
                    Transformation.Action.of(key.substring(key.indexOf(' ') + 1)),
                    n[0])));
    return List.copyOf(all);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (count == 1) {
        writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        writer.write(first);
        writer.write("\n");
      } else if (count > 1) {
        writer.write("</instances>\n");
      }
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
