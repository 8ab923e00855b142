package org.mignet.core.model.internal;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Optional;
import org.mignet.core.privacy.PersonalData;

/**
 * {@code toString()} for model records that never shows personal data: a component marked {@link PersonalData}
 * is shown as {@code <category>} when present, so that logs say what is there without saying what it is.
 */
public final class Redacted {

  private Redacted() {}

  /** @return {@code Type[component=value, personalComponent=<DIRECT_IDENTIFIER>, ...]} */
  public static String toString(Record record) {
    StringBuilder b = new StringBuilder(record.getClass().getSimpleName()).append('[');
    RecordComponent[] components = record.getClass().getRecordComponents();
    boolean first = true;
    for (RecordComponent c : components) {
      Object value;
      try {
        value = c.getAccessor().invoke(record);
      } catch (ReflectiveOperationException e) {
        value = "?";
      }
      if (value == null || (value instanceof Optional<?> o && o.isEmpty())
          || (value instanceof Collection<?> col && col.isEmpty())) {
        continue;
      }
      if (!first) {
        b.append(", ");
      }
      first = false;
      b.append(c.getName()).append('=');
      PersonalData mark = c.getAnnotation(PersonalData.class);
      if (mark != null) {
        b.append('<').append(mark.value()).append('>');
      } else if (value instanceof Optional<?> o) {
        b.append(o.get());
      } else {
        b.append(value);
      }
    }
    return b.append(']').toString();
  }
}
