package org.lagebild.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.lagebild.time.PublicationDate;

/**
 * Reads RSS and Atom feeds with Rome: each item becomes a document with the item's title, link,
 * date (published, else updated; as a UTC day) and its content or description as text (HTML
 * converted like a page body). With {@code fetch}, the linked page is fetched instead and its
 * main text extracted; the page's own date then wins over the item's. DOCTYPEs are refused
 * (Rome's default), which rules out entity expansion attacks.
 */
final class FeedInput {
    private final DocumentReader reader;
    private final HttpFetcher fetcher;
    private final boolean fetch;
    private final Consumer<String> notices;

    FeedInput(DocumentReader reader, HttpFetcher fetcher, boolean fetch, Consumer<String> notices) {
        this.reader = reader;
        this.fetcher = fetcher;
        this.fetch = fetch;
        this.notices = notices;
    }

    /** True for {@code .rss}, {@code .atom} and {@code .xml} file names. */
    static boolean isFeed(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml");
    }

    /** A feed file. */
    Stream<DocumentReader.Result> readFile(Path file, String name) {
        try {
            return read(reader.readBytes(file, name), null, name);
        } catch (InputException e) {
            return Stream.of(DocumentReader.Result.failed(e));
        }
    }

    /** A feed at an http(s) URL. */
    Stream<DocumentReader.Result> readUrl(String url) {
        try {
            HttpFetcher.Fetched f = fetcher.fetch(url, url);
            return read(f.body(), f.contentType(), url);
        } catch (InputException e) {
            return Stream.of(DocumentReader.Result.failed(e));
        }
    }

    /** The items of a feed given as bytes; {@code contentType} is the HTTP header or null. */
    Stream<DocumentReader.Result> read(byte[] bytes, String contentType, String name) {
        SyndFeed feed;
        try {
            feed = parse(bytes, contentType);
        } catch (IOException | com.rometools.rome.io.FeedException | RuntimeException | StackOverflowError e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Stream.of(DocumentReader.Result.failed(new InputException(name,
                    "not an RSS or Atom feed (" + WarcInput.abbreviate(msg.replaceAll("\\s+", " ")) + ")")));
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            notices.accept(name + ": feed has no items");
            return Stream.empty();
        }
        notices.accept(name + ": " + entries.size() + " feed items" + (fetch ? ", fetching linked pages" : ""));
        return IntStream.range(0, entries.size()).mapToObj(i -> item(entries.get(i), i + 1, name));
    }

    static SyndFeed parse(byte[] bytes, String contentType) throws IOException, com.rometools.rome.io.FeedException {
        SyndFeedInput in = new SyndFeedInput();
        in.setAllowDoctypes(false);
        XmlReader xml = contentType == null ? new XmlReader(new ByteArrayInputStream(bytes), true)
                : new XmlReader(new ByteArrayInputStream(bytes), contentType, true);
        return in.build(xml);
    }

    private DocumentReader.Result item(SyndEntry e, int n, String feedName) {
        String source = feedName + " item " + n;
        try {
            String link = HtmlExtractor.firstNonBlank(e.getLink());
            String title = HtmlExtractor.firstNonBlank(e.getTitle());
            String id = HtmlExtractor.firstNonBlank(e.getUri(), link, feedName + "#" + n);
            PublicationDate date = day(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate());
            if (fetch) {
                if (link == null) {
                    throw new InputException(source, "item has no link to fetch");
                }
                HttpFetcher.Fetched page = fetcher.fetch(link, source);
                Document d = reader.fromHtml(page.body(), page.charset(), id, source, link, date);
                return DocumentReader.Result.ok(d.title() != null || title == null ? d
                        : new Document(d.id(), d.text(), d.lang(), d.date(), title, d.url(), d.source()));
            }
            String text = text(e);
            if (TextDecoder.isBlank(text)) {
                throw new InputException(source, "item has no text (--fetch reads the linked page)");
            }
            return DocumentReader.Result.ok(reader.finish(new Document(id, text, null, date, title, link, source)));
        } catch (InputException ex) {
            return DocumentReader.Result.failed(ex);
        } catch (RuntimeException | StackOverflowError ex) { // odd item content must not end the feed
            return DocumentReader.Result.failed(new InputException(source, "unreadable item ("
                    + ex.getClass().getSimpleName() + ")"));
        }
    }

    /** The item's full content when present, else its description, as plain text. */
    static String text(SyndEntry e) {
        for (SyndContent c : e.getContents()) {
            String t = contentText(c);
            if (!TextDecoder.isBlank(t)) {
                return t;
            }
        }
        return e.getDescription() == null ? "" : contentText(e.getDescription());
    }

    private static String contentText(SyndContent c) {
        String v = c.getValue();
        if (v == null) {
            return "";
        }
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        boolean markup = type.contains("html") || v.indexOf('<') >= 0 || v.indexOf('&') >= 0;
        return markup ? HtmlExtractor.fragmentText(v) : v.strip();
    }

    private static PublicationDate day(Date d) {
        if (d == null) {
            return null;
        }
        try {
            LocalDate l = d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            return new PublicationDate(l.getYear(), l.getMonthValue(), l.getDayOfMonth());
        } catch (RuntimeException e) { // a year PublicationDate does not accept
            return null;
        }
    }

}
