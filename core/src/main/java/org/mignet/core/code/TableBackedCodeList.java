package org.mignet.core.code;

import java.util.List;
import java.util.Optional;

/**
 * The part every table-backed code list shares: each {@link CodeList} operation answered by its {@link CodeTable}.
 * Package-private: the public lists extend it and add their own lookups.
 */
abstract class TableBackedCodeList implements CodeList {

  /** Returns the table holding the codes, aliases and names; built once by the subclass. */
  abstract CodeTable table();

  @Override
  public String version() {
    return table().version();
  }

  @Override
  public String source() {
    return table().source();
  }

  @Override
  public List<Code> codes() {
    return table().codes();
  }

  @Override
  public boolean contains(String canonicalCode) {
    return table().contains(canonicalCode);
  }

  @Override
  public Optional<Code> get(String canonicalCode) {
    return table().get(canonicalCode);
  }

  @Override
  public Resolution resolve(String input) {
    return table().resolve(input);
  }

  @Override
  public String toString() {
    return table().toString();
  }
}
