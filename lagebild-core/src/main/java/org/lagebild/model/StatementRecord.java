package org.lagebild.model;

import java.util.List;

/**
 * Who said what: the speaker mention (resolved to {@code actor}), the cue, the message and
 * its form (direct, indirect, free_indirect, indirect_free_indirect, reported). {@code topic} is
 * what the statement is about where the cue's own phrases name it ("expressed optimism at a
 * bipartisan deal", "said it is skeptical about Iranian motives", "rejected accusations by the US"),
 * else null; analyses written before it existed read as null.
 */
public record StatementRecord(String id, Party speaker, Cue cue, Evidence quote, String form,
                              String medium, Party addressee, Party topic, String parent, Evidence sentence) {

    /**
     * A speaker, addressee or topic: the local mention and the canonical actor it refers to (a topic
     * names a thing as often as a party: then {@code actor} is null).
     */
    public record Party(String actor, int start, int end, String text) {
    }

    /** The same statement inside another ({@code parent} its id) or, with null, at the top level. */
    public StatementRecord withParent(String parent) {
        return new StatementRecord(id, speaker, cue, quote, form, medium, addressee, topic, parent, sentence);
    }

    /** Whom the statement addresses, else what it is about: the target an event coder reads from it. */
    public Party addresseeOrTopic() {
        return addressee != null ? addressee : topic;
    }

    /** The cue; discontinuous cues ("räumte … ein") list each part. */
    public record Cue(int start, int end, String text, String lemma, List<Evidence> parts) {
    }
}
