package org.forcestat.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forcestat.model.FinancialYear;

/**
 * Month columns headed by the month's name alone ("Apr", "May" ... "Mar") under a sheet or title that names
 * the year: "2023-24" or "financial year 2023/24" puts April to December in 2023 and January to March in 2024;
 * "2023" puts January to December in 2023. The header row is given its years before it is matched, so such a
 * pivot is read as one with "Apr-23" headers would be. Without a year anywhere, the row is left as it is.
 */
final class MonthNames {
    private static final List<String> NAMES = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final Pattern CALENDAR_YEAR = Pattern.compile("(?<![\\d/-])((?:19|20)\\d\\d)(?![\\d/-])");

    private MonthNames() {
    }

    /** 1 to 12 for a month's name ("Apr", "April", "Sept."), else 0. */
    static int month(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.length() < 3) {
            return 0;
        }
        for (int m = 0; m < 12; m++) {
            String full = java.time.Month.of(m + 1).name().toLowerCase(Locale.ROOT);
            if (t.equals(NAMES.get(m)) || t.equals(full) || m == 8 && t.equals("sept")) {
                return m + 1;
            }
        }
        return 0;
    }

    /** {@code row} with its bare month names made "2023-04" by the year {@code sheet} or {@code above} names. */
    static SheetRow withYears(SheetRow row, String sheet, List<SheetRow> above) {
        int bare = 0;
        for (Cell c : row.cells()) {
            if (c.isText() && month(c.text()) > 0) {
                bare++;
            }
        }
        if (bare < HeaderMatcher.MIN_MONTH_COLUMNS) {
            return row;
        }
        List<String> texts = new ArrayList<>();
        texts.add(sheet);
        for (SheetRow r : above) {
            for (Cell c : r.cells()) {
                if (c.isText()) {
                    texts.add(c.text());
                }
            }
        }
        int financial = -1;
        int calendar = -1;
        for (String t : texts) {
            String fy = FinancialYear.named(t);
            if (fy != null && financial < 0) {
                financial = Integer.parseInt(fy.substring(0, 4));
            }
            Matcher m = CALENDAR_YEAR.matcher(t);
            if (fy == null && calendar < 0 && m.find()) {
                calendar = Integer.parseInt(m.group(1));
            }
        }
        if (financial < 0 && calendar < 0) {
            return row;
        }
        List<Cell> cells = new ArrayList<>();
        for (Cell c : row.cells()) {
            int m = c.isText() ? month(c.text()) : 0;
            if (m == 0) {
                cells.add(c);
            } else {
                int year = financial >= 0 ? (m >= 4 ? financial : financial + 1) : calendar;
                cells.add(Cell.text(c.col(), String.format("%d-%02d", year, m), c.formula()));
            }
        }
        return new SheetRow(row.rowNumber(), cells, row.contentHash());
    }
}
