/**
 * Validation of model records: the rule catalogue, profiles, the engine and its reports. Rules are identified by
 * permanent ids ({@code MG-…}); extra rules and profiles come from {@link org.mignet.core.validation.RuleProvider}
 * services.
 */
package org.mignet.core.validation;
