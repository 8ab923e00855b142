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
package org.mignet.core.model;

import static org.mignet.core.model.internal.Checks.required;
import static org.mignet.core.model.internal.Checks.text;

/**
 * A way to reach a person or an organisation. Phone numbers are written in E.164 ({@code
 * +923001234567}).
 *
 * @param kind the channel; required
 * @param value the number, address or handle; not blank
 */
public record ContactPoint(Kind kind, String value) {

  /** Channels of contact. */
  public enum Kind {
    /** A mobile phone (HTCDS {@code prs_MobilePhone}). */
    MOBILE_PHONE,
    /** A fixed phone (HTCDS {@code prs_HomePhone}, {@code org_Phone}). */
    PHONE,
    /** An e-mail address (HTCDS {@code prs_Email}). */
    EMAIL,
    /** A messaging-app handle. */
    MESSAGING,
    /** A web site. */
    WEBSITE,
    /** Anything else. */
    OTHER
  }

  /** Checks that both parts are present. */
  public ContactPoint {
    required(kind, "contact.kind");
    text(value, "contact.value");
  }

  /** Shows the kind only: contact values are personal. */
  @Override
  public String toString() {
    return "ContactPoint[" + kind + "]";
  }
}
