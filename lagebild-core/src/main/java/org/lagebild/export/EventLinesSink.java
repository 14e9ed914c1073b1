package org.lagebild.export;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import org.lagebild.model.EventRecord;
import org.lagebild.report.JsonOutput;
import org.lagebild.store.StoreScan;
import org.lagebild.store.StoredArticle;

/** Writes the events of each article as PLOVER JSON Lines or GDELT TSV rows, one line per event. */
public final class EventLinesSink implements StoreScan.ArticleSink {
    public enum Format {
        PLOVER, GDELT
    }

    private final Writer out;
    private final Format format;
    private final ObjectWriter json = JsonOutput.mapper().writer();
    private long events;

    public EventLinesSink(Writer out, Format format) {
        this.out = out;
        this.format = format;
    }

    @Override
    public void article(StoredArticle article) throws IOException {
        EventExport x = new EventExport(article);
        for (EventRecord e : x.events()) {
            if (format == Format.PLOVER) {
                // Jackson escapes control characters, so a record is always one line.
                out.write(json.writeValueAsString(x.plover(e)));
            } else {
                out.write(String.join("\t", x.gdelt(e)));
            }
            out.write('\n');
            events++;
        }
    }

    public long events() {
        return events;
    }
}
