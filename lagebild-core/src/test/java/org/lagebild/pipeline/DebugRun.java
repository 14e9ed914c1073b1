package org.lagebild.pipeline;

import org.lagebild.ingest.Document;
import org.lagebild.report.TextReport;
import org.lagebild.time.PublicationDate;

/** Developer tool: analyses one sentence given on the command line (not a test). */
public final class DebugRun {
    public static void main(String[] args) throws Exception {
        String lang = args.length > 1 ? args[1] : "de";
        Document d = new Document("debug", args[0], lang, PublicationDate.parse("2022-01-12").orElseThrow(), null, null, "arg");
        System.out.println(TextReport.render(new Analyzer().analyze(d)));
    }
}
