package org.lagebild.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Model files shipped separately from the library (the non-commercial ones under {@code models/}):
 * Lagebild runs without them, so a missing file is an explained error, not a crash.
 */
public final class OptionalModels {
    private OptionalModels() {
    }

    /**
     * {@code base/relative} if it is a regular file, else an IOException saying that {@code what}
     * is not installed, where it was looked for, and {@code remedy}.
     */
    public static Path require(Path base, Path relative, String what, String remedy) throws IOException {
        Path f = base.resolve(relative);
        if (!Files.isRegularFile(f)) {
            throw new IOException(what + " is not installed: " + f + " is missing; " + remedy);
        }
        return f;
    }
}
