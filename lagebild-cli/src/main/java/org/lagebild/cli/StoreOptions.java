package org.lagebild.cli;

import java.nio.file.Path;
import org.lagebild.store.StoreConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Where the store is: {@code --data DIR} (embedded H2) or {@code --db jdbc:postgresql://…}. */
final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "lagebild-data",
            description = "Data directory: the embedded database and the full-text index (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "PostgreSQL database instead of the embedded one, e.g. jdbc:postgresql://localhost/lagebild?user=u&password=p "
                    + "(the full-text index stays in --data).")
    String db;

    StoreConfig config(CommandSpec spec) {
        try {
            return db == null ? StoreConfig.embedded(data) : StoreConfig.server(db, data);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--db: " + e.getMessage());
        }
    }
}
