package org.lagebild.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lagebild.model.ActorRecord;
import org.lagebild.text.Span;

/**
 * The resolved actors of one document and which tokens mention them; the statements and
 * events extractors ask it "who is this token?".
 */
public final class ActorIndex {
    /** A role as the text states it, or a registry office held at the article's date (with its validity). */
    public record Role(String title, String organization, String key, String from, String to, String origin) {
        public Role(String title, String organization, String key) {
            this(title, organization, key, null, null, "text");
        }
    }

    /** A resolved reference: the actor id and the local mention span. */
    public record Ref(String actor, String type, String sector, Span mention, String kind, boolean locative) {
    }

    private final List<Entity> entities;
    private final Map<Integer, Mention> byToken;

    ActorIndex(List<Entity> entities, Map<Integer, Mention> byToken) {
        this.entities = entities;
        this.byToken = byToken;
    }

    /** The mention covering token {@code t}, or null. */
    public Ref at(int t) {
        Mention m = byToken.get(t);
        if (m == null) {
            return null;
        }
        Entity e = m.entity();
        return new Ref(e.id, e.type, e.sector, new Span(m.start(), m.end(), m.text()), m.kind(), m.locative());
    }

    public List<ActorRecord> records() {
        List<ActorRecord> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.mentions.isEmpty()) {
                continue;
            }
            List<ActorRecord.RoleRecord> roles = new ArrayList<>();
            for (Role r : e.roles) {
                roles.add(new ActorRecord.RoleRecord(r.title(), r.organization(), r.key(), r.from(), r.to(), r.origin()));
            }
            List<ActorRecord.MentionRecord> ms = new ArrayList<>();
            for (Mention m : e.mentions) {
                ms.add(new ActorRecord.MentionRecord(m.start(), m.end(), m.text(), m.kind(), m.locative()));
            }
            out.add(new ActorRecord(e.id, e.name, e.type, e.code, e.country, e.affiliation, e.sector,
                    e.type.equals("PERSON") ? e.gender : null, e.wikidata, roles, ms));
        }
        return out;
    }

    public String name(String actorId) {
        Entity e = entity(actorId);
        return e == null ? actorId : e.name;
    }

    /** The type of the actor with this id ("PERSON", "COUNTRY" …), or null if the document has none. */
    public String type(String actorId) {
        Entity e = entity(actorId);
        return e == null ? null : e.type;
    }

    /** The sector of the actor with this id ("GOV", "LEG" …), or null. */
    public String sector(String actorId) {
        Entity e = entity(actorId);
        return e == null ? null : e.sector;
    }

    private Entity entity(String actorId) {
        for (Entity e : entities) {
            if (e.id.equals(actorId)) {
                return e;
            }
        }
        return null;
    }

}
