package org.lagebild.statements.learn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lagebild.data.OptionalModels;

/**
 * Where the event models come from. The default model is bundled (trained only on the
 * Bundestag corpus, CC BY-SA 4.0); the model trained on the non-commercial news corpus
 * (CC BY-NC-SA 4.0) is a separate file that is not part of the library, found under
 * {@code models/quotes-news-nc/} in the working directory or next to the application.
 */
public final class QuoteModels {
    public static final String DEFAULT_RESOURCE = "org/lagebild/statements/models/event-model-parliament.tsv.gz";
    public static final Path NEWS_NC = Path.of("models", "quotes-news-nc", "event-model-news.tsv.gz");
    /** The keep/drop filter of the rules' quotations that goes with the news model (same licence), when present. */
    public static final Path NEWS_NC_FILTER = Path.of("models", "quotes-news-nc", "quote-filter-news.tsv.gz");

    private QuoteModels() {
    }

    /** The bundled default model, or null when the resource is absent. */
    public static EventModel bundled() throws IOException {
        try (InputStream in = QuoteModels.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            return in == null ? null : EventModel.read(in);
        }
    }

    public static EventModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return EventModel.read(in);
        }
    }

    /**
     * The separately shipped news keep/drop filter ({@code models/quotes-news-nc/quote-filter-news.tsv.gz} under {@code
     * base}), or an explanation: what {@code --quote-model news-nc} runs on the rules since session 20 — on today's rules
     * the filter alone scores above filter and event model (docs/EVALUATION.md, "Session 20, news quotations: the NC
     * path retrained").
     */
    public static QuoteFilter newsFilter(Path base) throws IOException {
        Path file = OptionalModels.require(base, NEWS_NC_FILTER, "the news-trained quotation filter (CC BY-NC-SA 4.0)",
                "train it with 'lagebild quotes train --corpus news --filter' (see models/quotes-news-nc/README.md) or use the rules");
        try (InputStream in = Files.newInputStream(file)) {
            return QuoteFilter.read(in);
        }
    }

    /** The separately shipped news model with its filter: {@code models/quotes-news-nc/…} under {@code base}, or an explanation. */
    public static EventModel newsNonCommercial(Path base) throws IOException {
        EventModel model = read(OptionalModels.require(base, NEWS_NC, "the news-trained quotation model (CC BY-NC-SA 4.0)",
                "train it with 'lagebild quotes train --corpus news' (see README) or use the default model"));
        Path filter = base.resolve(NEWS_NC_FILTER);
        if (!Files.isRegularFile(filter)) {
            return model;
        }
        try (InputStream in = Files.newInputStream(filter)) {
            return model.withFilter(QuoteFilter.read(in));
        }
    }
}
