package org.lagebild.data;

/** A bundled data file has a row that cannot be read; names the file and the 1-based line. */
public final class MalformedDataException extends RuntimeException {
    private final String resource;
    private final int line;

    public MalformedDataException(String resource, int line, String message) {
        super(resource + ":" + line + ": " + message);
        this.resource = resource;
        this.line = line;
    }

    public String resource() {
        return resource;
    }

    public int line() {
        return line;
    }
}
