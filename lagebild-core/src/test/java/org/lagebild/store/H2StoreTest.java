package org.lagebild.store;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Store API on the embedded H2 database. */
class H2StoreTest extends StoreContract {
    @Override
    StoreConfig config(Path dataDir) {
        return StoreConfig.embedded(dataDir);
    }

    /** Store turns off H2's global value cache before H2 reads its settings (see Store's static block). */
    @Test
    void h2ValueCacheIsOff() {
        assertFalse(org.h2.engine.SysProperties.OBJECT_CACHE,
                "H2's SysProperties initialised before Store set h2.objectCache=false");
    }
}
