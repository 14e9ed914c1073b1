package org.lagebild.store;

import java.nio.file.Path;

/** The Store API on the embedded H2 database. */
class H2StoreTest extends StoreContract {
    @Override
    StoreConfig config(Path dataDir) {
        return StoreConfig.embedded(dataDir);
    }
}
