package org.lagebild.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lagebild} — the command line entry point; one subcommand per capability. */
@Command(name = "lagebild", mixinStandardHelpOptions = true, version = "lagebild 0.1.0",
        description = "Evidence-linked actors, statements, events, times and quantities from German and English news.",
        subcommands = {AnalyzeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line without exiting the JVM (for tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("lagebild: " + ex.getMessage());
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
