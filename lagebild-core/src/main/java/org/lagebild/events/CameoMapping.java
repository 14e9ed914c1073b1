package org.lagebild.events;

import java.util.List;

/** One row of the CAMEO→PLOVER crosswalk (cameo-plover.tsv); mode and contexts as in the source. */
public record CameoMapping(String cameo, String ploverType, String mode, List<String> contexts, String description) {
}
