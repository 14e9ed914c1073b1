package org.lagebild.statements;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Token;
import org.lagebild.nlp.morph.GermanVerbs;
import org.lagebild.nlp.morph.VerbForm;

/**
 * The words the German news quotation corpus counts as part of a verb cue besides the verb and
 * its particle: its auxiliaries and modals ("hat … angekündigt", "war vermutet worden"), the
 * "wie" of a wie-clause, an expletive "es" ("heißt es"), a reflexive ("äußerte sich"), a
 * pronominal adverb ("verwies darauf", "ruft dazu auf") and the preposition that links its
 * object ("sprach von", "bezeichnete … als", "warnte vor"). Which of these count was read off
 * dev errors of the corpus and checked on train (train and dev figures in docs/EVALUATION.md). An annotation convention of the
 * corpus, so it is applied only when writing that format; statements keep the verb as cue.
 */
final class CorpusCue {
    private static final Set<String> PRONOMINAL_ADVERBS = Set.of("darauf", "dazu", "damit", "davon", "dafür",
            "daran", "dagegen", "daraus", "davor");
    /** Tense and passive auxiliaries; modals ("könne", "mussten") are not part of the cue. */
    private static final Set<String> AUXILIARIES = Set.of("haben", "sein", "werden");

    private CorpusCue() {
    }

    /** Parse tokens to add to the cue whose verb is parse token {@code verb} (German only; empty otherwise). */
    static Set<Integer> extension(AnnotatedDocument doc, int verb) {
        Set<Integer> out = new TreeSet<>();
        Token v = doc.token(verb);
        if (!doc.lang().equals("de") || !v.isVerb()) {
            return out;
        }
        for (int c : doc.children(verb)) {
            Token t = doc.token(c);
            String w = t.text().toLowerCase(Locale.ROOT);
            String rel = t.baseRel();
            if (rel.equals("aux") && AUXILIARIES.contains(t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT))
                    && !onlyFinite(v)
                    || rel.equals("mark") && w.equals("wie") || PRONOMINAL_ADVERBS.contains(w)
                    || w.equals("es") && (rel.equals("nsubj") || rel.equals("expl"))
                    || w.equals("sich") && t.pos().equals("PRON") && (rel.equals("obj") || rel.equals("expl"))) {
                out.add(c);
            } else if (rel.equals("obl") || rel.equals("xcomp") || rel.equals("obj")) {
                for (int cc : doc.children(c)) {
                    Token p = doc.token(cc);
                    String pw = p.text().toLowerCase(Locale.ROOT);
                    // "sprach von", "bezeichnete … als", "warnte vor"
                    if (p.deprel().equals("case") && (pw.equals("als") || pw.equals("vor") && "warnen".equals(v.lemma())
                            || pw.equals("von") && "sprechen".equals(v.lemma()))) {
                        out.add(cc);
                    }
                }
            }
        }
        // "Wie die Polizei mitteilte": a "wie" the parser did not attach to the verb, by word order
        for (int i = verb - 1; i >= 0 && i >= verb - 20 && doc.token(i).sentence() == v.sentence(); i--) {
            Token t = doc.token(i);
            if (t.text().equalsIgnoreCase("wie")) {
                if (i == 0 || doc.token(i - 1).text().equals(",") || doc.token(i - 1).sentence() != v.sentence()) {
                    out.add(i);
                }
                break;
            }
            if (t.isVerb() || t.text().equals(":") || t.text().equals(";") || "„“”\"»«".contains(t.text())) {
                break;
            }
        }
        return out;
    }

    /**
     * Is every reading of the verb finite ("sagte", "hieß")? Such a verb has no tense auxiliary: one the parse gives it
     * belongs to another clause ("Sie sei geschockt, sagte die Königin", "Wie die Polizei mitteilte, wurde …"). A form
     * that may be a participle ("behauptet") keeps it.
     */
    private static boolean onlyFinite(Token verb) {
        var readings = GermanVerbs.get().analyses(verb.text(), null);
        return !readings.isEmpty() && readings.stream().allMatch(VerbForm::finite);
    }
}
