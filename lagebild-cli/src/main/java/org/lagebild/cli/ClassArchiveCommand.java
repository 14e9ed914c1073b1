package org.lagebild.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.lagebild.ingest.Document;
import org.lagebild.ingest.DocumentReader;
import org.lagebild.model.Analysis;
import org.lagebild.pipeline.Analyzer;
import org.lagebild.report.JsonOutput;
import org.lagebild.report.TextReport;
import org.lagebild.server.ApiServer;
import org.lagebild.server.ServerConfig;
import org.lagebild.store.Ingester;
import org.lagebild.store.Store;
import org.lagebild.store.StoreConfig;
import org.lagebild.time.PublicationDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The launcher's class-archive run (hidden): what {@code analyze}, {@code ingest} and {@code serve} do, on two
 * short built-in articles (German and English) and a temporary store, so that the dynamic CDS archive the
 * launcher dumps at the end of this run ({@code -XX:ArchiveClassesAtExit}) holds the classes of all three.
 * An archive dumped by whichever {@code analyze} ran first held only what that run loaded (none of the store's
 * or server's classes; a few hundred classes after {@code analyze --help}), and {@code ingest} loaded ~1,700
 * classes from the jars on every start (docs/BENCHMARKS.md, session 15).
 */
@Command(name = "class-archive", hidden = true,
        description = "Analyses, stores and serves two built-in articles in a temporary store (the launcher runs this "
                + "once per build to write its class archive).")
final class ClassArchiveCommand implements Callable<Integer> {
    static final String GERMAN = "Nato-Generalsekretär Jens Stoltenberg sagte am Mittwoch in Brüssel, die Allianz sei "
            + "zu weiteren Gesprächen mit Russland bereit. Russland hat rund 100.000 Soldaten an der Grenze zur Ukraine "
            + "zusammengezogen. Der Kreml wies die Vorwürfe zurück. „Wir bedrohen niemanden“, sagte Sprecher Dmitri "
            + "Peskow.";
    static final String ENGLISH = "NATO Secretary General Jens Stoltenberg said on Wednesday in Brussels that the "
            + "alliance was ready for further talks with Russia. Russia has massed about 100,000 troops near the border "
            + "with Ukraine. The Kremlin rejected the accusations. \"We threaten no one,\" spokesman Dmitry Peskov said.";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException, Analyzer.UnsupportedLanguageException {
        PrintWriter err = spec.commandLine().getErr();
        PublicationDate date = PublicationDate.parse("2022-01-12").orElseThrow();
        List<Document> docs = List.of(
                new Document("class-archive-de", GERMAN, "de", date, "Nato-Russland-Rat", null, "class-archive-de"),
                new Document("class-archive-en", ENGLISH, "en", date, "NATO-Russia Council", null, "class-archive-en"));
        Analyzer analyzer = new Analyzer(QuoteModelOption.model(spec, "default"), null);
        for (Document d : docs) { // analyze's outputs
            Analysis a = analyzer.analyze(d);
            JsonOutput.line(a);
            TextReport.render(a);
        }
        Path dir = Files.createTempDirectory("lagebild-class-archive");
        int answered = 0;
        int requests = 0;
        Ingester.Summary summary;
        try (Store store = Store.open(StoreConfig.embedded(dir))) {
            summary = new Ingester(store, analyzer, 1, null, new PrintWriter(PrintWriter.nullWriter()), false)
                    .run(docs.stream().map(DocumentReader.Result::ok));
            ApiServer server = ApiServer.start(store, analyzer, ServerConfig.of("127.0.0.1", 0, null, null),
                    new PrintWriter(PrintWriter.nullWriter()));
            try {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + server.port();
                for (String path : paths(Store.articleId(GERMAN))) {
                    requests++;
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    answered += r.statusCode() == 200 ? 1 : 0;
                }
            } finally {
                server.close();
            }
        } finally {
            delete(dir);
        }
        err.printf("lagebild: class-archive run: %d analysed twice (analyze, ingest), %d stored, %d of %d requests "
                + "answered 200%n", docs.size(), summary.stored(), answered, requests);
        err.flush();
        return summary.stored() == docs.size() && answered == requests ? 0 : 1;
    }

    /** The dashboard and the read endpoints, with the parameters the dashboard sends. */
    static List<String> paths(String articleId) {
        String q = URLEncoder.encode("Stoltenberg", StandardCharsets.UTF_8);
        return List.of("/", "/openapi.json", "/api/articles?q=" + q + "&from=2022-01-01&to=2022-12-31",
                "/api/articles/" + articleId, "/api/statements?speaker=" + q + "&q=Russland",
                "/api/events?source=RUS&target=UKR", "/api/events?type=MOBILIZE&from=2022-01-01",
                "/api/actors?q=Nato", "/api/actors/NATO", "/api/series?source=NATO&target=RUS&interval=week",
                "/api/forums");
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
