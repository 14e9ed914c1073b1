package org.lagebild.model;

import java.util.List;

/**
 * Who said what: the speaker mention (resolved to {@code actor}), the cue, the message and
 * its form (direct, indirect, free_indirect, indirect_free_indirect, reported).
 */
public record StatementRecord(String id, Party speaker, Cue cue, Evidence quote, String form,
                              String medium, Party addressee, String parent, Evidence sentence) {

    /** A speaker or addressee: the local mention and the canonical actor it refers to. */
    public record Party(String actor, int start, int end, String text) {
    }

    /** The cue; discontinuous cues ("räumte … ein") list each part. */
    public record Cue(int start, int end, String text, String lemma, List<Evidence> parts) {
    }
}
