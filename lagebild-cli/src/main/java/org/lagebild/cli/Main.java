package org.lagebild.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lagebild} — the command line entry point; one subcommand per capability. */
@Command(name = "lagebild", mixinStandardHelpOptions = true, version = "lagebild 0.1.0",
        description = "Evidence-linked actors, statements, events, times and quantities from German and English news.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, ExportCommand.class, ServeCommand.class, CompactCommand.class, BenchApiCommand.class,
                QuotesCommand.class, EventsCommand.class, BenchCommand.class, ClassArchiveCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line without exiting the JVM (for tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("lagebild: " + ex);
            if (System.getenv("LAGEBILD_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr()); // where an unexpected failure came from, for a bug report
            } else if (ex instanceof RuntimeException && !(ex instanceof IllegalArgumentException)) {
                cmd.getErr().println("lagebild: (LAGEBILD_DEBUG=1 prints the stack trace)");
            }
            cmd.getErr().flush();
            return 1;
        });
        return cl.execute(args);
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
