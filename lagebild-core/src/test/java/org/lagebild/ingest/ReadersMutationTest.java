package org.lagebild.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random-mutation fuzzing of the {@link ReadersFuzzTest} targets, a fixed number of inputs
 * and then up to a time budget, in every build: Jazzer's regression mode only replays the seeds, this explores beyond them
 * (bit flips, byte replacement, deletion, duplication and splicing of slices, truncation).
 * The seed is fixed, so a failure names the iteration that reproduces it;
 * {@code -Dlagebild.fuzz.seconds=N} runs longer.
 */
class ReadersMutationTest {
    private static final long SEED = 20220112L;
    private static final double SECONDS = Double.parseDouble(System.getProperty("lagebild.fuzz.seconds", "3"));
    /** Always run at least this many inputs (the same ones on every machine), then until the time is up. */
    private static final int MIN_INPUTS = 200;
    /** An input slower than this counts as a hang. */
    private static final long MAX_MILLIS_PER_INPUT = 10_000;
    /** Bytes that matter to the formats: delimiters, digits for lengths, non-ASCII. */
    private static final String SPECIAL = "\u0000\r\n<>&\"'=;:/-0123456789\u00ff\u0080";

    @ParameterizedTest
    @ValueSource(strings = {"warc", "feed", "html", "decode"})
    void targetsSurviveMutatedSeeds(String target) throws IOException {
        Consumer<byte[]> run = switch (target) {
            case "warc" -> ReadersFuzzTest::warcTarget;
            case "feed" -> ReadersFuzzTest::feedTarget;
            case "html" -> ReadersFuzzTest::htmlTarget;
            default -> ReadersFuzzTest::decodeTarget;
        };
        List<byte[]> seeds = seeds(target);
        assertTrue(seeds.size() >= 3, "seed corpus for " + target);
        Random rnd = new Random(SEED ^ target.hashCode());
        long end = System.nanoTime() + (long) (SECONDS * 1e9);
        int iterations = 0;
        // A fixed count first, so a slow or loaded machine explores the same inputs, not fewer.
        while (iterations < MIN_INPUTS || System.nanoTime() < end) {
            byte[] input = mutate(seeds.get(rnd.nextInt(seeds.size())), seeds, rnd);
            long t0 = System.nanoTime();
            try {
                run.accept(input);
            } catch (RuntimeException | Error e) {
                fail(target + " iteration " + iterations + " (seed " + SEED + "): " + e, e);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < MAX_MILLIS_PER_INPUT, target + " iteration " + iterations + " took " + ms + " ms");
            iterations++;
        }
    }

    static byte[] mutate(byte[] seed, List<byte[]> seeds, Random rnd) {
        byte[] b = seed.clone();
        int rounds = 1 + rnd.nextInt(8);
        for (int i = 0; i < rounds && b.length > 0; i++) {
            int at = rnd.nextInt(b.length);
            switch (rnd.nextInt(6)) {
                case 0 -> b[at] ^= (byte) (1 << rnd.nextInt(8));
                case 1 -> b[at] = (byte) SPECIAL.charAt(rnd.nextInt(SPECIAL.length()));
                case 2 -> b = splice(b, at, Math.min(b.length, at + 1 + rnd.nextInt(16)), new byte[0]);
                case 3 -> {
                    int len = Math.min(b.length - at, 1 + rnd.nextInt(64));
                    byte[] slice = Arrays.copyOfRange(b, at, at + len);
                    b = splice(b, at, at, slice); // duplicate a slice (repeated tags, headers)
                }
                case 4 -> {
                    byte[] other = seeds.get(rnd.nextInt(seeds.size()));
                    int from = rnd.nextInt(Math.max(1, other.length));
                    byte[] slice = Arrays.copyOfRange(other, from, Math.min(other.length, from + 1 + rnd.nextInt(128)));
                    b = splice(b, at, at, slice);
                }
                default -> b = Arrays.copyOf(b, at); // truncation
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }

    private static List<byte[]> seeds(String target) throws IOException {
        URL dir = ReadersMutationTest.class.getResource("ReadersFuzzTestInputs/" + target);
        if (dir == null) {
            throw new IOException("no seeds for " + target);
        }
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            for (Path p : files.sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    out.add(in.readAllBytes());
                }
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        return out;
    }
}
