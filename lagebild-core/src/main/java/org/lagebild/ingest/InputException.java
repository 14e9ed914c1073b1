package org.lagebild.ingest;

/**
 * An input that cannot be read as a document: empty, binary, too large, malformed JSON, etc.
 * The message is meant for the user as is and starts with the source name,
 * e.g. {@code "notes.txt: empty file"} or {@code "in.jsonl line 7: invalid JSON: ..."}.
 */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String source;

    /** @param source the file or line name, e.g. {@code "notes.txt"} or {@code "in.jsonl line 7"} */
    public InputException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    public InputException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
    }

    public String source() {
        return source;
    }
}
