package org.mignet.formats.internal;

import java.util.Map;
import java.util.Set;
import org.mignet.core.validation.RuleDefinition;
import org.mignet.core.validation.RuleKind;
import org.mignet.core.validation.Severity;

/** The rules a conversion itself reports. */
public final class ConversionRules {

  private ConversionRules() {}

  /** The target format cannot carry this type of record. */
  public static final RuleDefinition TYPE_NOT_CARRIED = new RuleDefinition("MG-CONV-001", Severity.ERROR,
      RuleKind.READ, Set.of("structural"),
      Map.of("en", "Expected a record type the target format {0} carries; found {1}, so the record was not written.",
          "fr", "Type d''enregistrement attendu : un type que le format cible {0} sait porter ; trouvé {1}, "
              + "l''enregistrement n''a pas été écrit.",
          "es", "Se esperaba un tipo de registro que el formato de destino {0} admite; se encontró {1} y el "
              + "registro no se escribió."),
      "A conversion never drops a record silently: a record the target cannot hold is rejected and reported.",
      "mignet DESIGN.md section 5");

  /** The target writer failed on the record. */
  public static final RuleDefinition WRITE_FAILED = new RuleDefinition("MG-CONV-002", Severity.ERROR,
      RuleKind.READ, Set.of("structural"),
      Map.of("en", "Expected a record the target format {0} can write; the writer refused it: {1}"),
      "A record a writer cannot write is rejected and reported, never dropped silently.",
      "mignet DESIGN.md section 5");

  /** The record breaks rules of the profile the conversion was asked to enforce. */
  public static final RuleDefinition INVALID_REJECTED = new RuleDefinition("MG-CONV-003", Severity.ERROR,
      RuleKind.READ, Set.of("structural"),
      Map.of("en", "Expected a record valid under profile {0}; found {1} error(s), so the record was not written."),
      "Integrators may refuse to pass on records that break the shared rules.", "mignet DESIGN.md section 5");

  /** @return every conversion rule */
  public static java.util.List<RuleDefinition> all() {
    return java.util.List.of(TYPE_NOT_CARRIED, WRITE_FAILED, INVALID_REJECTED);
  }
}
