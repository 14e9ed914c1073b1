package org.lagebild.ingest;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Language identification: the optimaize n-gram detector (70 languages, profiles loaded once),
 * backed by a German/English function-word vote for short texts where n-grams are unreliable.
 * Thread-safe; use {@link #get()}.
 */
public final class LanguageDetector {
    public static final String UNDETERMINED = "und";
    /** The languages Lagebild analyses. */
    public static final Set<String> SUPPORTED = Set.of("de", "en");

    /** Text this short (in letters) is judged by function words before n-grams. */
    private static final int SHORT_LETTERS = 40;
    /** Only the head of long texts is examined; more adds time, not accuracy. */
    private static final int SAMPLE_CHARS = 20_000;

    /** @param lang ISO 639-1 code or {@code "und"}; @param confidence 0..1, below 0.5 means unsure */
    public record Detection(String lang, double confidence) {
        public boolean supported() {
            return LanguageDetector.supported(lang);
        }
    }

    private final com.optimaize.langdetect.LanguageDetector detector;
    private final TextObjectFactory longText = CommonTextObjectFactories.forDetectingOnLargeText();
    private final TextObjectFactory shortText = CommonTextObjectFactories.forDetectingShortCleanText();

    private static final class Holder {
        static final LanguageDetector INSTANCE = new LanguageDetector();
    }

    private LanguageDetector() {
        detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                .withProfiles(LanguageProfileCache.load()) // the built-in profiles, from a binary copy
                .seed(42L) // reproducible results
                .build();
    }

    public static LanguageDetector get() {
        return Holder.INSTANCE;
    }

    public static boolean supported(String lang) {
        return lang != null && SUPPORTED.contains(lang);
    }

    public Detection detect(String text) {
        if (text == null) {
            return new Detection(UNDETERMINED, 0);
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int letters = 0;
        int visible = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            }
            if (!Character.isWhitespace(c)) {
                visible++;
            }
        }
        // Mostly symbols, digits or replacement characters: nothing to identify.
        if (letters < 2 || letters * 10 < visible * 6) {
            return new Detection(UNDETERMINED, 0);
        }
        Detection vote = stopwordVote(sample);
        if (letters < SHORT_LETTERS && vote != null) {
            return vote;
        }
        TextObjectFactory factory = sample.length() < 200 ? shortText : longText;
        List<DetectedLanguage> probs = detector.getProbabilities(factory.forText(sample));
        DetectedLanguage top = probs.isEmpty() ? null : probs.get(0);
        if (top != null && top.getProbability() >= 0.9) {
            // Few letters: n-grams can be confidently wrong, so halve the confidence.
            double conf = letters < SHORT_LETTERS ? top.getProbability() / 2 : top.getProbability();
            return new Detection(top.getLocale().getLanguage().toLowerCase(Locale.ROOT), conf);
        }
        if (vote != null) {
            return vote;
        }
        if (top != null && top.getProbability() >= 0.5) {
            return new Detection(top.getLocale().getLanguage().toLowerCase(Locale.ROOT), top.getProbability() / 2);
        }
        return new Detection(UNDETERMINED, 0);
    }

    /**
     * A cheap guess without the n-gram profiles: "de" or "en" when function words clearly favour
     * one, else null. Not a detection (it never rejects other languages); lets callers start
     * loading that language's models while {@link #get()} loads its profiles.
     */
    public static String likelyLanguage(String text) {
        if (text == null) {
            return null;
        }
        Detection vote = stopwordVote(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
        return vote == null ? null : vote.lang();
    }

    /** German or English when function words clearly favour one; null otherwise. */
    private static Detection stopwordVote(String text) {
        int de = 0;
        int en = 0;
        int tokens = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                tokens++;
                String lang = Stopwords.langOf(text.substring(start, i));
                if ("de".equals(lang)) {
                    de++;
                } else if ("en".equals(lang)) {
                    en++;
                }
            }
        }
        int best = Math.max(de, en);
        int other = Math.min(de, en);
        boolean clear = tokens <= 12 ? best >= 1 && other == 0 : best >= 2 && best >= 3 * other;
        if (!clear || tokens == 0) {
            return null;
        }
        double share = best / (double) tokens;
        return new Detection(de > en ? "de" : "en", Math.min(0.9, 0.6 + share));
    }
}
