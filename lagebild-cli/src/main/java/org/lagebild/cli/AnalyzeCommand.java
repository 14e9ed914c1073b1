package org.lagebild.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.model.Analysis;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.report.JsonOutput;
import org.lagebild.report.TextReport;
import org.lagebild.time.PublicationDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code lagebild analyze}: one report or JSON object per input document. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses news articles: actors with roles, statements (who said what), PLOVER events, "
                + "times and quantities, each with character offsets into the input text.",
                "Inputs: files, directories (*.txt, *.html, *.htm, *.md, *.jsonl), '-' for stdin, or --jsonl FILE."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all documents analysed", "1:some input failed or was skipped (messages on stderr)",
                "2:usage error"})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Text or HTML files, directories, or '-' for stdin.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--jsonl", paramLabel = "FILE",
            description = "JSON Lines input, one {\"id\",\"text\",\"lang\"?,\"date\"?,\"title\"?,\"url\"?} per line ('-' for stdin); output is JSON Lines in the same order.")
    String jsonl;

    @Option(names = "--date", paramLabel = "YYYY[-MM[-DD]]",
            description = "Publication date; overrides metadata and a leading 'date …' line. Relative times (\"am Mittwoch\") resolve only against a day.")
    String date;

    @Option(names = "--lang", paramLabel = "de|en", description = "Language of all inputs (default: detected per document).")
    String lang;

    @Option(names = "--format", paramLabel = "text|json|jsonl",
            description = "Output: readable report (default), JSON (the output contract), or JSON Lines "
                    + "(default with --jsonl).")
    String format;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + DocumentReader.DEFAULT_MAX_BYTES,
            description = "Largest accepted document in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    /** Standard input; replaceable for tests. */
    static java.io.InputStream stdin = System.in;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (format == null) {
            format = jsonl != null ? "jsonl" : "text";
        }
        java.io.PrintWriter err = spec.commandLine().getErr();
        if (!List.of("text", "json", "jsonl").contains(format)) {
            throw new ParameterException(spec.commandLine(), "--format must be text, json or jsonl, not '" + format + "'");
        }
        if (lang != null && !List.of("de", "en").contains(lang)) {
            throw new ParameterException(spec.commandLine(), "--lang must be de or en, not '" + lang + "'");
        }
        if (paths.isEmpty() && jsonl == null) {
            throw new ParameterException(spec.commandLine(), "no input: give a PATH, '-' for stdin, or --jsonl FILE");
        }
        DocumentReader.Builder rb = DocumentReader.builder().maxBytes(maxBytes).stdin(stdin);
        if (date != null) {
            PublicationDate pd = PublicationDate.parse(date).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--date must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + date + "'"));
            rb.date(pd);
        }
        DocumentReader reader = rb.build();
        Analyzer analyzer = new Analyzer();
        String fmt = jsonl != null && format.equals("json") ? "jsonl" : format;
        int failures = 0;
        int done = 0;
        List<Stream<DocumentReader.Result>> streams = new ArrayList<>();
        if (!paths.isEmpty()) {
            streams.add(reader.read(paths));
        }
        if (jsonl != null) {
            streams.add(jsonl.equals("-") ? reader.readJsonLines(stdin, "stdin") : reader.readJsonLines(Path.of(jsonl)));
        }
        boolean multi = paths.size() > 1 || jsonl != null || paths.stream().anyMatch(p -> Path.of(p).toFile().isDirectory());
        for (Stream<DocumentReader.Result> stream : streams) {
            for (DocumentReader.Result r : (Iterable<DocumentReader.Result>) stream::iterator) {
                if (!r.isOk()) {
                    failures++;
                    err.println("lagebild: " + r.error().getMessage());
                    continue;
                }
                var doc = lang != null ? r.document().withLang(lang) : r.document();
                try {
                    Analysis a = analyzer.analyze(doc);
                    done++;
                    switch (fmt) {
                        case "json" -> out.println(multi ? JsonOutput.line(a) : JsonOutput.pretty(a));
                        case "jsonl" -> out.println(JsonOutput.line(a));
                        default -> out.println(TextReport.render(a));
                    }
                    out.flush();
                } catch (Analyzer.UnsupportedLanguageException e) {
                    failures++;
                    err.println("lagebild: " + e.getMessage());
                    err.flush();
                } catch (RuntimeException | StackOverflowError | LinkageError e) {
                    failures++;
                    err.println("lagebild: " + doc.source() + ": analysis failed: " + e);
                }
            }
        }
        out.flush();
        if (multi && format.equals("text")) {
            err.printf("lagebild: %d analysed, %d failed or skipped%n", done, failures);
        }
        return failures == 0 ? 0 : 1;
    }

}
