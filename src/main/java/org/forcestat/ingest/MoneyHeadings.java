package org.forcestat.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forcestat.model.FinancialYear;
import org.forcestat.model.RuleId;

/**
 * What a finance sheet's title block and headers say about its money: the unit the amounts are in
 * ("All figures £000", "Budget £m") and the financial year a budget column is for ("Revised budget
 * 2016/17 £", "FY2017"). Finance teams write both in words, not in the cells' number formats.
 */
public final class MoneyHeadings {
    private MoneyHeadings() {
    }

    /** Pounds per unit a heading names ("All figures £000": 1000, "Budget £m": 1,000,000); 1 when it names none. */
    public static double factor(String text) {
        Unit u = unit(text, "");
        return u == null ? 1 : u.factor();
    }

    /** A unit said in a cell: the factor to pounds, the words that said it, and the cell (A1). */
    record Unit(double factor, String said, String cell) {
        static final Unit POUNDS = new Unit(1, "", "");

        boolean scaled() {
            return factor != 1;
        }

        String name() {
            for (UnitWords u : UnitWords.values()) {
                if (u.factor == factor) {
                    return u.name;
                }
            }
            return "£";
        }
    }

    /**
     * The one table of how a heading writes a unit: its name in messages, the marks ("£000", "£m",
     * "(£)") removed from a header before its year or fact is read, and the phrases ("in thousands of
     * pounds") that name a unit too but stay in the words.
     */
    private enum UnitWords {
        /** £000, £'000, £000s, £k, £ thousands, "in thousands of pounds". */
        THOUSANDS(1000, "£000 (thousands of pounds)",
                "£\\s*'?\\s*000s?(?![\\d,]|\\.\\d)|£\\s*k(?![a-z])|£\\s*thousands?", "thousands of pounds"),
        /** £m, £ millions, "in millions of pounds" (not "£2m", an amount). */
        MILLIONS(1_000_000, "£m (millions of pounds)", "£\\s*m(?![a-z])|£\\s*millions?", "millions of pounds"),
        /** "(£)" or a bare "£": pounds, nothing to scale. */
        POUNDS(1, "£", "\\(\\s*£\\s*\\)|£", null);

        final double factor;
        final String name;
        final String marks;
        final Pattern names;

        UnitWords(double factor, String name, String marks, String phrase) {
            this.factor = factor;
            this.name = name;
            this.marks = marks;
            this.names = Pattern.compile(phrase == null ? marks : marks + "|" + phrase);
        }
    }

    /** Unit marks removed from a header before its year or fact is read. */
    static final Pattern UNIT_WORDS = Pattern.compile(java.util.Arrays.stream(UnitWords.values())
            .map(u -> u.marks).collect(java.util.stream.Collectors.joining("|")));

    /** The unit a text names, or null when it names none (a bare "£" names pounds: null too). */
    static Unit unit(String text, String cell) {
        if (text == null || text.indexOf('£') < 0 && !text.toLowerCase(Locale.ROOT).contains("of pounds")) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT);
        for (UnitWords u : UnitWords.values()) {
            if (u.factor != 1 && u.names.matcher(t).find()) {
                return new Unit(u.factor, text.trim(), cell);
            }
        }
        return null;
    }

    /** The first unit named by a text cell of the rows above a header (the title block), or pounds. */
    static Unit sheetUnit(List<SheetRow> above) {
        for (SheetRow r : above) {
            for (Cell c : r.cells()) {
                if (c.isText()) {
                    Unit u = unit(c.text(), r.ref(c.col()));
                    if (u != null) {
                        return u;
                    }
                }
            }
        }
        return Unit.POUNDS;
    }

    /** A column header in lower case without its unit words, brackets and colons, its spaces made single. */
    private static String plain(String header) {
        String h = UNIT_WORDS.matcher(header.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return h.replaceAll("[():]", " ").replaceAll("\\s+", " ").trim();
    }

    private static final Pattern BUDGET = Pattern.compile(
            "^(?:(?:original|revised|approved|base|net)\\s+)?budget\\s+(.+)$|^(.+?)\\s+(?:original\\s+|revised\\s+|approved\\s+|base\\s+|net\\s+)?budget$");

    /**
     * The financial year of a budget column header ("Budget 2016/17 £", "Original budget 16/17",
     * "Revised Budget FY2017 £000", "2016-17 Budget"), or null when the header is not one.
     */
    static String budgetYear(String header) {
        if (header == null || header.toLowerCase(Locale.ROOT).indexOf("budget") < 0) {
            return null;
        }
        Matcher m = BUDGET.matcher(plain(header));
        if (!m.matches()) {
            return null;
        }
        return FinancialYear.alone(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /**
     * A financial year written alone as a column header, with at most a unit ("2024/25", "2024/25 £m",
     * "2025-26 (£000)"), as "2024/25"; or null. The usual header of a medium-term financial plan's years.
     */
    static String bareYear(String header) {
        if (!FinancialYear.mayName(header)) {
            return null;
        }
        return FinancialYear.alone(plain(header));
    }

    /** The year of a budget's year column: "Budget 2024/25" or a bare "2024/25"; null for neither. */
    static String columnYear(String header) {
        String y = budgetYear(header);
        return y != null ? y : bareYear(header);
    }

    /** The budget versions a monitoring report heads its columns with, the one to read first. */
    private static final List<String> VERSIONS = List.of("revised", "current", "latest", "working", "annual",
            "full year", "original", "approved", "base");

    /**
     * Which version of the budget a column header names ("Revised budget", "Original budget £000",
     * "Budget (revised)", "Annual budget"), as its place in the order read (revised first, base last), or -1 when
     * it names none. A budget to date ("Budget to date", "YTD budget", "Profiled budget") is part of a year: none.
     */
    static int budgetVersion(String header) {
        if (header == null || header.toLowerCase(Locale.ROOT).indexOf("budget") < 0) {
            return -1;
        }
        String h = plain(header);
        for (int i = 0; i < VERSIONS.size(); i++) {
            String v = VERSIONS.get(i);
            if (h.equals(v + " budget") || h.equals("budget " + v)) {
                return i;
            }
        }
        return -1;
    }

    /** The unit of one column: the column's own header ("Planned 2016/17 £000") if it names one, else the sheet's. */
    static Unit columnUnit(HeaderMatch h, int col, Unit sheet, int headerRow) {
        if (col < 0) {
            return sheet;
        }
        Unit own = unit(h.header(col), org.forcestat.format.CellAddress.column(col) + (headerRow + 1));
        return own != null ? own : sheet;
    }

    /** One info finding per sheet saying how its amounts were scaled to pounds, naming the cell that said so. */
    static void reportScaling(SheetContext ctx, java.util.Collection<Unit> used) {
        java.util.Map<String, Unit> scaled = new java.util.LinkedHashMap<>();
        for (Unit u : used) {
            if (u.scaled()) {
                scaled.putIfAbsent(u.cell(), u);
            }
        }
        if (scaled.isEmpty()) {
            return;
        }
        Unit first = scaled.values().iterator().next();
        StringBuilder said = new StringBuilder();
        scaled.values().forEach(u -> said.append(said.length() == 0 ? "" : "; ").append(u.cell()).append(" says \"")
                .append(u.said()).append('"'));
        ctx.finding(org.forcestat.model.Severity.INFO, RuleId.AMOUNTS_SCALED, first.cell(), first.said(), "amounts in pounds",
                "The amounts here are written in " + first.name() + " (" + said + "), so forcestat multiplied them by "
                        + String.format(Locale.ROOT, "%,.0f", first.factor()) + " to give pounds. If the heading is "
                        + "wrong, correct it, or the figures will be out by that factor.");
    }
}
