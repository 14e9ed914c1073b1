package org.lagebild.places;

/**
 * One gazetteer entry.
 *
 * @param id         stable id: the GeoNames id as text, {@code A1:UA.11} for a first-order division,
 *                   {@code C:UA} for a country, {@code R:…} for a hand-made region of regions.tsv
 * @param geonamesId the GeoNames id for places that have one in the data, else null
 * @param name       GeoNames name (mostly English or local), or the country's / region's name
 * @param feature    GeoNames feature class and code ({@code P.PPLC}, {@code A.ADM1}, {@code A.PCL}),
 *                   {@code R.RGN} for hand-made regions
 * @param country    ISO 3166-1 alpha-3, null where the JDK has no code (e.g. Kosovo)
 * @param population GeoNames population, 0 when unknown (sums for divisions, countries and regions)
 */
public record Place(String id, Long geonamesId, String name, String feature, String country, String admin1,
                    double lat, double lon, long population) {

    public boolean isCountry() {
        return feature.equals("A.PCL");
    }

    /**
     * A populated place of at least {@value #TOWN_POPULATION} people: what a town adjective ("Londoner") or a
     * court's name ("Landgericht München II") names, large enough that rare homonyms ("Oberster") do not count.
     */
    public boolean isTown() {
        return feature.startsWith("P.") && population >= TOWN_POPULATION;
    }

    static final long TOWN_POPULATION = 50_000;
}
