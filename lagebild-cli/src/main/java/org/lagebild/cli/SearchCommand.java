package org.lagebild.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.lagebild.report.JsonOutput;
import org.lagebild.store.ArticleQuery;
import org.lagebild.store.Page;
import org.lagebild.store.StatementQuery;
import org.lagebild.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lagebild search}: full-text search over stored articles or statements, as JSON Lines. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the store and prints one JSON object per matching article (or statement) per line.",
                "QUERY uses Lucene syntax (words are ANDed; \"phrases\", OR, -exclusion, prefix*); "
                        + "German and English words match their inflected forms."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "QUERY", arity = "0..*",
            description = "Search words (joined by spaces); may be omitted with --statements --speaker.")
    List<String> words = List.of();

    @Option(names = "--statements", description = "Search the quotes of statements instead of article texts.")
    boolean statements;

    @Option(names = "--speaker", paramLabel = "ACTOR",
            description = "With --statements: only statements of this actor (id such as NATO or person:jens-stoltenberg, or name).")
    String speaker;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only articles published on or after this day.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only articles published on or before this day.")
    String to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Most results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Results to skip (default: 0).")
    int offset;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        String query = String.join(" ", words).strip();
        if (query.isEmpty() && !(statements && speaker != null)) {
            throw new ParameterException(spec.commandLine(), "no QUERY given");
        }
        if (speaker != null && !statements) {
            throw new ParameterException(spec.commandLine(), "--speaker needs --statements");
        }
        if (limit < 1 || limit > Page.MAX_LIMIT || offset < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1.." + Page.MAX_LIMIT + " and --offset >= 0");
        }
        Page page = Page.of(limit, offset);
        LocalDate f = day(spec, "--from", from);
        LocalDate t = day(spec, "--to", to);
        var json = JsonOutput.mapper();
        try (Store s = Store.open(store.config(spec))) {
            if (s.indexReadOnly()) {
                spec.commandLine().getErr().println("lagebild: the index is being written by another process; "
                        + "searching its last commit");
            }
            List<?> rows = statements
                    ? s.statements(new StatementQuery(speaker, query.isEmpty() ? null : query, f, t, page))
                    : s.articles(new ArticleQuery(query, f, t, page));
            for (Object row : rows) {
                out.println(json.writeValueAsString(row));
            }
        }
        out.flush();
        return 0;
    }

    /** A YYYY-MM-DD option value (null when absent); a usage error otherwise. */
    static LocalDate day(CommandSpec spec, String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + " must be YYYY-MM-DD, not '" + value + "'");
        }
    }
}
