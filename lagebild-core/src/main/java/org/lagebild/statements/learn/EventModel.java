package org.lagebild.statements.learn;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Sentence;
import org.lagebild.statements.CueLexicon;

/**
 * The learned part of quotation attribution: a greedy BIO cue tagger over every sentence, a
 * greedy BIO role tagger over a window of sentences around each cue (conditioned on the cue:
 * features are relative to the cue's head), and optional form and medium classifiers — all
 * averaged perceptrons whose features include the rule system's own output.
 *
 * <p>Training is deterministic: documents are shuffled per epoch with a fixed seed.
 */
public final class EventModel {
    private static final String FORMAT = "lagebild-event-model 1";

    /** Which roles are tagged, the sentence window around the cue, and whether form/medium are learned. */
    public record Config(String corpus, List<String> roles, int before, int after, boolean formAndMedium) {
        public Config {
            roles = List.copyOf(roles);
        }
    }

    private final Config config;
    private final Perceptron cues;
    private final Perceptron roles;
    private final Perceptron forms;
    private final Perceptron media;
    private final CueLexicon lexicon = CueLexicon.get();

    EventModel(Config config, Perceptron cues, Perceptron roles, Perceptron forms, Perceptron media) {
        this.config = config;
        this.cues = cues;
        this.roles = roles;
        this.forms = forms;
        this.media = media;
    }

    public Config config() {
        return config;
    }

    /** Trains for {@code epochs} passes; {@code progress} gets one line per epoch. */
    public static EventModel train(List<EventDoc> docs, Config config, int epochs, long seed, Consumer<String> progress) {
        Perceptron cues = new Perceptron(List.of("O", "B", "I"));
        List<String> roleLabels = new ArrayList<>(List.of("O"));
        for (String r : config.roles()) {
            roleLabels.add("B-" + r);
            roleLabels.add("I-" + r);
        }
        Perceptron roles = new Perceptron(roleLabels);
        Perceptron forms = config.formAndMedium() ? new Perceptron(labelsOf(docs, true)) : null;
        Perceptron media = config.formAndMedium() ? new Perceptron(labelsOf(docs, false)) : null;
        EventModel m = new EventModel(config, cues, roles, forms, media);
        Random random = new Random(seed);
        List<EventDoc> order = new ArrayList<>(docs);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            int[] errors = new int[2];
            for (EventDoc d : order) {
                m.trainDoc(d, errors);
            }
            progress.accept("epoch " + epoch + ": " + errors[0] + " cue-token errors, " + errors[1] + " role-token errors");
        }
        return new EventModel(config, cues.averaged().prune(1e-3f), roles.averaged().prune(1e-3f),
                forms == null ? null : forms.averaged().prune(1e-3f), media == null ? null : media.averaged().prune(1e-3f));
    }

    private static List<String> labelsOf(List<EventDoc> docs, boolean form) {
        TreeSet<String> out = new TreeSet<>();
        for (EventDoc d : docs) {
            for (Event e : d.gold()) {
                String l = form ? e.form() : e.medium();
                if (l != null) {
                    out.add(l);
                }
            }
        }
        if (out.isEmpty()) {
            out.add("none");
        }
        return List.copyOf(out);
    }

    private void trainDoc(EventDoc d, int[] errors) {
        AnnotatedDocument p = d.parse();
        EventFeatures fx = new EventFeatures(p, d.rules(), lexicon);
        String[] gold = cueLabels(p, d.gold());
        for (Sentence s : p.sentences()) {
            String prev = "O";
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                List<String> f = fx.cue(i, prev);
                int g = cues.label(gold[i]);
                int guess = cues.predict(f, allowedCue(prev));
                cues.update(f, g, guess);
                errors[0] += g == guess ? 0 : 1;
                prev = gold[i];
            }
        }
        for (Event e : d.gold()) {
            if (e.cue().isEmpty()) {
                continue;
            }
            Event rule = fx.ruleFor(e.cue());
            int head = e.cueHead(p);
            String cueLemma = EventFeatures.lemma(p.token(head));
            String prev = "O";
            for (int i : window(p, head)) {
                if (e.cue().contains(i)) {
                    prev = "O";
                    continue;
                }
                String g = "O";
                for (String r : config.roles()) {
                    if (e.role(r).contains(i)) {
                        g = (prev.equals("B-" + r) || prev.equals("I-" + r)) && i > 0 && e.role(r).contains(i - 1) ? "I-" + r : "B-" + r;
                        break;
                    }
                }
                List<String> f = fx.role(i, e.cue(), head, cueLemma, rule, prev);
                int gi = roles.label(g);
                int guess = roles.predict(f, allowedRole(prev));
                roles.update(f, gi, guess);
                errors[1] += gi == guess ? 0 : 1;
                prev = g;
            }
            if (forms != null && e.form() != null) {
                List<String> f = fx.event(e, rule);
                forms.update(f, forms.label(e.form()), forms.predict(f, null));
                if (e.medium() != null) {
                    media.update(f, media.label(e.medium()), media.predict(f, null));
                }
            }
        }
    }

    /** Predicted events of a parsed document (rule events are features). */
    public List<Event> predict(AnnotatedDocument p, List<Event> rules) {
        EventFeatures fx = new EventFeatures(p, rules, lexicon);
        List<SortedSet<Integer>> found = new ArrayList<>();
        for (Sentence s : p.sentences()) {
            String prev = "O";
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                String l = cues.labels().get(cues.predict(fx.cue(i, prev), allowedCue(prev)));
                if (l.equals("B")) {
                    found.add(new TreeSet<>());
                }
                if (!l.equals("O")) {
                    found.get(found.size() - 1).add(i);
                }
                prev = l;
            }
        }
        List<Event> out = new ArrayList<>();
        for (SortedSet<Integer> cue : found) {
            Event rule = fx.ruleFor(cue);
            Event shell = new Event(cue, Map.of(), null, null);
            int head = shell.cueHead(p);
            String cueLemma = EventFeatures.lemma(p.token(head));
            Map<String, SortedSet<Integer>> tagged = new TreeMap<>();
            String prev = "O";
            for (int i : window(p, head)) {
                if (cue.contains(i)) {
                    prev = "O";
                    continue;
                }
                String l = roles.labels().get(roles.predict(fx.role(i, cue, head, cueLemma, rule, prev), allowedRole(prev)));
                if (!l.equals("O")) {
                    tagged.computeIfAbsent(l.substring(2), k -> new TreeSet<>()).add(i);
                }
                prev = l;
            }
            Event e = new Event(cue, tagged, null, null);
            if (forms != null) {
                List<String> f = fx.event(e, rule);
                e = new Event(cue, tagged, forms.labels().get(forms.predict(f, null)), media.labels().get(media.predict(f, null)));
            }
            out.add(e);
        }
        return out;
    }

    private static String[] cueLabels(AnnotatedDocument p, List<Event> gold) {
        String[] out = new String[p.tokens().size()];
        java.util.Arrays.fill(out, "O");
        for (Event e : gold) {
            int prev = -2;
            for (int t : e.cue()) {
                if (out[t].equals("O")) {
                    out[t] = t == prev + 1 && p.token(t).sentence() == p.token(prev).sentence() ? "I" : "B";
                }
                prev = t;
            }
        }
        return out;
    }

    private boolean[] allowedCue(String prev) {
        return new boolean[] {true, true, !prev.equals("O")};
    }

    private boolean[] allowedRole(String prev) {
        List<String> labels = roles.labels();
        boolean[] ok = new boolean[labels.size()];
        for (int i = 0; i < ok.length; i++) {
            String l = labels.get(i);
            ok[i] = !l.startsWith("I-") || prev.length() > 2 && prev.substring(2).equals(l.substring(2));
        }
        return ok;
    }

    /** Token indices of the sentences around the cue's sentence. */
    private List<Integer> window(AnnotatedDocument p, int head) {
        int s = p.token(head).sentence();
        List<Sentence> all = p.sentences();
        int si = -1;
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).containsToken(head)) {
                si = k;
                break;
            }
        }
        List<Integer> out = new ArrayList<>();
        if (si < 0) {
            return out;
        }
        for (int k = Math.max(0, si - config.before()); k <= Math.min(all.size() - 1, si + config.after()); k++) {
            for (int i = all.get(k).firstToken(); i < all.get(k).endToken(); i++) {
                out.add(i);
            }
        }
        return out;
    }

    /** Role names of the two corpora that mean the same (news ↔ parliament). */
    private static final Map<String, String> NEWS_TO_PARLIAMENT = Map.of(
            "quote", "Message", "speaker", "Source", "addressee", "Addr", "cuepart", "PTC");

    /**
     * The event with its role names in the other corpus's scheme when the model was trained on
     * one corpus and is applied to the other; roles without a counterpart are dropped.
     */
    public Event inScheme(Event e, String corpus) {
        if (corpus.equals(config.corpus())) {
            return e;
        }
        Map<String, SortedSet<Integer>> out = new TreeMap<>();
        e.roles().forEach((name, tokens) -> {
            String mapped = corpus.equals("parliament") ? NEWS_TO_PARLIAMENT.get(name)
                    : NEWS_TO_PARLIAMENT.entrySet().stream().filter(x -> x.getValue().equals(name))
                            .map(Map.Entry::getKey).findFirst().orElse(null);
            if (mapped != null) {
                out.put(mapped, tokens);
            }
        });
        return new Event(e.cue(), out, e.form(), e.medium());
    }

    /** Writes the model as gzip-compressed text. */
    public void write(OutputStream out) throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
            w.write(FORMAT + "\n");
            w.write("corpus\t" + config.corpus() + "\n");
            w.write("roles\t" + String.join(",", config.roles()) + "\n");
            w.write("window\t" + config.before() + "\t" + config.after() + "\n");
            w.write("formAndMedium\t" + config.formAndMedium() + "\n");
            cues.write(w);
            roles.write(w);
            if (forms != null) {
                forms.write(w);
                media.write(w);
            }
        }
    }

    /** Reads what {@link #write} wrote. */
    public static EventModel read(InputStream in) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            if (!FORMAT.equals(r.readLine())) {
                throw new IOException("not a Lagebild event model");
            }
            String corpus = field(r, "corpus")[1];
            List<String> roleNames = List.of(field(r, "roles")[1].split(","));
            String[] window = field(r, "window");
            boolean fm = Boolean.parseBoolean(field(r, "formAndMedium")[1]);
            Config c = new Config(corpus, roleNames, Integer.parseInt(window[1]), Integer.parseInt(window[2]), fm);
            Perceptron cues = Perceptron.read(r);
            Perceptron roles = Perceptron.read(r);
            Perceptron forms = fm ? Perceptron.read(r) : null;
            Perceptron media = fm ? Perceptron.read(r) : null;
            return new EventModel(c, cues, roles, forms, media);
        }
    }

    private static String[] field(BufferedReader r, String name) throws IOException {
        String line = r.readLine();
        if (line == null || !line.startsWith(name + "\t")) {
            throw new IOException("model header: expected " + name);
        }
        return line.split("\t");
    }
}
