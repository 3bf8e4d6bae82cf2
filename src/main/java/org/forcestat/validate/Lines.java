package org.forcestat.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The pattern of a sheet's lines, as the best spreadsheet auditors read it: every formula in
 * relative (R1C1) form, so copies of one formula read the same, and every typed number as "#".
 * A column (or row) is cut into runs of unbroken formula and number cells; a placeholder text such
 * as "n.a." or "-" does not break a run. Inside a run, the odd cells are the rare breaks of what the
 * rest of the run does:
 * <ul>
 *   <li>a formula unlike the copied formula around it ({@link InconsistentFormula});</li>
 *   <li>a number typed where the run's copied formula is expected ({@link TypedTotal});</li>
 *   <li>a formula among typed numbers that is not a total or a sum of them ({@link FormulaAmongNumbers}).</li>
 * </ul>
 * Cells at a run's ends are judged too, so a block's edges are checked.
 */
final class Lines {
    /** At least this many copies of a formula make a pattern to break. */
    static final int MIN_PATTERN = 3;
    /** At most this many cells (or this share of a run) can be the odd ones out; more is a second pattern. */
    static final int MAX_ODD = 2;

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)n\\.?\\s?a\\.?|n/a|n\\.?\\s?d\\.?|-+|\u2013|\u2014|\\.+|x|\\*+|nil|none|\\?|nc|n\\.c\\.|:");

    /**
     * A cell that breaks its run, a cell of the pattern it breaks, and every cell of that pattern in
     * the run (the block the mistake involves).
     */
    record Odd(AuditCell cell, AuditCell model, boolean across, List<AuditCell> pattern) {
    }

    /** What one sheet's lines show. */
    record Result(List<Odd> inconsistent, List<Odd> typed, List<Odd> formulasAmongNumbers) {
    }

    private final AuditWorkbook wb;
    private final AuditSheet sheet;
    private final Map<AuditCell, String> prints = new IdentityHashMap<>();
    private final Map<String, String> forms = new HashMap<>();
    private final List<Odd> inconsistent = new ArrayList<>();
    private final List<Odd> typed = new ArrayList<>();
    private final List<Odd> among = new ArrayList<>();

    private Lines(AuditWorkbook wb, AuditSheet sheet) {
        this.wb = wb;
        this.sheet = sheet;
    }

    /**
     * The sheet's odd cells, worked out once per sheet of a workbook (the audit's rules each ask;
     * the workbook keeps the answer, and it goes with it).
     */
    static Result of(AuditWorkbook wb, AuditSheet s) {
        return wb.lines(s, () -> {
            Lines l = new Lines(wb, s);
            l.analyse();
            return new Result(List.copyOf(l.inconsistent), List.copyOf(l.typed), List.copyOf(l.among));
        });
    }

    /** A formula's R1C1 form, "#" for a typed number, null for anything else. */
    String print(AuditCell c) {
        if (c == null) {
            return null;
        }
        if (c.isFormula()) {
            // =58+430+437 is a number worked out by hand and typed in, like any other typed number
            if (c.formula().refs().isEmpty()) {
                return c.isNumber() ? "#" : null;
            }
            String p = prints.get(c);
            if (p == null) {
                // copies of one formula share one string: a column of 20,000 copies keeps one
                String r = c.formula().r1c1(c.row(), c.col());
                p = forms.computeIfAbsent(r, k -> k);
                c.formula().keepR1c1(c.row(), c.col(), p);
                prints.put(c, p);
            }
            return p;
        }
        return c.isNumberConstant() ? "#" : null;
    }

    /** Longest block whose cells a break in it involves (see {@link #dual}). */
    static final int MAX_DUAL = 40;

    /**
     * True when a break should be reported with the block it breaks ("part of" rows): down a column
     * (the copies work out the same figure for each line, so either the odd line or the pattern is
     * wrong) of at most {@link #MAX_DUAL} cells. Along a row (a row of totals, each for its own column)
     * and in a long list, the odd cell is its own mistake and the rest stand. Measured on the
     * hand-marked development set: column blocks 66% marked, rows 17%; see docs/audit.md.
     */
    static boolean dual(Odd o) {
        return !o.across() && o.pattern().size() <= MAX_DUAL;
    }

    static boolean placeholder(AuditCell c) {
        return c != null && !c.isFormula() && c.isText() && c.text().strip().length() <= 5
                && PLACEHOLDER.matcher(c.text().strip()).matches();
    }

    private void analyse() {
        List<AuditCell> all = new ArrayList<>();
        for (AuditCell c : sheet.cells()) {
            if (print(c) != null || placeholder(c)) {
                all.add(c);
            }
        }
        // cells() is column-major: columns first
        lines(all, false);
        all.sort(Comparator.comparingInt(AuditCell::row).thenComparingInt(AuditCell::col));
        lines(all, true);
    }

    /** Cuts the ordered cells into runs along rows (across) or columns, and judges each run. */
    private void lines(List<AuditCell> ordered, boolean across) {
        List<AuditCell> run = new ArrayList<>();
        AuditCell prev = null;
        for (AuditCell c : ordered) {
            boolean joins = prev != null && (across ? c.row() == prev.row() && c.col() == prev.col() + 1
                    : c.col() == prev.col() && c.row() == prev.row() + 1);
            if (!joins) {
                judge(run, across);
                run = new ArrayList<>();
            }
            run.add(c);
            prev = c;
        }
        judge(run, across);
    }

    private void judge(List<AuditCell> run, boolean across) {
        List<AuditCell> members = new ArrayList<>();
        for (AuditCell c : run) {
            if (print(c) != null) {
                members.add(c);
            }
        }
        if (members.size() < MIN_PATTERN + 1) {
            return;
        }
        Map<String, List<AuditCell>> byPrint = new HashMap<>();
        for (AuditCell c : members) {
            byPrint.computeIfAbsent(print(c), k -> new ArrayList<>()).add(c);
        }
        List<AuditCell> numbers = byPrint.getOrDefault("#", List.of());
        List<AuditCell> best = null;
        for (Map.Entry<String, List<AuditCell>> e : byPrint.entrySet()) {
            if (!e.getKey().equals("#") && (best == null || e.getValue().size() > best.size())) {
                best = e.getValue();
            }
        }
        int oddLimit = Math.max(MAX_ODD, members.size() / 10);
        if (best != null && best.size() >= MIN_PATTERN && best.size() >= numbers.size()) {
            for (List<AuditCell> group : byPrint.values()) {
                boolean typedNumbers = group == numbers;
                if (group == best || (typedNumbers ? 3 * group.size() > best.size()
                        : group.size() > oddLimit || 2 * group.size() > best.size())) {
                    continue;
                }
                for (AuditCell x : group) {
                    AuditCell model = nearest(best, x);
                    if (!print(x).equals("#")) {
                        if (!supported(x, !across) && !totalOfRun(x, run, across) && justified(x, model)
                                && !sameCells(x, model) && !(link(x) && link(model)) && !ratioAmongTotals(x, model)) {
                            inconsistent.add(new Odd(x, model, across, best));
                        }
                    } else if (pos(x, across) > first(best, across) && justified(x, model)) {
                        typed.add(new Odd(x, model, across, best));
                    }
                }
            }
        } else if (!numbers.isEmpty()) {
            typedCopiesOfTotals(members, numbers, across);
        }
        if (numbers.size() >= MIN_PATTERN && (best == null || best.size() < numbers.size())) {
            for (List<AuditCell> group : byPrint.values()) {
                if (group == numbers || group.size() > oddLimit || 3 * group.size() > numbers.size()) {
                    continue;
                }
                for (AuditCell x : group) {
                    if (!supported(x, !across) && !usesRun(x, run, across) && !totalOfRun(x, run, across)
                            && !link(x) && !Blocks.hasAggregate(x.formula())) {
                        among.add(new Odd(x, nearest(numbers, x), across, numbers));
                    }
                }
            }
        }
    }

    /**
     * Typed numbers of a run that holds a total formula, where that total copied to the typed cell adds
     * up to exactly the typed number: a total typed in (it is right today, and will not follow its
     * lines). A column of row totals (=SUM(D14:J14)) with some rows typed, a total row partly typed.
     */
    private void typedCopiesOfTotals(List<AuditCell> members, List<AuditCell> numbers, boolean across) {
        List<AuditCell> totals = new ArrayList<>();
        for (AuditCell c : members) {
            if (c.isFormula() && c.formula().isSingleAggregate() && c.formula().functions().get(0).equals("SUM")) {
                Formula.Ref r = c.formula().refs().get(0);
                // the total adds across the run's direction: a row total in a column, a column total in a row
                if (r.sheet() == null && !r.external() && (across ? r.singleColumn() && r.c1() == c.col()
                        : r.singleRow() && r.r1() == c.row()) && r.cellCount() >= 2) {
                    totals.add(c);
                }
            }
        }
        if (totals.isEmpty()) {
            return;
        }
        for (AuditCell x : numbers) {
            if (Math.abs(x.number()) < 1) {
                continue;
            }
            AuditCell model = nearest(totals, x);
            Formula moved = model.formula().movedTo(model.row(), model.col(), x.row(), x.col());
            Formula.Ref r = moved.refs().get(0);
            if (r.r1() < 0 || r.c1() < 0 || r.contains(x.row(), x.col())) {
                continue;
            }
            int addends = 0;
            for (AuditCell c : sheet.area(r.r1(), r.c1(), r.r2(), r.c2())) {
                if (c.isNumber() && c.number() != 0) {
                    addends++;
                }
            }
            double sum = Blocks.simpleSum(wb, sheet, moved);
            if (addends >= 2 && !Double.isNaN(sum) && Blocks.samePounds(sum, x.number())) {
                typed.add(new Odd(x, model, across, totals));
            }
        }
    }

    private static int pos(AuditCell c, boolean across) {
        return across ? c.col() : c.row();
    }

    /** Where the pattern starts: a typed number before it is a key, a seed or a base value, not a typed-over copy. */
    private static int first(List<AuditCell> group, boolean across) {
        int p = Integer.MAX_VALUE;
        for (AuditCell c : group) {
            p = Math.min(p, pos(c, across));
        }
        return p;
    }

    private static AuditCell nearest(List<AuditCell> group, AuditCell x) {
        AuditCell best = group.get(0);
        for (AuditCell c : group) {
            if (distance(c, x) < distance(best, x)) {
                best = c;
            }
        }
        return best;
    }

    private static int distance(AuditCell a, AuditCell b) {
        return Math.abs(a.row() - b.row()) + Math.abs(a.col() - b.col());
    }

    /**
     * True when x already uses exactly the cells the pattern would use there: =E9+D9 beside =D9+E9,
     * =C28+C29 beside =SUM(C28:C29), =H22/H113 beside =H22/$H$113 give the same result.
     */
    private boolean sameCells(AuditCell x, AuditCell model) {
        Formula moved = model.formula().movedTo(model.row(), model.col(), x.row(), x.col());
        List<String> a = cells(x.formula());
        List<String> b = cells(moved);
        return a != null && a.equals(b) && x.formula().constants().size() == moved.constants().size();
    }

    /** The cells a formula points at, as "sheet!row,col", sorted, each as often as it is used; null when an area is too big to list. */
    private static List<String> cells(Formula f) {
        List<String> out = new ArrayList<>();
        for (Formula.Ref r : f.refs()) {
            if (r.cellCount() > 400 || r.r1() < 0 || r.c1() < 0) {
                return null;
            }
            String sh = (r.external() ? r.prefix() : r.sheet() == null ? "" : lower(r.sheet())) + "!";
            for (int i = r.r1(); i <= r.r2(); i++) {
                for (int j = r.c1(); j <= r.c2(); j++) {
                    out.add(sh + i + "," + j);
                }
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    /** A ratio or percentage in a row (or column) of totals: it divides the totals, it does not add its own lines. */
    private static boolean ratioAmongTotals(AuditCell x, AuditCell model) {
        return Blocks.hasAggregate(model.formula()) && x.formula().text().contains("/")
                && !Blocks.hasAggregate(x.formula());
    }

    /** A formula that only brings in one cell of another sheet (='Cost'!F19): a figure linked in, not worked out. */
    private static boolean link(AuditCell x) {
        Formula f = x.formula();
        return f.refs().size() == 1 && f.refs().get(0).sheet() != null && f.functions().isEmpty()
                && f.constants().isEmpty();
    }

    /** True when a neighbour across the run has the same form as x: x belongs to a pattern of that line. */
    private boolean supported(AuditCell x, boolean across) {
        String mine = print(x);
        AuditCell a = across ? sheet.get(x.row(), x.col() - 1) : sheet.get(x.row() - 1, x.col());
        AuditCell b = across ? sheet.get(x.row(), x.col() + 1) : sheet.get(x.row() + 1, x.col());
        return mine.equals(print(a)) || mine.equals(print(b));
    }

    /** True when the formula adds up (or otherwise aggregates) a stretch of its own run: a total or subtotal. */
    private static boolean totalOfRun(AuditCell x, List<AuditCell> run, boolean across) {
        for (Formula.Ref r : x.formula().refs()) {
            if (!r.area() || r.external() || r.sheet() != null) {
                continue;
            }
            if (across ? r.singleRow() && r.r1() == x.row() : r.singleColumn() && r.c1() == x.col()) {
                return true;
            }
        }
        return false;
    }

    /** True when the formula points at a cell of its own line near it: a running figure, a difference, a subtotal. */
    private static boolean usesRun(AuditCell x, List<AuditCell> run, boolean across) {
        for (Formula.Ref r : x.formula().refs()) {
            if (r.external() || r.sheet() != null) {
                continue;
            }
            boolean line = across ? r.r1() <= x.row() && r.r2() >= x.row() : r.c1() <= x.col() && r.c2() >= x.col();
            if (line) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when the pattern's formula, copied to x, would point at a header, an empty cell or off the
     * sheet: the first line of a running total, a base year before its growth formulas.
     */
    private boolean justified(AuditCell x, AuditCell model) {
        Formula moved = model.formula().movedTo(model.row(), model.col(), x.row(), x.col());
        String text = moved.text();
        if (text.contains("#REF!") || !model.formula().errors().isEmpty()) {
            return false;
        }
        for (Formula.Ref r : moved.refs()) {
            if (r.r1() < 0 || r.c1() < 0) {
                return false;
            }
            if (r.isCell() && r.sameSheet(sheet.name())) {
                AuditCell c = sheet.get(r.r1(), r.c1());
                if (c == null || c.isBlank() || c.isText()) {
                    return false;
                }
            }
        }
        return true;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
