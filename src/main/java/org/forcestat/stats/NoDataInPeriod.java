package org.forcestat.stats;

/**
 * The reporting period asked for (--from/--to) holds none of the inputs' dated data, and there is no
 * other data to summarise: a user's mistake, said in one line with what the data does cover, not a
 * workbook of empty figures.
 */
public final class NoDataInPeriod extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoDataInPeriod(String message) {
        super(message);
    }
}
