package org.forcestat.model;

/**
 * One partial's keys of one kind of record (calls, or crime records), so that a record repeated in
 * another file is counted once: added as sheets are read, merged with another partial's, and taken
 * (forgotten here) once the run has compared them.
 */
public final class KeptKeys {
    private CallKeys keys = CallKeys.NONE;

    /** The keys kept. */
    public CallKeys get() {
        return keys;
    }

    /** Adds the keys of records counted. */
    public void add(CallKeys more) {
        keys = keys.plus(more);
    }

    /** Forgets the keys (a run's merged counts do not keep 8 bytes a record) and returns them. */
    public CallKeys take() {
        CallKeys k = keys;
        keys = CallKeys.NONE;
        return k;
    }
}
