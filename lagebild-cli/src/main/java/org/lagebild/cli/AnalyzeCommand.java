package org.lagebild.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.model.Analysis;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.report.JsonOutput;
import org.lagebild.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code lagebild analyze}: one report or JSON object per input document. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses news articles: actors with roles, statements (who said what), PLOVER events, "
                + "times and quantities, each with character offsets into the input text.",
                "Inputs: files, directories (*.txt, *.html, *.htm, *.md, *.jsonl, *.warc, *.warc.gz, *.rss, *.atom), "
                        + "'-' for stdin, --jsonl FILE, or RSS/Atom feeds (.xml files, --feed URL, --fetch for linked pages)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all documents analysed", "1:some input failed or was skipped (messages on stderr)",
                "2:usage error"})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    QuoteModelOption quoteModel;

    @Mixin
    EventModelOption eventModel;

    @Option(names = "--format", paramLabel = "text|json|jsonl",
            description = "Output: readable report (default), JSON (the output contract), or JSON Lines "
                    + "(default with --jsonl).")
    String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (format == null) {
            format = input.jsonl != null ? "jsonl" : "text";
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("text", "json", "jsonl").contains(format)) {
            throw new ParameterException(spec.commandLine(), "--format must be text, json or jsonl, not '" + format + "'");
        }
        Stream<DocumentReader.Result> inputs = input.open(spec);
        Analyzer analyzer = quoteModel.analyzer(spec, eventModel);
        String fmt = input.jsonl != null && format.equals("json") ? "jsonl" : format;
        int failures = 0;
        int done = 0;
        boolean multi = input.several();
        for (DocumentReader.Result r : (Iterable<DocumentReader.Result>) inputs::iterator) {
            if (!r.isOk()) {
                failures++;
                err.println("lagebild: " + r.error().getMessage());
                continue;
            }
            var doc = input.lang != null ? r.document().withLang(input.lang) : r.document();
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
        out.flush();
        if (multi && format.equals("text")) {
            err.printf("lagebild: %d analysed, %d failed or skipped%n", done, failures);
        }
        return failures == 0 ? 0 : 1;
    }
}
