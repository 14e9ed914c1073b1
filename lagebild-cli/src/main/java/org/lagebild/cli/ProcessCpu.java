package org.lagebild.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time (user + system) of another process between two marks, from Linux's
 * {@code /proc/PID/stat} (clock ticks of 10 ms), for CPU per request of a server under load.
 */
final class ProcessCpu {
    /** USER_HZ: the unit of /proc's times on every Linux architecture Java runs on. */
    private static final double MS_PER_TICK = 10.0;

    private final Path stat;
    private volatile long first = -1;
    private volatile long last = -1;

    ProcessCpu(long pid) {
        this.stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.isReadable(stat)) {
            throw new IllegalArgumentException("cannot read " + stat + " (needs Linux and a running process)");
        }
        ticks(); // fails now rather than in the measured window
    }

    /** Records the process's CPU time now: the first call opens the window, later ones close it. */
    void mark() {
        long t = ticks();
        if (first < 0) {
            first = t;
        } else {
            last = t;
        }
    }

    /** CPU milliseconds between the first and the last mark (NaN before two marks). */
    double windowMillis() {
        return first < 0 || last < 0 ? Double.NaN : (last - first) * MS_PER_TICK;
    }

    private long ticks() {
        try {
            return parseTicks(Files.readString(stat));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** utime + stime (fields 14 and 15) of a /proc/PID/stat line; the name in parentheses may hold spaces. */
    static long parseTicks(String statLine) {
        String[] f = statLine.substring(statLine.lastIndexOf(')') + 2).trim().split(" ");
        // f[0] is field 3 (state), so field n is f[n - 3]
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
