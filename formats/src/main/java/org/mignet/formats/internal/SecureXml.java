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

import java.io.InputStream;
import java.io.Reader;
import javax.xml.stream.EventFilter;
import javax.xml.stream.StreamFilter;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLReporter;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import javax.xml.stream.util.XMLEventAllocator;
import javax.xml.transform.Source;

/**
 * The one way mignet's readers get a StAX parser (SDMX-ML data and structure messages, XForm
 * instances, workbook sheets): DTDs off and external entities off, so that XML external entities,
 * "billion laughs" and DTD-driven fetches cannot happen (DESIGN §8). Entity references stay
 * "replaced": with no DTD an entity other than the five predefined ones is then a parse error,
 * which the reader reports, rather than an event it could silently skip.
 *
 * <p>Every stream reader the factory makes also holds two limits the JDK's parser does not: element
 * nesting ({@code ReadLimits.maxNestingDepth()}) and the length of one run of text (a multiple of
 * {@code ReadLimits.maxStringLength()}). The JDK parser hands text over in chunks, and mignet's
 * readers gather a text node's chunks into one string; without the limit a 100 MB text node in a
 * 100 KB compressed file would become a 200 MB string. Past either limit the reader throws {@link
 * LimitExceeded}, an {@link XMLStreamException} with the limit's name, value and location, which
 * the readers report like any other XML that cannot be read.
 */
public final class SecureXml {

  private SecureXml() {}

  /**
   * How many times {@code ReadLimits.maxStringLength()} one run of text may be here: this limit is
   * a backstop against memory exhaustion, set above the field-level limits that readers apply and
   * report themselves (an XForm field over the string limit is {@code MG-HTCDS-017}, naming the
   * field).
   */
  public static final int TEXT_BACKSTOP_FACTOR = 4;

  /**
   * The default element depth, {@code ReadLimits.defaults().maxNestingDepth()}; written out because
   * this package may not use {@code org.mignet.formats} (no cycles between packages), and checked
   * equal by a test.
   */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /**
   * The default run of text, {@link #TEXT_BACKSTOP_FACTOR} times {@code
   * ReadLimits.defaults().maxStringLength()}.
   */
  public static final int DEFAULT_MAX_TEXT = TEXT_BACKSTOP_FACTOR * 1_000_000;

  /**
   * Returns a new factory with DTDs and external entities off and the default limits: element depth
   * {@code ReadLimits.maxNestingDepth()} (SDMX messages, XForm instances and sheets nest a dozen
   * levels at most) and {@link #TEXT_BACKSTOP_FACTOR} times {@code ReadLimits.maxStringLength()}
   * characters of text in one run; factories are cheap and not shared across threads.
   */
  public static XMLInputFactory inputFactory() {
    return inputFactory(DEFAULT_MAX_DEPTH, DEFAULT_MAX_TEXT);
  }

  /**
   * Returns a new factory with DTDs and external entities off and the two limits on every stream
   * reader it makes.
   *
   * @param maxDepth element nesting allowed, at least 1
   * @param maxText characters allowed in one run of text (between two tags), at least 1
   */
  public static XMLInputFactory inputFactory(int maxDepth, int maxText) {
    if (maxDepth < 1 || maxText < 1) {
      throw new IllegalArgumentException("XML limits must be at least 1");
    }
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return new Limited(f, maxDepth, maxText);
  }

  /** A read limit hit in XML: which limit, its value, and where. */
  public static final class LimitExceeded extends XMLStreamException {
    private static final long serialVersionUID = 1L;
    private final String limit;
    private final long value;

    LimitExceeded(String limit, long value, javax.xml.stream.Location at) {
      super("XML past the read limit " + limit + " (" + value + ")", at);
      this.limit = limit;
      this.value = value;
    }

    /** Returns the limit's name, e.g. {@code maxStringLength}. */
    public String limit() {
      return limit;
    }

    /** Returns the limit's value. */
    public long value() {
      return value;
    }
  }

  /** Counts depth and text as the reader moves; refuses past the limits. */
  private static final class Bounded extends StreamReaderDelegate {
    private final int maxDepth;
    private final int maxText;
    private int depth;
    private long text;

    Bounded(XMLStreamReader reader, int maxDepth, int maxText) {
      super(reader);
      this.maxDepth = maxDepth;
      this.maxText = maxText;
    }

    @Override
    public int next() throws XMLStreamException {
      int event = super.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          text = 0;
          if (++depth > maxDepth) {
            throw new LimitExceeded("maxXmlDepth", maxDepth, getLocation());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          text = 0;
          depth--;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          text += getTextLength();
          if (text > maxText) {
            throw new LimitExceeded("maxStringLength", maxText, getLocation());
          }
        }
        default -> {}
      }
      return event;
    }

    @Override
    public int nextTag() throws XMLStreamException {
      int event = next();
      while ((event == XMLStreamConstants.CHARACTERS && isWhiteSpace())
          || (event == XMLStreamConstants.CDATA && isWhiteSpace())
          || event == XMLStreamConstants.SPACE
          || event == XMLStreamConstants.PROCESSING_INSTRUCTION
          || event == XMLStreamConstants.COMMENT) {
        event = next();
      }
      if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
        throw new XMLStreamException("expected a start or end tag", getLocation());
      }
      return event;
    }

    @Override
    public String getElementText() throws XMLStreamException {
      if (getEventType() != XMLStreamConstants.START_ELEMENT) {
        throw new XMLStreamException("getElementText needs a start tag", getLocation());
      }
      StringBuilder b = new StringBuilder();
      int event = next();
      while (event != XMLStreamConstants.END_ELEMENT) {
        switch (event) {
          case XMLStreamConstants.CHARACTERS,
              XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE,
              XMLStreamConstants.ENTITY_REFERENCE ->
              b.append(getText());
          case XMLStreamConstants.PROCESSING_INSTRUCTION, XMLStreamConstants.COMMENT -> {}
          case XMLStreamConstants.END_DOCUMENT ->
              throw new XMLStreamException("document ended inside an element", getLocation());
          default ->
              throw new XMLStreamException("an element inside a text-only element", getLocation());
        }
        event = next();
      }
      return b.toString();
    }
  }

  /** Delegates to the JDK's factory and bounds every stream reader it makes. */
  private static final class Limited extends XMLInputFactory {
    private final XMLInputFactory delegate;
    private final int maxDepth;
    private final int maxText;

    Limited(XMLInputFactory delegate, int maxDepth, int maxText) {
      this.delegate = delegate;
      this.maxDepth = maxDepth;
      this.maxText = maxText;
    }

    private XMLStreamReader bound(XMLStreamReader r) {
      return new Bounded(r, maxDepth, maxText);
    }

    @Override
    public XMLStreamReader createXMLStreamReader(Reader reader) throws XMLStreamException {
      return bound(delegate.createXMLStreamReader(reader));
    }

    @Override
    public XMLStreamReader createXMLStreamReader(Source source) throws XMLStreamException {
      return bound(delegate.createXMLStreamReader(source));
    }

    @Override
    public XMLStreamReader createXMLStreamReader(InputStream stream) throws XMLStreamException {
      return bound(delegate.createXMLStreamReader(stream));
    }

    @Override
    public XMLStreamReader createXMLStreamReader(InputStream stream, String encoding)
        throws XMLStreamException {
      return bound(delegate.createXMLStreamReader(stream, encoding));
    }

    @Override
    public XMLStreamReader createXMLStreamReader(String systemId, InputStream stream)
        throws XMLStreamException {
      return bound(delegate.createXMLStreamReader(systemId, stream));
    }

    @Override
    public XMLStreamReader createXMLStreamReader(String systemId, Reader reader)
        throws XMLStreamException {
      return bound(delegate.createXMLStreamReader(systemId, reader));
    }

    @Override
    public XMLEventReader createXMLEventReader(Reader reader) throws XMLStreamException {
      return delegate.createXMLEventReader(createXMLStreamReader(reader));
    }

    @Override
    public XMLEventReader createXMLEventReader(String systemId, Reader reader)
        throws XMLStreamException {
      return delegate.createXMLEventReader(createXMLStreamReader(systemId, reader));
    }

    @Override
    public XMLEventReader createXMLEventReader(XMLStreamReader reader) throws XMLStreamException {
      return delegate.createXMLEventReader(reader instanceof Bounded ? reader : bound(reader));
    }

    @Override
    public XMLEventReader createXMLEventReader(Source source) throws XMLStreamException {
      return delegate.createXMLEventReader(createXMLStreamReader(source));
    }

    @Override
    public XMLEventReader createXMLEventReader(InputStream stream) throws XMLStreamException {
      return delegate.createXMLEventReader(createXMLStreamReader(stream));
    }

    @Override
    public XMLEventReader createXMLEventReader(InputStream stream, String encoding)
        throws XMLStreamException {
      return delegate.createXMLEventReader(createXMLStreamReader(stream, encoding));
    }

    @Override
    public XMLEventReader createXMLEventReader(String systemId, InputStream stream)
        throws XMLStreamException {
      return delegate.createXMLEventReader(createXMLStreamReader(systemId, stream));
    }

    @Override
    public XMLStreamReader createFilteredReader(XMLStreamReader reader, StreamFilter filter)
        throws XMLStreamException {
      return delegate.createFilteredReader(reader, filter);
    }

    @Override
    public XMLEventReader createFilteredReader(XMLEventReader reader, EventFilter filter)
        throws XMLStreamException {
      return delegate.createFilteredReader(reader, filter);
    }

    @Override
    public XMLResolver getXMLResolver() {
      return delegate.getXMLResolver();
    }

    @Override
    public void setXMLResolver(XMLResolver resolver) {
      delegate.setXMLResolver(resolver);
    }

    @Override
    public XMLReporter getXMLReporter() {
      return delegate.getXMLReporter();
    }

    @Override
    public void setXMLReporter(XMLReporter reporter) {
      delegate.setXMLReporter(reporter);
    }

    @Override
    public void setProperty(String name, Object value) {
      delegate.setProperty(name, value);
    }

    @Override
    public Object getProperty(String name) {
      return delegate.getProperty(name);
    }

    @Override
    public boolean isPropertySupported(String name) {
      return delegate.isPropertySupported(name);
    }

    @Override
    public void setEventAllocator(XMLEventAllocator allocator) {
      delegate.setEventAllocator(allocator);
    }

    @Override
    public XMLEventAllocator getEventAllocator() {
      return delegate.getEventAllocator();
    }
  }
}
