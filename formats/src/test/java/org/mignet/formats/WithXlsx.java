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
package org.mignet.formats;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mignet.formats.internal.WorkbookCodec;

/**
 * A test (or test class) that needs a workbook read or written: it runs where XLSX support is on
 * the class path, in mignet-formats-xlsx, which runs this module's tests tagged {@value #TAG} from
 * its test jar; here, without POI, it is disabled and says where it runs. A test that also covers
 * other formats takes {@code @Tag(WithXlsx.TAG)} alone and leaves out its workbook cases when
 * {@link Support#available()} is false, so that it runs in both modules.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(WithXlsx.TAG)
@ExtendWith(WithXlsx.Support.class)
public @interface WithXlsx {

  /** The tag mignet-formats-xlsx selects from this module's tests. */
  String TAG = "xlsx";

  /** Enables the test when XLSX support is on the class path. */
  final class Support implements ExecutionCondition {
    /**
     * @return whether XLSX support (mignet-formats-xlsx) is on the class path
     */
    public static boolean available() {
      return WorkbookCodec.find().isPresent();
    }

    /**
     * @return whether the format's reader and writer (without options) work here: all but xlsx
     *     without POI
     */
    public static boolean usable(Format format) {
      return available() || !format.name().equals("xlsx");
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return available()
          ? ConditionEvaluationResult.enabled("XLSX support is on the class path")
          : ConditionEvaluationResult.disabled(
              "needs a workbook: runs in mignet-formats-xlsx, with POI");
    }
  }
}
