package org.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The load generator's endpoint filter and the server-CPU reading of bench-api. */
class BenchApiOptionsTest {
    private static final List<LoadGenerator.Endpoint> ENDPOINTS = List.of(
            new LoadGenerator.Endpoint("GET /api/articles?q=&from=&to=", () -> "/a"),
            new LoadGenerator.Endpoint("GET /api/articles/{id}", () -> "/b"),
            new LoadGenerator.Endpoint("GET /api/actors/{id}", () -> "/c"));

    @Test
    void endpointFilterKeepsNamesContainingAnyText() {
        assertEquals(3, LoadGenerator.select(ENDPOINTS, List.of()).size());
        assertEquals(List.of("GET /api/articles/{id}"),
                LoadGenerator.select(ENDPOINTS, List.of("articles/{id}")).stream().map(LoadGenerator.Endpoint::name).toList());
        assertEquals(2, LoadGenerator.select(ENDPOINTS, List.of("/{id}")).size());
        assertEquals(2, LoadGenerator.select(ENDPOINTS, List.of("articles?", "actors/")).size());
        assertEquals(0, LoadGenerator.select(ENDPOINTS, List.of("series")).size());
    }

    @Test
    void cpuTicksAreUserPlusSystemTimeEvenWithSpacesInTheName() {
        String line = "4242 (java (x) y) S 1 4242 13993 0 -1 4194304 98 0 0 0 1234 56 7 8 20 0 1 0 5743381 3133440 393";
        assertEquals(1234 + 56, ProcessCpu.parseTicks(line));
        assertEquals("java (x) y", ProcessCpu.name(line));
        assertEquals("request threads", ProcessCpu.group("JettyServerThre"));
        assertEquals("h2 background", ProcessCpu.group("MVStore backgro"));
        assertEquals("gc", ProcessCpu.group("GC Thread#1"));
        assertEquals("other", ProcessCpu.group("main"));
    }

    @Test
    void ownProcessCpuIsReadWhereProcExists() {
        java.nio.file.Path self = java.nio.file.Path.of("/proc/self/stat");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(self), "no /proc here");
        ProcessCpu cpu = new ProcessCpu(ProcessHandle.current().pid());
        cpu.mark();
        org.junit.jupiter.api.Assertions.assertTrue(cpu.windowMillis().isEmpty());
        cpu.mark();
        org.junit.jupiter.api.Assertions.assertTrue(cpu.windowMillis().get(ProcessCpu.TOTAL) >= 0);
        org.junit.jupiter.api.Assertions.assertTrue(cpu.windowMillis().get("other") >= 0); // this test's thread
    }
}
