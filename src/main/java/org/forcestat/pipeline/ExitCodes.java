package org.forcestat.pipeline;

/** The exit codes of a run or watch build (SPEC §7); the command line adds its own (usage, internal, disk full). */
public final class ExitCodes {
    /** Done, no errors. */
    public static final int OK = 0;
    /** Validation errors found (not suppressed). */
    public static final int VALIDATION_ERRORS = 1;
    /** Some inputs could not be read. */
    public static final int UNREADABLE_INPUTS = 2;

    private ExitCodes() {
    }
}
