package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector detector = LanguageDetector.get();

    @Test
    void sampleArticleIsGerman() throws IOException {
        LanguageDetector.Detection d = detector.detect(DocumentReaderTest.sample());
        assertEquals("de", d.lang());
        assertTrue(d.confidence() > 0.9);
        assertTrue(d.supported());
    }

    @Test
    void englishFrenchAndRussianParagraphs() {
        assertEquals("en", detector.detect("NATO Secretary General Jens Stoltenberg said on Wednesday that "
                + "significant differences remained between the alliance and Moscow after four hours of talks.").lang());
        LanguageDetector.Detection fr = detector.detect("Le secrétaire général de l'Otan a déclaré mercredi que "
                + "des divergences importantes subsistaient entre l'Alliance et la Russie après les discussions.");
        assertEquals("fr", fr.lang());
        assertFalse(fr.supported());
        assertEquals("ru", detector.detect("Генеральный секретарь НАТО заявил в среду, что между альянсом "
                + "и Москвой сохраняются значительные разногласия после переговоров в Брюсселе.").lang());
    }

    @Test
    void likelyLanguageIsTheFunctionWordGuessOnly() throws IOException {
        assertEquals("de", LanguageDetector.likelyLanguage(DocumentReaderTest.sample()));
        assertEquals("en", LanguageDetector.likelyLanguage("The talks with the Kremlin ended on Wednesday and "
                + "there was no agreement on the troops at the border."));
        // no German or English function words: no guess (the detector proper decides)
        assertEquals(null, LanguageDetector.likelyLanguage("Генеральный секретарь НАТО заявил в среду"));
        assertEquals(null, LanguageDetector.likelyLanguage("1234 5678"));
        assertEquals(null, LanguageDetector.likelyLanguage(null));
    }

    @Test
    void shortTextsUseFunctionWords() {
        assertEquals("en", detector.detect("Talks with the Kremlin").lang());
        assertEquals("de", detector.detect("Gespräche mit dem Kreml").lang());
        assertEquals("de", detector.detect("Große Meinungsverschiedenheiten").lang());
    }

    @Test
    void noiseIsUndetermined() {
        byte[] bytes = new byte[2000];
        new Random(1).nextBytes(bytes);
        assertEquals("und", detector.detect(new String(bytes, StandardCharsets.UTF_8)).lang());
        assertEquals("und", detector.detect("12345 67.89 %%% ###").lang());
        assertEquals("und", detector.detect("").lang());
        assertEquals("und", detector.detect(null).lang());
    }

    @Test
    void supportedLanguages() {
        assertTrue(LanguageDetector.supported("de"));
        assertTrue(LanguageDetector.supported("en"));
        assertFalse(LanguageDetector.supported("fr"));
        assertFalse(LanguageDetector.supported("und"));
        assertFalse(LanguageDetector.supported(null));
    }
}
