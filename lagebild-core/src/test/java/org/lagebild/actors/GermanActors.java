package org.lagebild.actors;

import java.util.List;
import org.lagebild.model.ActorRecord;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Lemmatizer;
import org.lagebild.nlp.NlpPipeline;

/** Resolves the actors of a German test sentence and finds the one holding a mention. */
final class GermanActors {
    private GermanActors() {
    }

    static List<ActorRecord> actors(String text) {
        AnnotatedDocument doc = Lemmatizer.apply(NlpPipeline.forLanguage("de").annotate(text, text));
        return new ActorResolver(doc).resolve().records();
    }

    /** The actor holding the mention with exactly this text. */
    static ActorRecord holding(List<ActorRecord> as, String mention) {
        return as.stream().filter(a -> a.mentions().stream().anyMatch(m -> m.text().equals(mention))).findFirst()
                .orElseThrow(() -> new AssertionError(mention + " not a mention of " + as));
    }
}
