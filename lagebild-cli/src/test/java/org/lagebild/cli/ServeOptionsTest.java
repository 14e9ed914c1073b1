package org.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lagebild.store.StoreConfig;
import picocli.CommandLine;

/** serve's page cache option reaches the store configuration. */
class ServeOptionsTest {
    private static ServeCommand parse(String... args) {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs(args);
        return cmd;
    }

    @Test
    void cacheDefaultsToH2sSixteenMegabytes() {
        StoreConfig c = parse("--data", "d").storeConfig();
        assertEquals(StoreConfig.H2_DEFAULT_CACHE_KB, c.cacheKb());
        assertEquals(Path.of("d"), c.dataDir());
    }

    @Test
    void cacheMbSetsTheStoresPageCache() {
        assertEquals(64 * 1024, parse("--data", "d", "--cache-mb", "64").storeConfig().effectiveCacheKb());
        assertThrows(CommandLine.ParameterException.class, () -> parse("--cache-mb", "0").storeConfig());
        assertThrows(CommandLine.ParameterException.class, () -> parse("--cache-mb", "-5").storeConfig());
    }
}
