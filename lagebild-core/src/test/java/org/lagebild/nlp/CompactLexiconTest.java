package org.lagebild.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompactLexiconTest {

    private static Map<String, String> randomMap(Random r, int n) {
        Map<String, String> m = new HashMap<>();
        String alphabet = "abcdefghijklmnopqrstuvwxyzäöüß0123456789-Жжλ€";
        while (m.size() < n) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(12); i >= 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            m.put(b.toString(), String.valueOf(r.nextInt(50)));
        }
        m.put("", "empty");
        return m;
    }

    @Test
    void sameMappingsAsTheMap() throws IOException {
        Map<String, String> m = randomMap(new Random(7), 5000);
        CompactLexicon c = CompactLexicon.of(m);
        CompactLexicon back = roundTrip(c);
        for (CompactLexicon l : new CompactLexicon[] {c, back}) {
            assertEquals(m.size(), l.size());
            for (Map.Entry<String, String> e : m.entrySet()) {
                assertEquals(e.getValue(), l.get(e.getKey()), e.getKey());
            }
            assertNull(l.get("not a key because of spaces"));
            assertFalse(l.containsKey("Ж not a key"));
            assertNull(l.get(42));
            assertEquals(m, new HashMap<>(l));
        }
    }

    @Test
    void truncatedArraysAreRejected() throws IOException {
        CompactLexicon c = CompactLexicon.of(randomMap(new Random(8), 100));
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        c.writeHeader(new DataOutputStream(header));
        ByteArrayOutputStream arrays = new ByteArrayOutputStream();
        c.writeArrays(Channels.newChannel(arrays));
        byte[] cut = java.util.Arrays.copyOf(arrays.toByteArray(), arrays.size() - 10);
        assertThrows(IOException.class, () -> CompactLexicon.read(
                new DataInputStream(new ByteArrayInputStream(header.toByteArray())), ByteBuffer.wrap(cut)));
    }

    @Test
    void javaSerialisationKeepsTheMappingsAndChecksThem() throws Exception {
        Map<String, String> m = randomMap(new Random(9), 3000);
        CompactLexicon c = CompactLexicon.of(m);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(c);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(m, new HashMap<>((CompactLexicon) in.readObject()));
        }
        // a slot table without an empty slot would make a miss loop forever: rejected on reading
        java.lang.reflect.Field slots = CompactLexicon.class.getDeclaredField("slots");
        slots.setAccessible(true);
        java.util.Arrays.fill((int[]) slots.get(c), 1);
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(broken)) {
            out.writeObject(c);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(broken.toByteArray()))) {
            assertThrows(InvalidObjectException.class, in::readObject);
        }
    }

    private static CompactLexicon roundTrip(CompactLexicon c) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        c.writeHeader(new DataOutputStream(header));
        ByteArrayOutputStream arrays = new ByteArrayOutputStream();
        c.writeArrays(Channels.newChannel(arrays));
        ByteBuffer data = ByteBuffer.wrap(arrays.toByteArray());
        CompactLexicon back = CompactLexicon.read(new DataInputStream(new ByteArrayInputStream(header.toByteArray())), data);
        assertFalse(data.hasRemaining());
        return back;
    }
}
