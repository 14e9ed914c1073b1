package org.lagebild.server;

/**
 * A request the API answers with an error status and {@code {"error": message}}. Messages name
 * the offending parameter and never echo more than a short excerpt of client input.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiException badRequest(String parameter, String problem) {
        return new ApiException(400, parameter + ": " + problem);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, what);
    }

    /** Client input shortened for messages. */
    static String excerpt(String s) {
        if (s == null) {
            return "null";
        }
        String one = s.replaceAll("\\p{Cntrl}", " ");
        return one.length() <= 40 ? "'" + one + "'" : "'" + one.substring(0, 40) + "…'";
    }
}
