package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded page cache comes from StoreConfig: the default for writing, or the size given. */
class StoreCacheConfigTest {
    @TempDir
    Path dir;

    @Test
    void defaultIsAQuarterOfTheHeapAtLeastH2sDefault() {
        StoreConfig c = StoreConfig.embedded(dir);
        assertEquals(StoreConfig.DEFAULT_CACHE, c.cacheKb());
        long quarter = Runtime.getRuntime().maxMemory() / 4 / 1024;
        assertEquals(Math.max(StoreConfig.H2_DEFAULT_CACHE_KB, quarter), c.effectiveCacheKb());
        assertEquals(12_345, c.withCacheKb(12_345).effectiveCacheKb());
        assertEquals(dir, c.withCacheKb(12_345).dataDir());
        assertThrows(IllegalArgumentException.class, () -> c.withCacheKb(-1));
    }

    @Test
    void storeOpensWithTheConfiguredCache() throws Exception {
        assertEquals(20_480, openedCacheKb(StoreConfig.embedded(dir.resolve("a")).withCacheKb(20_480)));
        assertEquals(StoreConfig.embedded(dir).effectiveCacheKb(), openedCacheKb(StoreConfig.embedded(dir.resolve("b"))));
    }

    private static long openedCacheKb(StoreConfig config) throws Exception {
        try (Store s = Store.open(config); Connection c = s.reader(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                     + "WHERE LOWER(SETTING_NAME) = 'cache_size'")) {
            assertTrue(rs.next());
            return Long.parseLong(rs.getString(1));
        }
    }
}
