package org.lagebild.events;

import java.util.List;
import java.util.Map;

/**
 * One PLOVER event type (plover.tsv).
 *
 * @param quadClass  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param modes      the type's modes in the PLOVER manual (empty where none are listed)
 * @param score      PLOVER score −10..+10 where the manual gives one, else null
 * @param modeScores mode-specific scores (e.g. MOBILIZE troops −6.5)
 * @param cameoRoot  CAMEO root code used for records of this type
 */
public record PloverType(String name, int quadClass, String quadName, List<String> modes, Double score,
                         Map<String, Double> modeScores, String cameoRoot, String definition) {

    public boolean hasMode(String mode) {
        return modes.contains(mode);
    }

    /** The mode's score if the manual gives one, else the type's score (may be null). */
    public Double score(String mode) {
        return mode != null && modeScores.containsKey(mode) ? modeScores.get(mode) : score;
    }
}
