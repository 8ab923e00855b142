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

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A test's own reading of one XLSX sheet, independent of mignet's table layer: the ZIP parts read
 * with StAX, shared strings resolved, other values as stored. Rows by 1-based number, cells by
 * 0-based column. Small sheets only.
 */
final class XlsxCells {

  private XlsxCells() {}

  static Map<Integer, Map<Integer, String>> sheet(Path file, String name) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      String rid = null;
      for (Map<String, String> a : elements(zip, "xl/workbook.xml", "sheet")) {
        if (name.equals(a.get("name"))) {
          rid = a.get("id");
        }
      }
      String target = null;
      for (Map<String, String> a : elements(zip, "xl/_rels/workbook.xml.rels", "Relationship")) {
        if (a.get("Id").equals(rid)) {
          target = a.get("Target");
        }
      }
      if (target == null) {
        throw new IllegalArgumentException("no sheet " + name);
      }
      String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
      List<String> shared = sharedStrings(zip);
      Map<Integer, Map<Integer, String>> rows = new TreeMap<>();
      try (InputStream in = zip.getInputStream(zip.getEntry(part))) {
        XMLStreamReader x = XMLInputFactory.newFactory().createXMLStreamReader(in);
        String ref = null;
        String type = null;
        StringBuilder text = null;
        while (x.hasNext()) {
          int ev = x.next();
          if (ev == XMLStreamReader.START_ELEMENT && x.getLocalName().equals("c")) {
            ref = x.getAttributeValue(null, "r");
            type = x.getAttributeValue(null, "t");
          } else if (ev == XMLStreamReader.START_ELEMENT
              && (x.getLocalName().equals("v") || x.getLocalName().equals("t"))) {
            text = new StringBuilder();
          } else if (ev == XMLStreamReader.CHARACTERS && text != null) {
            text.append(x.getText());
          } else if (ev == XMLStreamReader.END_ELEMENT
              && (x.getLocalName().equals("v") || x.getLocalName().equals("t"))
              && text != null
              && ref != null) {
            String v =
                "s".equals(type)
                    ? shared.get(Integer.parseInt(text.toString().strip()))
                    : text.toString();
            int letters = 0;
            while (Character.isLetter(ref.charAt(letters))) {
              letters++;
            }
            int col = 0;
            for (int i = 0; i < letters; i++) {
              col = col * 26 + (ref.charAt(i) - 'A' + 1);
            }
            rows.computeIfAbsent(Integer.parseInt(ref.substring(letters)), k -> new TreeMap<>())
                .put(col - 1, v);
            text = null;
          }
        }
      } catch (XMLStreamException e) {
        throw new IOException(e);
      }
      return rows;
    }
  }

  private static List<String> sharedStrings(ZipFile zip) throws IOException {
    List<String> out = new ArrayList<>();
    ZipEntry e = zip.getEntry("xl/sharedStrings.xml");
    if (e == null) {
      return out;
    }
    try (InputStream in = zip.getInputStream(e)) {
      XMLStreamReader x = XMLInputFactory.newFactory().createXMLStreamReader(in);
      StringBuilder si = null;
      boolean inT = false;
      boolean inRph = false;
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamReader.START_ELEMENT) {
          switch (x.getLocalName()) {
            case "si" -> si = new StringBuilder();
            case "t" -> inT = true;
            case "rPh" -> inRph = true;
            default -> {}
          }
        } else if (ev == XMLStreamReader.CHARACTERS && inT && !inRph && si != null) {
          si.append(x.getText());
        } else if (ev == XMLStreamReader.END_ELEMENT) {
          switch (x.getLocalName()) {
            case "si" -> out.add(si.toString());
            case "t" -> inT = false;
            case "rPh" -> inRph = false;
            default -> {}
          }
        }
      }
    } catch (XMLStreamException x) {
      throw new IOException(x);
    }
    return out;
  }

  private static List<Map<String, String>> elements(ZipFile zip, String part, String local)
      throws IOException {
    List<Map<String, String>> out = new ArrayList<>();
    try (InputStream in = zip.getInputStream(zip.getEntry(part))) {
      XMLStreamReader x = XMLInputFactory.newFactory().createXMLStreamReader(in);
      while (x.hasNext()) {
        if (x.next() == XMLStreamReader.START_ELEMENT && x.getLocalName().equals(local)) {
          Map<String, String> a = new HashMap<>();
          for (int i = 0; i < x.getAttributeCount(); i++) {
            a.put(x.getAttributeLocalName(i), x.getAttributeValue(i));
          }
          out.add(a);
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
    return out;
  }
}
