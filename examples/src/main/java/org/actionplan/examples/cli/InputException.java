package org.actionplan.examples.cli;

/**
 * Bad input for the command-line tool: a missing or unreadable file, an unknown bundled plan, an engine that
 * is not available. The tool prints the message on one line and exits with code 2.
 */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  the one-line reason, not null
     */
    public InputException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message  the one-line reason, not null
     * @param cause  the cause, may be null
     */
    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
