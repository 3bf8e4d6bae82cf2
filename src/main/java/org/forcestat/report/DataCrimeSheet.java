package org.forcestat.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.forcestat.model.CrimeCategory;
import org.forcestat.report.HouseStyle.Kind;
import org.forcestat.stats.CrimeStats;
import org.forcestat.stats.Rolling12;

/**
 * Data_Crime: crimes per day by category (ASB last, labelled an incident), monthly counts by
 * category, and rolling 12-month totals per area, as Excel tables under one frozen header row.
 */
final class DataCrimeSheet {
    static final String SHEET = "Data_Crime";
    static final int PER_DAY_COL = 0;
    static final int MONTHLY_COL = 4;
    static final String ASB_LABEL = "Anti-social behaviour (an incident, not a crime)";

    private final Grid grid;
    private final List<CrimeCategory> crimeCategories = new ArrayList<>();
    private final List<CrimeCategory> monthlyCategories = new ArrayList<>();
    private int perDayRows;
    private int monthlyRows;
    private int rollingCol;
    private int rollingRows;

    private DataCrimeSheet(Grid grid) {
        this.grid = grid;
    }

    static DataCrimeSheet write(Grid g, CrimeStats crime, String marking) {
        DataCrimeSheet d = new DataCrimeSheet(g);
        if (crime == null) {
            g.text(0, 0, "No crime data in the inputs", Kind.SECTION);
        } else {
            d.perDay(crime);
            d.monthly(crime);
            d.rolling(crime);
            g.freeze(1);
        }
        g.finish(marking);
        return d;
    }

    Grid grid() {
        return grid;
    }

    /** Crime categories shown (seed categories, then any police.uk merged group present), in table order. */
    List<CrimeCategory> crimeCategories() {
        return crimeCategories;
    }

    int perDayRows() {
        return perDayRows;
    }

    CellRangeAddress perDayLabels() {
        return new CellRangeAddress(1, perDayRows, PER_DAY_COL, PER_DAY_COL);
    }

    CellRangeAddress perDayValues() {
        return new CellRangeAddress(1, perDayRows, PER_DAY_COL + 1, PER_DAY_COL + 1);
    }

    List<CrimeCategory> monthlyCategories() {
        return monthlyCategories;
    }

    int monthlyRows() {
        return monthlyRows;
    }

    CellRangeAddress monthlyLabels() {
        return new CellRangeAddress(1, monthlyRows, MONTHLY_COL, MONTHLY_COL);
    }

    /** Column of the i-th monthly category. */
    int monthlyCol(int i) {
        return MONTHLY_COL + 2 + i;
    }

    int rollingCol() {
        return rollingCol;
    }

    int rollingRows() {
        return rollingRows;
    }

    /** The seed categories, then the merged groups present. */
    static List<CrimeCategory> shown(Iterable<CrimeCategory> present) {
        List<CrimeCategory> out = new ArrayList<>(CrimeCategory.seedCategories());
        for (CrimeCategory c : CrimeCategory.values()) {
            boolean isPresent = false;
            for (CrimeCategory p : present) {
                isPresent |= p == c;
            }
            if (c.isMerged() && isPresent) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A category's name, with its days when its figures cover fewer days than the category covering the most:
     * "Violence and sexual offences (274 days)". police.uk split its groups in May 2013, so in a download across
     * that month the old groups cover the months before it and the new categories the months after; their
     * bars side by side in the per-day chart compared rates over different days as if alike.
     */
    static String spanLabel(CrimeStats crime, CrimeCategory c) {
        long most = 0;
        for (CrimeCategory k : crime.perDay().keySet()) {
            if (k.isCrime()) {
                most = Math.max(most, crime.daysOf(k));
            }
        }
        long days = crime.daysOf(c);
        return days > 0 && days < most ? c.label() + " (" + String.format(java.util.Locale.UK, "%,d", days) + " days)"
                : c.label();
    }

    /** True when some crime category's figures cover fewer days than another's ({@link #spanLabel}). */
    static boolean spansDiffer(CrimeStats crime) {
        return crime.perDay().keySet().stream().filter(CrimeCategory::isCrime)
                .anyMatch(c -> !spanLabel(crime, c).equals(c.label()));
    }

    private void perDay(CrimeStats crime) {
        // A category the sources cannot give (violence inside police.uk's merged group) has no row
        // here, so the chart shows no 0 for it; the Crime sheet lists it as not in these inputs.
        crimeCategories.addAll(shown(crime.perDay().keySet()));
        crimeCategories.retainAll(crime.perDay().keySet());
        grid.header(0, PER_DAY_COL, "Category", "Per day", "Total");
        int row = 1;
        for (CrimeCategory c : crimeCategories) {
            grid.text(row, PER_DAY_COL, spanLabel(crime, c));
            grid.number(row, PER_DAY_COL + 1, crime.perDay().getOrDefault(c, 0.0), Kind.DECIMAL1);
            grid.number(row, PER_DAY_COL + 2, crime.totals().getOrDefault(c, 0L), Kind.INTEGER);
            row++;
        }
        perDayRows = row - 1;
        grid.text(row, PER_DAY_COL, ASB_LABEL);
        if (crime.perDay().containsKey(CrimeCategory.ASB)) {
            grid.number(row, PER_DAY_COL + 1, crime.perDay().get(CrimeCategory.ASB), Kind.DECIMAL1);
            grid.number(row, PER_DAY_COL + 2, crime.totals().get(CrimeCategory.ASB), Kind.INTEGER);
        } else {
            grid.text(row, PER_DAY_COL + 1, org.forcestat.model.Metric.NOT_IN_INPUTS);
            grid.text(row, PER_DAY_COL + 2, org.forcestat.model.Metric.NOT_IN_INPUTS);
        }
        Tables.create(grid.sheet(), "CrimePerDay", 0, PER_DAY_COL, row, PER_DAY_COL + 2);
    }

    private void monthly(CrimeStats crime) {
        List<CrimeCategory> present = new ArrayList<>();
        crime.monthlyByCategory().values().forEach(m -> present.addAll(m.keySet()));
        // A category no month's sources give has no column, so the chart draws no line of 0 for it.
        monthlyCategories.addAll(shown(present));
        monthlyCategories.retainAll(present);
        boolean asb = present.contains(CrimeCategory.ASB);
        grid.header(0, MONTHLY_COL, "Month", "Month start");
        for (int i = 0; i < monthlyCategories.size(); i++) {
            grid.text(0, monthlyCol(i), monthlyCategories.get(i).label(), Kind.HEADER);
        }
        int last = monthlyCol(monthlyCategories.size() - 1);
        grid.text(0, last + 1, "All crimes", Kind.HEADER);
        if (asb) {
            grid.text(0, last + 2, "ASB incidents", Kind.HEADER);
        }
        int row = 1;
        for (Map.Entry<YearMonth, Map<CrimeCategory, Long>> e : crime.monthlyByCategory().entrySet()) {
            grid.text(row, MONTHLY_COL, Labels.month(e.getKey()));
            grid.month(row, MONTHLY_COL + 1, e.getKey());
            long all = 0;
            for (int i = 0; i < monthlyCategories.size(); i++) {
                Long n = e.getValue().get(monthlyCategories.get(i));
                // A month whose sources cannot give the category: an empty cell (a gap in the chart), not 0.
                if (n != null) {
                    all += n;
                    grid.number(row, monthlyCol(i), n, Kind.INTEGER);
                }
            }
            if (CrimeCategory.coversAllCrime(e.getValue().keySet())) {
                grid.number(row, last + 1, all, Kind.INTEGER);
            }
            if (asb && e.getValue().containsKey(CrimeCategory.ASB)) {
                grid.number(row, last + 2, e.getValue().get(CrimeCategory.ASB), Kind.INTEGER);
            }
            row++;
        }
        monthlyRows = row - 1;
        if (monthlyRows > 0) {
            Tables.create(grid.sheet(), "CrimeMonthly", 0, MONTHLY_COL, monthlyRows, last + (asb ? 2 : 1));
        }
        rollingCol = last + (asb ? 4 : 3);
    }

    private void rolling(CrimeStats crime) {
        List<Rolling12> list = crime.rolling12();
        if (list == null || list.isEmpty()) {
            return;
        }
        grid.header(0, rollingCol, "Area", "Previous 12 months to", "Previous 12 months",
                "Current 12 months to", "Current 12 months", "Change", "Change %");
        int row = 1;
        for (Rolling12 r : list) {
            grid.text(row, rollingCol, r.area());
            grid.month(row, rollingCol + 1, r.previousEnd());
            grid.number(row, rollingCol + 2, r.previous(), Kind.INTEGER);
            grid.month(row, rollingCol + 3, r.currentEnd());
            grid.number(row, rollingCol + 4, r.current(), Kind.INTEGER);
            grid.number(row, rollingCol + 5, r.change(), Kind.INTEGER);
            grid.numberOr(row, rollingCol + 6, r.changeShare(), Kind.SHARE, "n/a");
            row++;
        }
        rollingRows = row - 1;
        Tables.create(grid.sheet(), "RollingTotals", 0, rollingCol, rollingRows, rollingCol + 6);
    }
}
