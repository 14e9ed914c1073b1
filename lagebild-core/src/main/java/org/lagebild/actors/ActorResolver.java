package org.lagebild.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lagebild.actors.registry.ActorRegistry;
import org.lagebild.actors.registry.Demonym;
import org.lagebild.actors.registry.Entry;
import org.lagebild.actors.registry.NameMatch;
import org.lagebild.actors.registry.Person;
import org.lagebild.actors.registry.PersonRegistry;
import org.lagebild.actors.registry.Role;
import org.lagebild.actors.registry.RoleMatch;
import org.lagebild.actors.registry.SectorNoun;
import org.lagebild.nlp.AnnotatedDocument;
import org.lagebild.nlp.Sentence;
import org.lagebild.nlp.Syntax;
import org.lagebild.nlp.Token;
import org.lagebild.statements.Quotes;
import org.lagebild.text.Sha256;
import org.lagebild.text.Span;
import org.lagebild.time.PublicationDate;

/**
 * Finds actor mentions in an annotated document and links them to canonical actors:
 * registry names (countries, organisations, seats of government used as metonyms), persons
 * from NER with the roles the text gives them ("Nato-Generalsekretär Jens Stoltenberg"),
 * groups (country adjective + sector noun, "die ukrainische Armee"), and later references —
 * surnames and genitives ("Stoltenbergs"), role descriptions ("der Nato-Generalsekretär"),
 * demonyms ("der Norweger"), descriptors ("das Bündnis") and pronouns ("er", "sie").
 *
 * <p>Persons known to the {@link PersonRegistry} get their canonical id and the offices they held at the
 * article's publication date ("Peskow" in 2022: Kremlin spokesman, RUS/GOV); a role the text states wins over the
 * registry when the two disagree. Unknown persons keep what the text says about them.
 *
 * <p>One instance per document; {@link #resolve()} returns the {@link ActorIndex}.
 */
public final class ActorResolver {
    private static final Set<String> LOCATIVE_DE = Set.of("in", "nach", "aus", "bei", "an", "auf", "zu", "vor", "über", "durch");
    private static final Set<String> LOCATIVE_EN = Set.of("in", "at", "to", "from", "near", "into", "across", "outside", "inside");
    private static final Set<String> MEMBER_NOUNS = Set.of("staaten", "mitglieder", "mitgliedstaaten", "mitgliedsstaaten",
            "partner", "verbündeten", "verbündete", "länder", "allies", "members", "member states");
    // Pronouns inside quotations refer to the quoted speaker's world and are left unresolved. German
    // masculine object and possessive forms are unambiguous ("wurde ihm vorgeworfen", "nach seiner
    // Festnahme": the patients of events); feminine "ihr" is also "you" and "their", so only "sie".
    private static final Set<String> DE_PRON_M = Set.of("er", "ihn", "ihm");
    /** Metonym type (metonyms.tsv column 8) of a capital that stands for its government only as an active subject. */
    private static final String SUBJECT_ONLY = "SUBJECT";
    // compiled once: slug() runs for every actor name an analysis and the store's dedup look at
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern NON_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern OUTER_DASHES = java.util.regex.Pattern.compile("(^-|-$)");
    /** Sectors whose groups are told apart by their noun (lastEntityWithSector). */
    private static final Set<String> NAMED_GROUP_SECTORS = Set.of("REL", "PTY");
    /** Capitalised age nouns ("einen 49-Jährigen"); the lower-case adjective ("die 16-jährige Schülerin") is no actor. */
    private static final java.util.regex.Pattern AGE_NOUN = java.util.regex.Pattern.compile("\\d{1,3}-Jährige[rn]?");
    private static final Set<String> DE_POSS_M = Set.of("sein", "seine", "seinen", "seinem", "seiner", "seines");
    private static final Set<String> DE_PRON_F = Set.of("sie");
    /** How far back a subject pronoun may find its antecedent across sentences that mention no one (see farSubject). */
    private static final int FAR_BACK = 3;
    private static final Set<String> EN_PRON_M = Set.of("he");
    private static final Set<String> EN_PRON_F = Set.of("she");

    private final AnnotatedDocument doc;
    private final String lang;
    private final ActorRegistry registry;
    private final PersonRegistry persons;
    private final PublicationDate date;
    private final List<Span> quotes;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<Integer, Mention> tokenMention = new HashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final Set<String> docCodes = new java.util.HashSet<>();
    private final List<Entity> created = new ArrayList<>(); // entities in creation order (that of entities), for surnames()
    private final Map<String, List<Entity>> bySurname = new HashMap<>();
    private int surnamesIndexed;
    private final Map<String, Entity> titled = new LinkedHashMap<>(); // "psychotherapeutin" -> the person so introduced

    /** A resolver without a publication date: registry persons are identified but get no dated offices. */
    public ActorResolver(AnnotatedDocument doc) {
        this(doc, null);
    }

    /** {@code date}: the article's publication date (may be null), which selects the registry offices applied. */
    public ActorResolver(AnnotatedDocument doc, PublicationDate date) {
        this(doc, date, PersonRegistry.get());
    }

    public ActorResolver(AnnotatedDocument doc, PublicationDate date, PersonRegistry persons) {
        this.doc = doc;
        this.lang = doc.lang();
        this.registry = ActorRegistry.get();
        this.persons = persons;
        this.date = date;
        this.quotes = Quotes.find(doc.text());
    }

    public ActorIndex resolve() {
        List<List<Word>> words = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            words.add(Word.of(doc, s));
        }
        // Pass 0: which organisations does the document name? (context-dependent metonyms need it)
        for (List<Word> ws : words) {
            List<String> texts = texts(ws);
            for (int w = 0; w < ws.size(); w++) {
                registry.matchName(texts, w, lang).ifPresent(m -> docCodes.add(m.entry().code()));
                String p = ws.get(w).firstPart();
                if (p != null) {
                    registry.prefix(p, lang).ifPresent(e -> docCodes.add(e.code()));
                }
            }
        }
        for (Sentence s : doc.sentences()) {
            scanSentence(s, words.get(s.index()));
        }
        surnamesBeforeFullNames();
        representedGroups();
        affiliateDescribedPersons();
        return new ActorIndex(List.copyOf(entities.values()), Map.copyOf(tokenMention));
    }

    /**
     * A person named by the surname alone before the full name ("Hofer kritisierte …" in a lead, "Der FPÖ-Kandidat Norbert
     * Hofer sagte …" below it) is the one person of the document whose surname that is: its mentions join the full name.
     * Not a registry person, and not when two persons have that surname or the genders differ.
     */
    private void surnamesBeforeFullNames() {
        // counted once, so that a document of many names costs linear time (article text is untrusted)
        Map<String, Integer> surnameCount = new HashMap<>();
        Set<String> oneWordNames = new java.util.HashSet<>();
        for (Entity f : entities.values()) {
            String last = f.type.equals("PERSON") ? f.lastName() : null;
            if (last != null) {
                surnameCount.merge(last, 1, Integer::sum);
            } else if (f.type.equals("PERSON") && f.named) {
                oneWordNames.add(f.name);
            }
        }
        Map<Mention, Mention> moved = new java.util.IdentityHashMap<>();
        for (Entity e : List.copyOf(entities.values())) {
            if (!e.type.equals("PERSON") || !e.named || e.wikidata != null || !e.id.equals("person:" + slug(e.name))) {
                continue;
            }
            Entity full = null;
            int found = 0;
            for (Entity f : surnames().getOrDefault(e.name, List.of())) {
                // (the index also holds a particle surname's last word: "Guttenberg" of "zu Guttenberg"; not here)
                String last = f.lastName();
                if (f != e && entities.get(f.id) == f && !f.name.equals(e.name)
                        && (e.name.equals(last) || e.name.equals(last + "s"))) {
                    full = f;
                    found++;
                }
            }
            if (found != 1 || e.gender != null && full.gender != null && !e.gender.equals(full.gender)
                    || twoNames(full, surnameCount, oneWordNames)) {
                continue;
            }
            for (Mention m : e.mentions) {
                Mention m2 = new Mention(full, m.start(), m.end(), m.text(), m.head(), m.kind(), m.locative());
                moved.put(m, m2);
                full.mentions.add(m2);
            }
            full.mentions.sort(java.util.Comparator.comparingInt(Mention::start));
            for (ActorIndex.Role r : e.roles) {
                if (!full.roles.contains(r)) {
                    full.roles.add(r);
                }
            }
            full.gender = full.gender != null ? full.gender : e.gender;
            full.country = full.country != null ? full.country : e.country;
            full.affiliation = full.affiliation != null ? full.affiliation : e.affiliation;
            full.sector = full.sector != null ? full.sector : e.sector;
            entities.remove(e.id);
        }
        if (!moved.isEmpty()) {
            mentions.replaceAll(m -> moved.getOrDefault(m, m));
            tokenMention.replaceAll((t, m) -> moved.getOrDefault(m, m));
        }
    }

    /**
     * A "full name" that is two persons' names the NER ran together ("forderte Kickl Van der Bellen auf", "richtete
     * Sobotka Schelling … aus", "Dominik Frieser Kapfenberg"): a word before its surname is another person's surname, or
     * after its first word another person's one-word name.
     */
    private static boolean twoNames(Entity full, Map<String, Integer> surnameCount, Set<String> oneWordNames) {
        String last = full.lastName();
        String[] first = full.name.substring(0, full.name.length() - last.length()).trim().split("\\s+");
        for (int i = 0; i < first.length; i++) {
            // (a first word may be the person's first name seen alone: "Dominic" before "Dominic Thiem")
            if (surnameCount.getOrDefault(first[i], 0) - (first[i].equals(last) ? 1 : 0) > 0
                    || i > 0 && oneWordNames.contains(first[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "eine Sprecherin der EU-Kommission", "ein Sprecher des Kremls", "a spokesman for the Pentagon": a described
     * person whose role noun has a genitive, "von" or "for"/"of" phrase naming a registry organisation or country
     * belongs to it — its affiliation, country and, when the role gives none, sector — as a prefix would give
     * ("EU-Sprecherin"). Only persons without a stated affiliation; the phrase must follow the role noun.
     */
    private void affiliateDescribedPersons() {
        for (Entity e : entities.values()) {
            if (!e.type.equals("PERSON") || e.named || e.affiliation != null || e.country != null) {
                continue;
            }
            for (Mention m : e.mentions) {
                Entity owner = m.kind().equals("role") ? ownerOf(m.head()) : null;
                if (owner != null) {
                    e.affiliation = owner.code;
                    e.country = owner.country;
                    if (e.sector == null) {
                        e.sector = owner.sector;
                    }
                    break;
                }
            }
        }
    }

    /**
     * "die Vertreter der FARC", "Vertreter der US-Regierung": a plural role noun without a qualifier whose genitive or
     * "von" phrase names a registry organisation or country speaks and acts for it — the mention is the owner's (a
     * country's: its government or the role's sector), as "US-Vertreter" would be; a group left without mentions is
     * dropped.
     */
    private void representedGroups() {
        boolean moved = false;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Entity g = m.entity();
            Entity owner = m.kind().equals("role") && g.type.equals("GROUP") && g.code == null ? ownerOf(m.head(), true) : null;
            if (owner == null) {
                continue;
            }
            if (owner.type.equals("COUNTRY")) { // "die Außenminister des Irans": its government, not the country
                Optional<Entry> c = registry.byCode(owner.code);
                if (c.isPresent()) {
                    owner = sectorEntity(c.get(), g.sector != null ? g.sector : "GOV", null);
                }
            }
            Mention to = new Mention(owner, m.start(), m.end(), m.text(), m.head(), m.kind(), m.locative());
            mentions.set(i, to);
            g.mentions.remove(m);
            owner.mentions.add(to);
            owner.mentions.sort(Comparator.comparingInt(Mention::start));
            tokenMention.replaceAll((t, x) -> x == m ? to : x);
            moved = true;
        }
        if (moved) {
            entities.values().removeIf(e -> e.mentions.isEmpty());
        }
    }

    private static final Set<String> OWNER_CASES = Set.of("von", "vom", "of", "for");

    /** The registry organisation or country a noun's following genitive or von/of/for phrase names, or null. */
    private Entity ownerOf(int noun) {
        return ownerOf(noun, false);
    }

    /** As {@link #ownerOf(int)}; with {@code named}, also an organisation the text names ("Vertretern von ÖGB"). */
    private Entity ownerOf(int noun, boolean named) {
        for (int c : doc.children(noun)) {
            String prep = Syntax.caseOf(doc, c);
            Mention om = tokenMention.get(c);
            if (c > noun && doc.token(c).baseRel().equals("nmod") && (prep == null || OWNER_CASES.contains(prep))
                    && om != null && !om.entity().type.equals("PERSON") && !om.locative()
                    && (om.entity().code != null || named && om.entity().type.equals("ORGANIZATION"))) {
                return om.entity();
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ sentence scan

    private void scanSentence(Sentence s, List<Word> ws) {
        List<String> texts = texts(ws);
        boolean[] used = new boolean[ws.size()];
        for (int w = 0; w < ws.size(); w++) {
            if (used[w]) {
                continue;
            }
            int consumed = tryRolePerson(ws, texts, w, used);
            if (consumed == 0) {
                consumed = tryTitledName(ws, w);
            }
            if (consumed == 0) {
                consumed = tryPersonName(ws, w, null);
            }
            if (consumed == 0) {
                consumed = tryRegistryName(ws, texts, w);
            }
            if (consumed == 0) {
                consumed = trySurname(ws, w);
            }
            if (consumed == 0) {
                consumed = tryGroup(ws, w);
            }
            if (consumed == 0) {
                consumed = trySourceCompound(ws, w);
            }
            if (consumed == 0) {
                consumed = tryTitleReference(ws, w);
            }
            if (consumed == 0) {
                consumed = tryPersonNounReference(ws, w);
            }
            if (consumed == 0) {
                consumed = tryReference(ws, w);
            }
            if (consumed == 0) {
                consumed = tryOrganization(ws, w);
            }
            for (int k = w; k < w + Math.max(consumed, 1) && k < ws.size(); k++) {
                used[k] = used[k] || consumed > 0;
            }
            if (consumed > 1) {
                w += consumed - 1;
            }
        }
    }

    /** Role noun, optionally followed by a person name: "Kreml-Sprecher Dmitri Peskow". */
    private int tryRolePerson(List<Word> ws, List<String> texts, int w, boolean[] used) {
        Optional<Role> role;
        int roleWords = 1;
        if (lang.equals("en")) {
            Optional<RoleMatch> rm = registry.roleAt(texts, w, lang);
            role = rm.map(RoleMatch::role);
            roleWords = rm.map(RoleMatch::tokenCount).orElse(1);
        } else {
            role = registry.role(ws.get(w).text(), lang);
        }
        if (role.isEmpty()) {
            return 0;
        }
        Role r = role.get();
        if (!r.plural() && "m".equals(r.gender()) && lang.equals("de") && determinerIs(ws.get(w).head(), "die")) {
            // a masculine form that is also the plural ("Vertreter", "Minister") after "die" is the plural
            r = new Role(r.title(), r.key(), "pl", r.sector(), r.qualifier(), true, r.deputy(), r.open());
        } else if (!r.plural() && "f".equals(r.gender()) && lang.equals("de") && ws.get(w).text().endsWith("e")
                && phraseDeterminerIs(ws.get(w).head(), "der")) {
            // an adjectival noun's feminine form is the masculine's after "der": "der Vorsitzende", "der Gesandte"
            r = new Role(r.title(), r.key(), "m", r.sector(), r.qualifier(), false, r.deputy(), r.open());
        } else if (r.plural() && lang.equals("de") && singularOblique(ws.get(w).head())) {
            // a weak noun's dative or genitive singular has the plural's form: "dem Staatspräsidenten von Vietnam"
            r = new Role(r.title(), r.key(), "m", r.sector(), r.qualifier(), false, r.deputy(), r.open());
        } else if (r.plural() && lang.equals("de") && roleWords == 1 && w + 1 < ws.size() && personAt(ws, w + 1)
                && !determinerIs(ws.get(w).head(), "die") && joinedName(ws.get(w).head(), ws.get(w + 1))) {
            // a plural form right before one name the parse joins to it titles that name: "den SPÖ-Vorsitzenden Faymann",
            // "der Labour-Abgeordneten Gisela Stuart", "einen Präsidenten Hofer" (not "die Abgeordneten Schaunig vor")
            r = new Role(r.title(), r.key(), "unknown", r.sector(), r.qualifier(), false, r.deputy(), r.open());
        }
        Entry qualifier = r.qualifier();
        int roleStart = w;
        // A country adjective or registry prefix in front: "dem russischen Vize-Außenminister", "US Deputy Secretary".
        if (qualifier == null && w > 0) {
            Optional<Entry> adj = registry.adjective(ws.get(w - 1).text(), lang);
            if (adj.isEmpty() && lang.equals("en")) {
                adj = registry.matchName(texts, w - 1, lang).filter(m -> m.tokenCount() == 1).map(NameMatch::entry);
            }
            if (adj.isPresent()) {
                qualifier = adj.get();
                roleStart = w - 1;
            }
        }
        int next = w + roleWords;
        // "der neuen US-Botschafterin bei der Nato, Julianne Smith": skip a short PP and a comma.
        int nameAt = next;
        if (nameAt < ws.size() && !personAt(ws, nameAt)) {
            int k = nameAt;
            int limit = Math.min(ws.size(), nameAt + 5);
            // (a phrase, not a clause: "Ein Sprecher sagte, Merkel wolle …" names no spokesman)
            while (k < limit && !ws.get(k).text().equals(",") && !doc.token(ws.get(k).head()).isVerb()) {
                k++;
            }
            if (k < limit && k + 1 < ws.size() && personAt(ws, k + 1)) {
                nameAt = k + 1;
            }
        }
        if (!r.plural() && nameAt < ws.size() && personAt(ws, nameAt)) {
            boolean adjacent = nameAt == next;
            if (!adjacent) {
                // Apposition after a comma: the role and the name are two mentions of one person.
                pendingRoleMention = Span.of(doc.text(), ws.get(roleStart).start(), ws.get(w + roleWords - 1).end());
                pendingRoleHead = ws.get(w + roleWords - 1).head();
            }
            int consumedName = tryPersonName(ws, nameAt,
                    new RoleContext(r, qualifier, ws, adjacent ? roleStart : nameAt, w + roleWords - 1));
            pendingRoleMention = null;
            if (consumedName > 0) {
                for (int k = nameAt; k < nameAt + consumedName; k++) {
                    used[k] = true;
                }
                return nameAt == next ? roleWords + consumedName : roleWords;
            }
        }
        if (!r.plural() && describedByApposition(ws, next)) {
            return 0; // "Der Vertreter der EU im Menschenrechtsrat, der dänische Diplomat Peter Sörensen": one person
        }
        if (r.open() && predicative(ws.get(w))) {
            return 0; // "arbeitet als Pharmavertreter": says what someone named elsewhere is
        }
        if (!r.plural() && r.open() && "m".equals(r.gender()) && lang.equals("de") && bareArgument(ws.get(w))
                && alsoPlural(ws.get(w).text())) {
            // a describing masculine form that is also the plural, with no article ("Wirtschaftsvertreter fordern",
            // "gegen prokurdische Oppositionsvertreter"): a singular one takes an article, unless predicative ("als
            // Vertreter"); office titles do not (headlines drop it: "Kanzler fordert …")
            r = new Role(r.title(), r.key(), "pl", r.sector(), r.qualifier(), true, r.deputy(), r.open());
        }
        // Role without a name: a description of a person seen before ("der Nato-Generalsekretär"),
        // or a group when plural ("die EU-Verteidigungsminister").
        Word rw = ws.get(w + roleWords - 1);
        Span span = Span.of(doc.text(), ws.get(roleStart).start(), rw.end());
        if (r.plural()) {
            Entry q = qualifier;
            Entity g = q != null
                    ? entity(q.code() + "-" + (r.sector() == null ? "GOV" : r.sector()),
                        () -> Entity.group(span.text(), null, q))
                    : entity("group:" + slug(span.text()), () -> Entity.group(span.text(), null, null));
            if (g.sector == null) {
                g.sector = r.sector();
            }
            addMention(g, span, rw.head(), "role", false);
            return roleWords;
        }
        // An indefinite role introduces someone new: "ein Sprecher der Regierung" after "Regierungssprecher Seibert".
        boolean indefinite = hasIndefiniteDeterminer(rw.head()) || hasIndefiniteDeterminer(rw.first())
                || hasOtherAdjective(rw.head()) || hasOtherAdjective(rw.first());
        // An open compound's title ("Behördensprecher") describes; it is no office of a person named before.
        Entity person = indefinite || r.open() ? null : findPersonByRole(r, qualifier);
        if (person == null && !r.open() && qualifier == null && roleWords == 1 && lang.equals("de")
                && hasDefiniteDeterminer(rw.head())) {
            person = titledPerson(rw.text()); // "der Minister" after "Finanzminister Hans-Jörg Schelling"
        }
        if (person == null) {
            String name = span.text();
            person = entity(describedPersonId(name, indefinite), () -> Entity.person(name));
            person.named = false;
            applyRole(person, r, qualifier);
        }
        addMention(person, span, rw.head(), "role", false);
        return roleWords;
    }

    /**
     * A German noun that describes one person right before that person's name is a title of the name, not someone
     * else: a nationality ("der Algerier Mohamed Belkaid", not the person the text last called Algerian), an occupation
     * or kinship noun ("die Falter-Journalistin Nina Horaczek", "seine Ehefrau Elisabeth"), a group noun's singular that
     * names a person ("der Polizist Bernhard H."). One mention, the name's person, who takes the nationality's country
     * and the group noun's sector when it has none. The parse must join name and noun, and the name be one, not a list
     * ("den Ministern Sophie Karmasin (…) und …"); "die" before a masculine form is a plural.
     */
    private int tryTitledName(List<Word> ws, int w) {
        Word word = ws.get(w);
        if (!lang.equals("de") || w + 1 >= ws.size() || !doc.token(word.head()).isNoun()
                || !personAt(ws, w + 1) || !joinedName(word.head(), ws.get(w + 1))) {
            return 0;
        }
        String noun = word.text();
        Demonym d = registry.demonym(noun, lang).orElse(null);
        String gender = d != null ? d.gender() : registry.personNounGender(noun, lang)
                .or(() -> registry.nounGender(noun, lang)).orElse(null);
        SectorNoun sn = registry.personSectorNoun(noun, lang) ? registry.sectorNoun(noun, lang).orElse(null) : null;
        if (d == null && gender == null && sn == null && !AGE_NOUN.matcher(noun).matches()) {
            return 0;
        }
        if (gender == null && sn != null) {
            gender = noun.endsWith("in") ? "f" : "m";
        }
        if (determinerIs(word.head(), "die") && !"f".equals(gender)) {
            return 0;
        }
        int consumed = tryPersonName(ws, w + 1, new RoleContext(null, null, ws, w, w));
        if (consumed == 0) {
            return 0;
        }
        Mention m = tokenMention.get(ws.get(w + consumed).head());
        if (m != null) {
            Entity person = m.entity();
            titled.put(noun.toLowerCase(Locale.ROOT), person);
            if (d != null && person.country == null) {
                person.country = d.country().code();
            }
            if (sn != null && person.sector == null) {
                person.sector = sn.sector();
            }
            if (person.gender == null && gender != null && !gender.equals("pl")) {
                person.gender = gender;
            }
        }
        return 1 + consumed;
    }

    /** Whether the parse joins the name starting at {@code name} to the noun {@code noun}, as one name, not a list. */
    private boolean joinedName(int noun, Word name) {
        for (int t = name.first(); t <= name.last(); t++) {
            int h = doc.token(t).head();
            if ((h == noun || doc.token(noun).head() == t) && !hasConjunct(t)) {
                return true;
            }
        }
        return false;
    }

    private Span pendingRoleMention;
    private int pendingRoleHead;

    private record RoleContext(Role role, Entry qualifier, List<Word> ws, int from, int to) {
    }

    /** Surname particles that are no German word ("van der Bellen", "de Guindos", "di Maio"); "von", "zu", "da", "du" are. */
    private static final Set<String> NAME_PARTICLES = Entity.SURNAME_PARTICLES.stream()
            .filter(p -> !Set.of("von", "zu", "da", "du").contains(p)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Articles inside a particle surname ("van der", "van den", "de la"). */
    private static final Set<String> PARTICLE_ARTICLES = Set.of("der", "den", "de", "la", "le");

    /**
     * The number of words after a name's word {@code k} that continue it as a particle surname: a particle (the word
     * itself, as "Van" in "Alexander Van" tagged as the name, or the next word in lower case), maybe an article, and a
     * capitalised noun or name ("Van der Bellen", "van der Vaart"); 0 if they do not.
     */
    private int particleSurname(List<Word> ws, int k) {
        int i = k + 1;
        if (!NAME_PARTICLES.contains(ws.get(k).text().toLowerCase(Locale.ROOT))) {
            if (i >= ws.size() || !NAME_PARTICLES.contains(ws.get(i).text())) {
                return 0;
            }
            i++;
        }
        if (i < ws.size() && PARTICLE_ARTICLES.contains(ws.get(i).text())) {
            i++;
        }
        if (i >= ws.size()) {
            return 0;
        }
        String surname = ws.get(i).text();
        String pos = doc.token(ws.get(i).head()).pos();
        return Character.isUpperCase(surname.charAt(0)) && (pos.equals("PROPN") || pos.equals("NOUN")) ? i - k : 0;
    }

    private boolean isPersonStart(Word w) {
        Token t = doc.token(w.first());
        return t.ner().equals("PERSON") || t.ner().equals("I-PER") || t.ner().equals("B-PER");
    }

    private static final Set<String> APPOSITION_WORDS = Set.of("DET", "ADJ", "NOUN");
    private static final Set<String> SINGULAR_OBLIQUE = Set.of("dem", "des", "einem", "eines");
    private static final Set<String> SINGULAR_ARTICLE = Set.of("der", "dem", "des", "den", "ein", "einem", "eines", "einen",
            "dieser", "diesem", "dieses", "diesen");

    /**
     * Whether the role ending before {@code next} is followed, after a short phrase and a comma, by an apposition
     * that names its person behind an article, adjectives or a title ("Sein Vertreter, Kanzleramtsminister Josef
     * Ostermayer"): the named person is the one the role describes, left to the name's own mention. The phrase stops
     * at a verb, as the adjacent apposition's look-ahead does.
     */
    private boolean describedByApposition(List<Word> ws, int next) {
        int k = next;
        int limit = Math.min(ws.size(), next + 5);
        while (k < limit && !ws.get(k).text().equals(",") && !doc.token(ws.get(k).head()).isVerb()) {
            k++;
        }
        if (k >= limit || !ws.get(k).text().equals(",")) {
            return false;
        }
        int j = k + 1;
        while (j < ws.size() && j <= k + 3 && APPOSITION_WORDS.contains(doc.token(ws.get(j).head()).pos())) {
            j++;
        }
        return j > k + 1 && j < ws.size() && personAt(ws, j);
    }

    /** A person name starts here: tagged by NER, or a registry full name the tagger missed. */
    private boolean personAt(List<Word> ws, int k) {
        return isPersonStart(ws.get(k)) || persons.fullNameAt(texts(ws), k, date).isPresent();
    }

    /**
     * NER person name (consecutive PERSON words, plus trailing proper nouns after a role), or a registry full name;
     * a registry person gets its canonical id and dated offices.
     */
    private int tryPersonName(List<Word> ws, int w, RoleContext ctx) {
        int registryWords = 0;
        if (!isPersonStart(ws.get(w))) {
            Optional<PersonRegistry.PersonMatch> pm = persons.fullNameAt(texts(ws), w, date);
            // "Van der Bellen hat gesagt": the NER does not know a surname it takes for a noun ("bellen")
            int particle = lang.equals("de") && ws.get(w).text().equals("Van") && w + 1 < ws.size()
                    && PARTICLE_ARTICLES.contains(ws.get(w + 1).text()) ? particleSurname(ws, w) : 0;
            if (pm.isEmpty() && particle == 0) {
                return 0;
            }
            registryWords = pm.isPresent() ? pm.get().tokenCount() : 1 + particle;
        }
        int end = w + Math.max(registryWords, 1) - 1;
        while (registryWords == 0 && end + 1 < ws.size() && (isPersonStart(ws.get(end + 1))
                || ctx != null && end + 1 - w < 4 && doc.token(ws.get(end + 1).first()).pos().equals("PROPN")
                    && Character.isLetter(ws.get(end + 1).text().charAt(0)) // (the tagger calls a dash PROPN at times)
                    && !registry.matchName(texts(ws), end + 1, lang).isPresent())) {
            end++;
        }
        if (registryWords == 0 && lang.equals("de")) {
            end += particleSurname(ws, end); // "Alexander Van der Bellen" with "der Bellen" outside the NER's name
        }
        if (registryWords == 0 && ctx == null && end > w) {
            List<Entity> known = surnames().getOrDefault(ws.get(w).text(), List.of());
            if (known.size() == 1 && ws.get(w).text().equals(known.get(0).lastName())) {
                // two names the NER ran together, the first the surname of a person named before ("Herbert Kickl …
                // forderte Kickl Van der Bellen auf"): that person, and the next name starts anew
                addMention(known.get(0), Span.of(doc.text(), ws.get(w).start(), ws.get(w).end()), ws.get(w).head(), "name", false);
                // the rest is a name of its own only if it starts with one ("erzählt Mayer dem STANDARD": no person)
                return doc.token(ws.get(w + 1).first()).pos().equals("PROPN") ? 1 : end - w + 1;
            }
        }
        Word first = ws.get(w);
        Word last = ws.get(end);
        Span span = Span.of(doc.text(), first.start(), last.end());
        String name = span.text();
        // English possessive "'s" is a separate token; German genitive -s is glued: "Stoltenbergs".
        Entity person = findPersonByName(name);
        if (person == null) {
            // A single registry-known name tagged PERSON by NER (rare) is left to the registry.
            if (end == w && registry.matchName(texts(ws), w, lang).isPresent()) {
                return 0;
            }
            Optional<Person> known = persons.match(name, date);
            if (known.isPresent()) {
                Person p = known.get();
                person = entity(p.id(), () -> withFirstNameGender(Entity.person(p, lang, date)));
            } else {
                String canonical = stripGenitive(name);
                person = entity("person:" + slug(canonical), () -> withFirstNameGender(Entity.person(canonical)));
            }
        }
        if (ctx != null) {
            if (ctx.role() != null) {
                applyRole(person, ctx.role(), ctx.qualifier());
            }
            Span full = Span.of(doc.text(), ctx.ws().get(ctx.from()).start(), last.end());
            addMention(person, full, last.head(), "name", false);
            if (pendingRoleMention != null) {
                addMention(person, pendingRoleMention, pendingRoleHead, "role", false);
                pendingRoleMention = null;
            }
        } else {
            addMention(person, span, last.head(), "name", false);
            if (person.gender == null && w > 0 && doc.token(ws.get(w - 1).head()).isNoun()) {
                // "seiner Tochter Aysa", "ihres Vaters Karl Jeitler": so that a later "er" skips the daughter
                Entity named = person;
                registry.nounGender(ws.get(w - 1).text(), lang).ifPresent(g -> named.gender = g);
            }
            // (not a title shared by coordinated names: "die Klubobleute Klaus Schneeberger (ÖVP) und Alfredo Rosenmaier")
            if (lang.equals("de") && w > 0 && doc.token(ws.get(w - 1).head()).pos().equals("NOUN")
                    && !hasConjunct(ws.get(w - 1).head()) && !hasConjunct(first.head()) && !hasConjunct(last.head())) {
                titled.put(ws.get(w - 1).text().toLowerCase(Locale.ROOT), person);
            }
        }
        return end - w + 1;
    }

    /**
     * A definite noun that titled a named person before is that person: "die Psychotherapeutin" after "die
     * Psychotherapeutin Barbara Preitler", "der Verhandler" after "Der ÖVP-Koalitionsverhandler … Michael Strugl" (the
     * noun or the last part of a compound, four letters or more). Not when two persons had such a title, and not
     * when a name follows (then it titles that one). Office titles go by the role lexicon ({@link #tryRolePerson}).
     */
    private int tryTitleReference(List<Word> ws, int w) {
        Word word = ws.get(w);
        Token t = doc.token(word.head());
        if (titled.isEmpty() || !t.pos().equals("NOUN") || word.text().length() < 4 || !hasDefiniteDeterminer(word.head())
                || w + 1 < ws.size() && isPersonStart(ws.get(w + 1))) {
            return 0;
        }
        Entity found = titledPerson(word.text());
        if (found == null) {
            return 0;
        }
        addMention(found, Span.of(doc.text(), word.start(), word.end()), word.head(), "description", false);
        return 1;
    }

    /** The one person a title ending in {@code noun} introduced ("Finanzminister" for "Minister"), or null (none, or two). */
    private Entity titledPerson(String noun) {
        String key = noun.toLowerCase(Locale.ROOT);
        Entity found = null;
        for (Map.Entry<String, Entity> e : titled.entrySet()) {
            if (e.getKey().endsWith(key)) {
                if (found != null && found != e.getValue()) {
                    return null;
                }
                found = e.getValue();
            }
        }
        return found;
    }

    /**
     * A definite occupation or description noun without a name after it is the person named just before: "so der
     * Experte" after "der Verfassungsrechtler Heinz Mayer", "erklärte der SPD-Politiker" after "Bundesjustizminister Heiko
     * Maas". The most recent named person of a fitting gender in this sentence before the noun or in the two before it
     * (as for pronouns). A masculine noun only as the subject ("der Politiker" may be a genitive plural) or after "so".
     */
    private int tryPersonNounReference(List<Word> ws, int w) {
        Word word = ws.get(w);
        Token t = doc.token(word.head());
        if (!lang.equals("de") || word.first() != word.last() && !hyphenJoined(word) || !t.pos().equals("NOUN")
                || w + 1 < ws.size() && isPersonStart(ws.get(w + 1))) {
            return 0;
        }
        // the parse may head a hyphenated word by its first part ("der Lufthansa-Manager": "Lufthansa" nsubj)
        int sh = syntacticHead(word);
        int d = determiner(sh);
        String det = d >= 0 && d < sh ? doc.token(d).text().toLowerCase(Locale.ROOT) : null;
        if (det == null || !DEFINITE.contains(det) && !INDEFINITE.contains(det)) {
            return 0;
        }
        String gender = registry.personNounGender(word.text(), lang).orElse(null);
        if (gender == null) {
            return 0;
        }
        if (INDEFINITE.contains(det)) {
            return describedSubject(ws, w, d, gender);
        }
        if (gender.equals("m")) {
            boolean afterSo = w > 1 && ws.get(w - 2).text().equalsIgnoreCase("so");
            if (!det.equals("der") || !(doc.token(sh).baseRel().equals("nsubj") || afterSo)) {
                return 0;
            }
        } else if (!det.equals("die") && !det.equals("der")) {
            return 0;
        }
        for (int k = w + 1; k < Math.min(ws.size() - 1, w + 7); k++) {
            if (ws.get(k).text().equals(",") && (isPersonStart(ws.get(k + 1))
                    || doc.token(ws.get(k + 1).first()).pos().equals("PROPN"))) {
                return 0; // "der Fraktionschef der Wahren Finnen, Sampo Terho": the name follows
            }
        }
        // a main clause's subject before another subject before any other mention, then the most recent; not a
        // possessor ("Obamas Öffnungspolitik"), not a pronoun (its own antecedent may be wrong), nothing in a quotation
        Entity best = null;
        long bestScore = Long.MIN_VALUE;
        for (Mention m : mentions) {
            Token mt = doc.token(m.head());
            Entity e = m.entity();
            if (mt.sentence() < t.sentence() - 2 || mt.sentence() > t.sentence() || m.start() >= word.start()
                    || !e.type.equals("PERSON") || !e.named || !pronounCompatible(e, gender) || m.kind().equals("pronoun")
                    || mt.deprel().endsWith(":poss") || mt.baseRel().equals("nmod") && mt.head() > mt.index()
                    || m.text().endsWith("s") && !e.name.endsWith("s") // a genitive: "Obamas Öffnungspolitik", not "Maas"
                    || Quotes.containing(quotes, m.start()) != null) {
                continue;
            }
            long score = m.start() + (mt.baseRel().equals("nsubj") ? (mainClauseSubject(mt) ? 2_000_000L : 1_000_000L) : 0);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (best == null) {
            return 0;
        }
        addMention(best, Span.of(doc.text(), word.start(), word.end()), word.head(), "description", false);
        if (best.gender == null) {
            best.gender = gender;
        }
        return 1;
    }

    /** A named person without a gender takes the first name's ("John Boehner": m), once, when created. */
    private Entity withFirstNameGender(Entity person) {
        if (person.gender == null) {
            registry.firstNameGender(person.name).ifPresent(g -> person.gender = g);
        }
        return person;
    }

    /**
     * "sagte ein malischer Offizier", "erklärte eine Kommissionssprecherin": an indefinite occupation noun as the subject
     * introduces a person of this article (as an indefinite role does), so that what they say or do has an actor; a
     * nationality adjective before it gives the country. Not as an object or in a phrase ("mit einem Experten").
     */
    private int describedSubject(List<Word> ws, int w, int det, String gender) {
        Word word = ws.get(w);
        Token t = doc.token(word.head());
        if (!t.baseRel().equals("nsubj")
                || !doc.token(det).text().toLowerCase(Locale.ROOT).equals(gender.equals("f") ? "eine" : "ein")) {
            return 0;
        }
        if (det > 0 && NOBODY_IN_PARTICULAR.contains(doc.token(det - 1).text().toLowerCase(Locale.ROOT))) {
            return 0; // "Kaum ein Politiker kann …"
        }
        Optional<Entry> country = w > 0 ? registry.adjective(ws.get(w - 1).text(), lang)
                .filter(e -> e.kind().name().equals("COUNTRY")) : Optional.empty();
        int from = country.isPresent() ? w - 1 : w;
        Span span = Span.of(doc.text(), ws.get(from).start(), word.end());
        Entity person = entity(describedPersonId(span.text(), true), () -> Entity.person(span.text()));
        person.named = false;
        person.gender = gender;
        country.ifPresent(c -> person.country = c.code());
        addMention(person, span, word.head(), "description", false);
        return 1;
    }

    /**
     * The surname of a person the document named in full before, where the tagger left it untagged ("Faymann meinte,
     * …" after "Kanzler Werner Faymann"; "…, sagt Kurz" with "Kurz" tagged as an adjective). The match is exact and
     * capitalised (genitive -s allowed) and must be one person's only; a word after an article, an adjective or a
     * number is a common noun ("der Koch"), and an adjective or noun at the start of a sentence is the word itself.
     */
    private int trySurname(List<Word> ws, int w) {
        Word word = ws.get(w);
        Token t = doc.token(word.head());
        String text = word.text();
        if (word.first() != word.last() && !hyphenatedName(word) || text.length() < 2 || !Character.isUpperCase(text.charAt(0))) {
            return 0;
        }
        String pos = t.pos();
        boolean name = pos.equals("PROPN");
        // at the start of a sentence only as a bare subject ("Stumpf war bei der Demo dabei", not "Kurz darauf")
        boolean bareSubject = t.baseRel().equals("nsubj") && determiner(word.head()) < 0 && doc.children(word.head()).length == 0
                // or parsed as a predicative adjective with no subject of its own ("Stumpf war bei der Demo dabei"; "Kurz
                // war die Pause" has one)
                || t.head() < 0 && doc.child(t.index(), "cop") >= 0 && Syntax.subject(doc, t.index()) < 0
                && determiner(word.head()) < 0;
        if (!name && !((w > 0 || bareSubject) && (pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("ADV")))) {
            return 0;
        }
        if (word.first() > 0 && doc.token(word.first() - 1).sentence() == t.sentence()) {
            String before = doc.token(word.first() - 1).pos();
            if (before.equals("DET") || before.equals("ADJ") || before.equals("NUM") || !name && before.equals("PUNCT")) {
                return 0;
            }
        }
        List<Entity> found = surnames().getOrDefault(text, List.of());
        if (found.size() != 1) {
            return 0; // none, or two persons of that surname
        }
        addMention(found.get(0), Span.of(doc.text(), word.start(), word.end()), word.head(), "name", false);
        return 1;
    }

    /** The token of a word whose parse head lies outside the word (the last one when none does). */
    private int syntacticHead(Word word) {
        for (int i = word.first(); i < word.last(); i++) {
            int h = doc.token(i).head();
            if (h < word.first() || h > word.last()) {
                return i;
            }
        }
        return word.last();
    }

    /** A word the tokenizer split at its hyphens ("SPD - Politiker"), not a contraction's parts ("im" → "in dem"). */
    private boolean hyphenJoined(Word word) {
        return word.last() > word.first() && doc.token(word.first() + 1).start() > doc.token(word.first()).start();
    }

    /**
     * A word the tokenizer split at its hyphens whose parts are all capitalised: a double surname ("Mikl-Leitner",
     * "Falque-Pierrotin"), which {@link #trySurname} takes as one word when a named person has it as surname.
     */
    private boolean hyphenatedName(Word word) {
        if (!hyphenJoined(word)) {
            return false; // a contraction's parts ("Im" → "In dem") are no double name
        }
        for (int i = word.first(); i <= word.last(); i += 2) {
            String part = doc.token(i).text();
            if (part.length() < 2 || !Character.isUpperCase(part.charAt(0)) || !Character.isLowerCase(part.charAt(1))) {
                return false;
            }
        }
        return true;
    }

    /** Named persons by surname and its genitive ("Faymann", "Faymanns"), indexed as entities are created. */
    private Map<String, List<Entity>> surnames() {
        for (; surnamesIndexed < created.size(); surnamesIndexed++) {
            Entity p = created.get(surnamesIndexed);
            String last = p.lastName();
            if (last != null) {
                // a particle surname by itself too ("Guttenberg" after "Karl-Theodor zu Guttenberg")
                String word = last.substring(last.lastIndexOf(' ') + 1);
                for (String key : word.equals(last) ? List.of(last) : List.of(last, word)) {
                    bySurname.computeIfAbsent(key, k -> new ArrayList<>(1)).add(p);
                    bySurname.computeIfAbsent(key + "s", k -> new ArrayList<>(1)).add(p);
                }
            }
        }
        return bySurname;
    }

    private int tryRegistryName(List<Word> ws, List<String> texts, int w) {
        Optional<NameMatch> nm = registry.matchName(texts, w, lang);
        Word word = ws.get(w);
        if (nm.isPresent()) {
            NameMatch m = nm.get();
            Word last = ws.get(w + m.tokenCount() - 1);
            Span span = Span.of(doc.text(), word.start(), last.end());
            String kind = m.entry().kind().name();
            int head = spanHead(word.first(), last.last());
            if (SUBJECT_ONLY.equals(m.entry().type()) && !activeSubject(head)) {
                return 0;
            }
            if (kind.equals("METONYM") && !m.genitive() && beginsLongerName(ws, texts, w + m.tokenCount())) {
                return 0;
            }
            boolean locative = (kind.equals("COUNTRY") || kind.equals("METONYM")) && isLocative(head);
            Entity e = entityFor(m.entry(), locative);
            if (e == null) {
                return 0;
            }
            addMention(e, span, last.head(), m.kind().name().equals("METONYM") ? "metonym" : "name", locative);
            return m.tokenCount();
        }
        // "Nato-Staaten", "US-Truppen", "Nato-Mitglied": registry prefix + member or sector noun.
        String prefix = word.firstPart();
        if (prefix != null) {
            Optional<Entry> q = registry.prefix(prefix, lang);
            if (q.isPresent()) {
                String rest = word.text().substring(prefix.length() + 1);
                String restKey = rest.toLowerCase(Locale.ROOT);
                if (MEMBER_NOUNS.contains(restKey)) {
                    Entity e = entityFor(q.get(), false);
                    if (e != null) {
                        addMention(e, Span.of(doc.text(), word.start(), word.end()), word.head(), "description", false);
                        return 1;
                    }
                }
                Optional<SectorNoun> sn = registry.sectorNoun(rest, lang);
                if (sn.isPresent() && !onePerson(ws, w, sn.get(), rest)) {
                    Entry c = q.get();
                    Entity e = sectorEntity(c, sn.get().sector(), word.text());
                    addMention(e, Span.of(doc.text(), word.start(), word.end()), word.head(), "description", false);
                    return 1;
                }
            }
        }
        return 0;
    }

    /** Country adjective + sector noun ("die ukrainische Armee"), or a bare group noun ("prorussische Milizen", "den Rebellen"). */
    private int tryGroup(List<Word> ws, int w) {
        Word word = ws.get(w);
        Optional<Entry> adj = registry.adjective(word.text(), lang);
        if (adj.isPresent() && w + 1 < ws.size()) {
            Optional<SectorNoun> sn = registry.sectorNoun(ws.get(w + 1).text(), lang);
            if (sn.isPresent() && !onePerson(ws, w + 1, sn.get(), ws.get(w + 1).text())) {
                Word noun = ws.get(w + 1);
                Span span = Span.of(doc.text(), word.start(), noun.end());
                Entity e = sectorEntity(adj.get(), sn.get().sector(), span.text());
                addMention(e, span, noun.head(), "description", false);
                return 2;
            }
            int k = modifiedSectorNoun(ws, w);
            if (k > 0) {
                Word noun = ws.get(w + k);
                Span span = Span.of(doc.text(), word.start(), noun.end());
                Entity e = sectorEntity(adj.get(), registry.sectorNoun(noun.text(), lang).get().sector(), span.text());
                addMention(e, span, noun.head(), "description", false);
                return k + 1;
            }
        }
        Optional<SectorNoun> sn = registry.sectorNoun(word.text(), lang);
        Token head = doc.token(word.head());
        if (sn.isEmpty() && lang.equals("de") && AGE_NOUN.matcher(word.text()).matches()) {
            sn = Optional.of(new SectorNoun("CVL", false)); // "ein 49-Jähriger": a civilian person
        }
        if (sn.isPresent() && w + 1 < ws.size() && doc.token(ws.get(w + 1).first()).pos().equals("PROPN")
                && registry.compoundSectorNoun(word.text(), lang)) {
            return 0; // "dem Energiekonzern RWE": the name that follows is the actor
        }
        if (sn.isPresent() && registry.adjectiveOnlySectorNoun(word.text(), lang)) {
            return 0; // "passenger jets", "the jets": no country adjective, no group (only "Israeli jets" is one)
        }
        if (sn.isPresent() && onePerson(ws, w, sn.get(), word.text())) {
            return 0; // "der Wissenschafter", "Sora-Forscher Christoph Hofinger": one person, whom the person noun describes
        }
        if (sn.isPresent() && head.isNoun()) {
            String sector = sn.get().sector();
            // Attributive adjectives that are not country adjectives name the group: "prorussische Milizen".
            int from = attributiveStart(ws, w);
            Span span = Span.of(doc.text(), ws.get(from).start(), word.end());
            Entity e;
            if (from < w) {
                e = entity("group:" + slug(span.text()), () -> Entity.group(span.text(), sector, null));
            } else if ((e = governedBy(word, sector)) != null) {
                // "the US administration", "the Trump administration": the country of the name before the noun
            } else {
                // A bare group noun refers back only when definite: "den Rebellen", "ihrer Soldaten", not "rund
                // 100.000 Soldaten"; else event coding treats generic groups as actors ("Police arrested …",
                // "Demonstranten besetzten …"), counted victims too ("killed 26 soldiers").
                e = sectorGroup(sector, word.text(),
                        hasDefiniteDeterminer(word.head()) || doc.child(word.head(), "det:poss") >= 0);
            }
            if (e.gender == null && AGE_NOUN.matcher(word.text()).matches()) {
                e.gender = ageNounGender(word); // so that "er" can refer to "einen 49-Jährigen"
            }
            addMention(e, span, word.head(), "description", false);
            return 1;
        }
        return 0;
    }

    /**
     * A German compound whose last part names what someone made known and whose first part names who ("nach
     * Polizeiangaben", "Regierungskreisen zufolge", "nach UN-Angaben", "Pentagon-Angaben"; {@code
     * source-compounds-de.tsv}) refers to that actor: a registry name, or a group noun resolved as its definite form
     * would be ("nach Armeeangaben" after "malische Soldaten" is Mali's army, as "die Armee" is). A first part that
     * names no actor ("Wahlkreisen", "Expertenschätzungen") gives none.
     */
    private int trySourceCompound(List<Word> ws, int w) {
        Word word = ws.get(w);
        if (!lang.equals("de") || !doc.token(word.head()).isNoun()) {
            return 0;
        }
        for (String part : registry.sourceCompoundOwners(word.text())) {
            Entity e = registry.prefix(part, lang).map(entry -> entityFor(entry, false)).orElse(null);
            Optional<SectorNoun> sn = e == null ? registry.sectorNoun(part, lang) : Optional.empty();
            if (sn.isPresent()) {
                e = sectorGroup(sn.get().sector(), part, true);
            }
            if (e != null) {
                addMention(e, Span.of(doc.text(), word.start(), word.end()), word.head(), "description", false);
                return 1;
            }
        }
        return 0;
    }

    /**
     * The group a group noun names: when it refers back ({@code refersBack}), the latest group of that sector
     * ({@link #lastEntityWithSector}), else or when there is none the noun's generic group of that sector.
     */
    private Entity sectorGroup(String sector, String noun, boolean refersBack) {
        Entity e = refersBack ? lastEntityWithSector(sector, noun) : null;
        return e != null ? e : entity("group:" + sector + ":" + slug(noun), () -> Entity.group(noun, sector, null));
    }

    /**
     * English only: how far after the country adjective at {@code w} a sector noun stands when one or two modifiers of
     * that noun come between ("Israeli security forces", "Turkish special forces", "Nigerian armed forces": the
     * country's forces, as "Israeli forces" is), or 0. The words between must be adjectives or nouns that depend on the
     * sector noun, none of them a country adjective or a sector noun itself ("Syrian government troops" keeps its
     * reading).
     */
    private int modifiedSectorNoun(List<Word> ws, int w) {
        if (!lang.equals("en")) {
            return 0;
        }
        for (int k = 2; k <= 3 && w + k < ws.size(); k++) {
            Word noun = ws.get(w + k);
            Token nt = doc.token(noun.head());
            if (!nt.isNoun() || registry.sectorNoun(noun.text(), lang).isEmpty()) {
                continue;
            }
            boolean ok = doc.token(ws.get(w).head()).head() == noun.head();
            for (int i = w + 1; ok && i < w + k; i++) {
                Token mt = doc.token(ws.get(i).head());
                ok = (mt.pos().equals("ADJ") || mt.pos().equals("NOUN")) && mt.head() == noun.head()
                        && registry.adjective(ws.get(i).text(), lang).isEmpty()
                        && registry.sectorNoun(ws.get(i).text(), lang).isEmpty();
            }
            if (ok) {
                return k;
            }
        }
        return 0;
    }

    /**
     * A German nationality noun that refers back to no one ("ein 29-jähriger gebürtiger Marokkaner", "eintausend
     * christliche Ägypter": the singular and plural forms are often the same): people of that nationality, a
     * civilian group of the country, with its attributive adjectives, as event coding names them.
     */
    private int nationalityGroup(List<Word> ws, int w, Demonym d) {
        Word word = ws.get(w);
        Span span = Span.of(doc.text(), ws.get(attributiveStart(ws, w)).start(), word.end());
        Entity e = entity("group:CVL:" + slug(span.text()), () -> Entity.group(span.text(), "CVL", d.country()));
        if (e.gender == null && !d.gender().equals("pl")) {
            e.gender = d.gender(); // so that a following "er" finds "einen Marokkaner"
        }
        addMention(e, span, word.head(), "description", false);
        return 1;
    }

    /** The first of the attributive adjectives before word {@code w} that are no country adjectives, or {@code w}. */
    private int attributiveStart(List<Word> ws, int w) {
        int from = w;
        while (from > 0 && doc.token(ws.get(from - 1).head()).pos().equals("ADJ")
                && registry.adjective(ws.get(from - 1).text(), lang).isEmpty()) {
            from--;
        }
        return from;
    }

    /** Gender of a singular age noun from its ending or article ("ein 49-Jähriger", "einen 49-Jährigen", "eine 30-Jährige"). */
    private String ageNounGender(Word word) {
        int det = doc.child(word.head(), "det");
        String d = det < 0 ? "" : doc.token(det).text().toLowerCase(Locale.ROOT);
        if (word.text().endsWith("r") || Set.of("einen", "einem", "eines", "dem", "des", "der").contains(d)) {
            return "m";
        }
        return d.equals("eine") || d.equals("einer") ? "f" : null;
    }

    /**
     * Organisations the registry does not list, from NER ("the Taliban", "Abu Sayyaf", "der Chaos Computer
     * Club", "die PAD"): a run of ORGANIZATION words becomes one actor; a following sector noun it modifies
     * joins the mention ("Abu Sayyaf gunmen"). Tried after the registry, so listed names keep their codes.
     */
    private int tryOrganization(List<Word> ws, int w) {
        if (!isOrganization(ws.get(w))) {
            return 0;
        }
        int end = w + 1;
        while (end < ws.size() && isOrganization(ws.get(end))) {
            end++;
        }
        Span name = Span.of(doc.text(), ws.get(w).start(), ws.get(end - 1).end());
        Entity e = entity("org:" + slug(name.text()), () -> {
            Entity o = Entity.group(name.text(), null, null);
            o.type = "ORGANIZATION";
            return o;
        });
        int last = end - 1;
        if (end < ws.size() && registry.sectorNoun(ws.get(end).text(), lang).isPresent()
                && doc.token(ws.get(end - 1).head()).head() == ws.get(end).head()) {
            last = end;
            if (e.sector == null) {
                e.sector = registry.sectorNoun(ws.get(end).text(), lang).get().sector();
            }
        }
        addMention(e, Span.of(doc.text(), ws.get(w).start(), ws.get(last).end()), ws.get(last).head(), "name", false);
        return last - w + 1;
    }

    private boolean isOrganization(Word word) {
        Token t = doc.token(word.head());
        return t.ner().equals("ORGANIZATION") && (t.pos().equals("PROPN") || Character.isUpperCase(word.text().charAt(0)));
    }

    /**
     * An English one-form demonym the tagger took for an adjective but the parse made a subject or object: "The
     * Chinese protested the decision".
     */
    private boolean demonymAsNoun(Token t) {
        return lang.equals("en") && t.pos().equals("ADJ") && Set.of("nsubj", "obj", "nmod", "obl").contains(t.baseRel());
    }

    /** An English demonym of one form for both numbers: "Sudanese", "Chinese", "Swiss" (also adjectives, languages). */
    private boolean oneFormDemonym(String word) {
        return lang.equals("en") && registry.oneFormDemonymEn(word);
    }

    /**
     * Whether an English one-form demonym names people: no modifier of a noun after it ("Chinese nationals", "the Sudanese
     * Armed Forces"), and a determiner or adjective of its own ("the Chinese", "young Chinese"), the of-phrase of a count
     * ("thousands of Sudanese") or the subject of a verb ("Sudanese protested") — not a language ("(Japanese)").
     */
    private boolean people(Token t) {
        int next = t.index() + 1;
        if (next < doc.tokens().size() && doc.token(next).sentence() == t.sentence() && doc.token(next).isNoun()
                || Set.of("compound", "amod", "flat").contains(t.baseRel())) {
            return false;
        }
        for (int c : doc.children(t.index())) {
            if (Set.of("det", "amod", "nummod").contains(doc.token(c).baseRel())) {
                return true;
            }
        }
        boolean of = doc.childrenWith(t.index(), "case").stream().anyMatch(c -> doc.token(c).text().equalsIgnoreCase("of"));
        return of && Set.of("nmod", "obl").contains(t.baseRel())
                || t.baseRel().equals("nsubj") && t.head() >= 0 && doc.token(t.head()).isVerb();
    }

    /**
     * A descriptor that may only refer back ("die Zeitung"): the listed singular form with a definite article, no
     * attribute and no name after it — "der belgischen Zeitung Le Soir", "die Tageszeitung Die Presse" and "Zeitungen"
     * are other or several newspapers, most of them not in the registry.
     */
    private boolean plainDefinite(Word word) {
        int h = word.head();
        if (!registry.listedDescriptorForm(word.text(), lang) || !hasDefiniteDeterminer(h)) {
            return false;
        }
        for (int c : doc.children(h)) {
            if (Set.of("amod", "appos", "flat", "nmod").contains(doc.token(c).baseRel()) && c > determiner(h)) {
                return false;
            }
        }
        int next = h + 1;
        if (next < doc.tokens().size() && doc.token(next).sentence() == doc.token(h).sentence()) {
            String n = doc.token(next).text();
            return n.isEmpty() || !Character.isUpperCase(n.charAt(0)) || doc.token(next).isVerb()
                    || doc.token(next).pos().equals("AUX");
        }
        return true;
    }

    /** English "a"/"an" before a one-form demonym: one person ("a Sudanese"), not the people. */
    private boolean englishSingularArticle(int token) {
        return lang.equals("en") && doc.childrenWith(token, "det").stream()
                .anyMatch(c -> Set.of("a", "an").contains(doc.token(c).text().toLowerCase(Locale.ROOT)));
    }

    /** Descriptors, demonyms and pronouns that refer back to an actor already seen. */
    private int tryReference(List<Word> ws, int w) {
        Word word = ws.get(w);
        Token t = doc.token(word.head());
        String lower = word.text().toLowerCase(Locale.ROOT);
        Span span = Span.of(doc.text(), word.start(), word.end());
        Optional<String> cls = registry.descriptorClass(word.text(), lang);
        boolean namedBefore = cls.isPresent() && registry.namedBefore(cls.get());
        if (cls.isPresent() && t.isNoun() && !hasIndefiniteDeterminer(word.head()) // "eine Hilfsorganisation" is none named
                && !nameInApposition(word.head()) && (!namedBefore || plainDefinite(word))) {
            Set<String> codes = new java.util.HashSet<>();
            registry.entriesWithDescriptor(cls.get()).forEach(x -> codes.add(x.code()));
            Entity e = mostRecent(m -> m.entity().code != null && codes.contains(m.entity().code)
                    && m.entity().type.equals("ORGANIZATION"), word.start());
            if (e == null && !namedBefore) {
                for (Entry entry : registry.entriesWithDescriptor(cls.get())) {
                    if (docCodes.contains(entry.code())) {
                        e = entityFor(entry, false);
                        break;
                    }
                }
            }
            if (e != null) {
                addMention(e, span, word.head(), "description", false);
                return 1;
            }
        }
        Optional<Demonym> dem = registry.demonym(word.text(), lang);
        if (dem.isPresent() && (t.isNoun() || demonymAsNoun(t)) && (!oneFormDemonym(word.text()) || people(t))) {
            Demonym d = dem.get();
            if (d.plural() && !englishSingularArticle(word.head())) { // "a Sudanese" is one person
                Entity e = entityFor(d.country(), false);
                if (e != null) {
                    addMention(e, span, word.head(), "demonym", false);
                    return 1;
                }
            } else if (hasDefiniteDeterminer(word.head())) {
                // "der Norweger": a person of that nationality; when the text never gave anyone's
                // nationality, the most salient person whose nationality is unknown.
                String nat = d.country().code();
                Entity e = mostRecent(m -> m.entity().type.equals("PERSON") && nat.equals(m.entity().country)
                        && genderOk(m.entity(), d.gender()), word.start());
                if (e == null) {
                    e = mostRecent(m -> m.entity().type.equals("PERSON") && m.entity().named && m.entity().country == null
                            && genderOk(m.entity(), d.gender()), word.start());
                    if (e != null) {
                        e.country = nat;
                    }
                }
                if (e != null) {
                    addMention(e, span, word.head(), "demonym", false);
                    return 1;
                }
            }
            if (lang.equals("de") && !d.plural()) {
                return nationalityGroup(ws, w, d);
            }
        }
        if ((t.pos().equals("PRON") || Syntax.isPossessive(t)) && Quotes.containing(quotes, t.start()) == null) {
            String gender = pronounGender(lower, t);
            if (gender != null) {
                Entity e = resolvePronoun(t, gender);
                if (e != null) {
                    addMention(e, span, word.head(), "pronoun", false);
                    if (e.gender == null && e.type.equals("PERSON")) {
                        e.gender = gender;
                    }
                    return 1;
                }
            } else if (lang.equals("de") && lower.equals("sie") && t.baseRel().equals("nsubj") && !singularVerb(t.head())
                    && (t.text().equals("sie") || sentenceInitial(t) && !formalAddress()) && !firstPersonSentence(t)) {
                Entity e = pluralSubject(t);
                if (e != null) {
                    addMention(e, span, word.head(), "pronoun", false);
                    return 1;
                }
            }
        }
        return 0;
    }

    // ------------------------------------------------------------------ pronouns

    /**
     * "Die Nationalisten sehen darin ein Nachgeben. Sie fordern ein hartes Vorgehen": a plural "sie" as the subject is
     * the subject of a plural verb in its own sentence before it or in the sentence before (the verbs' agreement stands
     * in for the number the tagger does not give): the main clause's subject first, then the most recent. That subject
     * must be a group, organisation or country; when it is a noun that names no actor ("Helfen könnten Pädagogen ihren
     * Schülern, indem sie …") or a person, the pronoun stays unresolved.
     */
    private Entity pluralSubject(Token pronoun) {
        int from = doc.sentences().get(Math.max(0, pronoun.sentence() - 1)).firstToken();
        Token best = null;
        long bestScore = Long.MIN_VALUE;
        for (int i = from; i < pronoun.index(); i++) {
            Token t = doc.token(i);
            if (!t.baseRel().equals("nsubj") || !(t.isNoun() || t.pos().equals("PROPN")) || singularVerb(t.head())
                    || Quotes.containing(quotes, t.start()) != null) {
                continue;
            }
            long score = i + (t.sentence() == pronoun.sentence() ? 2_000_000L : 0) + (mainClauseSubject(t) ? 1_000_000L : 0);
            if (score > bestScore) {
                best = t;
                bestScore = score;
            }
        }
        Mention m = best == null ? null : tokenMention.get(best.index());
        if (m == null || m.head() != best.index() || m.locative()) {
            return null;
        }
        String type = m.entity().type;
        return type.equals("GROUP") || type.equals("ORGANIZATION") || type.equals("COUNTRY") ? m.entity() : null;
    }

    private Boolean formal;

    /** Whether the text addresses someone as "Sie" (a capital "Sie" inside a sentence: an interview). */
    private boolean formalAddress() {
        if (formal == null) {
            formal = false;
            for (Token t : doc.tokens()) {
                if (t.text().equals("Sie") && !sentenceInitial(t)) {
                    formal = true;
                    break;
                }
            }
        }
        return formal;
    }

    /** First in its sentence, or after an opening quotation mark, colon or dash ("STANDARD: Sie …"). */
    private boolean sentenceInitial(Token t) {
        if (t.index() == 0 || doc.token(t.index() - 1).sentence() != t.sentence()) {
            return true;
        }
        return OPENERS.contains(doc.token(t.index() - 1).text());
    }

    private static final Set<String> OPENERS = Set.of("„", "\"", "“", "»", "«", ":", "–", "-", "(");

    /** A sentence with "ich", "wir" … is someone's own words (news text often drops the quotation marks). */
    private boolean firstPersonSentence(Token t) {
        Sentence s = doc.sentences().get(t.sentence());
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (FIRST_PERSON_DE.contains(doc.token(i).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> FIRST_PERSON_DE = Set.of("ich", "mich", "mir", "wir", "uns");

    private String pronounGender(String lower, Token t) {
        if (lang.equals("de")) {
            if (DE_PRON_M.contains(lower) && t.pos().equals("PRON")
                    || DE_POSS_M.contains(lower) && Syntax.isPossessive(t)) {
                return "m";
            }
            if (DE_PRON_F.contains(lower) && (t.baseRel().equals("nsubj") || t.baseRel().equals("obj"))
                    && singularVerb(t.head())) {
                return "f";
            }
            return null;
        }
        if (EN_PRON_M.contains(lower)) {
            return "m";
        }
        if (EN_PRON_F.contains(lower)) {
            return "f";
        }
        return null;
    }

    /** German finite verbs in the plural end in -en/-n ("sagten", "haben"); "sie sagte" is singular. */
    private boolean singularVerb(int head) {
        if (head < 0) {
            return false;
        }
        String v = doc.token(head).text().toLowerCase(Locale.ROOT);
        int aux = doc.child(head, "aux");
        if (aux < 0) {
            aux = doc.child(head, "cop"); // "Ermittler waren in einer Halle an der Arbeit": the copula agrees
        }
        if (aux >= 0) {
            v = doc.token(aux).text().toLowerCase(Locale.ROOT);
        }
        return !(v.endsWith("en") || v.endsWith("ern") || v.endsWith("eln") || v.equals("sind"));
    }

    /**
     * Candidates: mentions before the pronoun in its own sentence, then in the two preceding
     * sentences; grammatical subjects first within a sentence, then recency. Mentions inside
     * quotation marks are the quoted speaker's world and come last.
     */
    private Entity resolvePronoun(Token pronoun, String gender) {
        Entity e = resolvePronoun(pronoun, gender, false);
        if (e == null && gender.equals("f") && lang.equals("de") && !womanBefore(pronoun)
                && !(pronoun.text().equals("Sie") && (!sentenceInitial(pronoun) || formalAddress()))) {
            // only when no woman is near, named or not: "Die Frau sei aufgegriffen worden, teilte die Polizei mit. Bei
            // ihrer Einvernahme gestand sie …" is the woman
            e = resolvePronoun(pronoun, gender, true);
        }
        return e != null ? e : farSubject(pronoun, gender);
    }

    /** As {@link #resolvePronoun(Token, String)}, over the compatible mentions, or ({@code bodies}) feminine bodies only. */
    private Entity resolvePronoun(Token pronoun, String gender, boolean bodies) {
        int sent = pronoun.sentence();
        for (int back = 0; back <= 2 && sent - back >= 0; back++) {
            int si = sent - back;
            Entity best = null;
            int bestScore = Integer.MIN_VALUE;
            for (Mention m : mentions) {
                Token mt = doc.token(m.head());
                if (mt.sentence() != si || m.start() >= pronoun.start() || m.locative()) {
                    continue;
                }
                Entity e = m.entity();
                if (bodies ? !feminineNoun(m) : !pronounCompatible(e, gender)) {
                    continue;
                }
                int score = m.start(); // recency
                if (mt.baseRel().equals("nsubj")) {
                    // the main clause's subject before one in a reported clause ("Erdoğan hatte Demirtaş vorgeworfen,
                    // er unterhalte Kontakte …. Er forderte …": Erdoğan)
                    score += mainClauseSubject(mt) ? 100_000 : 50_000;
                }
                if (Quotes.containing(quotes, m.start()) != null) {
                    score -= 1_000_000;
                }
                if (e.type.equals("PERSON")) {
                    score += 10_000;
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = e;
                }
            }
            if (best != null && bestScore > -500_000) {
                return best;
            }
        }
        return null;
    }

    /**
     * A subject pronoun with no candidate in its own or the two sentences before it is the named person who was the
     * subject three sentences back, when those sentences mention no one ("…, sagte Mitterlehner: … . Denn … . In
     * Zusammenhang … . Keinen Zweifel hatte er aber daran, …": the speaker's own quoted sentences in between). Not
     * through another pronoun (its own antecedent may be wrong).
     */
    private Entity farSubject(Token pronoun, String gender) {
        int si = pronoun.sentence() - FAR_BACK;
        if (si < 0 || !pronoun.baseRel().equals("nsubj")) {
            return null;
        }
        Mention best = null;
        for (Mention m : mentions) {
            Token mt = doc.token(m.head());
            if (mt.sentence() > si && m.start() < pronoun.start()) {
                return null; // someone or something else is mentioned in between
            }
            Entity e = m.entity();
            if (mt.sentence() != si || !e.type.equals("PERSON") || !e.named || !pronounCompatible(e, gender)
                    || m.kind().equals("pronoun") || Quotes.containing(quotes, m.start()) != null
                    || best != null && m.start() <= best.start()) {
                continue;
            }
            Token subject = mt; // the name, or the title it is apposed to ("Vizekanzler Karl Berger konstatierte")
            while ((subject.baseRel().equals("appos") || subject.baseRel().equals("flat")) && subject.head() >= 0) {
                subject = doc.token(subject.head());
            }
            if (subject.baseRel().equals("nsubj") && mainClauseSubject(subject)) {
                best = m;
            }
        }
        return best == null ? null : best.entity();
    }

    /** Whether {@code subject}'s verb is its sentence's root or a verb coordinated with the root. */
    private boolean mainClauseSubject(Token subject) {
        if (subject.head() < 0) {
            return false;
        }
        Token verb = doc.token(subject.head());
        return verb.head() < 0 || verb.baseRel().equals("conj") && doc.token(verb.head()).head() < 0;
    }

    private boolean pronounCompatible(Entity e, String gender) {
        if (e.type.equals("PERSON")) {
            return e.gender == null || e.gender.equals(gender);
        }
        // Organisations: German grammatical gender of the name (der Kreml, der Rat: er; die Nato: sie).
        return lang.equals("de") && gender.equals(e.gender);
    }

    /**
     * A group or organisation named by a singular German noun that is feminine by its ending ("die Polizei", "die
     * Regierung", "die Staatsanwaltschaft", "die Kommission", "die Armee"): a singular "sie" can refer to it. Plurals
     * end otherwise ("die Gruppen"), so the ending also tells the number the tagger does not give.
     */
    private boolean feminineNoun(Mention m) {
        Token h = doc.token(m.head());
        if (lang.equals("de") && h.pos().equals("PROPN") && m.entity().type.equals("ORGANIZATION")
                && determinerIs(m.head(), "die")) {
            return true; // "Die HDP wirft der Staatsführung … vor. Sie bezichtigt …": a name the article makes feminine
        }
        if (!lang.equals("de") || !h.pos().equals("NOUN") || m.entity().type.equals("PERSON")
                || hasIndefiniteDeterminer(m.head())) { // "von einer Partei": no particular one to refer back to
            return false;
        }
        String w = h.text().toLowerCase(Locale.ROOT);
        for (String suffix : FEMININE_ENDINGS_DE) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a noun for a woman ("die Frau", "die Bettlerin", "seiner Tochter") stands in the pronoun's sentence before
     * it or in the two sentences before: a person the resolver keeps no mention of, but the likelier antecedent.
     */
    private boolean womanBefore(Token pronoun) {
        int from = doc.sentences().get(Math.max(0, pronoun.sentence() - 2)).firstToken();
        for (int i = from; i < pronoun.index(); i++) {
            Token t = doc.token(i);
            if (!t.pos().equals("NOUN")) {
                continue;
            }
            String w = t.text().toLowerCase(Locale.ROOT);
            if (w.endsWith("erin") || w.endsWith("entin") || w.endsWith("istin") || w.endsWith("antin")
                    || registry.personNounGender(w, lang).filter("f"::equals).isPresent()
                    || registry.nounGender(t.text(), lang).filter("f"::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Endings of feminine singular nouns (derivational suffixes, and heads of compounds that name bodies). */
    private static final List<String> FEMININE_ENDINGS_DE = List.of("ei", "ung", "heit", "keit", "schaft", "ion",
            "tät", "enz", "anz", "ur", "ie", "ee", "ik", "wehr", "wache", "miliz", "justiz", "gruppe", "behörde",
            "bank", "firma", "partei");

    private boolean genderOk(Entity e, String gender) {
        return gender == null || e.gender == null || e.gender.equals(gender);
    }

    // ------------------------------------------------------------------ entities

    private Entity entityFor(Entry entry, boolean locative) {
        if (entry.kind().name().equals("METONYM")) {
            if (locative) {
                return entity("place:" + slug(entry.nameDe() == null ? entry.code() : entry.nameDe()),
                        () -> Entity.place(lang.equals("de") ? entry.nameDe() : entry.nameEn(), entry.country()));
            }
            if (entry.requires() != null) {
                for (String code : entry.requires().split("\\|")) {
                    if (docCodes.contains(code)) {
                        return registry.byCode(code).map(e -> entityFor(e, false)).orElse(null);
                    }
                }
                return null;
            }
            String country = entry.country() != null ? entry.country() : entry.parent();
            Optional<Entry> c = registry.byCode(country);
            if (c.isEmpty()) {
                return null;
            }
            return sectorEntity(c.get(), entry.sector() == null ? "GOV" : entry.sector(), null);
        }
        String code = entry.code();
        return entity(code, () -> Entity.fromEntry(entry, lang));
    }

    private Entity sectorEntity(Entry owner, String sector, String surface) {
        String id = owner.code() + "-" + sector;
        return entity(id, () -> {
            Entity e = Entity.group(label(owner) + " (" + sector + ")", sector, owner);
            e.type = "ORGANIZATION";
            e.code = owner.code();
            e.gender = null;
            return e;
        });
    }

    private String label(Entry e) {
        String n = lang.equals("de") ? e.nameDe() : e.nameEn();
        return n == null ? e.code() : n;
    }

    private String documentTag;

    /**
     * The id of a person the text describes but does not name ("ein Sprecher", "der Minister"): a person of this
     * article only, so the id carries the text's hash (the first 8 hex digits of its SHA-256, the store's article id)
     * — otherwise every article's "Sprecher" would be one actor across a corpus. An indefinite one is someone new
     * ("-2", "-3" …); a definite or bare one is the latest so described.
     */
    private String describedPersonId(String description, boolean indefinite) {
        String base = "person:" + slug(description) + DESCRIBED + documentTag();
        String id = latestDescribed.getOrDefault(base, base);
        if (indefinite && entities.containsKey(id)) {
            int k = 2; // "ein Sprecher des Kremls … ein Sprecher der Polizei": two spokesmen
            while (entities.containsKey(base + "-" + k)) {
                k++;
            }
            id = base + "-" + k;
        }
        latestDescribed.put(base, id);
        return id;
    }

    /** Described persons by their first id: the latest one so described, which a later "der Sprecher" refers to. */
    private final Map<String, String> latestDescribed = new HashMap<>();

    private String documentTag() {
        if (documentTag == null) {
            documentTag = Sha256.hex(doc.text(), 4);
        }
        return documentTag;
    }

    /** Separates a described person's slug from its article tag: {@code person:sprecher~1f2e3d4c}. */
    public static final String DESCRIBED = "~";

    private Entity entity(String id, java.util.function.Supplier<Entity> create) {
        return entities.computeIfAbsent(id, k -> {
            Entity e = create.get();
            e.id = k;
            created.add(e);
            return e;
        });
    }

    private void applyRole(Entity person, Role r, Entry qualifier) {
        String org = qualifier == null ? null : qualifier.code();
        String title = (r.deputy() && !r.title().toLowerCase(Locale.ROOT).contains("vize")
                && !r.title().toLowerCase(Locale.ROOT).contains("deputy") ? "Vize-" : "") + r.title();
        person.addRole(title, org, r.key());
        if (person.gender == null && r.gender() != null && !r.gender().equals("unknown")) {
            person.gender = r.gender();
        }
        if (person.sector == null) {
            person.sector = r.sector();
        }
        if (qualifier != null) {
            boolean isCountry = qualifier.kind().name().equals("COUNTRY");
            boolean isMetonym = qualifier.kind().name().equals("METONYM");
            String country = isCountry ? qualifier.code() : isMetonym ? qualifier.country() : null;
            String stated = isMetonym ? country : qualifier.code();
            if (person.registryAffiliation && stated != null && !stated.equals(person.affiliation)) {
                // The text's own role wins over the registry: its organisation, country and sector replace the registry's.
                person.affiliation = null;
                person.country = null;
                person.sector = r.sector();
            }
            person.registryAffiliation = false;
            if (country != null && person.country == null) {
                person.country = country;
            }
            if (person.affiliation == null) {
                person.affiliation = isMetonym ? country : qualifier.code();
            }
            if (isMetonym && qualifier.sector() != null) {
                person.sector = qualifier.sector();
            }
        }
    }

    private Entity findPersonByName(String name) {
        String key = slug(name);
        Entity exact = entities.get("person:" + key);
        if (exact != null) {
            return exact;
        }
        String bare = stripGenitive(name);
        Entity e = entities.get("person:" + slug(bare));
        if (e != null) {
            return e;
        }
        // Surname (possibly with genitive -s) of a person named in full earlier; the earliest such person
        List<Entity> byName = surnames().getOrDefault(name, List.of());
        Entity first = byName.isEmpty() ? null : byName.get(0);
        for (Entity p : surnames().getOrDefault(bare, List.of())) {
            if (bare.equals(p.lastName())) {
                return first == null || created.indexOf(p) < created.indexOf(first) ? p : first;
            }
        }
        return first;
    }

    private Entity findPersonByRole(Role r, Entry qualifier) {
        Entity best = null;
        for (Mention m : mentions) {
            Entity e = m.entity();
            if (!e.type.equals("PERSON")) {
                continue;
            }
            for (ActorIndex.Role er : e.roles) {
                boolean orgOk = qualifier == null || qualifier.code().equals(er.organization())
                        || qualifier.code().equals(e.country) || qualifier.code().equals(e.affiliation);
                if (er.key() != null && er.key().equals(r.key()) && orgOk) {
                    best = e; // keep the most recent
                }
            }
        }
        return best;
    }

    /**
     * An English government noun modified by a name ("the US administration", "the Trump administration", "the Maduro
     * regime", "the Bush administration"): the government of the country the name is, or the person it names holds
     * office in; a name with no known country gives a group of its own ("Bush administration"), not the latest
     * government-sector actor of the text. Null when no name modifies the noun (and always in German).
     */
    private Entity governedBy(Word word, String sector) {
        if (!lang.equals("en") || !sector.equals("GOV") || !GOVERNMENT_NOUNS_EN.contains(word.text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (int c : doc.children(word.head())) {
            Token ct = doc.token(c);
            Mention m = tokenMention.get(c);
            if (c > word.head() || !ct.pos().equals("PROPN") || m == null
                    || !(ct.baseRel().equals("compound") || ct.baseRel().equals("nmod"))) {
                continue;
            }
            Entity owner = m.entity();
            Optional<Entry> country = owner.country == null ? Optional.empty() : registry.byCode(owner.country);
            if (country.isPresent() && (owner.type.equals("COUNTRY") || owner.type.equals("PERSON"))) {
                return sectorEntity(country.get(), sector, null);
            }
            if (owner.type.equals("PERSON")) {
                String name = owner.name + " " + word.text();
                return entity("group:" + slug(name), () -> Entity.group(name, sector, null));
            }
        }
        return null;
    }

    private static final Set<String> GOVERNMENT_NOUNS_EN = Set.of("administration", "government", "regime");

    /**
     * The latest group of that sector a definite group noun refers back to. Religious communities and party
     * members are distinct groups, not descriptions of one another ("Muslime griffen die Kopten an", "der
     * Republikaner" after "die Demokraten"), and "der 49-Jährige" is not any earlier civilian: there the earlier
     * group must be named with the same noun.
     */
    private Entity lastEntityWithSector(String sector, String noun) {
        Entity best = null;
        String key = noun.toLowerCase(Locale.ROOT);
        String stem = key.substring(0, Math.min(4, key.length()));
        for (Mention m : mentions) {
            if (sector.equals(m.entity().sector) && !m.entity().type.equals("PERSON") && !m.entity().registry
                    && (!NAMED_GROUP_SECTORS.contains(sector) && !AGE_NOUN.matcher(noun).matches()
                        || m.entity().name.toLowerCase(Locale.ROOT).contains(stem))) {
                best = m.entity();
            }
        }
        return best;
    }

    private Entity mostRecent(java.util.function.Predicate<Mention> ok, int before) {
        Entity best = null;
        for (Mention m : mentions) {
            if (m.start() < before && ok.test(m)) {
                best = m.entity();
            }
        }
        return best;
    }

    private void addMention(Entity e, Span span, int head, String kind, boolean locative) {
        Mention m = new Mention(e, span.start(), span.end(), span.text(), head, kind, locative);
        mentions.add(m);
        e.mentions.add(m);
        int[] range = tokenRange(span);
        for (int t = range[0]; t <= range[1]; t++) {
            tokenMention.putIfAbsent(t, m);
        }
    }

    private int[] tokenRange(Span span) {
        int a = doc.tokenAt(span.start());
        int b = doc.tokenAt(span.end() - 1);
        // MWT parts share offsets: extend to every token of the last surface word.
        while (b + 1 < doc.tokens().size() && doc.token(b + 1).start() == doc.token(b).start()
                && doc.token(b + 1).end() == doc.token(b).end()) {
            b++;
        }
        return new int[] {Math.max(a, 0), Math.max(b, 0)};
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Place use of a name: "in Moskau", "an der Grenze zur Ukraine". Source prepositions on a
     * noun ("Gesprächspartner aus Moskau") name who someone represents, not where.
     */
    private boolean isLocative(int token) {
        Token t = doc.token(token);
        boolean onNoun = t.baseRel().equals("nmod");
        for (int c : doc.children(token)) {
            Token ct = doc.token(c);
            if (ct.deprel().equals("case")) {
                String p = doc.text().substring(ct.start(), ct.end()).toLowerCase(Locale.ROOT);
                if (onNoun && (p.equals("aus") || p.equals("von") || p.equals("from") || p.equals("of"))) {
                    return false;
                }
                if (lang.equals("de") ? LOCATIVE_DE.contains(p) || p.equals("im") || p.equals("zur") || p.equals("am")
                        || p.equals("ins") || p.equals("beim") : LOCATIVE_EN.contains(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A capital that begins a longer name ("Wien Energie", "die Washington Post", "Berlin Babylon", "Wien Währing") is
     * no metonym: the next word is a capitalised name or noun right after it, linked to it as its flat, compound, nmod
     * or appos part (either way round) or tagged with it as one organisation or other name; not a hyphenated compound
     * ("Athen IWF-Kredite", which the parse may join to the capital) and not a role ("Kremlin Spokesman Peskov"). A
     * genitive is a possessor, not a name part ("Moskaus Unterstützung"), and is not asked.
     */
    private boolean beginsLongerName(List<Word> ws, List<String> texts, int next) {
        if (next >= ws.size()) {
            return false;
        }
        Word n = ws.get(next);
        Word prev = ws.get(next - 1);
        Token nt = doc.token(n.head());
        if (n.first() != n.last() || nt.sentence() != doc.token(prev.head()).sentence()
                || n.start() != prev.end() + 1 || !Character.isUpperCase(n.text().charAt(0))
                || !(nt.pos().equals("PROPN") || nt.pos().equals("NOUN"))) {
            return false;
        }
        if (lang.equals("en") ? registry.roleAt(texts, next, lang).isPresent() : registry.role(n.text(), lang).isPresent()) {
            return false;
        }
        Token pt = doc.token(prev.head());
        return nt.head() == prev.head() && NAME_PARTS.contains(nt.baseRel())
                || pt.head() == n.head() && NAME_PARTS.contains(pt.baseRel())
                || NAME_ENTITIES.contains(pt.ner()) && pt.ner().equals(nt.ner()); // also where no parse was made
    }

    /** Entity tags under which a capital and the word after it form one name; two LOCATION words may be two places. */
    private static final Set<String> NAME_ENTITIES = Set.of("ORGANIZATION", "MISC");

    private static final Set<String> NAME_PARTS = Set.of("flat", "compound", "nmod", "appos");

    /**
     * Active subject of a verb, or a conjunct of one ("Rabat announced", "Kigali and Kinshasa signed"):
     * the only place where a capital of the {@link #SUBJECT_ONLY} kind names its government, not
     * "University of Nairobi", "the Doha agreement" or "Mogadishu was hit".
     */
    private boolean activeSubject(int token) {
        Token t = doc.token(token);
        while (t.deprel().equals("conj") && t.head() >= 0) {
            t = doc.token(t.head());
        }
        return t.deprel().equals("nsubj") && t.head() >= 0 && doc.token(t.head()).isVerb();
    }

    /** The token of {@code [first, last]} whose head lies outside the range. */
    private int spanHead(int first, int last) {
        for (int t = first; t <= last; t++) {
            int h = doc.token(t).head();
            if (h < first || h > last) {
                return t;
            }
        }
        return last;
    }

    /** Words before an indefinite article that make its noun nobody in particular ("kaum ein Politiker"). */
    private static final Set<String> NOBODY_IN_PARTICULAR = Set.of("kaum", "nicht", "fast");
    private static final Set<String> INDEFINITE = Set.of("ein", "eine", "einer", "einem", "einen", "eines", "a", "an");

    /**
     * "die Nachrichtenagentur Anadolu", "die Organisation Amnesty International": the descriptor introduces the name
     * right after it, so it refers to that name's actor, not back to an earlier one.
     */
    private boolean nameInApposition(int token) {
        int next = token + 1;
        if (next >= doc.tokens().size() || doc.token(next).sentence() != doc.token(token).sentence()) {
            return false;
        }
        Token n = doc.token(next);
        return n.pos().equals("PROPN") && (n.head() == token || doc.token(token).head() == next);
    }

    private boolean hasIndefiniteDeterminer(int token) {
        for (int c : doc.children(token)) {
            if (doc.token(c).deprel().equals("det") && INDEFINITE.contains(doc.token(c).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "ein anderer US-Regierungsvertreter", "der andere Sprecher": someone other than the one before. */
    private boolean hasOtherAdjective(int token) {
        for (int c : doc.children(token)) {
            if (doc.token(c).baseRel().equals("amod") && doc.token(c).lemma().toLowerCase(Locale.ROOT).startsWith("ander")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A noun with no article or possessive on any of its tokens (the parse may hang one on "US" of "US-Vertreter")
     * that is no apposition, conjunct of one or predicate ("Michael Pock, … und Gleichbehandlungssprecher der Neos",
     * "Lustig war Unternehmenssprecher der MEL"): those are titles of a person named beside them.
     */
    private boolean bareArgument(Word word) {
        for (int t = word.first(); t <= word.last(); t++) {
            Token tok = doc.token(t);
            if (tok.head() < word.first() || tok.head() > word.last()) {
                String rel = tok.baseRel();
                if (rel.equals("appos") || rel.equals("parataxis") || rel.equals("conj") && tok.head() >= 0
                        && doc.token(tok.head()).baseRel().equals("appos")) {
                    return false;
                }
            }
            for (int c : doc.children(t)) {
                String rel = doc.token(c).baseRel();
                if (rel.equals("det") || rel.equals("cop") || rel.equals("nsubj")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "als Vertreter der Regierung": a role said of someone, not a mention of its own ("wie" marks speech: "wie ein Sprecher sagte"). */
    private boolean predicative(Word word) {
        for (int t = word.first(); t <= word.last(); t++) {
            for (int c : doc.children(t)) {
                String form = doc.token(c).text().toLowerCase(Locale.ROOT);
                if (doc.token(c).baseRel().equals("case") && form.equals("als")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a German role form is also its plural ("Vertreter", "Minister"): its dative plural reads as one. */
    private boolean alsoPlural(String form) {
        return registry.role(form + "n", lang).map(Role::plural).orElse(false);
    }

    private boolean hasConjunct(int token) {
        for (int c : doc.children(token)) {
            if (doc.token(c).baseRel().equals("conj")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DEFINITE = Set.of("der", "die", "des", "dem", "den", "the");

    private boolean hasDefiniteDeterminer(int token) {
        int d = determiner(token);
        return d >= 0 && DEFINITE.contains(doc.token(d).text().toLowerCase(Locale.ROOT));
    }

    /** A singular dative or genitive article: "dem", "des", "einem", "eines" (a weak noun's form is then no plural). */
    private boolean singularOblique(int token) {
        int d = determiner(token);
        return d >= 0 && SINGULAR_OBLIQUE.contains(doc.token(d).text().toLowerCase(Locale.ROOT));
    }

    /**
     * A plural group noun that is also a singular person noun ("Forscher", "Wissenschafter") names one person after a
     * singular article ("der Wissenschafter", "einem US-Sicherheitsforscher") or before a name ("Sora-Forscher Christoph
     * Hofinger"): the person-noun reading is left to the other steps.
     */
    private boolean onePerson(List<Word> ws, int w, SectorNoun sn, String noun) {
        return sn.plural() && lang.equals("de")
                && (germanSingularArticle(ws.get(w).head()) || w + 1 < ws.size() && personAt(ws, w + 1))
                && registry.personNounGender(noun, lang).isPresent();
    }

    /** A German singular article ("der", "einem", "dieses"): see {@link #onePerson}. */
    private boolean germanSingularArticle(int token) {
        int d = determiner(token);
        return d >= 0 && SINGULAR_ARTICLE.contains(doc.token(d).text().toLowerCase(Locale.ROOT));
    }

    private boolean determinerIs(int token, String article) {
        int d = determiner(token);
        return d >= 0 && doc.token(d).text().equalsIgnoreCase(article);
    }

    /** {@link #determinerIs}, or for the flat part of a split compound its head's ("der AU - Sondergesandte"). */
    private boolean phraseDeterminerIs(int token, String article) {
        Token t = doc.token(token);
        return determinerIs(token, article) || t.baseRel().equals("flat") && t.head() >= 0 && determinerIs(t.head(), article);
    }

    /** The first determiner of {@code token}, or -1. */
    private int determiner(int token) {
        for (int c : doc.children(token)) {
            if (doc.token(c).deprel().equals("det")) {
                return c;
            }
        }
        return -1;
    }

    private List<Word> textsOf;
    private List<String> textsCache;

    /** The words' texts; cached for the sentence being scanned, as lookups at every word ask for them. */
    private List<String> texts(List<Word> ws) {
        if (ws != textsOf) {
            textsOf = ws;
            textsCache = textsUncached(ws);
        }
        return textsCache;
    }

    private static List<String> textsUncached(List<Word> ws) {
        List<String> out = new ArrayList<>(ws.size());
        for (Word w : ws) {
            out.add(w.text());
        }
        return out;
    }

    static String stripGenitive(String name) {
        if (name.endsWith("'s") || name.endsWith("’s")) {
            return name.substring(0, name.length() - 2);
        }
        return name;
    }

    public static String slug(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
        n = OUTER_DASHES.matcher(NON_ALNUM.matcher(n.replace("ß", "ss")).replaceAll("-")).replaceAll("");
        return n.isEmpty() ? "x" : n;
    }
}
