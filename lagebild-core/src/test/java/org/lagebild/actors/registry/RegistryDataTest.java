package org.lagebild.actors.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lagebild.actors.registry.tools.CountryTableGenerator;

/** Consistency checks over the registry's data files. */
class RegistryDataTest {
    private final ActorRegistry reg = ActorRegistry.get();

    private List<Entry> countries() {
        return reg.entries().stream().filter(e -> e.kind() == Kind.COUNTRY).toList();
    }

    @Test
    void everyIsoCountryIsPresentWithBothNames() {
        List<Entry> countries = countries();
        assertTrue(countries.size() >= 245, "countries: " + countries.size());
        Set<String> codes = countries.stream().map(Entry::code).collect(Collectors.toSet());
        for (String alpha2 : Locale.getISOCountries()) {
            String alpha3 = new Locale("", alpha2).getISO3Country();
            assertTrue(codes.contains(alpha3), alpha3);
        }
        for (Entry e : reg.entries()) {
            assertFalse(e.nameDe() == null || e.nameDe().isBlank(), e.code());
            assertFalse(e.nameEn() == null || e.nameEn().isBlank(), e.code());
            // empty: no pronoun refers to it (organisations.tsv, DER STANDARD)
            assertTrue(e.gender() == null || Set.of("m", "f", "n", "pl").contains(e.gender()), e.code() + " gender " + e.gender());
        }
    }

    @Test
    void generatedColumnsMatchTheJdk() {
        Set<String> rows = CountryTableGenerator.jdkRows().stream().map(r -> r[0] + "/" + r[1]).collect(Collectors.toSet());
        assertEquals(rows.size(), countries().size());
        for (Entry e : countries()) {
            assertEquals(e.code(), e.country());
            assertTrue(rows.stream().anyMatch(r -> r.startsWith(e.code() + "/")), e.code());
        }
    }

    @Test
    void noSurfaceFormNamesTwoActorsUnlessDeclared() {
        for (String lang : List.of("de", "en")) {
            for (Map.Entry<String, Set<String>> k : reg.nameIdentities(lang).entrySet()) {
                if (k.getValue().size() > 1) {
                    assertTrue(reg.nameConflicts(lang).containsKey(k.getKey()), lang + ":" + k.getKey() + " -> " + k.getValue());
                }
            }
        }
    }

    @Test
    void sectorsAndCodesAreKnown() {
        Set<String> sectors = reg.sectors().keySet();
        Set<String> codes = new HashSet<>();
        for (Entry e : reg.entries()) {
            assertTrue(codes.add(e.code()), "duplicate " + e.code());
            if (e.sector() != null) {
                assertTrue(sectors.contains(e.sector()), e.code() + " sector " + e.sector());
            }
            if (e.kind() == Kind.ORGANIZATION) {
                assertTrue(Set.of("IGO", "NGO", "FORUM", "BODY", "PARTY", "MEDIA").contains(e.type()), e.code());
            }
            if (e.parent() != null) {
                assertTrue(reg.byCode(e.parent()).isPresent(), e.code() + " parent " + e.parent());
            }
            if (e.country() != null) {
                assertEquals(Kind.COUNTRY, reg.byCode(e.country()).orElseThrow().kind(), e.code());
            }
            assertEquals(null, e.wikidata(), "no QID is verified yet: " + e.code());
        }
        long metonyms = reg.entries().stream().filter(e -> e.kind() == Kind.METONYM).count();
        assertTrue(metonyms >= 40, "metonyms: " + metonyms);
    }

    @Test
    void mostCountriesHaveAdjectivesAndDemonyms() {
        long adjectives = countries().stream()
                .filter(e -> reg.adjective(e.nameDe(), "de").isEmpty()) // a name is never an adjective
                .count();
        assertEquals(countries().size(), adjectives);
        assertTrue(reg.adjective("norwegisch", "de").isPresent());
        assertTrue(reg.demonym("Simbabwerin", "de").isPresent());
        assertTrue(reg.demonym("Zimbabweans", "en").isPresent());
    }
}
