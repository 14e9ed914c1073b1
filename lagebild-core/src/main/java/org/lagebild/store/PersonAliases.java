package org.lagebild.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lagebild.actors.ActorResolver;
import org.lagebild.model.ActorRecord;
import org.lagebild.model.Analysis;

/**
 * Cross-article person identity. Within one article the resolver already maps "Stoltenberg" to
 * "Jens Stoltenberg"; across articles an article that only says "Stoltenberg" gets its own
 * {@code person:stoltenberg}. The rule applied when an article is stored:
 * <ul>
 *   <li>a <em>surname-only</em> person is a PERSON actor whose name is one capitalised word
 *       ("Stoltenberg") or starts with a lower-case name particle ("von der Leyen"), and not a person the text
 *       only describes ("Sprecher", whose id carries its article's tag);</li>
 *   <li>a <em>full-name</em> person is a PERSON actor whose name has at least two words and starts
 *       with a capital letter; it is registered under the slug of its last word and, when it has
 *       a particle, of the particle surname ("von der Leyen");</li>
 *   <li>a surname-only person resolves to the full-name person registered under its slug when
 *       that person is the only one so registered (two stored "… Stoltenberg" → left alone); the
 *       article's rows (actors, speakers, addressees, event actors) then carry the full-name id
 *       and name, while its stored analysis keeps the ids the text gave.</li>
 * </ul>
 * Resolution looks at the persons stored before the article: a surname stored before any full
 * name stays a separate actor, and a later second person of the same surname does not undo an
 * earlier resolution (storing is append-only and idempotent).
 */
final class PersonAliases {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "den", "del", "della", "di", "da",
            "du", "le", "la", "zu", "vom", "zur", "ten", "ter", "al", "el", "bin", "ibn", "dos", "das", "y");

    private PersonAliases() {
    }

    /** Surname keys of a full name, empty when it is not one. */
    static List<String> surnameKeys(String name) {
        String[] w = words(name);
        if (w.length < 2 || !Character.isUpperCase(w[0].codePointAt(0))) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(ActorResolver.slug(w[w.length - 1]));
        for (int i = 1; i < w.length - 1; i++) {
            if (PARTICLES.contains(w[i])) {
                keys.add(ActorResolver.slug(String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length))));
                break;
            }
        }
        return List.copyOf(keys);
    }

    /** The key of a surname-only name, or null when the name is not one. */
    static String surnameOnlyKey(String name) {
        String[] w = words(name);
        if (w.length == 1 && Character.isUpperCase(w[0].codePointAt(0)) && w[0].length() > 1) {
            return ActorResolver.slug(w[0]);
        }
        if (w.length >= 2 && PARTICLES.contains(w[0]) && Character.isUpperCase(w[w.length - 1].codePointAt(0))) {
            return ActorResolver.slug(name);
        }
        return null;
    }

    private static String[] words(String name) {
        return name == null || name.isBlank() ? new String[0] : SPACES.split(name.strip());
    }

    /**
     * Resolves the article's surname-only persons against the store, rewrites its rows, and
     * registers its full-name persons. Runs inside the article's transaction.
     *
     * @return surname-only actor id → full-name actor id, for the article's other dedup steps
     */
    static Map<String, String> apply(Connection c, DedupTables t, String articleId, Analysis a) throws SQLException {
        Map<String, String> aliases = new LinkedHashMap<>();
        Set<String> own = new LinkedHashSet<>();
        for (ActorRecord r : a.actors()) {
            own.add(r.id());
        }
        List<ActorRecord> fullNames = new ArrayList<>();
        for (ActorRecord r : a.actors()) {
            if (!"PERSON".equals(r.type())) {
                continue;
            }
            if (!surnameKeys(r.name()).isEmpty()) {
                fullNames.add(r);
                continue;
            }
            String key = surnameOnlyKey(r.name());
            if (key == null || r.id().contains(ActorResolver.DESCRIBED)) { // "Sprecher" describes, it is no surname
                continue;
            }
            String[] target = t.uniqueSurname(key, r.id());
            if (target != null && !own.contains(target[0]) && !aliases.containsValue(target[0])) {
                aliases.put(r.id(), target[0]);
                rewrite(c, articleId, r.id(), target[0], target[1]);
            }
        }
        for (ActorRecord r : fullNames) {
            for (String k : surnameKeys(r.name())) {
                t.addSurname(k, r.id(), r.name());
            }
        }
        return aliases;
    }

    private static void rewrite(Connection c, String articleId, String alias, String id, String name)
            throws SQLException {
        String key = name == null ? null : name.strip().toLowerCase(java.util.Locale.ROOT);
        // The article cannot already have a row for id: it is not among its actors (checked by the caller).
        Clusters.update(c, "UPDATE article_actors SET actor_id = ?, name = ?, name_key = ? WHERE article_id = ? AND actor_id = ?",
                id, name, key, articleId, alias);
        Clusters.update(c, "UPDATE statements SET speaker_actor = ?, speaker_name = ?, speaker_name_key = ? "
                + "WHERE article_id = ? AND speaker_actor = ?", id, name, key, articleId, alias);
        Clusters.update(c, "UPDATE statements SET addressee_actor = ? WHERE article_id = ? AND addressee_actor = ?",
                id, articleId, alias);
        Clusters.update(c, "UPDATE statements SET topic_actor = ? WHERE article_id = ? AND topic_actor = ?",
                id, articleId, alias);
        Clusters.update(c, "UPDATE event_actors SET actor_id = ? WHERE article_id = ? AND actor_id = ?", id, articleId, alias);
    }
}
