package org.mignet.core.model.internal;

import org.mignet.core.internal.Component;
import org.mignet.core.internal.RecordModel;
import org.mignet.core.internal.Walk;

/**
 * {@code toString()} for model records that never shows personal data: a component marked
 * {@link org.mignet.core.privacy.PersonalData} is shown as {@code <category>} when present, so that logs say what is
 * there without saying what it is. Reads the record through its {@link RecordModel}.
 */
public final class Redacted {

  private Redacted() {}

  /** Returns {@code Type[component=value, personalComponent=<DIRECT_IDENTIFIER>, ...]}. */
  public static String toString(Record record) {
    StringBuilder b = new StringBuilder(record.getClass().getSimpleName()).append('[');
    boolean first = true;
    for (Component c : RecordModel.of(record.getClass()).components()) {
      Object value = c.get(record);
      if (value == null || (Walk.isAbsent(value) && !(value instanceof Enum<?>))) {
        continue;
      }
      if (!first) {
        b.append(", ");
      }
      first = false;
      b.append(c.name()).append('=');
      if (c.isPersonal()) {
        b.append('<').append(c.mark().get()).append('>');
      } else if (value instanceof java.util.Optional<?> o) {
        b.append(o.get());
      } else {
        b.append(value);
      }
    }
    return b.append(']').toString();
  }
}
