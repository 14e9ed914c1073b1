package org.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A thread that ends inside the region is counted; one that worked and ended before it is not. */
class ThreadCpuSamplerTest {
    @Test
    void countsThreadsThatEndInsideTheRegionOnly() throws Exception {
        try (ThreadCpuSampler sampler = new ThreadCpuSampler()) {
            Thread before = burner("cpu-before");
            before.start();
            before.join();
            sampler.start();
            Thread inside = burner("cpu-inside");
            inside.start();
            inside.join();
            double inRegion = sampler.seconds("cpu-inside"::equals);
            assertTrue(inRegion > 0.1, "CPU of the thread that ended inside the region: " + inRegion);
            assertEquals(0.0, sampler.seconds("cpu-before"::equals), 1e-9);
        }
    }

    /** A thread that spins for about 0.3 s of its own CPU time. */
    private static Thread burner(String name) {
        return new Thread(() -> {
            var bean = java.lang.management.ManagementFactory.getThreadMXBean();
            long until = bean.getCurrentThreadCpuTime() + 300_000_000L;
            long x = 0;
            while (bean.getCurrentThreadCpuTime() < until) {
                x += System.nanoTime() % 7;
            }
            if (x == 42) {
                System.out.print("");
            }
        }, name);
    }
}
