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
package org.mignet.formats.mrz.internal;

import org.mignet.core.model.MrzFormat;
import org.mignet.formats.mrz.MrzField;

/**
 * Where the fields the reader checks for characters start (line and column from 1) and how long
 * they are.
 */
final class Positions {

  private Positions() {}

  static int[] of(MrzFormat format, MrzField field) {
    boolean td1 = format == MrzFormat.TD1;
    return switch (field) {
      case DOCUMENT_CODE -> new int[] {1, 1};
      case ISSUING_STATE -> new int[] {1, 3};
      case NAME -> td1 ? new int[] {3, 1} : new int[] {1, 6};
      case DOCUMENT_NUMBER -> td1 ? new int[] {1, 6} : new int[] {2, 1};
      case NATIONALITY -> td1 ? new int[] {2, 16} : new int[] {2, 11};
      case BIRTH_DATE -> td1 ? new int[] {2, 1} : new int[] {2, 14};
      case SEX -> td1 ? new int[] {2, 8} : new int[] {2, 21};
      case EXPIRY_DATE -> td1 ? new int[] {2, 9} : new int[] {2, 22};
      case OPTIONAL_DATA -> td1 ? new int[] {1, 16} : new int[] {2, 29};
      case OPTIONAL_DATA_2 -> new int[] {2, 19};
      case COMPOSITE -> new int[] {2, format.lineLength()};
    };
  }

  static int length(MrzFormat format, MrzField field) {
    return switch (field) {
      case DOCUMENT_CODE -> 2;
      case ISSUING_STATE, NATIONALITY -> 3;
      case NAME -> format == MrzFormat.TD1 ? 30 : format.lineLength() - 5;
      case SEX, COMPOSITE -> 1;
      case BIRTH_DATE, EXPIRY_DATE -> 6;
      case DOCUMENT_NUMBER -> 9;
      default -> 0;
    };
  }
}
