package org.lagebild.actors.registry;

/** A generic group noun's PLOVER sector ("Armee" -> MIL) and grammatical number. */
public record SectorNoun(String sector, boolean plural) {
}
