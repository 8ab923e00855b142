package org.mignet.formats.json.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.mignet.core.SourceLocation;
import org.mignet.core.validation.Issue;
import org.mignet.formats.ReadLimits;

/** Access to the mapping of syntax errors for the public entry points. */
public final class Issues {

  private Issues() {}

  /** Returns the read-level issue for a syntax or constraint error at a location. */
  public static Issue syntax(JsonProcessingException e, SourceLocation at, ReadLimits limits) {
    return SyntaxErrors.issue(e, at, 0, limits);
  }
}
