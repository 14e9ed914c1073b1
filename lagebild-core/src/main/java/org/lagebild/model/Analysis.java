package org.lagebild.model;

import java.util.List;

/** Everything Lagebild extracts from one document; the JSON output contract. */
public record Analysis(String id, String lang, String date, String dateGranularity, String title, String url,
                       String text, List<ActorRecord> actors, List<StatementRecord> statements,
                       List<EventRecord> events, List<ForumRecord> forums, List<TimeRecord> times, List<QuantityRecord> quantities,
                       List<Region> excluded) {
}
