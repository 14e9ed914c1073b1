package org.lagebild.statements.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lagebild.statements.eval.NewsCorpus.Annotation;
import org.lagebild.statements.eval.NewsCorpus.Document;
import org.lagebild.statements.eval.NewsCorpus.Role;
import org.lagebild.statements.eval.NewsCorpus.Sentence;
import org.lagebild.statements.eval.NewsCorpus.Token;

/** Tiny hand-built news documents: tokens "t0 t1 … t29" in one sentence. */
final class NewsFixtures {
    static final int TOKENS = 30;
    static final Document DOC = document();

    private NewsFixtures() {
    }

    private static Document document() {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < TOKENS; i++) {
            if (i > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append('t').append(i);
            tokens.add(new Token(i, "t" + i, begin, text.length(), 1, i + 1));
            ids.add(i);
        }
        Sentence s = new Sentence(0, text.toString(), ids, 0, TOKENS, 0, text.length());
        return new Document("test doc", text.toString(), List.of(s), tokens, List.of());
    }

    /** Token ids from..to inclusive. */
    static int[] range(int from, int to) {
        int[] out = new int[to - from + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }

    static int[] ids(int... ids) {
        return ids;
    }

    static Role role(int... ids) {
        return NewsCorpus.role(DOC, Arrays.stream(ids).boxed().toList());
    }

    /** A quotation with quote, speaker and cue (frame and addressee empty). */
    static Annotation quote(String type, String medium, int[] quote, int[] speaker, int[] cue) {
        return quote(type, medium, false, quote, speaker, cue);
    }

    static Annotation quote(String type, String medium, boolean nested, int[] quote, int[] speaker, int[] cue) {
        return new Annotation(0, role(quote), role(speaker), role(cue), Role.EMPTY, Role.EMPTY, type, medium,
                nested, false);
    }

    static Document doc(Annotation... anns) {
        return DOC.withAnnotations(List.of(anns));
    }
}
