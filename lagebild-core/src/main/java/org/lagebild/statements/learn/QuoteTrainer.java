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

    /** The corpus's configuration with its default role decoder. */
    public static EventModel.Config config(String corpus) {
        return switch (corpus) {
            // cue valency counts: Topic/Addr vs Message per cue lemma and argument (docs/EVALUATION.md, session 13)
            case "parliament" -> new EventModel.Config("parliament", PARLIAMENT_ROLES, 1, 1, false).withValency(true);
            case "news" -> new EventModel.Config("news", NEWS_ROLES, 1, 2, true);
            default -> throw new IllegalArgumentException("unknown corpus " + corpus);
        };
    }

    /** The corpus's configuration with {@code decoder}, or its default one when null. */
    public static EventModel.Config config(String corpus, EventModel.RoleDecoder decoder) {
        EventModel.Config c = config(corpus);
        return decoder == null ? c : c.withRoleDecoder(decoder);
    }

    /** One training document: its file name, its corpus form (for prediction) and its training material. */
    private record Named(String name, Object source, EventDoc doc) {
    }

    /** Reads and parses (through the cache) every document of {@code dir} into training material. */
    public static List<EventDoc> load(String corpus, Path dir, Analyzer analyzer, ParseCache cache, Consumer<String> progress)
            throws IOException {
        return loadNamed(corpus, dir, analyzer, cache, progress).stream().map(Named::doc).toList();
    }

    private static List<Named> loadNamed(String corpus, Path dir, Analyzer analyzer, ParseCache cache, Consumer<String> progress)
            throws IOException {
        List<Named> out = new ArrayList<>();
        if (corpus.equals("parliament")) {
            ParliamentPredictor p = new ParliamentPredictor(analyzer, cache, null);
            var docs = ParliamentCorpus.readDirectory(dir);
            int n = 0;
            for (Map.Entry<String, ParliamentCorpus.Document> e : docs.entrySet()) {
                EventDoc d = p.eventDoc(e.getValue(), e.getKey());
                if (d != null) {
                    out.add(new Named(e.getKey(), e.getValue(), d));
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
                ObjectNode doc = (ObjectNode) json.readTree(f.toFile());
                String name = f.getFileName().toString();
                out.add(new Named(name, doc, p.eventDoc(doc, name)));
                progress.accept("read " + ++n + "/" + files.size());
            }
        }
        return out;
    }

    /**
     * K-fold cross-validation on a training folder: document i (in file-name order) is in fold
     * i mod {@code folds}; each fold is predicted by a model trained on the other folds with
     * {@code seeds} (several: their mean, {@link EventModel#mean}), and the predictions of all documents are written to {@code out} under
     * their own names, to be scored against {@code dir}. With the span decoder, {@code greedyOut}
     * (when not null) gets the same models' greedy role decoding, so that both are compared on
     * the same folds and cue taggers.
     */
    public static void crossValidate(String corpus, EventModel.RoleDecoder decoder, Path dir, Analyzer analyzer, ParseCache cache,
                                     int epochs, List<Long> seeds, int folds, Path out, Path greedyOut, Consumer<String> progress)
            throws IOException {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + folds);
        }
        List<Named> docs = loadNamed(corpus, dir, analyzer, cache, progress);
        Files.createDirectories(out);
        boolean both = greedyOut != null && config(corpus, decoder).roleDecoder() == EventModel.RoleDecoder.SPAN;
        if (both) {
            Files.createDirectories(greedyOut);
        }
        ObjectMapper json = new ObjectMapper();
        for (int fold = 0; fold < folds; fold++) {
            List<EventDoc> train = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (i % folds != fold) {
                    train.add(docs.get(i).doc());
                }
            }
            int f = fold;
            EventModel model = EventModel.train(train, config(corpus, decoder), epochs, seeds,
                    line -> progress.accept("fold " + (f + 1) + "/" + folds + " " + line));
            predictFold(corpus, docs, fold, folds, analyzer, cache, model, out, json);
            if (both) {
                predictFold(corpus, docs, fold, folds, analyzer, cache, model.greedy(), greedyOut, json);
            }
        }
    }

    private static void predictFold(String corpus, List<Named> docs, int fold, int folds, Analyzer analyzer, ParseCache cache,
                                    EventModel model, Path out, ObjectMapper json) throws IOException {
        Map<String, ParliamentCorpus.Document> speeches = new java.util.TreeMap<>();
        for (int i = fold; i < docs.size(); i += folds) {
            Named d = docs.get(i);
            if (corpus.equals("parliament")) {
                speeches.put(d.name(), new ParliamentPredictor(analyzer, cache, model)
                        .predict((ParliamentCorpus.Document) d.source(), d.name()));
            } else {
                json.writerWithDefaultPrettyPrinter().writeValue(out.resolve(d.name()).toFile(),
                        new CorpusPredictor(analyzer, cache, model).predict((ObjectNode) d.source(), d.name()));
            }
        }
        if (!speeches.isEmpty()) {
            ParliamentCorpus.writeDirectory(speeches, out);
        }
    }

    /**
     * Loads, trains with {@code seeds} (the recipe's is {@link #SEED}; several: the mean of one model per seed) for
     * {@code epochs} passes, returns the model ({@code decoder} null: the corpus's default).
     */
    public static EventModel train(String corpus, EventModel.RoleDecoder decoder, Path dir, Analyzer analyzer, ParseCache cache,
                                   int epochs, List<Long> seeds, Consumer<String> progress) throws IOException {
        return EventModel.train(load(corpus, dir, analyzer, cache, progress), config(corpus, decoder), epochs, seeds, progress);
    }
}
