package org.lagebild.actors.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lagebild.data.TsvResource.Row;

/**
 * The natural gender of a person from the first word of the name ("John Boehner": m), so that a pronoun of the other
 * gender is not taken as referring to a person the registry does not know (without it the first "sie" in reach, often
 * a feminine thing, made "John Boehner" female and his "erklärte er" lost its speaker). Source: CoreNLP's name list in
 * its English models jar (one line per name: name, MALE or FEMALE); names the list gives both genders, and the words
 * of {@code first-names-ambiguous.tsv}, have none. Without the models jar on the class path the gender stays unknown.
 */
final class FirstNames {
    private static final String LIST = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    private final Map<String, String> genders;

    private FirstNames(Map<String, String> genders) {
        this.genders = genders;
    }

    static FirstNames load() {
        Set<String> ambiguous = new HashSet<>();
        for (Row r : ActorRegistry.table("first-names-ambiguous.tsv", 2)) {
            ambiguous.add(r.get(0));
        }
        Map<String, String> genders = new HashMap<>();
        Set<String> both = new HashSet<>();
        try (InputStream in = FirstNames.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                return new FirstNames(Map.of());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String[] cells = line.split("\t");
                if (cells.length != 2 || cells[0].isEmpty()) {
                    continue; // two malformed lines in the list
                }
                String g = cells[1].equals("MALE") ? "m" : cells[1].equals("FEMALE") ? "f" : null;
                String old = g == null ? null : genders.putIfAbsent(cells[0], g);
                if (old != null && !old.equals(g)) {
                    both.add(cells[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + LIST, e);
        }
        genders.keySet().removeAll(both);
        genders.keySet().removeAll(ambiguous);
        return new FirstNames(Map.copyOf(genders));
    }

    /**
     * "m" or "f" for a name of at least two words whose first word the list knows; for a hyphenated first name the
     * whole ("karl-heinz"), else its first part ("Heinz-Christian": heinz).
     */
    Optional<String> gender(String name) {
        String[] words = name.trim().split("\\s+");
        if (words.length < 2) {
            return Optional.empty();
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        String g = genders.get(first);
        int hyphen = first.indexOf('-');
        if (g == null && hyphen > 0) {
            g = genders.get(first.substring(0, hyphen));
        }
        return Optional.ofNullable(g);
    }
}
