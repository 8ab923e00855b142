/**
 * Bean Validation constraints specific to the migration domain, used on the model's record components. Their
 * message keys are permanent rule ids, so that every violation maps to a rule in the catalogue.
 */
@NullMarked
package org.mignet.core.constraints;

import org.jspecify.annotations.NullMarked;
