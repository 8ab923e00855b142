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
package org.mignet.core.internal;

/**
 * One functional interface per arity, for the canonical constructors of the model's records: {@link
 * RecordModel} has {@link java.lang.invoke.LambdaMetafactory} implement the one of its record's
 * arity with a direct call of the constructor, so that building a record costs an interface call
 * and the constructor's own work, with no array spreading and no method-handle chain. Records of
 * more than {@value #MAX_ARITY} components fall back to a spreading method handle.
 */
final class Constructors {

  /** The largest arity with an interface here. */
  static final int MAX_ARITY = 24;

  private Constructors() {}

  /** Returns the interface for constructors of {@code arity} parameters. */
  static Class<?> of(int arity) {
    return switch (arity) {
      case 0 -> C0.class;
      case 1 -> C1.class;
      case 2 -> C2.class;
      case 3 -> C3.class;
      case 4 -> C4.class;
      case 5 -> C5.class;
      case 6 -> C6.class;
      case 7 -> C7.class;
      case 8 -> C8.class;
      case 9 -> C9.class;
      case 10 -> C10.class;
      case 11 -> C11.class;
      case 12 -> C12.class;
      case 13 -> C13.class;
      case 14 -> C14.class;
      case 15 -> C15.class;
      case 16 -> C16.class;
      case 17 -> C17.class;
      case 18 -> C18.class;
      case 19 -> C19.class;
      case 20 -> C20.class;
      case 21 -> C21.class;
      case 22 -> C22.class;
      case 23 -> C23.class;
      case 24 -> C24.class;
      default -> throw new IllegalArgumentException("no constructor interface of arity " + arity);
    };
  }

  /**
   * Calls a constructor made for {@link #of(int)} of {@code args.length}.
   *
   * @param c an instance of the interface of that arity
   * @param a the arguments
   * @return the new record
   */
  static Object call(Object c, Object[] a) {
    return switch (a.length) {
      case 0 -> ((C0) c).make();
      case 1 -> ((C1) c).make(a[0]);
      case 2 -> ((C2) c).make(a[0], a[1]);
      case 3 -> ((C3) c).make(a[0], a[1], a[2]);
      case 4 -> ((C4) c).make(a[0], a[1], a[2], a[3]);
      case 5 -> ((C5) c).make(a[0], a[1], a[2], a[3], a[4]);
      case 6 -> ((C6) c).make(a[0], a[1], a[2], a[3], a[4], a[5]);
      case 7 -> ((C7) c).make(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
      case 8 -> ((C8) c).make(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
      case 9 -> ((C9) c).make(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]);
      case 10 -> ((C10) c).make(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9]);
      case 11 -> ((C11) c).make(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10]);
      case 12 ->
          ((C12) c).make(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11]);
      case 13 ->
          ((C13) c)
              .make(
                  a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12]);
      case 14 ->
          ((C14) c)
              .make(
                  a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12],
                  a[13]);
      case 15 ->
          ((C15) c)
              .make(
                  a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12],
                  a[13], a[14]);
      case 16 ->
          ((C16) c)
              .make(
                  a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12],
                  a[13], a[14], a[15]);
      case 17 ->
          ((C17) c)
              .make(
                  a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12],
                  a[13], a[14], a[15], a[16]);
      case 18 ->
          ((C18) c)
              .make(
                  a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12],
                  a[13], a[14], a[15], a[16], a[17]);
      case 19 ->
          ((C19) c)
              .make(
                  a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12],
                  a[13], a[14], a[15], a[16], a[17], a[18]);
      case 20 ->
          ((C20) c)
              .make(
                  a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12],
                  a[13], a[14], a[15], a[16], a[17], a[18], a[19]);
      case 21 ->
          ((C21) c)
              .make(
                  a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12],
                  a[13], a[14], a[15], a[16], a[17], a[18], a[19], a[20]);
      case 22 ->
          ((C22) c)
              .make(
                  a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12],
                  a[13], a[14], a[15], a[16], a[17], a[18], a[19], a[20], a[21]);
      case 23 ->
          ((C23) c)
              .make(
                  a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12],
                  a[13], a[14], a[15], a[16], a[17], a[18], a[19], a[20], a[21], a[22]);
      case 24 ->
          ((C24) c)
              .make(
                  a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12],
                  a[13], a[14], a[15], a[16], a[17], a[18], a[19], a[20], a[21], a[22], a[23]);
      default ->
          throw new IllegalArgumentException("no constructor interface of arity " + a.length);
    };
  }

  /** A constructor of 0 parameters. */
  @FunctionalInterface
  interface C0 {
    /** Builds the record. */
    Object make();
  }

  /** A constructor of 1 parameter. */
  @FunctionalInterface
  interface C1 {
    /** Builds the record. */
    Object make(Object a0);
  }

  /** A constructor of 2 parameters. */
  @FunctionalInterface
  interface C2 {
    /** Builds the record. */
    Object make(Object a0, Object a1);
  }

  /** A constructor of 3 parameters. */
  @FunctionalInterface
  interface C3 {
    /** Builds the record. */
    Object make(Object a0, Object a1, Object a2);
  }

  /** A constructor of 4 parameters. */
  @FunctionalInterface
  interface C4 {
    /** Builds the record. */
    Object make(Object a0, Object a1, Object a2, Object a3);
  }

  /** A constructor of 5 parameters. */
  @FunctionalInterface
  interface C5 {
    /** Builds the record. */
    Object make(Object a0, Object a1, Object a2, Object a3, Object a4);
  }

  /** A constructor of 6 parameters. */
  @FunctionalInterface
  interface C6 {
    /** Builds the record. */
    Object make(Object a0, Object a1, Object a2, Object a3, Object a4, Object a5);
  }

  /** A constructor of 7 parameters. */
  @FunctionalInterface
  interface C7 {
    /** Builds the record. */
    Object make(Object a0, Object a1, Object a2, Object a3, Object a4, Object a5, Object a6);
  }

  /** A constructor of 8 parameters. */
  @FunctionalInterface
  interface C8 {
    /** Builds the record. */
    Object make(
        Object a0, Object a1, Object a2, Object a3, Object a4, Object a5, Object a6, Object a7);
  }

  /** A constructor of 9 parameters. */
  @FunctionalInterface
  interface C9 {
    /** Builds the record. */
    Object make(
        Object a0,
        Object a1,
        Object a2,
        Object a3,
        Object a4,
        Object a5,
        Object a6,
        Object a7,
        Object a8);
  }

  /** A constructor of 10 parameters. */
  @FunctionalInterface
  interface C10 {
    /** Builds the record. */
    Object make(
        Object a0,
        Object a1,
        Object a2,
        Object a3,
        Object a4,
        Object a5,
        Object a6,
        Object a7,
        Object a8,
        Object a9);
  }

  /** A constructor of 11 parameters. */
  @FunctionalInterface
  interface C11 {
    /** Builds the record. */
    Object make(
        Object a0,
        Object a1,
        Object a2,
        Object a3,
        Object a4,
        Object a5,
        Object a6,
        Object a7,
        Object a8,
        Object a9,
        Object a10);
  }

  /** A constructor of 12 parameters. */
  @FunctionalInterface
  interface C12 {
    /** Builds the record. */
    Object make(
        Object a0,
        Object a1,
        Object a2,
        Object a3,
        Object a4,
        Object a5,
        Object a6,
        Object a7,
        Object a8,
        Object a9,
        Object a10,
        Object a11);
  }

  /** A constructor of 13 parameters. */
  @FunctionalInterface
  interface C13 {
    /** Builds the record. */
    Object make(
        Object a0,
        Object a1,
        Object a2,
        Object a3,
        Object a4,
        Object a5,
        Object a6,
        Object a7,
        Object a8,
        Object a9,
        Object a10,
        Object a11,
        Object a12);
  }

  /** A constructor of 14 parameters. */
  @FunctionalInterface
  interface C14 {
    /** Builds the record. */
    Object make(
        Object a0,
        Object a1,
        Object a2,
        Object a3,
        Object a4,
        Object a5,
        Object a6,
        Object a7,
        Object a8,
        Object a9,
        Object a10,
        Object a11,
        Object a12,
        Object a13);
  }

  /** A constructor of 15 parameters. */
  @FunctionalInterface
  interface C15 {
    /** Builds the record. */
    Object make(
        Object a0,
        Object a1,
        Object a2,
        Object a3,
        Object a4,
        Object a5,
        Object a6,
        Object a7,
        Object a8,
        Object a9,
        Object a10,
        Object a11,
        Object a12,
        Object a13,
        Object a14);
  }

  /** A constructor of 16 parameters. */
  @FunctionalInterface
  interface C16 {
    /** Builds the record. */
    Object make(
        Object a0,
        Object a1,
        Object a2,
        Object a3,
        Object a4,
        Object a5,
        Object a6,
        Object a7,
        Object a8,
        Object a9,
        Object a10,
        Object a11,
        Object a12,
        Object a13,
        Object a14,
        Object a15);
  }

  /** A constructor of 17 parameters. */
  @FunctionalInterface
  interface C17 {
    /** Builds the record. */
    Object make(
        Object a0,
        Object a1,
        Object a2,
        Object a3,
        Object a4,
        Object a5,
        Object a6,
        Object a7,
        Object a8,
        Object a9,
        Object a10,
        Object a11,
        Object a12,
        Object a13,
        Object a14,
        Object a15,
        Object a16);
  }

  /** A constructor of 18 parameters. */
  @FunctionalInterface
  interface C18 {
    /** Builds the record. */
    Object make(
        Object a0,
        Object a1,
        Object a2,
        Object a3,
        Object a4,
        Object a5,
        Object a6,
        Object a7,
        Object a8,
        Object a9,
        Object a10,
        Object a11,
        Object a12,
        Object a13,
        Object a14,
        Object a15,
        Object a16,
        Object a17);
  }

  /** A constructor of 19 parameters. */
  @FunctionalInterface
  interface C19 {
    /** Builds the record. */
    Object make(
        Object a0,
        Object a1,
        Object a2,
        Object a3,
        Object a4,
        Object a5,
        Object a6,
        Object a7,
        Object a8,
        Object a9,
        Object a10,
        Object a11,
        Object a12,
        Object a13,
        Object a14,
        Object a15,
        Object a16,
        Object a17,
        Object a18);
  }

  /** A constructor of 20 parameters. */
  @FunctionalInterface
  interface C20 {
    /** Builds the record. */
    Object make(
        Object a0,
        Object a1,
        Object a2,
        Object a3,
        Object a4,
        Object a5,
        Object a6,
        Object a7,
        Object a8,
        Object a9,
        Object a10,
        Object a11,
        Object a12,
        Object a13,
        Object a14,
        Object a15,
        Object a16,
        Object a17,
        Object a18,
        Object a19);
  }

  /** A constructor of 21 parameters. */
  @FunctionalInterface
  interface C21 {
    /** Builds the record. */
    Object make(
        Object a0,
        Object a1,
        Object a2,
        Object a3,
        Object a4,
        Object a5,
        Object a6,
        Object a7,
        Object a8,
        Object a9,
        Object a10,
        Object a11,
        Object a12,
        Object a13,
        Object a14,
        Object a15,
        Object a16,
        Object a17,
        Object a18,
        Object a19,
        Object a20);
  }

  /** A constructor of 22 parameters. */
  @FunctionalInterface
  interface C22 {
    /** Builds the record. */
    Object make(
        Object a0,
        Object a1,
        Object a2,
        Object a3,
        Object a4,
        Object a5,
        Object a6,
        Object a7,
        Object a8,
        Object a9,
        Object a10,
        Object a11,
        Object a12,
        Object a13,
        Object a14,
        Object a15,
        Object a16,
        Object a17,
        Object a18,
        Object a19,
        Object a20,
        Object a21);
  }

  /** A constructor of 23 parameters. */
  @FunctionalInterface
  interface C23 {
    /** Builds the record. */
    Object make(
        Object a0,
        Object a1,
        Object a2,
        Object a3,
        Object a4,
        Object a5,
        Object a6,
        Object a7,
        Object a8,
        Object a9,
        Object a10,
        Object a11,
        Object a12,
        Object a13,
        Object a14,
        Object a15,
        Object a16,
        Object a17,
        Object a18,
        Object a19,
        Object a20,
        Object a21,
        Object a22);
  }

  /** A constructor of 24 parameters. */
  @FunctionalInterface
  interface C24 {
    /** Builds the record. */
    Object make(
        Object a0,
        Object a1,
        Object a2,
        Object a3,
        Object a4,
        Object a5,
        Object a6,
        Object a7,
        Object a8,
        Object a9,
        Object a10,
        Object a11,
        Object a12,
        Object a13,
        Object a14,
        Object a15,
        Object a16,
        Object a17,
        Object a18,
        Object a19,
        Object a20,
        Object a21,
        Object a22,
        Object a23);
  }
}
