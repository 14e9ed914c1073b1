package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Encoding detection without a declared charset. ICU4J's CharsetDetector, tried on the same
 * cases, read the two short UTF-8 texts as ISO-8859-1 ("Ã¼ber", 27/29), so no detector library
 * is used: strict UTF-8, UTF-16 by its zero bytes and windows-1252 get all of them right.
 */
class TextDecoderTest {
    private static final List<String> TEXTS = List.of(
            "Die Nato und Russland haben über die Lage gesprochen.",
            "Größere Fortschritte gab es nicht, sagte Stoltenberg in Brüssel.",
            "Der Kreml wies die Vorwürfe zurück: „Das ist absurd“, hieß es – 100 € Strafe.",
            "Außenministerin Baerbock äußerte sich überraschend.",
            "Müller",
            "The NATO chief said on Wednesday that talks would continue.");

    static Stream<Arguments> undeclared() {
        List<Arguments> out = new ArrayList<>();
        for (String t : TEXTS) {
            for (String cs : List.of("UTF-8", "ISO-8859-1", "windows-1252", "UTF-16LE", "UTF-16BE")) {
                if (Charset.forName(cs).newEncoder().canEncode(t)) {
                    out.add(Arguments.of(cs, t));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("undeclared")
    void germanAndEnglishTextIsDecodedWithoutDeclaration(String charset, String text) throws InputException {
        assertEquals(text, TextDecoder.decode(text.getBytes(Charset.forName(charset)), "t"));
    }

    @Test
    void htmlMetaCharsetIsUsedWhenTheBytesAreNotUtf8() throws InputException {
        String page = "<html><head><meta charset=\"ISO-8859-15\"></head><body><p>Kosten: 100 € für Größe</p></body></html>";
        assertEquals(page, TextDecoder.decode(page.getBytes(Charset.forName("ISO-8859-15")), "p"));
        String xml = "<?xml version=\"1.0\" encoding=\"windows-1250\"?><p>Łódź und Brünn</p>";
        assertEquals(xml, TextDecoder.decode(xml.getBytes(Charset.forName("windows-1250")), "x"));
    }

    @Test
    void wrongOrUnknownDeclarationsFallBackSafely() throws InputException {
        String t = "Größere Fortschritte „gab“ es nicht.";
        // declared UTF-8 but windows-1252 bytes; declared Latin-1 but UTF-8 bytes; unknown and multi-byte names
        assertEquals(t, TextDecoder.decode(t.getBytes(Charset.forName("windows-1252")), "a", "utf-8"));
        assertEquals(t, TextDecoder.decode(t.getBytes(StandardCharsets.UTF_8), "b", "iso-8859-1"));
        assertEquals(t, TextDecoder.decode(t.getBytes(Charset.forName("windows-1252")), "c", "x-bogus\u0000"));
        assertEquals(t, TextDecoder.decode(t.getBytes(Charset.forName("windows-1252")), "d", "Shift_JIS"));
        assertNull(TextDecoder.eightBit("utf-16"));
        assertEquals(Charset.forName("windows-1252"), TextDecoder.eightBit("latin1"));
    }

    @Test
    void binaryIsStillRejectedAndUtf16NeedsMostlyZeroHighBytes() {
        byte[] zeros = new byte[64];
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(zeros, "z"));
        assertTrue(e.getMessage().startsWith("z: not text"), e.getMessage());
        byte[] mixed = "ab\u0000\u0000cd\u0000e".getBytes(StandardCharsets.ISO_8859_1);
        assertNull(TextDecoder.utf16WithoutBom(mixed));
    }
}
