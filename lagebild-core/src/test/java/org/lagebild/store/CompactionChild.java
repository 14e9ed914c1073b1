package org.lagebild.store;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link StoreCompactionTest}: {@code hold DATA_DIR} opens the store as an
 * ingest would and keeps it open until its standard input closes; {@code loop DATA_DIR} compacts
 * the store again and again until it is killed.
 */
public final class CompactionChild {
    private CompactionChild() {
    }

    public static void main(String[] args) throws Exception {
        StoreConfig config = StoreConfig.embedded(Path.of(args[1]));
        if (args[0].equals("hold")) {
            try (Store s = Store.open(config)) {
                System.out.println("open " + s.stats().articles());
                System.out.flush();
                while (System.in.read() >= 0) {
                    // until the parent closes our input
                }
            }
        } else {
            for (int i = 0; ; i++) {
                StoreCompaction.compact(config);
                System.out.println("compacted " + i);
                System.out.flush();
            }
        }
    }
}
