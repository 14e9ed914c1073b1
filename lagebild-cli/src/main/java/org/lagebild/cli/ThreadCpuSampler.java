package org.lagebild.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * CPU time of this JVM's threads over a timed region, by thread name. Threads that end inside
 * the region (an ingest's writer, a store's index thread) are gone when it ends, so every thread
 * is sampled every few milliseconds and counted with its last sample (at most one period short).
 */
final class ThreadCpuSampler implements AutoCloseable {
    private static final long PERIOD_MILLIS = 20;

    private final ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    private final Map<Long, String> names = new HashMap<>();
    /** Last CPU time seen per thread id, and what it was when the region started. */
    private final Map<Long, Long> last = new HashMap<>();
    private final Map<Long, Long> atStart = new HashMap<>();
    private final Thread sampler;
    private volatile boolean stopped;

    ThreadCpuSampler() {
        sampler = new Thread(() -> {
            while (!stopped) {
                sample();
                try {
                    Thread.sleep(PERIOD_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-cpu-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private synchronized void sample() {
        for (long id : bean.getAllThreadIds()) {
            long cpu = bean.getThreadCpuTime(id);
            if (cpu < 0) {
                continue;
            }
            if (!names.containsKey(id)) {
                ThreadInfo info = bean.getThreadInfo(id);
                names.put(id, info == null ? "?" : info.getThreadName());
            }
            last.put(id, cpu);
        }
    }

    /** Starts a region: what threads used so far does not count. */
    synchronized void start() {
        sample();
        atStart.clear();
        atStart.putAll(last);
    }

    /** Seconds of CPU of the threads whose name passes {@code which}, since {@link #start}. */
    synchronized double seconds(Predicate<String> which) {
        sample();
        long sum = 0;
        for (Map.Entry<Long, Long> e : last.entrySet()) {
            if (which.test(names.get(e.getKey()))) {
                sum += e.getValue() - atStart.getOrDefault(e.getKey(), 0L);
            }
        }
        return sum / 1e9;
    }

    @Override
    public void close() {
        stopped = true;
        sampler.interrupt();
    }
}
