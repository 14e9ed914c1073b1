package org.lagebild.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.lagebild.time.PublicationDate;

/**
 * Extracts the main text and metadata of an HTML page. Readability4J picks the article body;
 * when it finds nothing, or the page is too deeply nested or too large for it (its run time
 * grows steeply with nesting), the whole body is used instead. Text is laid out as
 * blank-line-separated paragraphs, one per block element.
 */
final class HtmlExtractor {
    /** Readability4J takes seconds at depth ~500 and hangs on wide trees at that depth. */
    static final int MAX_READABILITY_DEPTH = 128;
    static final int MAX_READABILITY_ELEMENTS = 60_000;

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "dd",
            "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
            "td", "th", "tr", "ul");
    private static final String NON_CONTENT = "script, style, noscript, template, svg, nav, header, footer, "
            + "aside, form, button, iframe, object";

    record Extracted(String text, String title, PublicationDate date, String url, String lang) {
    }

    private HtmlExtractor() {
    }

    /** True when the text looks like an HTML document. */
    static boolean looksLikeHtml(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '<') {
            return false;
        }
        String head = text.substring(i, Math.min(text.length(), i + 1024)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.contains("<html");
    }

    static Extracted extract(String html, String source) throws InputException {
        org.jsoup.nodes.Document doc;
        try {
            doc = Jsoup.parse(html); // jsoup caps nesting depth and never throws on broken markup
        } catch (RuntimeException | StackOverflowError e) {
            throw new InputException(source, "unparseable HTML (" + e.getClass().getSimpleName() + ")");
        }
        String title = firstNonBlank(meta(doc, "property", "og:title"), doc.title());
        PublicationDate date = firstDate(meta(doc, "property", "article:published_time"),
                meta(doc, "name", "date"), meta(doc, "itemprop", "datePublished"),
                meta(doc, "name", "dc.date"), attr(doc, "time[datetime]", "datetime"));
        String url = firstNonBlank(attr(doc, "link[rel=canonical]", "href"), meta(doc, "property", "og:url"));
        String lang = primaryLanguage(doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang"));

        String text = "";
        try {
            text = readable(doc) ? readabilityText(html) : "";
            if (text.isBlank()) {
                text = bodyText(doc);
            }
        } catch (StackOverflowError e) {
            text = fallbackText(doc);
        } catch (RuntimeException e) { // Readability4J on odd markup
            text = bodyText(doc);
        }
        if (TextDecoder.isBlank(text)) {
            throw new InputException(source, "no text found in HTML");
        }
        return new Extracted(text, blankToNull(title), date, blankToNull(url), lang);
    }

    /** Text of an HTML fragment (a feed item's description or content), laid out like a page body. */
    static String fragmentText(String html) {
        try {
            return blockText(Jsoup.parseBodyFragment(html).body());
        } catch (RuntimeException | StackOverflowError e) {
            return "";
        }
    }

    private static boolean readable(org.jsoup.nodes.Document doc) {
        int[] stats = new int[2]; // element count, max depth
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element) {
                stats[0]++;
                stats[1] = Math.max(stats[1], depth);
            }
        }, doc);
        return stats[0] <= MAX_READABILITY_ELEMENTS && stats[1] <= MAX_READABILITY_DEPTH;
    }

    private static String readabilityText(String html) {
        // Readability4J mutates its document, so it gets its own parse.
        Article article = new Readability4J("", html).parse();
        Element content = article.getArticleContent();
        return content == null ? "" : blockText(content);
    }

    private static String bodyText(org.jsoup.nodes.Document doc) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        Element copy = body.clone();
        copy.select(NON_CONTENT).remove();
        String text = blockText(copy);
        return text.isBlank() ? blockText(body) : text;
    }

    /** Last resort after a StackOverflowError: jsoup's flat text. */
    private static String fallbackText(org.jsoup.nodes.Document doc) {
        try {
            return doc.text();
        } catch (StackOverflowError e) {
            return "";
        }
    }

    /**
     * Text of {@code root} with one paragraph per block element, paragraphs separated by a blank
     * line, whitespace inside a paragraph collapsed, {@code <br>} kept as a line break.
     * Uses jsoup's iterative traversal, so deep trees cannot overflow the stack.
     */
    static String blockText(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        current.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        flush(current, paragraphs);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, paragraphs);
                } else if (node instanceof Element e && (e.normalName().equals("td") || e.normalName().equals("th"))) {
                    current.append(' ');
                }
            }
        }, root);
        flush(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() == 0) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String line : current.toString().split("\n")) {
            String collapsed = line.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!collapsed.isEmpty()) {
                lines.add(collapsed);
            }
        }
        current.setLength(0);
        if (!lines.isEmpty()) {
            paragraphs.add(String.join("\n", lines));
        }
    }

    private static String meta(org.jsoup.nodes.Document doc, String attr, String value) {
        Element e = doc.selectFirst("meta[" + attr + "=" + value + "]");
        return e == null ? null : e.attr("content");
    }

    private static String attr(org.jsoup.nodes.Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.attr(attr);
    }

    private static PublicationDate firstDate(String... values) {
        for (String v : values) {
            var d = Dates.parse(v);
            if (d.isPresent()) {
                return d.get();
            }
        }
        return null;
    }

    /** The first value that is not null or blank, stripped; null if none. */
    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String primaryLanguage(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }
}
