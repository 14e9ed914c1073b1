package org.lagebild.store;

/**
 * An actor across the store: its attributes as last stored and how often it occurs.
 *
 * @param articles number of articles that mention it
 * @param mentions number of mentions over all articles
 */
public record ActorRow(String id, String name, String type, String code, String country, String affiliation,
                       String sector, int articles, long mentions) {
}
