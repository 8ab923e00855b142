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
/**
 * mignet core: the migration-governance data model, its code lists, validation rules and privacy
 * marks.
 *
 * <p>Exports the API packages only. {@code org.mignet.core.internal} (the metamodel) is exported to
 * {@code org.mignet.formats} alone; the other {@code internal} packages are not exported. Extra
 * rules and profiles come from {@link org.mignet.core.validation.RuleProvider} services.
 */
// "module": org.mignet.formats and org.hibernate.validator, named below, are not on the module path
// when core is
// compiled
@SuppressWarnings("module")
module org.mignet.core {
  requires transitive jakarta.validation;
  // nullness annotations (@NullMarked, @Nullable): needed to compile, optional at run time
  requires static transitive org.jspecify;

  exports org.mignet.core;
  exports org.mignet.core.code;
  exports org.mignet.core.constraints;
  exports org.mignet.core.model;
  exports org.mignet.core.privacy;
  exports org.mignet.core.validation;
  exports org.mignet.core.internal to
      org.mignet.formats;

  // the records are read reflectively by the validation provider (Hibernate Validator) and by
  // mignet-formats'
  // Jackson module; opening them grants reflection only (their fields stay final), not API
  opens org.mignet.core.model;
  opens org.mignet.core.constraints;
  opens org.mignet.core.validation;
  // Hibernate Validator instantiates the InCodeList validator reflectively
  opens org.mignet.core.constraints.internal to
      org.hibernate.validator;

  uses org.mignet.core.validation.RuleProvider;
  uses org.mignet.core.validation.CrossRecordRule;

  provides jakarta.validation.ConstraintValidator with
      org.mignet.core.constraints.internal.InCodeListValidator;
}
