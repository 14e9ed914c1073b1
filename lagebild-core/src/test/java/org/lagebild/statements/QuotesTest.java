package org.lagebild.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.text.Span;

class QuotesTest {

    @Test
    void aStraightQuoteClosesWithACurlyOneInMixedSources() {
        String t = "\"The fighting is at their doorsteps,” Catherine Russell said. She said more.";
        List<Span> q = Quotes.find(t);
        assertEquals(1, q.size(), q.toString());
        assertEquals("\"The fighting is at their doorsteps,”", q.get(0).text());
        assertNull(Quotes.containing(q, t.indexOf("She")), "the sentence after the quotation is outside it");
    }

    @Test
    void straightAndCurlyPairsKeepTheirOwnClosers() {
        String t = "\"We agree,\" he said. “We will see,” she said. A 5\" screen.";
        List<Span> q = Quotes.find(t);
        assertEquals(List.of("\"We agree,\"", "“We will see,”"), q.stream().map(Span::text).toList());
    }
}
