package org.mignet.formats.json.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mignet.core.model.MignetRecord;

/** The reflective shape of a model record: its components in declaration order and its canonical constructor. */
final class Shapes {

  private Shapes() {}

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return new Shape(type);
    }
  };

  static Shape of(Class<?> recordClass) {
    return SHAPES.get(recordClass);
  }

  /** @return whether the class is a record of the mignet model (serialised as an object by component name) */
  static boolean isModelRecord(Class<?> c) {
    return c.isRecord() && c.getPackageName().equals("org.mignet.core.model");
  }

  static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("unsupported type " + t);
  }

  static Type arg(Type t, int index) {
    return ((ParameterizedType) t).getActualTypeArguments()[index];
  }

  /** @return whether absence is a value: Optional, List or Map components */
  static boolean isContainer(Class<?> c) {
    return c == Optional.class || c == List.class || c == Map.class;
  }

  static final class Shape {
    final Class<?> type;
    final String[] names;
    final Type[] types;
    final Class<?>[] raws;
    final Method[] accessors;
    final Constructor<?> constructor;
    final Map<String, Integer> index = new HashMap<>();
    final boolean document;
    final int metaIndex;

    Shape(Class<?> type) {
      this.type = type;
      RecordComponent[] rc = type.getRecordComponents();
      names = new String[rc.length];
      types = new Type[rc.length];
      raws = new Class<?>[rc.length];
      accessors = new Method[rc.length];
      int meta = -1;
      for (int i = 0; i < rc.length; i++) {
        names[i] = rc[i].getName();
        types[i] = rc[i].getGenericType();
        raws[i] = rc[i].getType();
        accessors[i] = rc[i].getAccessor();
        index.put(names[i], i);
        if (names[i].equals("meta")) {
          meta = i;
        }
      }
      metaIndex = meta;
      document = MignetRecord.class.isAssignableFrom(type);
      try {
        constructor = type.getDeclaredConstructor(raws);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
      }
    }

    Object get(Object instance, int i) {
      try {
        return accessors[i].invoke(instance);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + names[i], e);
      }
    }
  }
}
