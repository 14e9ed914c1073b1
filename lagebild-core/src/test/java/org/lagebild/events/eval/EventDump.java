package org.lagebild.events.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.lagebild.ingest.Document;
import org.lagebild.model.ActorRecord;
import org.lagebild.model.Analysis;
import org.lagebild.model.EventRecord;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.NlpPipeline;
import org.lagebild.nlp.Token;
import org.lagebild.pipeline.Analyzer;

/** Developer tool (not a test): parse, actor mentions and events of each English line of a file. */
public final class EventDump {
    public static void main(String[] args) throws Exception {
        Analyzer analyzer = new Analyzer();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank()) {
                continue;
            }
            System.out.println("# " + line);
            AnnotatedDocument d = NlpPipeline.forLanguage("en").annotate(line, line);
            for (Token t : d.tokens()) {
                System.out.printf("  %d %s %s %s %d %s%n", t.index(), t.text(), t.pos(), t.lemma(), t.head(), t.deprel());
            }
            Analysis a = analyzer.analyze(new Document("x", line, "en", null, null, null, "x"));
            for (ActorRecord ar : a.actors()) {
                System.out.printf("  ACTOR %s %s %s%n", ar.id(), ar.sector(),
                        ar.mentions().stream().map(m -> m.text() + "@" + m.start()).toList());
            }
            for (EventRecord e : a.events()) {
                System.out.printf("  EVENT %s/%s \"%s\" %s %s -> %s %s loc=%s%n", e.type(), e.cameo(), e.trigger().text(),
                        e.source(), e.sourceMentions().stream().map(m -> m.text()).toList(), e.target(),
                        e.targetMentions().stream().map(m -> m.text()).toList(), e.location());
            }
        }
    }
}
