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
package org.mignet.formats.internal;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;

/**
 * Recognises a read limit behind a parser's exception, so that every reader reports it as what it
 * is ({@link ReadRules#LIMIT}, naming the limit and its value) instead of "not well-formed":
 * Jackson's stream constraints (nesting depth, number and string length, in JSON and CSV alike) and
 * the XML limits of {@link SecureXml}. The exception's cause chain is searched, XML's nested
 * exceptions included, because parsers wrap what their input stream threw. Messages never carry the
 * input: only the limit's name and value.
 */
public final class LimitErrors {

  private static final Pattern MAXIMUM = Pattern.compile("maximum allowed \\((\\d[\\d,]*)");

  private LimitErrors() {}

  /**
   * Returns the limit issue, or empty if no read limit is behind {@code e}.
   *
   * @param e what a parser threw; not null
   * @param at where, for the issue
   */
  public static Optional<Issue> issue(Throwable e, SourceLocation at) {
    for (Throwable t : causes(e)) {
      if (t instanceof SecureXml.LimitExceeded x) {
        Words what =
            "maxXmlDepth".equals(x.limit()) ? Words.XML_NESTING_DEPTH : Words.XML_TEXT_LENGTH;
        return Optional.of(ReadRules.issue(ReadRules.LIMIT, at, what, x.value()));
      }
      if (t instanceof StreamConstraintsException s) {
        return Optional.of(jackson(s, at));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns {@code e} and its causes, outermost first, XML's nested exceptions included, each once
   * (a cycle ends the list).
   *
   * @param e what a parser threw; not null
   */
  public static java.util.List<Throwable> causes(Throwable e) {
    IdentityHashMap<Throwable, Boolean> seen = new IdentityHashMap<>();
    java.util.List<Throwable> out = new java.util.ArrayList<>();
    for (Throwable t = e; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
      out.add(t);
    }
    return out;
  }

  private static Throwable next(Throwable t) {
    if (t.getCause() != null) {
      return t.getCause();
    }
    return t instanceof XMLStreamException x ? x.getNestedException() : null;
  }

  private static Issue jackson(StreamConstraintsException e, SourceLocation at) {
    String m = String.valueOf(e.getOriginalMessage());
    String lower = m.toLowerCase(Locale.ROOT);
    Matcher value = MAXIMUM.matcher(m);
    Object limit = value.find() ? Long.parseLong(value.group(1).replace(",", "")) : "-";
    if (lower.contains("document length")) {
      return ReadRules.issue(ReadRules.LIMIT, at, Words.DOCUMENT_SIZE, limit);
    }
    if (lower.contains("nesting")) {
      return ReadRules.issue(ReadRules.LIMIT, at, Words.NESTING_DEPTH, limit);
    }
    if (lower.contains("number")) {
      return ReadRules.issue(ReadRules.LIMIT, at, Words.NUMBER_LENGTH, limit);
    }
    if (lower.contains("string") || lower.contains("name")) {
      return ReadRules.issue(ReadRules.LIMIT, at, Words.STRING_LENGTH, limit);
    }
    return ReadRules.issue(ReadRules.LIMIT, at, Words.STREAM_CONSTRAINT, limit);
  }
}
