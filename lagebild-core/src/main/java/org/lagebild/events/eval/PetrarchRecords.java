package org.lagebild.events.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.actors.registry.ActorRegistry;
import org.lagebild.actors.registry.Kind;

/**
 * Reader for the PETRARCH validation records (openeventdata/petrarch2 and UniversalPetrarch, MIT):
 * {@code <Sentence id category …>} followed by zero or more {@code <EventCoding eventcode sourcecode targetcode>},
 * or {@code <EventCoding noevents="True">}, and the {@code <Text>}. The files are not well-formed XML (self-closed
 * {@code <Sentence/>} tags closed again, {@code #} comment blocks), so they are read by pattern; commented-out
 * codings ({@code <!--EventCoding …-->}) are dropped first. Records whose coding is an expected error
 * ({@code error=…}), or with an empty text, are not usable and left out.
 */
public final class PetrarchRecords {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\s([^>]*)>");
    private static final Pattern CODING = Pattern.compile("<EventCoding\\s([^>]*?)/?>");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern DICTIONARY_ROW = Pattern.compile("(?m)^([A-Z][A-Z_ .'-]*?)\\s*\\[([A-Z]{3})\\]");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");

    private PetrarchRecords() {
    }

    /** One gold event: CAMEO code and the source and target actor codes as written ("USAGOV", "---CVL", "ARN"). */
    public record Coding(String cameo, String source, String target) {
    }

    /** A usable record: its gold events, none when {@code noEvent}. */
    public record Record(String id, String category, String text, List<Coding> codings, boolean noEvent) {
    }

    /** The usable records of one file's content. */
    public static List<Record> read(String content) {
        String s = COMMENT.matcher(content).replaceAll(" ");
        List<Record> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(s);
        List<int[]> starts = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
            heads.add(m.group(1));
        }
        for (int i = 0; i < starts.size(); i++) {
            String body = s.substring(starts.get(i)[1], i + 1 < starts.size() ? starts.get(i + 1)[0] : s.length());
            Matcher t = TEXT.matcher(body);
            boolean hasText = t.find();
            String text = hasText ? t.group(1).strip().replaceAll("\\s+", " ") : "";
            List<Coding> codings = new ArrayList<>();
            boolean noEvent = false;
            boolean error = false;
            Matcher c = CODING.matcher(hasText ? body.substring(0, t.start()) : body); // codings before the text
            while (c.find()) {
                String a = c.group(1);
                error |= attribute(a, "error") != null;
                noEvent |= "true".equalsIgnoreCase(attribute(a, "noevents"));
                String code = attribute(a, "eventcode");
                if (code != null) {
                    codings.add(new Coding(code, attribute(a, "sourcecode"), attribute(a, "targetcode")));
                }
            }
            if (!error && !text.isEmpty() && (noEvent != !codings.isEmpty())) {
                out.add(new Record(attribute(heads.get(i), "id"), attribute(heads.get(i), "category"), text,
                        List.copyOf(codings), noEvent));
            }
        }
        return out;
    }

    /**
     * The country a gold actor code names, when the registry can produce it: its first three letters are the
     * alpha-3 of a registry country that {@code real} accepts ("USAGOV" → USA, "NGAREB" → NGA). Codes of
     * organisations and groups ("IGOUNO", "IMGMUSISI"), of no country ("---CVL") and actors named in quotes give none.
     */
    public static Optional<String> country(String code, Predicate<String> real) {
        if (code == null || code.length() < 3 || code.startsWith("\"")) {
            return Optional.empty();
        }
        String iso = code.substring(0, 3).toUpperCase(Locale.ROOT);
        return ActorRegistry.get().byCode(iso).filter(e -> e.kind() == Kind.COUNTRY && real.test(iso)).map(e -> iso);
    }

    /**
     * The three-letter codes of an actor dictionary ({@code PETR.Validate.actors.txt}: "NAME [CODE]" lines) that mean
     * the registry's country of that alpha-3: a name of the code is the country's English name ("FRANCE [FRA]",
     * "UNITED_STATES [USA]"). The unit-test records invent states whose codes are real alpha-3 codes ("ERIADOR
     * [ERI]" is not Eritrea), so only these are compared there.
     */
    public static Set<String> realCountries(String dictionary) {
        Set<String> out = new HashSet<>();
        Matcher m = DICTIONARY_ROW.matcher(dictionary);
        while (m.find()) {
            String name = m.group(1).replace('_', ' ').strip().toLowerCase(Locale.ROOT);
            String code = m.group(2);
            ActorRegistry.get().byCode(code).filter(e -> e.kind() == Kind.COUNTRY && e.nameEn() != null
                    && e.nameEn().toLowerCase(Locale.ROOT).equals(name)).ifPresent(e -> out.add(code));
        }
        return out;
    }

    private static String attribute(String attributes, String name) {
        Matcher m = ATTRIBUTE.matcher(attributes);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                String v = m.group(2);
                v = v.substring(1, v.length() - 1);
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }
}
