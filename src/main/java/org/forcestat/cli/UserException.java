package org.forcestat.cli;

/** A mistake in how forcestat was called (a missing folder, a bad option): shown as one line, exit 64. */
public final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserException(String message) {
        super(message);
    }
}
