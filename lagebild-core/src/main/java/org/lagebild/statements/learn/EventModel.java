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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
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
 * features are relative to the cue's head; optionally a structured perceptron with Viterbi
 * decoding, {@link RoleDecoder}), and optional form and medium classifiers — all
 * averaged perceptrons whose features include the rule system's own output. An argument
 * classifier labels each role candidate of a cue as a whole (an argument subtree of the cue's
 * dependency tree, or a neighbouring sentence; {@link EventFeatures#arguments}); its decisions
 * are features of the role tagger, which is trained on the decisions of classifiers that did
 * not see the speech (stacking), so that it learns how far to trust them.
 *
 * <p>Training is deterministic: documents are shuffled per epoch with a fixed seed.
 */
public final class EventModel {
    private static final String FORMAT = "lagebild-event-model 1";

    /**
     * How role labels are chosen per run of tokens around a cue: GREEDY left to right with a
     * perceptron trained per token on the gold label history; VITERBI over the whole run with
     * a structured perceptron (Collins 2002) trained on its own best paths; REFINED decodes
     * with Viterbi too, but starts the structured training from the greedy tagger's averaged
     * weights ({@link #REFINE_EPOCHS} passes after the greedy ones); SPAN tags greedily, then
     * labels each role candidate of the cue as a whole (an argument subtree or a neighbouring
     * sentence) with a span classifier that sees the greedy tagger's labels over the span
     * ({@link EventFeatures#span}), and adds the role it gives a candidate the tagger left
     * without any role token; the candidates do not overlap.
     */
    public enum RoleDecoder {
        GREEDY, VITERBI, REFINED, SPAN;

        /** The decoder by its name, in any case (the model file and the command line write it in lower case). */
        public static RoleDecoder of(String name) {
            for (RoleDecoder d : values()) {
                if (d.name().equalsIgnoreCase(name)) {
                    return d;
                }
            }
            throw new IllegalArgumentException("unknown role decoder '" + name + "' (greedy, viterbi, refined or span)");
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Structured passes after the greedy ones for {@link RoleDecoder#REFINED}. */
    static final int REFINE_EPOCHS = 4;

    /**
     * Which roles are tagged, the sentence window around the cue, whether form/medium are
     * learned, how roles are decoded, and whether the role candidates' features include the
     * cue valency counts of the training speeches ({@link CueValency}).
     */
    public record Config(String corpus, List<String> roles, int before, int after, boolean formAndMedium, RoleDecoder roleDecoder,
                         boolean valency) {
        public Config {
            roles = List.copyOf(roles);
            Objects.requireNonNull(roleDecoder, "roleDecoder");
        }

        public Config(String corpus, List<String> roles, int before, int after, boolean formAndMedium) {
            this(corpus, roles, before, after, formAndMedium, RoleDecoder.GREEDY, false);
        }

        public Config withRoleDecoder(RoleDecoder d) {
            return new Config(corpus, roles, before, after, formAndMedium, d, valency);
        }

        public Config withValency(boolean v) {
            return new Config(corpus, roles, before, after, formAndMedium, roleDecoder, v);
        }
    }

    private final Config config;
    private final Perceptron cues;
    private final Perceptron roles;
    private final Perceptron forms;
    private final Perceptron media;
    /** The argument classifier whose decisions are features of the role tagger, or null. */
    private final Perceptron args;
    /** The span classifier of {@link RoleDecoder#SPAN}, or null. */
    private final Perceptron spans;
    /** The training speeches' cue valency counts (when the config asks for them), or null. */
    private final CueValency valency;
    private final CueLexicon lexicon = CueLexicon.get();
    /** The keep/drop decision applied to the rules' quotations before this model (a separate file), or null. */
    private final QuoteFilter filter;

    EventModel(Config config, Perceptron cues, Perceptron roles, Perceptron forms, Perceptron media, Perceptron args,
               Perceptron spans) {
        this(config, cues, roles, forms, media, args, spans, null);
    }

    EventModel(Config config, Perceptron cues, Perceptron roles, Perceptron forms, Perceptron media, Perceptron args,
               Perceptron spans, CueValency valency) {
        this(config, cues, roles, forms, media, args, spans, valency, null);
    }

    private EventModel(Config config, Perceptron cues, Perceptron roles, Perceptron forms, Perceptron media, Perceptron args,
                       Perceptron spans, CueValency valency, QuoteFilter filter) {
        this.filter = filter;
        this.config = config;
        this.valency = valency;
        this.args = args;
        this.spans = spans;
        this.cues = cues;
        this.roles = roles;
        this.forms = forms;
        this.media = media;
    }

    public Config config() {
        return config;
    }

    /** The same model with the quotation filter that goes before it (news). */
    public EventModel withFilter(QuoteFilter f) {
        return new EventModel(config, cues, roles, forms, media, args, spans, valency, f);
    }

    /** The keep/drop filter for the rules' quotations that goes with this model, or null. */
    public QuoteFilter filter() {
        return filter;
    }

    /** The filter to apply before {@code model} (either may be null): the one given, else the model's own, or null. */
    public static QuoteFilter filter(EventModel model, QuoteFilter given) {
        return given != null ? given : model != null ? model.filter() : null;
    }

    /** Trains for {@code epochs} passes; {@code progress} gets one line per epoch. */
    public static EventModel train(List<EventDoc> docs, Config config, int epochs, long seed, Consumer<String> progress) {
        return train(docs, config, epochs, seed, true, progress);
    }

    /**
     * Trains one model per seed and returns their mean ({@link #mean}); one seed gives that
     * seed's model unchanged.
     */
    public static EventModel train(List<EventDoc> docs, Config config, int epochs, List<Long> seeds, Consumer<String> progress) {
        if (seeds.size() == 1) {
            return train(docs, config, epochs, seeds.get(0), progress);
        }
        List<EventModel> models = new ArrayList<>();
        for (long seed : seeds) {
            EventModel m = train(docs, config, epochs, seed, line -> progress.accept("seed " + seed + " " + line));
            // as written and read back (weights rounded to the file's four digits), so the mean is the
            // same whether the seeds' models are averaged here or from their files
            try {
                java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
                m.write(file);
                models.add(read(new java.io.ByteArrayInputStream(file.toByteArray())));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return mean(models);
    }

    /**
     * The mean of models trained on the same speeches with the same config but other seeds (the
     * training order): each perceptron's weights averaged, so one model scores as the ensemble
     * of the linear scores. The valency counts do not depend on the seed and are the first's.
     */
    public static EventModel mean(List<EventModel> models) {
        EventModel first = models.get(0);
        for (EventModel m : models) {
            if (!m.config.equals(first.config)) {
                throw new IllegalArgumentException("models of different configs cannot be averaged");
            }
        }
        return new EventModel(first.config, meanOf(models, m -> m.cues), meanOf(models, m -> m.roles),
                meanOf(models, m -> m.forms), meanOf(models, m -> m.media), meanOf(models, m -> m.args),
                meanOf(models, m -> m.spans), first.valency);
    }

    private static Perceptron meanOf(List<EventModel> models, java.util.function.Function<EventModel, Perceptron> part) {
        return part.apply(models.get(0)) == null ? null : Perceptron.mean(models.stream().map(part).toList());
    }

    /** The same model with greedy role decoding and without the span classifier (what {@link RoleDecoder#SPAN} starts from). */
    public EventModel greedy() {
        return new EventModel(config.withRoleDecoder(RoleDecoder.GREEDY), cues, roles, forms, media, args, null, valency);
    }

    /** Trains; without {@code cuesToo} only the role side (the held-out taggers whose labels the span classifier learns from). */
    private static EventModel train(List<EventDoc> docs, Config config, int epochs, long seed, boolean cuesToo, Consumer<String> progress) {
        Perceptron cues = new Perceptron(List.of("O", "B", "I", "C"));
        List<String> roleLabels = new ArrayList<>(List.of("O"));
        for (String r : config.roles()) {
            roleLabels.add("B-" + r);
            roleLabels.add("I-" + r);
        }
        Perceptron roles = new Perceptron(roleLabels);
        Perceptron forms = config.formAndMedium() ? new Perceptron(labelsOf(docs, true)) : null;
        Perceptron media = config.formAndMedium() ? new Perceptron(labelsOf(docs, false)) : null;
        Valency val = config.valency() ? Valency.count(docs, config) : Valency.NONE;
        // the role tagger learns from the argument classifier's decisions on speeches it was not trained on
        Perceptron args = trainArguments(docs, config, roleLabels, epochs, seed, val);
        Map<EventDoc, Perceptron> heldOut = heldOutArguments(docs, config, roleLabels, epochs, seed, val, progress);
        EventModel m = new EventModel(config, cues, roles, forms, media, args, null, val.all());
        Random random = new Random(seed);
        List<EventDoc> order = new ArrayList<>(docs);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            int[] errors = new int[2];
            for (EventDoc d : order) {
                m.trainDoc(d, val.features(d), errors, heldOut.get(d), cuesToo, config.roleDecoder() == RoleDecoder.VITERBI);
            }
            progress.accept("epoch " + epoch + ": " + errors[0] + " cue-token errors, " + errors[1] + " role-token errors");
        }
        if (config.roleDecoder() == RoleDecoder.REFINED) {
            // structured passes from the greedy tagger's averaged weights, averaged over these passes only
            roles = roles.averaged().trainable();
            EventModel r = new EventModel(config, cues, roles, forms, media, args, null, val.all());
            for (int epoch = 1; epoch <= REFINE_EPOCHS; epoch++) {
                Collections.shuffle(order, random);
                int[] errors = new int[2];
                for (EventDoc d : order) {
                    r.trainDoc(d, val.features(d), errors, heldOut.get(d), false, true);
                }
                progress.accept("structured epoch " + epoch + ": " + errors[1] + " role-token errors");
            }
        }
        Perceptron spans = config.roleDecoder() == RoleDecoder.SPAN ? trainSpans(docs, config, roleLabels, epochs, seed, val, progress) : null;
        return new EventModel(config, cues.averaged().prune(1e-3f), roles.averaged().prune(1e-3f),
                forms == null ? null : forms.averaged().prune(1e-3f), media == null ? null : media.averaged().prune(1e-3f), args, spans,
                val.all());
    }

    /**
     * The cue valency counts of a set of training speeches: all of them (for the model) and
     * per speech its own, which the speech's training features leave out.
     */
    private record Valency(CueValency all, Map<EventDoc, CueValency> own) {
        static final Valency NONE = new Valency(null, Map.of());

        static Valency count(List<EventDoc> docs, Config config) {
            List<String> labels = new ArrayList<>(config.roles());
            labels.add("O");
            CueValency.Counter all = new CueValency.Counter(labels);
            Map<EventDoc, CueValency> own = new java.util.IdentityHashMap<>();
            CueLexicon lexicon = CueLexicon.get();
            for (EventDoc d : docs) {
                CueValency.Counter mine = new CueValency.Counter(labels);
                EventFeatures fx = new EventFeatures(d.parse(), d.rules(), lexicon);
                for (Event e : d.gold()) {
                    if (e.cue().isEmpty()) {
                        continue;
                    }
                    int head = e.cueHead(d.parse());
                    for (EventFeatures.Argument a : fx.arguments(e.cue(), head, window(config, d.parse(), head))) {
                        String l = argumentLabel(config, fx, a, e);
                        String label = l.equals("O") ? "O" : l.substring(2);
                        EventFeatures.ValencyKeys k = fx.valencyKeys(a, head);
                        for (CueValency.Counter c : List.of(all, mine)) {
                            c.add(k.cue(), k.arg(), label);
                            if (k.word() != null) {
                                c.add(k.cue(), k.word(), label);
                            }
                        }
                    }
                }
                own.put(d, mine.build());
            }
            return new Valency(all.build(), own);
        }

        /** The features of training speech {@code d}: with the counts of the other speeches. */
        EventFeatures features(EventDoc d) {
            return new EventFeatures(d.parse(), d.rules(), CueLexicon.get(), all == null ? null : all.without(own.get(d)));
        }
    }

    /** Folds of the greedy taggers whose held-out labels the span classifier is trained on. */
    private static final int SPAN_FOLDS = 4;

    /**
     * The span classifier: one decision per role candidate of a gold cue, role or O, with the
     * labels of a greedy tagger that did not see the speech as features (document i is tagged
     * by the tagger trained without fold i mod {@link #SPAN_FOLDS}; at prediction time the
     * tagger trained on all speeches labels).
     */
    private static Perceptron trainSpans(List<EventDoc> docs, Config config, List<String> labels, int epochs, long seed,
                                         Valency val, Consumer<String> progress) {
        Config greedy = config.withRoleDecoder(RoleDecoder.GREEDY);
        // per document and gold event the held-out tagger's role per token (computed once, the features per epoch)
        Map<EventDoc, List<Map<Integer, String>>> votes = new java.util.IdentityHashMap<>();
        for (int fold = 0; fold < SPAN_FOLDS; fold++) {
            List<EventDoc> rest = outsideFold(docs, fold, SPAN_FOLDS);
            int f = fold;
            EventModel tagger = train(rest, greedy, epochs, seed, false,
                    line -> progress.accept("span fold " + (f + 1) + "/" + SPAN_FOLDS + " " + line));
            for (int i = fold; i < docs.size(); i += SPAN_FOLDS) {
                EventDoc d = docs.get(i);
                // the held-out tagger reads its own speeches' counts, as at prediction time
                EventFeatures fx = tagger.features(d.parse(), d.rules());
                List<Map<Integer, String>> perEvent = new ArrayList<>();
                for (Event e : d.gold()) {
                    perEvent.add(e.cue().isEmpty() ? Map.of() : tokenRoles(tagger.tagRoles(fx, d.parse(), e.cue(), e.cueHead(d.parse()))));
                }
                votes.put(d, perEvent);
            }
        }
        return trainCandidates(docs, config, labels, epochs, seed, val,
                (fx, d, k, a, head, cueLemma, rule) -> unparsed(d.parse(), a, head) ? null : fx.span(a, head, cueLemma, rule, votes.get(d).get(k)));
    }

    /** The features of candidate {@code a} of gold event {@code k} of {@code d}, or null to skip it. */
    private interface CandidateFeatures {
        List<String> of(EventFeatures fx, EventDoc d, int k, EventFeatures.Argument a, int head, String cueLemma, Event rule);
    }

    /** An averaged perceptron over the role candidates of the gold cues (gold label: {@link #argumentLabel}). */
    private static Perceptron trainCandidates(List<EventDoc> docs, Config config, List<String> labels, int epochs, long seed,
                                              Valency val, CandidateFeatures features) {
        Perceptron p = new Perceptron(labels);
        Random random = new Random(seed);
        List<EventDoc> order = new ArrayList<>(docs);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            for (EventDoc d : order) {
                EventFeatures fx = val.features(d);
                for (int k = 0; k < d.gold().size(); k++) {
                    Event e = d.gold().get(k);
                    if (e.cue().isEmpty()) {
                        continue;
                    }
                    int head = e.cueHead(d.parse());
                    String cueLemma = EventFeatures.lemma(d.parse().token(head));
                    Event rule = fx.ruleFor(e.cue());
                    for (EventFeatures.Argument a : fx.arguments(e.cue(), head, window(config, d.parse(), head))) {
                        List<String> f = features.of(fx, d, k, a, head, cueLemma, rule);
                        if (f != null) {
                            p.update(f, p.label(argumentLabel(config, fx, a, e)), p.predict(f, null));
                        }
                    }
                }
            }
        }
        return p.averaged().prune(1e-3f);
    }

    /**
     * A candidate in the cue's own sentence outside the cue's tree: the sentence was not parsed
     * (the parse selector leaves sentences without candidate words unparsed), so the candidate is
     * the whole sentence and no span; the tagger's labels stand there.
     */
    private static boolean unparsed(AnnotatedDocument p, EventFeatures.Argument a, int head) {
        return a.node() < 0 && p.token(a.tokens().get(0)).sentence() == p.token(head).sentence();
    }

    /** Per token its role in {@code tagged}. */
    private static Map<Integer, String> tokenRoles(Map<String, SortedSet<Integer>> tagged) {
        Map<Integer, String> out = new java.util.HashMap<>();
        tagged.forEach((r, toks) -> toks.forEach(t -> out.put(t, r)));
        return out;
    }

    /** The documents not in {@code fold} (document i is in fold i mod {@code folds}). */
    private static List<EventDoc> outsideFold(List<EventDoc> docs, int fold, int folds) {
        List<EventDoc> rest = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if (i % folds != fold) {
                rest.add(docs.get(i));
            }
        }
        return rest;
    }

    /** Folds of the argument classifier whose held-out decisions the role tagger is trained on. */
    private static final int FOLDS = 4;

    /** Per training document the argument classifier trained on the other folds (document i is in fold i mod FOLDS). */
    private static Map<EventDoc, Perceptron> heldOutArguments(List<EventDoc> docs, Config config, List<String> labels, int epochs,
                                                             long seed, Valency val, Consumer<String> progress) {
        Map<EventDoc, Perceptron> out = new java.util.IdentityHashMap<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<EventDoc> rest = outsideFold(docs, fold, FOLDS);
            Perceptron a = trainArguments(rest, config, labels, epochs, seed, val);
            for (int i = fold; i < docs.size(); i += FOLDS) {
                out.put(docs.get(i), a);
            }
            progress.accept("argument classifier, fold " + (fold + 1) + "/" + FOLDS);
        }
        return out;
    }

    /**
     * The argument classifier: one decision per role candidate of a gold cue (an argument
     * subtree or a neighbouring sentence, {@link EventFeatures#arguments}), role or O.
     */
    private static Perceptron trainArguments(List<EventDoc> docs, Config config, List<String> labels, int epochs, long seed,
                                             Valency val) {
        return trainCandidates(docs, config, labels, epochs, seed, val, (fx, d, k, a, head, cueLemma, rule) -> fx.argument(a, head, cueLemma, rule));
    }

    /** Per window token the argument classifier's role for its candidate ("O" for none; "punct|" + role at a candidate's edge). */
    private static Map<Integer, String> argumentLabels(Perceptron args, EventFeatures fx, Set<Integer> cue, int head,
                                                       String cueLemma, Event rule, List<Integer> window) {
        Map<Integer, String> out = new java.util.HashMap<>();
        for (EventFeatures.Argument a : fx.arguments(cue, head, window)) {
            String l = args.labels().get(args.predict(fx.argument(a, head, cueLemma, rule), null));
            String r = l.equals("O") ? "O" : l.substring(2);
            for (int t : a.tokens()) {
                out.put(t, "punct|" + r);
            }
            for (int t : fx.trimmed(a)) {
                out.put(t, r);
            }
        }
        return out;
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

    /**
     * A sequence to tag: per position the features without and with the previous label (and
     * the position of the first token of the latest B of the sequence, or -1).
     */
    interface Sequence {
        int size();

        List<String> fixed(int k);

        List<String> withPrev(int k, String prev, int open);
    }

    /** The cue sequence of one sentence. */
    private static Sequence cueSequence(EventFeatures fx, Sentence s) {
        int first = s.firstToken();
        List<List<String>> fixed = new ArrayList<>();
        for (int i = first; i < s.endToken(); i++) {
            fixed.add(fx.cueFixed(i));
        }
        return new Sequence() {
            public int size() {
                return fixed.size();
            }

            public List<String> fixed(int k) {
                return fixed.get(k);
            }

            public List<String> withPrev(int k, String prev, int open) {
                return fx.cuePrev(first + k, prev, open < 0 ? -1 : first + open);
            }
        };
    }

    /** The role sequences around a cue: runs of the window's tokens between cue tokens (the label history restarts after a cue token). */
    private List<int[]> roleRuns(AnnotatedDocument p, Set<Integer> cue, int head) {
        List<int[]> runs = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int i : window(config, p, head)) {
            if (cue.contains(i)) {
                if (!run.isEmpty()) {
                    runs.add(run.stream().mapToInt(Integer::intValue).toArray());
                    run = new ArrayList<>();
                }
                continue;
            }
            run.add(i);
        }
        if (!run.isEmpty()) {
            runs.add(run.stream().mapToInt(Integer::intValue).toArray());
        }
        return runs;
    }

    private static Sequence roleSequence(EventFeatures fx, int[] tokens, Set<Integer> cue, int head, String cueLemma, Event rule,
                                         Map<Integer, String> stacked) {
        List<EventFeatures.RoleToken> toks = new ArrayList<>(tokens.length);
        for (int i : tokens) {
            toks.add(fx.roleToken(i, cue, head, cueLemma, rule, stacked == null ? null : stacked.getOrDefault(i, "O")));
        }
        return new Sequence() {
            public int size() {
                return toks.size();
            }

            public List<String> fixed(int k) {
                return toks.get(k).fixed();
            }

            public List<String> withPrev(int k, String prev, int open) {
                return EventFeatures.withPrev(toks.get(k), prev);
            }
        };
    }

    /**
     * Labels of a sequence, greedy left to right; I-x only after B-x or I-x. (Viterbi decoding
     * over the same locally trained scores was measured and lowered parliament dev role F1 from
     * 58.8 to 38.7: the previous-label weights learned with gold histories make long spans win;
     * {@link #viterbi} is for weights trained with it, {@link #trainStructured}.)
     */
    static int[] decode(Perceptron model, Sequence seq) {
        List<String> labels = model.labels();
        int[] out = new int[seq.size()];
        String prev = "O";
        int open = -1;
        for (int k = 0; k < out.length; k++) {
            float[] s = model.scores(seq.fixed(k));
            add(s, model.scores(seq.withPrev(k, prev, open)));
            out[k] = best(s, allowed(labels, prev, open >= 0));
            prev = labels.get(out[k]);
            open = prev.equals("B") ? k : open;
        }
        return out;
    }

    private static void add(float[] into, float[] s) {
        for (int i = 0; i < into.length; i++) {
            into[i] += s[i];
        }
    }

    private static int best(float[] s, boolean[] ok) {
        int best = -1;
        for (int i = 0; i < s.length; i++) {
            if ((ok == null || ok[i]) && (best < 0 || s[i] > s[best])) {
                best = i;
            }
        }
        return best;
    }

    /**
     * BIO constraint: I-x (or I for cues) only after B-x or I-x; C (a cue's discontinuous
     * continuation) only after a B earlier in the sentence ({@code open}).
     */
    private static boolean[] allowed(List<String> labels, String prev, boolean open) {
        boolean[] ok = new boolean[labels.size()];
        String prevType = prev.length() > 2 ? prev.substring(2) : prev.equals("O") ? null : "";
        for (int i = 0; i < ok.length; i++) {
            String l = labels.get(i);
            if (l.equals("I")) {
                ok[i] = !prev.equals("O");
            } else if (l.equals("C")) {
                ok[i] = open;
            } else {
                ok[i] = !l.startsWith("I-") || l.substring(2).equals(prevType);
            }
        }
        return ok;
    }

    /**
     * The best label path of a role sequence under first-order scores (a position's fixed
     * features plus its features conjoined with the previous label, whose weights per label
     * are the label-pair features) and the BIO constraint of {@link #allowed}; the path starts
     * after "O". Ties go to the lowest label index. O(n · labels²) score additions, n · labels
     * feature lookups for the previous-label part.
     */
    static int[] viterbi(Perceptron model, Sequence seq) {
        List<String> labels = model.labels();
        int n = seq.size();
        int m = labels.size();
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        boolean[][] ok = new boolean[m + 1][];
        for (int p = 0; p < m; p++) {
            ok[p] = allowed(labels, labels.get(p), false);
        }
        ok[m] = allowed(labels, "O", false); // the start state
        float[] best = null;
        int[][] back = new int[n][m];
        for (int k = 0; k < n; k++) {
            float[] fixed = model.scores(seq.fixed(k));
            float[] next = new float[m];
            Arrays.fill(next, Float.NEGATIVE_INFINITY);
            // the previous state: the start (index m) at the first position, else every reachable label
            for (int p = k == 0 ? m : 0; p < (k == 0 ? m + 1 : m); p++) {
                if (k > 0 && best[p] == Float.NEGATIVE_INFINITY) {
                    continue;
                }
                float[] w = model.scores(seq.withPrev(k, p == m ? "O" : labels.get(p), -1));
                float base = k == 0 ? 0 : best[p];
                for (int y = 0; y < m; y++) {
                    float v = base + fixed[y] + w[y];
                    if (ok[p][y] && v > next[y]) {
                        next[y] = v;
                        back[k][y] = p;
                    }
                }
            }
            best = next;
        }
        int y = 0;
        for (int l = 1; l < m; l++) {
            y = best[l] > best[y] ? l : y;
        }
        for (int k = n - 1; k >= 0; k--) {
            out[k] = y;
            y = back[k][y];
        }
        return out;
    }

    /**
     * One structured-perceptron step over a role sequence: decode with {@link #viterbi}, and
     * when the path differs from gold, reward the gold path's features and penalise the
     * guessed path's at the positions where label or previous label differ. Returns the number
     * of wrongly labelled positions.
     */
    static int trainStructured(Perceptron model, Sequence seq, int[] gold) {
        int[] guess = viterbi(model, seq);
        List<String> labels = model.labels();
        List<List<String>> goldF = new ArrayList<>();
        List<List<String>> guessF = new ArrayList<>();
        List<Integer> goldL = new ArrayList<>();
        List<Integer> guessL = new ArrayList<>();
        int errors = 0;
        for (int k = 0; k < gold.length; k++) {
            errors += gold[k] == guess[k] ? 0 : 1;
            String gp = k == 0 ? "O" : labels.get(gold[k - 1]);
            String pp = k == 0 ? "O" : labels.get(guess[k - 1]);
            if (gold[k] == guess[k] && gp.equals(pp)) {
                continue;
            }
            List<String> fixed = seq.fixed(k);
            List<String> g = new ArrayList<>(fixed);
            g.addAll(seq.withPrev(k, gp, -1));
            List<String> p = new ArrayList<>(fixed);
            p.addAll(seq.withPrev(k, pp, -1));
            goldF.add(g);
            goldL.add(gold[k]);
            guessF.add(p);
            guessL.add(guess[k]);
        }
        // a correct sequence (nothing to update) still counts as a step of the average
        model.updateSequence(goldF, goldL.stream().mapToInt(Integer::intValue).toArray(), guessF,
                guessL.stream().mapToInt(Integer::intValue).toArray());
        return errors;
    }

    /** One training pass over a sequence (gold label history); returns the number of wrongly labelled positions. */
    private static int train(Perceptron model, Sequence seq, int[] gold) {
        List<String> labels = model.labels();
        int errors = 0;
        String prev = "O";
        int open = -1;
        for (int k = 0; k < gold.length; k++) {
            List<String> f = new ArrayList<>(seq.fixed(k));
            f.addAll(seq.withPrev(k, prev, open));
            int guess = model.predict(f, allowed(labels, prev, open >= 0));
            model.update(f, gold[k], guess);
            errors += gold[k] == guess ? 0 : 1;
            prev = labels.get(gold[k]);
            open = prev.equals("B") ? k : open;
        }
        return errors;
    }

    /** One pass over a document: the cue tagger (when {@code cuesToo}) and the role tagger, greedy or {@code structured}. */
    private void trainDoc(EventDoc d, EventFeatures fx, int[] errors, Perceptron heldOutArgs, boolean cuesToo, boolean structured) {
        AnnotatedDocument p = d.parse();
        String[] gold = cueLabels(p, d.gold());
        for (Sentence s : cuesToo ? p.sentences() : List.<Sentence>of()) {
            int[] g = new int[s.endToken() - s.firstToken()];
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                g[i - s.firstToken()] = cues.label(gold[i]);
            }
            errors[0] += train(cues, cueSequence(fx, s), g);
        }
        for (Event e : d.gold()) {
            if (e.cue().isEmpty()) {
                continue;
            }
            Event rule = fx.ruleFor(e.cue());
            int head = e.cueHead(p);
            String cueLemma = EventFeatures.lemma(p.token(head));
            Map<Integer, String> stk = heldOutArgs == null ? null
                    : argumentLabels(heldOutArgs, fx, e.cue(), head, cueLemma, rule, window(config, p, head));
            for (int[] run : roleRuns(p, e.cue(), head)) {
                int[] g = new int[run.length];
                String prev = "O";
                for (int k = 0; k < run.length; k++) {
                    int i = run[k];
                    String l = "O";
                    for (String r : config.roles()) {
                        if (e.role(r).contains(i)) {
                            l = (prev.equals("B-" + r) || prev.equals("I-" + r)) && k > 0 && e.role(r).contains(i - 1) ? "I-" + r : "B-" + r;
                            break;
                        }
                    }
                    g[k] = roles.label(l);
                    prev = l;
                }
                Sequence seq = roleSequence(fx, run, e.cue(), head, cueLemma, rule, stk);
                errors[1] += structured ? trainStructured(roles, seq, g) : train(roles, seq, g);
            }
            if (cuesToo && forms != null && e.form() != null) {
                List<String> f = fx.event(e, rule);
                forms.update(f, forms.label(e.form()), forms.predict(f, null));
                if (e.medium() != null) {
                    media.update(f, media.label(e.medium()), media.predict(f, null));
                }
            }
        }
    }

    /** The gold label of a candidate: the role of most of its kept tokens when that is at least half of them, else O. */
    private static String argumentLabel(Config config, EventFeatures fx, EventFeatures.Argument a, Event gold) {
        List<Integer> kept = fx.trimmed(a);
        String best = "O";
        int most = 0;
        for (String r : config.roles()) {
            int n = 0;
            for (int t : kept) {
                n += gold.role(r).contains(t) ? 1 : 0;
            }
            if (n > most) {
                most = n;
                best = r;
            }
        }
        return most * 2 >= kept.size() && most > 0 ? "B-" + best : "O";
    }

    /** Predicted events of a parsed document (rule events are features). */
    public List<Event> predict(AnnotatedDocument p, List<Event> rules) {
        EventFeatures fx = features(p, rules);
        List<SortedSet<Integer>> found = new ArrayList<>();
        for (Sentence s : p.sentences()) {
            int[] labels = decode(cues, cueSequence(fx, s));
            for (int k = 0; k < labels.length; k++) {
                String l = cues.labels().get(labels[k]);
                if (l.equals("B")) {
                    found.add(new TreeSet<>());
                }
                // I and C (after a gap) extend the sentence's latest cue: decode allows neither before a B
                if (!l.equals("O")) {
                    found.get(found.size() - 1).add(s.firstToken() + k);
                }
            }
        }
        List<Event> out = new ArrayList<>();
        for (SortedSet<Integer> cue : found) {
            Event rule = fx.ruleFor(cue);
            int head = new Event(cue, Map.of(), null, null).cueHead(p);
            Map<String, SortedSet<Integer>> tagged = tagRoles(fx, p, cue, head);
            if (spans != null) {
                tagged = spanRoles(fx, p, cue, head, rule, tagged);
            }
            // the valency veto (vetoed, session 33) is not applied: train CV 2-fold roles 64.8 without, 64.2 with it (session 34)
            Event e = new Event(cue, tagged, null, null);
            if (forms != null) {
                List<String> f = fx.event(e, rule);
                e = new Event(cue, tagged, forms.labels().get(forms.predict(f, null)), media.labels().get(media.predict(f, null)));
            }
            out.add(e);
        }
        return out;
    }

    /** The features of a document this model did not train on (with all its valency counts). */
    EventFeatures features(AnnotatedDocument p, List<Event> rules) {
        return new EventFeatures(p, rules, lexicon, valency);
    }

    /** The role tagger's spans around a cue, by role. */
    private Map<String, SortedSet<Integer>> tagRoles(EventFeatures fx, AnnotatedDocument p, Set<Integer> cue, int head) {
        Event rule = fx.ruleFor(cue);
        String cueLemma = EventFeatures.lemma(p.token(head));
        Map<String, SortedSet<Integer>> tagged = new TreeMap<>();
        Map<Integer, String> stk = args == null ? null : argumentLabels(args, fx, cue, head, cueLemma, rule, window(config, p, head));
        for (int[] run : roleRuns(p, cue, head)) {
            Sequence seq = roleSequence(fx, run, cue, head, cueLemma, rule, stk);
            int[] labels = config.roleDecoder() == RoleDecoder.VITERBI || config.roleDecoder() == RoleDecoder.REFINED
                    ? viterbi(roles, seq) : decode(roles, seq);
            for (int k = 0; k < run.length; k++) {
                String l = roles.labels().get(labels[k]);
                if (!l.equals("O")) {
                    tagged.computeIfAbsent(l.substring(2), x -> new TreeSet<>()).add(run[k]);
                }
            }
        }
        return tagged;
    }

    /** The valency veto (session 33): fewest training candidates of a cue key and argument key it reads. */
    static final int VETO_MIN = 10;
    /** … the share of those candidates that had no role, at least, and of the vetoed role, at most. */
    static final double VETO_NONE = 0.9;
    static final double VETO_ROLE = 0.05;
    /** Argument relations the veto leaves alone: function words and punctuation, whose counts say little of a clause below them. */
    static final Set<String> VETO_SKIP = Set.of("punct", "aux", "cop", "det", "case", "mark", "cc");

    /**
     * The roles without those the training speeches' valency counts rule out: a role candidate
     * of the cue (an argument subtree or a neighbouring sentence) mostly tagged with one role
     * loses that role's tokens when, at the most specific cue key with at least {@link #VETO_MIN}
     * candidates of its argument key (cue lemma, lexicon class, all cues; for a bare adverb or
     * pronoun first the key with its lemma), at least {@link #VETO_NONE} of them had no role and at most
     * {@link #VETO_ROLE} that role ("sieht …, beispielsweise, dass …": "sehen|advmod|-" is never
     * a Message; "stellt …" with a next sentence that "stellen" never takes). Parliament models only.
     */
    static Map<String, SortedSet<Integer>> vetoed(EventFeatures fx, AnnotatedDocument p, Set<Integer> cue, int head,
                                                 List<Integer> window, CueValency valency,
                                                 Map<String, SortedSet<Integer>> tagged) {
        Map<Integer, String> votes = tokenRoles(tagged);
        Map<String, SortedSet<Integer>> out = new TreeMap<>();
        tagged.forEach((r, toks) -> out.put(r, new TreeSet<>(toks)));
        List<String> labels = valency.labels();
        for (EventFeatures.Argument a : fx.arguments(cue, head, window)) {
            List<Integer> kept = fx.trimmed(a);
            Map<String, Integer> n = new TreeMap<>();
            for (int t : kept) {
                String v = votes.get(t);
                if (v != null) {
                    n.merge(v, 1, Integer::sum);
                }
            }
            EventFeatures.ValencyKeys k = fx.valencyKeys(a, head);
            if (VETO_SKIP.contains(k.arg().replace("anc:", "").split("\\|")[0])) {
                continue;
            }
            int[] c = k.word() == null ? null : valency.counts(k.cue(), k.word(), VETO_MIN);
            c = c != null ? c : valency.counts(k.cue(), k.arg(), VETO_MIN);
            if (c == null) {
                continue;
            }
            int total = Arrays.stream(c).sum();
            for (var e : n.entrySet()) {
                if (e.getValue() * 2 > kept.size() && c[labels.indexOf("O")] >= VETO_NONE * total
                        && c[labels.indexOf(e.getKey())] <= VETO_ROLE * total) {
                    out.get(e.getKey()).removeAll(a.tokens());
                }
            }
        }
        out.values().removeIf(SortedSet::isEmpty);
        return out;
    }

    /**
     * The tagger's spans, plus the span classifier's role for each candidate the tagger left
     * without any role token (its kept tokens): the tagger's missing spans ("Die Kanzlerin
     * versprach …, nie wieder müssten …"). Letting the classifier relabel the tagger's own
     * candidates as well lost up to 1.4 role F1 on train CV (docs/EVALUATION.md, session 11).
     */
    Map<String, SortedSet<Integer>> spanRoles(EventFeatures fx, AnnotatedDocument p, Set<Integer> cue, int head, Event rule,
                                                      Map<String, SortedSet<Integer>> tagged) {
        Map<Integer, String> votes = tokenRoles(tagged);
        String cueLemma = EventFeatures.lemma(p.token(head));
        Map<String, SortedSet<Integer>> out = new TreeMap<>();
        tagged.forEach((r, toks) -> out.put(r, new TreeSet<>(toks)));
        for (EventFeatures.Argument a : fx.arguments(cue, head, window(config, p, head))) {
            List<Integer> kept = fx.trimmed(a);
            if (unparsed(p, a, head) || kept.stream().anyMatch(votes::containsKey)) {
                continue;
            }
            String l = spans.labels().get(spans.predict(fx.span(a, head, cueLemma, rule, votes), null));
            if (!l.equals("O")) {
                out.computeIfAbsent(l.substring(2), x -> new TreeSet<>()).addAll(kept);
            }
        }
        return out;
    }

    /**
     * Gold cue labels per token: B opens a cue, I continues it on the next token, C continues it
     * after a gap in the same sentence ("aus Ihrer Sicht"); a cue split over sentences is two.
     */
    static String[] cueLabels(AnnotatedDocument p, List<Event> gold) {
        String[] out = new String[p.tokens().size()];
        Arrays.fill(out, "O");
        for (Event e : gold) {
            int prev = -1;
            for (int t : e.cue()) {
                if (out[t].equals("O")) {
                    boolean same = prev >= 0 && p.token(t).sentence() == p.token(prev).sentence();
                    out[t] = !same ? "B" : t == prev + 1 ? "I" : "C";
                }
                prev = t;
            }
        }
        return out;
    }

    /** Token indices of the sentences around the cue's sentence. */
    private static List<Integer> window(Config config, AnnotatedDocument p, int head) {
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
            if (config.roleDecoder() != RoleDecoder.GREEDY) {
                w.write("roleDecoder\t" + config.roleDecoder().label() + "\n");
            }
            if (args != null) {
                w.write("arguments\ttrue\n");
            }
            if (valency != null) {
                w.write("valency\ttrue\n");
            }
            cues.write(w);
            roles.write(w);
            if (forms != null) {
                forms.write(w);
                media.write(w);
            }
            if (args != null) {
                args.write(w);
            }
            if (spans != null) {
                spans.write(w);
            }
            if (valency != null) {
                valency.write(w);
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
            // optional lines: models written before the argument classifier have no "arguments" line,
            // those before session 10 no "roleDecoder" line (greedy)
            RoleDecoder decoder = RoleDecoder.GREEDY;
            boolean stacked = false;
            boolean valency = false;
            while (true) {
                r.mark(256);
                String line = r.readLine();
                if ("arguments\ttrue".equals(line)) {
                    stacked = true;
                } else if ("valency\ttrue".equals(line)) {
                    valency = true;
                } else if (line != null && line.startsWith("roleDecoder\t")) {
                    try {
                        decoder = RoleDecoder.of(line.substring(line.indexOf('\t') + 1));
                    } catch (IllegalArgumentException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                } else {
                    r.reset();
                    break;
                }
            }
            Config c = new Config(corpus, roleNames, Integer.parseInt(window[1]), Integer.parseInt(window[2]), fm, decoder, valency);
            Perceptron cues = Perceptron.read(r);
            Perceptron roles = Perceptron.read(r);
            Perceptron forms = fm ? Perceptron.read(r) : null;
            Perceptron media = fm ? Perceptron.read(r) : null;
            Perceptron args = stacked ? Perceptron.read(r) : null;
            Perceptron spans = decoder == RoleDecoder.SPAN ? Perceptron.read(r) : null;
            CueValency table = valency ? CueValency.read(r) : null;
            return new EventModel(c, cues, roles, forms, media, args, spans, table);
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
