package org.lagebild.nlp;

import java.util.Set;

/**
 * Robust readings of the dependency parse shared by the extractors. The German UD parser
 * labels some active subjects {@code nsubj:pass} ("wo er … beraten wollte") and some inverted
 * pronoun subjects {@code obj} ("habe sie deutlich gemacht"); these helpers correct for that.
 */
public final class Syntax {
    /** German relative pronouns that open a clause as its subject or object (lower case). */
    public static final Set<String> RELATIVE_PRONOUNS_DE = Set.of("der", "die", "das", "welcher", "welche", "welches");
    /** German relative pronouns in every case ("bei dem", "nach denen", "mit welchem"). */
    public static final Set<String> RELATIVE_FORMS_DE = Set.of("der", "die", "das", "dem", "den", "denen", "welcher",
            "welche", "welches", "welchem", "welchen");

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("er", "sie", "wir", "ich", "he", "she", "we", "they", "i");

    private Syntax() {
    }

    private static final Set<String> WERDEN = Set.of("werde", "wirst", "wird", "werden", "werdet", "wurde", "wurdest",
            "wurden", "wurdet", "worden", "würde", "würden");

    /**
     * True passive: a passive auxiliary ("was killed"), or in German a form of "werden" with a
     * participle ("wurden fünf Menschen getötet"), which the parser often labels plain {@code aux}.
     */
    public static boolean isPassive(AnnotatedDocument doc, int verb) {
        boolean werden = false;
        for (int c : doc.children(verb)) {
            Token ct = doc.token(c);
            if (ct.deprel().equals("aux:pass")) {
                return true;
            }
            werden |= ct.baseRel().equals("aux") && WERDEN.contains(ct.text().toLowerCase(java.util.Locale.ROOT));
        }
        if (!doc.lang().equals("de") || !isParticiple(doc.token(verb).text())) {
            return false;
        }
        return werden || werdenHead(doc, verb) >= 0;
    }

    /**
     * An English reduced passive the parser made a clause of its own: "forces backed by Russian warplanes
     * continued …", "money donated by the Irish is …" get the noun as the participle's {@code nsubj}. Read as
     * passive when the verb has a subject, a by-phrase after it naming someone, and no auxiliary, copula or object: an
     * active clause with a subject has a finite form, which takes an object or no agentive by-phrase
     * ("prices rose by 5 percent", "they abide by the rules" stay active). Only for verbs that take an object:
     * an intransitive one may have a place after "by" ("fought by the river").
     */
    public static boolean reducedPassive(AnnotatedDocument doc, int verb) {
        Token v = doc.token(verb);
        String form = v.text().toLowerCase(java.util.Locale.ROOT);
        if (!v.isVerb() || form.equals(v.lemma()) || form.endsWith("s") || form.endsWith("ing")) {
            return false;
        }
        boolean subject = false;
        boolean agent = false;
        for (int c : doc.children(verb)) {
            Token ct = doc.token(c);
            String rel = ct.baseRel();
            if (rel.equals("aux") || rel.equals("cop") || rel.equals("obj") || rel.equals("iobj")) {
                return false;
            }
            subject |= ct.deprel().equals("nsubj");
            // the agent follows the participle and names someone ("by assisting newcomers, X helped" is a means)
            agent |= rel.equals("obl") && c > verb && "by".equals(caseOf(doc, c))
                    && (ct.isNoun() || ct.pos().equals("PRON"))
                    && !Set.of("percent", "%", "margin").contains(ct.text().toLowerCase(java.util.Locale.ROOT));
        }
        return subject && agent;
    }

    /** A German passive formed with "werden" (an act: "wurde verboten"), not the "sein" of a state ("ist verboten"). */
    public static boolean isWerdenPassive(AnnotatedDocument doc, int verb) {
        if (!isPassive(doc, verb)) {
            return false;
        }
        for (int c : doc.children(verb)) {
            Token ct = doc.token(c);
            if (ct.baseRel().equals("aux") && WERDEN.contains(ct.text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return werdenHead(doc, verb) >= 0;
    }

    /** "wurden fünf Menschen getötet" parsed with "wurden" as the head and the participle as its xcomp. */
    private static int werdenHead(AnnotatedDocument doc, int verb) {
        Token v = doc.token(verb);
        if (v.deprel().equals("xcomp") && v.head() >= 0
                && WERDEN.contains(doc.token(v.head()).text().toLowerCase(java.util.Locale.ROOT))) {
            return v.head();
        }
        return -1;
    }

    /** The patient of a passive clause (its grammatical subject), or -1. */
    public static int passiveSubject(AnnotatedDocument doc, int verb) {
        for (int c : doc.children(verb)) {
            String rel = doc.token(c).deprel();
            if (rel.equals("nsubj:pass") || rel.equals("nsubj")) {
                return c;
            }
        }
        int head = werdenHead(doc, verb);
        return head >= 0 ? doc.child(head, "nsubj") : -1;
    }

    /** The node whose obliques hold the agent ("von US-Truppen"): the verb, or the "werden" head above it. */
    public static int passiveClause(AnnotatedDocument doc, int verb) {
        int head = werdenHead(doc, verb);
        return head >= 0 ? head : verb;
    }

    /** Can this German verb form be a past participle ("getötet", "festgenommen", "beschossen")? */
    public static boolean isParticiple(String form) {
        for (var f : org.lagebild.nlp.morph.GermanVerbs.get().analyses(form, null)) {
            if (f.tense() == org.lagebild.nlp.morph.Tense.PARTICIPLE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The grammatical subject of an active clause, or -1. A coordinated verb without its own
     * subject shares the first conjunct's ("Merkel begrüßte … und griff den Iran an").
     */
    public static int subject(AnnotatedDocument doc, int verb) {
        int own = ownSubject(doc, verb);
        Token v = doc.token(verb);
        if (own < 0 && v.deprel().equals("conj") && v.head() >= 0 && doc.token(v.head()).isVerb()) {
            return ownSubject(doc, v.head());
        }
        return own;
    }

    private static int ownSubject(AnnotatedDocument doc, int verb) {
        int subj = doc.child(verb, "nsubj");
        if (subj >= 0 && doc.token(subj).deprel().equals("nsubj")) {
            return subj;
        }
        if (!isPassive(doc, verb)) {
            for (int c : doc.children(verb)) {
                if (doc.token(c).deprel().equals("nsubj:pass")) {
                    return c;
                }
            }
            // Inverted pronoun subject mislabelled as object: "… habe sie deutlich gemacht".
            for (int c : doc.children(verb)) {
                Token ct = doc.token(c);
                if (ct.deprel().equals("obj") && ct.pos().equals("PRON")
                        && SUBJECT_PRONOUNS.contains(ct.text().toLowerCase(java.util.Locale.ROOT))
                        && precededByFiniteVerb(doc, c)) {
                    return c;
                }
            }
        }
        return -1;
    }

    private static boolean precededByFiniteVerb(AnnotatedDocument doc, int token) {
        return token > 0 && doc.token(token - 1).isVerb() && doc.token(token - 1).sentence() == doc.token(token).sentence();
    }

    /**
     * The head noun of an English object that the parser split at a coordinated compound modifier:
     * "lifted the trade and travel restrictions" is parsed with "travel" as a bare verb coordinated
     * with "lifted", "restrictions" its object and "trade" the object of "lifted". For {@code obj}
     * "trade" this returns "restrictions", else -1. Read so only where the second conjunct is a bare
     * form after an inflected verb ("lifted … and travel") and its object follows it at once, without
     * a determiner: a real coordinated verb would agree ("lifted the ban and eased the curfew").
     */
    public static int splitCompoundHead(AnnotatedDocument doc, int obj) {
        int cc = obj + 1;
        int verb = obj + 2;
        int noun = obj + 3;
        if (noun >= doc.tokens().size() || doc.token(noun).sentence() != doc.token(obj).sentence()) {
            return -1;
        }
        Token o = doc.token(obj);
        Token v = doc.token(verb);
        Token n = doc.token(noun);
        if (!o.isNoun() || o.head() < 0 || !doc.token(cc).deprel().equals("cc") || doc.token(cc).head() != verb
                || !v.baseRel().equals("conj") || v.head() != o.head() || !v.pos().equals("VERB")
                || !n.baseRel().equals("obj") || n.head() != verb || !n.isNoun()) {
            return -1;
        }
        Token first = doc.token(o.head());
        boolean bare = v.lemma() != null && v.text().equalsIgnoreCase(v.lemma());
        boolean inflected = first.lemma() != null && !first.text().equalsIgnoreCase(first.lemma());
        for (int c : doc.children(noun)) {
            if (doc.token(c).deprel().equals("det")) {
                return -1;
            }
        }
        return bare && inflected ? noun : -1;
    }

    /** The preposition of a nominal ("in" for "in Brüssel"), lower case, or null. */
    public static String caseOf(AnnotatedDocument doc, int token) {
        for (int c : doc.children(token)) {
            Token ct = doc.token(c);
            if (ct.deprel().equals("case")) {
                return ct.text().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    /** Whether a subordinator ({@code mark}) of {@code token} is one of {@code marks} (lower case): "dass", "ob", "that". */
    public static boolean hasMark(AnnotatedDocument doc, int token, String... marks) {
        return mark(doc, token, marks) >= 0;
    }

    /** The first {@code mark} child of {@code token} that is one of {@code marks} (lower case), or -1. */
    public static int mark(AnnotatedDocument doc, int token, String... marks) {
        for (int c : doc.children(token)) {
            Token ct = doc.token(c);
            if (ct.deprel().equals("mark")) {
                String m = ct.text().toLowerCase(java.util.Locale.ROOT);
                for (String x : marks) {
                    if (m.equals(x)) {
                        return c;
                    }
                }
            }
        }
        return -1;
    }

    /** The token and its conjuncts ("die USA und Russland"). */
    public static java.util.List<Integer> conjuncts(AnnotatedDocument doc, int token) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        out.add(token);
        for (int c : doc.children(token)) {
            if (doc.token(c).deprel().equals("conj")) {
                out.add(c);
            }
        }
        return out;
    }

    /** The span without leading and trailing white space and commas. */
    public static org.lagebild.text.Span trimmed(AnnotatedDocument doc, org.lagebild.text.Span s) {
        String text = doc.text();
        int a = s.start();
        int b = s.end();
        while (a < b && (Character.isWhitespace(text.charAt(a)) || text.charAt(a) == ',')) {
            a++;
        }
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || text.charAt(b - 1) == ',')) {
            b--;
        }
        return org.lagebild.text.Span.of(text, a, b);
    }

    /** German prepositions fused with the definite article ("am", "im", "beim" …). */
    public static final Set<String> FUSED_PREPOSITIONS_DE = Set.of("am", "im", "beim", "vom", "zum", "zur", "ins", "ans", "aufs");

    private static final java.util.regex.Pattern POSSESSIVE_DE =
            java.util.regex.Pattern.compile("(mein|dein|sein|ihr|unser|euer|eur)(e|er|es|em|en)?");

    /**
     * A possessive determiner: {@code det:poss}, or a German possessive form the parser labels plain {@code det}
     * (sentence-initial "Seiner Einschätzung nach").
     */
    public static boolean isPossessive(Token t) {
        return t.deprel().equals("det:poss")
                || t.deprel().equals("det") && POSSESSIVE_DE.matcher(t.text().toLowerCase(java.util.Locale.ROOT)).matches();
    }

    /** NER place tags: German LOC, English LOCATION and CoreNLP's fine-grained CITY, COUNTRY, STATE_OR_PROVINCE. */
    public static boolean isPlace(Token t) {
        return switch (t.ner()) {
            case "LOCATION", "LOC", "I-LOC", "B-LOC", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> true;
            default -> false;
        };
    }

    /**
     * The dash of a German dateline opening sentence {@code s} near the start of an article ("Wien – Die Vorsitzende …",
     * "Holguin/Vatikanstadt – …", "St. Pölten - …"): one to four capitalised name tokens (proper names, "/", abbreviations
     * as "St."), then an en or em dash, or a hyphen between spaces ("EU-Recht" is split at its hyphen too), and a word
     * that is not lower case ("Lorenz – übrigens langjähriger Ehrenpräsident – hätte …" is an insertion); else -1. The
     * place of writing is neither an actor nor a speaker of the sentence, nor part of its message.
     */
    public static int datelineDash(AnnotatedDocument doc, Sentence s) {
        if (!doc.lang().equals("de") || s.index() > 3) {
            return -1;
        }
        for (int i = s.firstToken(); i < Math.min(s.endToken() - 1, s.firstToken() + 5); i++) {
            Token x = doc.token(i);
            String w = x.text();
            boolean spaced = doc.token(i + 1).start() > x.end() && i > s.firstToken() && doc.token(i - 1).end() < x.start();
            if (w.equals("–") || w.equals("—") || w.equals("-") && spaced) {
                String next = doc.token(i + 1).text();
                return i > s.firstToken() && !next.isEmpty() && !Character.isLowerCase(next.charAt(0)) ? i : -1;
            }
            boolean name = x.pos().equals("PROPN") || w.equals("/") || w.endsWith(".") && w.length() > 1;
            if (!name || !w.equals("/") && (w.isEmpty() || !Character.isUpperCase(w.charAt(0)))) {
                return -1;
            }
        }
        return -1;
    }
}
