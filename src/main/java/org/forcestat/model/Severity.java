package org.forcestat.model;

/** How serious a finding is; ERROR findings make {@code run} and {@code validate} exit with 1. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The word shown to users. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
