package org.lagebild.statements.learn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.statements.CorpusPredictor;
import org.lagebild.statements.ParliamentPredictor;
import org.lagebild.statements.eval.ParliamentCorpus;

/** Trains an {@link EventModel} on a corpus folder (news or parliament format). */
public final class QuoteTrainer {
    /** Parliament roles in the order the tagger tries them. */
    public static final List<String> PARLIAMENT_ROLES = List.of("Source", "Message", "Addr", "Topic", "PTC", "Medium", "Evidence");
    public static final List<String> NEWS_ROLES = List.of("quote", "speaker", "addressee", "cuepart");
    public static final int EPOCHS = 8;
    public static final long SEED = 20231;

    private QuoteTrainer() {
    }

    public static EventModel.Config config(String corpus) {
        return switch (corpus) {
            case "parliament" -> new EventModel.Config("parliament", PARLIAMENT_ROLES, 1, 1, false);
            case "news" -> new EventModel.Config("news", NEWS_ROLES, 1, 2, true);
            default -> throw new IllegalArgumentException("unknown corpus " + corpus);
        };
    }

    /** Reads and parses (through the cache) every document of {@code dir} into training material. */
    public static List<EventDoc> load(String corpus, Path dir, Analyzer analyzer, ParseCache cache, Consumer<String> progress)
            throws IOException {
        List<EventDoc> out = new ArrayList<>();
        if (corpus.equals("parliament")) {
            ParliamentPredictor p = new ParliamentPredictor(analyzer, cache, null);
            var docs = ParliamentCorpus.readDirectory(dir);
            int n = 0;
            for (Map.Entry<String, ParliamentCorpus.Document> e : docs.entrySet()) {
                EventDoc d = p.eventDoc(e.getValue(), e.getKey());
                if (d != null) {
                    out.add(d);
                }
                progress.accept("read " + ++n + "/" + docs.size());
            }
        } else {
            CorpusPredictor p = new CorpusPredictor(analyzer, cache, null);
            ObjectMapper json = new ObjectMapper();
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
            }
            int n = 0;
            for (Path f : files) {
                out.add(p.eventDoc((ObjectNode) json.readTree(f.toFile()), f.getFileName().toString()));
                progress.accept("read " + ++n + "/" + files.size());
            }
        }
        return out;
    }

    /** Loads, trains with the fixed seed for {@code epochs} passes, returns the model. */
    public static EventModel train(String corpus, Path dir, Analyzer analyzer, ParseCache cache, int epochs,
                                   Consumer<String> progress) throws IOException {
        return EventModel.train(load(corpus, dir, analyzer, cache, progress), config(corpus), epochs, SEED, progress);
    }
}
