package org.lagebild.statements.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.statements.eval.NewsCorpus.Document;
import org.lagebild.statements.eval.NewsCorpus.Role;
import org.lagebild.statements.eval.NewsCorpus.RoleSpan;

class NewsCorpusTest {
    @Test
    void roleFromTokenIdsHasRunsAsSpansAndSpanTextJoinedBySpace() {
        Role r = NewsCorpus.role(NewsFixtures.DOC, List.of(9, 6, 7, 6));
        assertEquals(List.of(6, 7, 9), r.tokenIds());
        // fixture text "t0 t1 … t9 t10 …": "t6 t7" is 5 chars, "t9" starts 9 chars after "t6"
        int b6 = NewsFixtures.DOC.tokens().get(6).charBegin();
        assertEquals(List.of(new RoleSpan(6, 8, b6, b6 + 5), new RoleSpan(9, 10, b6 + 9, b6 + 11)), r.spans());
        assertEquals("t6 t7 t9", r.text());
        assertEquals(Role.EMPTY, NewsCorpus.role(NewsFixtures.DOC, List.of()));
        assertThrows(IllegalArgumentException.class, () -> NewsCorpus.role(NewsFixtures.DOC, List.of(99)));
    }

    @Test
    void writingRecomputesSpansAndTextFromTokenIds() throws IOException {
        NewsCorpus.Annotation bare = new NewsCorpus.Annotation(3, new Role("", List.of(2, 1), List.of()),
                Role.EMPTY, new Role("wrong", List.of(4), List.of()), Role.EMPTY, Role.EMPTY, "Direct", "Speech",
                false, true);
        Document d = NewsFixtures.DOC.withAnnotations(List.of(bare));
        Document back = NewsCorpus.parse(NewsCorpus.toJson(d));
        assertEquals(NewsCorpus.normalize(d), back);
        assertEquals("t1 t2", back.annotations().get(0).quote().text());
        assertEquals("t4", back.annotations().get(0).cue().text());
        assertEquals(1, back.annotations().get(0).quote().spans().size());
        assertEquals(true, back.annotations().get(0).hasNested());
    }

    @Test
    void badInputIsAnIOException() {
        assertThrows(IOException.class, () -> NewsCorpus.parse("[1,2]"));
        assertThrows(IOException.class, () -> NewsCorpus.parse("{\"tokens\": [}"));
    }
}
