package org.forcestat.ingest;

import java.time.LocalDate;
import java.util.Arrays;
import org.forcestat.model.CallCounts;

/**
 * The incident references of one sheet's calls, so that several calls about one incident are one
 * incident (a control room counts a second caller about the same crash as a call, not a new incident).
 *
 * <p>Each call with a reference is counted as an incident when read; at the end the references are
 * sorted and every call after the first of its reference is taken back off its day's incidents
 * ({@link CallCounts#sameIncident}), so an incident is counted once, on its first call's day, whatever
 * order the rows come in. A reference is kept as one long: a 48-bit hash of its text above 16 bits of
 * its day (days from the sheet's first call, give or take 89 years): eight bytes a call and no String,
 * 6.6 MB for a year of 827,000 calls. Two different references share a hash with a chance of about
 * n^2 / 2^49 (one in 800 for a year of 827,000 incidents).
 *
 * <p>A reference of bare digits ({@code 0123}, as STORM serials are numbered afresh each day) names an
 * incident only with its date ({@link #numberOnDay}): serial 123 of 1 April and serial 123 of 2 April are two
 * incidents, and {@code 0123} and {@code 123} of one day are one (a system's serial, padded or not). Any
 * other reference ({@code SW-20150401-0123}) is one incident whatever day a call about it came.
 * A flag ({@code Y}, {@code Yes}, {@code 1}, {@code TRUE}) names no incident: each flagged call is one.
 */
final class IncidentRefs {
    private static final int DAY_BITS = 16;
    private static final int DAY_BIAS = 1 << (DAY_BITS - 1);
    private static final long DAY_MASK = (1L << DAY_BITS) - 1;

    private long[] keys = new long[256];
    private int n;
    private long firstDay = Long.MIN_VALUE;
    /**
     * The last call's date and its epoch day: calls come a day at a time, so the JDK's day count, whose
     * branches for leap years first turn up in January and made the JIT compile the calls' reader
     * again three-quarters through a financial year, runs once a day, not once a call.
     */
    private LocalDate lastDate;
    private long lastDay;

    /**
     * Notes a counted call on {@code date} whose STORM cell {@code c} is flagged ({@link Values#stormFlag}: the
     * call was counted as an incident). Runs on every such call: it makes no String for a reference that is
     * not bare digits (the hash is taken over the trimmed text in place).
     */
    void add(Cell c, LocalDate date) {
        if (c.type() == Cell.Type.BOOLEAN) {
            return;
        }
        String t = c.display();
        int from = 0;
        int to = t.length();
        // As String.trim: the reference without the spaces (and control characters) around it.
        while (from < to && t.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && t.charAt(to - 1) <= ' ') {
            to--;
        }
        if (isFlag(t, from, to)) {
            return;
        }
        if (!date.equals(lastDate)) {
            lastDate = date;
            lastDay = date.toEpochDay();
        }
        long day = lastDay;
        if (firstDay == Long.MIN_VALUE) {
            firstDay = day;
        }
        long offset = day - firstDay + DAY_BIAS;
        if (offset < 0 || offset > DAY_MASK) {
            // Over 89 years from the sheet's first call: a date no control room has; counted as its own incident.
            return;
        }
        long hash = digitsOnly(t, from, to) ? numberOnDay(number(t, from, to), day) : DuplicateIds.hash(t, from, to);
        if (n == keys.length) {
            keys = Arrays.copyOf(keys, n * 2);
        }
        keys[n++] = hash << DAY_BITS | offset;
    }

    /** Takes each repeated reference's later calls off their days' incidents; returns how many calls that was. */
    long settle(CallCounts calls) {
        // Sorted where they are: a copy would be another 6.6 MB for a year of calls, at the peak of the read.
        long[] k = keys;
        keys = null;
        Arrays.sort(k, 0, n);
        long repeated = 0;
        for (int i = 1; i < n; i++) {
            if (k[i] >>> DAY_BITS == k[i - 1] >>> DAY_BITS) {
                calls.sameIncident(LocalDate.ofEpochDay(firstDay + (k[i] & DAY_MASK) - DAY_BIAS));
                repeated++;
            }
        }
        return repeated;
    }

    /**
     * An incident number of digits, {@code t[from, to)}, without its leading zeros: a command-and-control
     * system's "0001" and "1" are one number; "0" stays 0. The same rule for STORM serials and for the
     * calls' incident numbers ({@link CallRecordReader}).
     */
    static String number(String t, int from, int to) {
        while (from < to - 1 && t.charAt(from) == '0') {
            from++;
        }
        return t.substring(from, to);
    }

    /** The key of incident number {@code number} (as {@link #number} gives it) on epoch day {@code day}. */
    static long numberOnDay(String number, long day) {
        return DuplicateIds.hash(number + "@" + day);
    }

    /** True when {@code t[from, to)} is a blank or a flag (1, Y, Yes, True, X, 1.0, any case): no reference. */
    private static boolean isFlag(String t, int from, int to) {
        int len = to - from;
        if (len > 4) {
            return false;
        }
        for (String flag : FLAGS) {
            if (flag.length() == len && t.regionMatches(true, from, flag, 0, len)) {
                return true;
            }
        }
        return len == 0;
    }

    private static final String[] FLAGS = {"1", "y", "yes", "true", "x", "1.0"};

    private static boolean digitsOnly(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
