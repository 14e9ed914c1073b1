package org.lagebild.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time (user + system) of another process between two marks, from Linux's
 * {@code /proc/PID/stat} (clock ticks of 10 ms), in total and by thread group (from
 * {@code /proc/PID/task/TID/stat}): a server's request threads, its garbage collector, H2's
 * background writer (which compacts a store while it is served, whatever the load) and the JIT,
 * so that CPU per request is not charged with work that does not depend on the requests.
 */
final class ProcessCpu {
    /** USER_HZ: the unit of /proc's times on every Linux architecture Java runs on. */
    private static final double MS_PER_TICK = 10.0;
    static final String TOTAL = "total";

    private final Path proc;
    private volatile Map<String, Long> first;
    private volatile Map<String, Long> last;

    ProcessCpu(long pid) {
        this.proc = Path.of("/proc", Long.toString(pid));
        if (!Files.isReadable(proc.resolve("stat"))) {
            throw new IllegalArgumentException("cannot read " + proc.resolve("stat") + " (needs Linux and a running process)");
        }
        ticks(); // fails now rather than in the measured window
    }

    /** Records the process's CPU time now: the first call opens the window, later ones close it. */
    void mark() {
        Map<String, Long> t = ticks();
        if (first == null) {
            first = t;
        } else {
            last = t;
        }
    }

    /**
     * CPU milliseconds between the first and the last mark: {@link #TOTAL}, then per thread group
     * (threads that ended in the window are missing from the groups, not from the total); empty
     * before two marks.
     */
    Map<String, Double> windowMillis() {
        Map<String, Double> out = new LinkedHashMap<>();
        if (first == null || last == null) {
            return out;
        }
        last.forEach((group, t) -> out.put(group, (t - first.getOrDefault(group, 0L)) * MS_PER_TICK));
        return out;
    }

    /** The thread group of a thread name as Linux keeps it (the first 15 characters). */
    static String group(String threadName) {
        if (threadName.startsWith("JettyServerThre") || threadName.startsWith("qtp")) {
            return "request threads";
        }
        if (threadName.startsWith("GC Thread") || threadName.equals("VM Thread")) {
            return "gc";
        }
        if (threadName.startsWith("MVStore backgro") || threadName.startsWith("H2-")) {
            return "h2 background";
        }
        if (threadName.startsWith("C1 CompilerThre") || threadName.startsWith("C2 CompilerThre")) {
            return "jit";
        }
        return "other";
    }

    private Map<String, Long> ticks() {
        Map<String, Long> out = new LinkedHashMap<>();
        try {
            out.put(TOTAL, parseTicks(Files.readString(proc.resolve("stat"))));
            for (String g : new String[] {"request threads", "gc", "h2 background", "jit", "other"}) {
                out.put(g, 0L);
            }
            try (Stream<Path> tasks = Files.list(proc.resolve("task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    String line;
                    try {
                        line = Files.readString(task.resolve("stat"));
                    } catch (NoSuchFileException e) {
                        continue; // the thread ended meanwhile
                    }
                    out.merge(group(name(line)), parseTicks(line), Long::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The name in parentheses of a /proc stat line (it may hold spaces and parentheses). */
    static String name(String statLine) {
        return statLine.substring(statLine.indexOf('(') + 1, statLine.lastIndexOf(')'));
    }

    /** utime + stime (fields 14 and 15) of a /proc/PID/stat line; the name in parentheses may hold spaces. */
    static long parseTicks(String statLine) {
        String[] f = statLine.substring(statLine.lastIndexOf(')') + 2).trim().split(" ");
        // f[0] is field 3 (state), so field n is f[n - 3]
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
