package org.mignet.formats.internal;

import javax.xml.stream.XMLInputFactory;

/**
 * The one way mignet's readers get a StAX parser (SDMX-ML data and structure messages, XForm instances, workbook
 * sheets): DTDs off and external entities off, so that XML external entities, "billion laughs" and DTD-driven
 * fetches cannot happen (DESIGN §8). Entity references stay "replaced": with no DTD an entity other than the five
 * predefined ones is then a parse error, which the reader reports, rather than an event it could silently skip.
 */
public final class SecureXml {

  private SecureXml() {}

  /** @return a new factory with DTDs and external entities off; factories are cheap and not shared across threads */
  public static XMLInputFactory inputFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }
}
