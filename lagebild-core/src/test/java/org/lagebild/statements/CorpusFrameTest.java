package org.lagebild.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The frame the corpus predictor marks: the cue's clause up to the message, as the corpus annotates it. */
class CorpusFrameTest {
    private record Doc(String text, int[] starts, int[] ends, int[] sentenceOf) {
    }

    /** Space-separated tokens, all in sentence 0 except those after a "|" item (sentence 1). */
    private static Doc doc(String spec) {
        StringBuilder text = new StringBuilder();
        List<String> words = List.of(spec.split(" "));
        int n = (int) words.stream().filter(w -> !w.equals("|")).count();
        int[] starts = new int[n];
        int[] ends = new int[n];
        int[] sentenceOf = new int[n];
        int k = 0;
        int sentence = 0;
        for (String w : words) {
            if (w.equals("|")) {
                sentence++;
                continue;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            starts[k] = text.length();
            text.append(w);
            ends[k] = text.length();
            sentenceOf[k++] = sentence;
        }
        return new Doc(text.toString(), starts, ends, sentenceOf);
    }

    private static TreeSet<Integer> ids(int... ids) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int i : ids) {
            out.add(i);
        }
        return out;
    }

    private static TreeSet<Integer> range(int from, int to) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int i = from; i <= to; i++) {
            out.add(i);
        }
        return out;
    }

    private static TreeSet<Integer> frame(Doc d, TreeSet<Integer> quote, TreeSet<Integer> speaker, TreeSet<Integer> cue, Set<Integer> outer) {
        return CorpusPredictor.frame(d.text(), d.starts(), d.ends(), d.sentenceOf(), quote, speaker, cue, outer);
    }

    @Test
    void verbCueFrameIsTheClauseUpToTheMessageWithoutFinalPunctuation() {
        // 0 Er 1 sagte 2 , 3 die 4 Lage 5 sei 6 ernst 7 . | 8 Dann
        Doc d = doc("Er sagte , die Lage sei ernst . | Dann");
        assertEquals(ids(0, 1, 2), frame(d, range(3, 6), ids(0), ids(1), Set.of()));
        // postposed: "„…“, so Murtha." keeps the comma, not the final full stop
        Doc p = doc("„ Wir gehen “ , so Murtha .");
        assertEquals(ids(4, 5, 6), frame(p, range(0, 3), ids(6), ids(5), Set.of()));
    }

    @Test
    void nestedQuotationSharesTheFrameOfItsParent() {
        // Der Staatsanwalt sagte , der Sohn habe sich „ stranguliert “ .
        Doc d = doc("Der Staatsanwalt sagte , der Sohn habe sich „ stranguliert “ .");
        assertEquals(ids(0, 1, 2, 3), frame(d, range(8, 10), ids(0, 1), ids(2), range(4, 10)));
    }

    @Test
    void prepositionalCueFrameIsTheAttributionPhrase() {
        // 0 Nach 1 Angaben 2 der 3 Polizei 4 wurden 5 drei 6 Menschen 7 verletzt 8 .
        Doc d = doc("Nach Angaben der Polizei wurden drei Menschen verletzt .");
        assertEquals(range(0, 3), frame(d, range(4, 7), range(1, 3), ids(0), Set.of()));
        assertEquals(new TreeSet<>(), frame(d, range(4, 7), range(1, 3), new TreeSet<>(), Set.of()));
    }

    @Test
    void quotationTakenUpByADemonstrativeIncludesItsFullStopAndTheDemonstrative() {
        Doc d = doc("Die Steuer steigt . | Dies bestätigte der Minister .");
        TreeSet<Integer> quote = ids(0, 1, 2);
        CorpusPredictor.withAnaphor(d.text(), d.starts(), d.ends(), d.sentenceOf(), quote, ids(5));
        assertEquals(ids(0, 1, 2, 3, 4), quote);
        // a demonstrative opening another sentence than the cue's is left alone
        Doc other = doc("Die Steuer steigt . | Das sagte er . | Er bestätigte es .");
        TreeSet<Integer> q = ids(0, 1, 2);
        CorpusPredictor.withAnaphor(other.text(), other.starts(), other.ends(), other.sentenceOf(), q, ids(9));
        assertEquals(ids(0, 1, 2), q);
    }
}
