package org.lagebild.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lagebild.events.learn.EnglishEventClassifier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --event-model} of analyze, ingest and events eval: the learned English event classifier, off by default. */
final class EventModelOption {
    @Option(names = "--event-model", defaultValue = "rules", paramLabel = "rules|en-nc|FILE",
            description = "English event classifier on top of the event rules: rules (none, default), en-nc "
                    + "(separate file models/events-en-nc/, trained on ConfliBERT's CAMEO sentences, CC BY-NC-SA 3.0, "
                    + "non-commercial use only), or a model file from 'events train'.")
    String name = "rules";

    /** The chosen classifier, or null for the rules alone. */
    EnglishEventClassifier classifier(CommandSpec spec) {
        try {
            return switch (name) {
                case "rules" -> null;
                case "en-nc" -> EnglishEventClassifier.nonCommercial(
                        QuoteModelOption.base(EnglishEventClassifier.NON_COMMERCIAL));
                default -> {
                    Path f = Path.of(name);
                    if (!Files.isRegularFile(f)) {
                        throw new ParameterException(spec.commandLine(),
                                "--event-model: rules, en-nc or a model file, not " + name);
                    }
                    yield EnglishEventClassifier.read(f);
                }
            };
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--event-model " + name + ": " + e.getMessage());
        }
    }
}
