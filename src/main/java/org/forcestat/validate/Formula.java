package org.forcestat.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.forcestat.format.CellAddress;

/**
 * A formula as written in the file, split into what the audit needs: its cell references (with
 * the function each sits in), its number constants and its error literals. Rows and columns are
 * 0-based. Built by {@link FormulaLexer}; text outside references is kept as written, so a formula
 * can be re-expressed in R1C1 form or moved to another cell (shared formulas, expected formulas).
 * Equal by its parts, as a record; it remembers its last R1C1 form, which every rule that compares
 * a formula with its neighbours asks for.
 */
public final class Formula {
    private final String text;
    private final List<Ref> refs;
    private final List<Constant> constants;
    private final List<String> errors;
    private final List<String> functions;
    /** The R1C1 form last worked out, and the cell it was worked out for (one object: safe to share). */
    private R1c1 r1c1;

    private record R1c1(int row, int col, String form) {
    }

    /** Aggregates whose ranges should cover a whole block of lines (SPEC §4.2). */
    public static final Set<String> AGGREGATES = Set.of("SUM", "AVERAGE", "COUNT", "COUNTA", "MIN", "MAX",
            "PRODUCT", "MEDIAN", "SUMPRODUCT", "AVERAGEA");

    public Formula(String text, List<Ref> refs, List<Constant> constants, List<String> errors, List<String> functions) {
        this.text = text;
        this.refs = List.copyOf(refs);
        this.constants = List.copyOf(constants);
        this.errors = List.copyOf(errors);
        this.functions = List.copyOf(functions);
    }

    public String text() {
        return text;
    }

    public List<Ref> refs() {
        return refs;
    }

    public List<Constant> constants() {
        return constants;
    }

    public List<String> errors() {
        return errors;
    }

    public List<String> functions() {
        return functions;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Formula f && text.equals(f.text) && refs.equals(f.refs) && constants.equals(f.constants)
                && errors.equals(f.errors) && functions.equals(f.functions);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(text, refs, constants, errors, functions);
    }

    @Override
    public String toString() {
        return "Formula[text=" + text + ", refs=" + refs + ", constants=" + constants + ", errors=" + errors
                + ", functions=" + functions + "]";
    }

    /** Parses formula text (without the leading '='). Never throws: what it cannot read it leaves as text. */
    public static Formula parse(String text) {
        return new FormulaLexer(text).lex();
    }

    /**
     * A cell or area reference as written. {@code prefix} is the text before the cell part
     * ("Data!", "'Old plan'!", "[1]Rates!"), {@code sheet} the sheet it names (null for this sheet),
     * {@code external} true for a link to another workbook. Whole columns have rows 0..MAX_ROW.
     */
    public record Ref(int start, int end, String prefix, String sheet, boolean external,
                      int r1, int c1, int r2, int c2, boolean absR1, boolean absC1, boolean absR2, boolean absC2,
                      boolean area, boolean wholeColumns, boolean wholeRows, String function) {

        public boolean isCell() {
            return !area;
        }

        public boolean singleColumn() {
            return c1 == c2;
        }

        public boolean singleRow() {
            return r1 == r2;
        }

        public boolean contains(int row, int col) {
            return row >= r1 && row <= r2 && col >= c1 && col <= c2;
        }

        public long cellCount() {
            return (long) (r2 - r1 + 1) * (c2 - c1 + 1);
        }

        /** True when the reference points into the sheet the formula is on. */
        public boolean sameSheet(String formulaSheet) {
            return !external && (sheet == null || sheet.equalsIgnoreCase(formulaSheet));
        }

        /** The sheet this reference points into, given the sheet holding the formula. */
        public String targetSheet(String formulaSheet) {
            return sheet == null ? formulaSheet : sheet;
        }

        /** The reference in A1 form, with its prefix. */
        public String a1() {
            StringBuilder b = new StringBuilder(prefix.length() + 16);
            appendA1(b, r1, c1, r2, c2);
            return b.toString();
        }

        /** Appends this reference in A1 form, with its prefix, as if its corners were (r1, c1) and (r2, c2). */
        void appendA1(StringBuilder b, int r1, int c1, int r2, int c2) {
            b.append(prefix);
            appendPart(b, r1, c1, absR1, absC1);
            if (area) {
                appendPart(b.append(':'), r2, c2, absR2, absC2);
            }
        }

        /** The reference in R1C1 form relative to a cell, with its prefix. */
        public String r1c1(int row, int col) {
            String a = rc(r1, c1, absR1, absC1, row, col);
            return prefix + (area ? a + ":" + rc(r2, c2, absR2, absC2, row, col) : a);
        }

        /** The reference moved as Excel moves it when a formula is copied by (dRow, dCol). */
        public Ref shift(int dRow, int dCol) {
            int nr1 = absR1 || wholeColumns ? r1 : r1 + dRow;
            int nr2 = absR2 || wholeColumns ? r2 : r2 + dRow;
            int nc1 = absC1 || wholeRows ? c1 : c1 + dCol;
            int nc2 = absC2 || wholeRows ? c2 : c2 + dCol;
            return new Ref(start, end, prefix, sheet, external, nr1, nc1, nr2, nc2, absR1, absC1, absR2, absC2,
                    area, wholeColumns, wholeRows, function);
        }

        private void appendPart(StringBuilder b, int r, int c, boolean absR, boolean absC) {
            if (wholeColumns) {
                appendColumn(absC ? b.append('$') : b, c);
            } else if (wholeRows) {
                (absR ? b.append('$') : b).append(r + 1);
            } else if (r < 0 || c < 0) {
                b.append("#REF!");
            } else {
                appendColumn(absC ? b.append('$') : b, c);
                (absR ? b.append('$') : b).append(r + 1);
            }
        }

        /** {@link CellAddress#column} appended (0 is A, 26 is AA), without a String of its own. */
        private static void appendColumn(StringBuilder b, int col) {
            int at = b.length();
            for (int c = col + 1; c > 0; c = (c - 1) / 26) {
                b.insert(at, (char) ('A' + (c - 1) % 26));
            }
        }

        private String rc(int r, int c, boolean absR, boolean absC, int row, int col) {
            String rp = wholeColumns ? "" : absR ? "R" + (r + 1) : r == row ? "R" : "R[" + (r - row) + "]";
            String cp = wholeRows ? "" : absC ? "C" + (c + 1) : c == col ? "C" : "C[" + (c - col) + "]";
            return rp + cp;
        }
    }

    /** A number written into the formula, and the function it is an argument of ("" at top level). */
    public record Constant(double value, String text, String function) {
    }

    /** The formula in R1C1 form for a cell: equal for cells whose formulas were copied from one another. */
    public String r1c1(int row, int col) {
        R1c1 done = r1c1;
        if (done != null && row == done.row() && col == done.col()) {
            return done.form();
        }
        String form = rewrite(r -> r.r1c1(row, col)).toUpperCase(Locale.ROOT).replace(" ", "");
        r1c1 = new R1c1(row, col, form);
        return form;
    }

    /** Remembers {@code form}, equal to this formula's R1C1 form at (row, col), as that form: one string for many copies. */
    void keepR1c1(int row, int col, String form) {
        r1c1 = new R1c1(row, col, form);
    }

    /**
     * This formula, written at (fromRow, fromCol), as it reads copied to (toRow, toCol): the same as
     * {@code parse(moved(fromRow, fromCol, toRow, toCol))}, without lexing the text again where every
     * moved reference stays on the sheet. The copy shares this formula's R1C1 form, which moving
     * does not change.
     */
    public Formula movedTo(int fromRow, int fromCol, int toRow, int toCol) {
        int dRow = toRow - fromRow;
        int dCol = toCol - fromCol;
        StringBuilder b = new StringBuilder(text.length() + 8);
        List<Ref> moved = new ArrayList<>(refs.size());
        int at = 0;
        for (Ref r : refs) {
            // Ref.shift and Ref.a1, written straight into the text: no Ref or String per reference in between
            int r1 = r.absR1() || r.wholeColumns() ? r.r1() : r.r1() + dRow;
            int r2 = r.absR2() || r.wholeColumns() ? r.r2() : r.r2() + dRow;
            int c1 = r.absC1() || r.wholeRows() ? r.c1() : r.c1() + dCol;
            int c2 = r.absC2() || r.wholeRows() ? r.c2() : r.c2() + dCol;
            if (r1 < 0 || c1 < 0 || r1 > r2 || c1 > c2 || r2 > FormulaLexer.MAX_ROW || c2 > FormulaLexer.MAX_COL) {
                // off the sheet (#REF!) or turned round: read as Excel would write it
                return parse(moved(fromRow, fromCol, toRow, toCol));
            }
            b.append(text, at, r.start());
            int start = b.length();
            r.appendA1(b, r1, c1, r2, c2);
            moved.add(new Ref(start, b.length(), r.prefix(), r.sheet(), r.external(), r1, c1, r2, c2,
                    r.absR1(), r.absC1(), r.absR2(), r.absC2(), r.area(), r.wholeColumns(), r.wholeRows(), r.function()));
            at = r.end();
        }
        b.append(text, at, text.length());
        Formula f = new Formula(b.toString(), moved, constants, errors, functions);
        R1c1 form = r1c1;
        if (form != null && form.row() == fromRow && form.col() == fromCol) {
            f.r1c1 = new R1c1(toRow, toCol, form.form());
        }
        return f;
    }

    /** The formula as it reads when copied from (fromRow, fromCol) to (toRow, toCol). */
    public String moved(int fromRow, int fromCol, int toRow, int toCol) {
        return rewrite(r -> r.shift(toRow - fromRow, toCol - fromCol).a1());
    }

    /** The references in the order written. */
    public List<Ref> refsIn(String function) {
        List<Ref> out = new ArrayList<>();
        for (Ref r : refs) {
            if (r.function().equals(function)) {
                out.add(r);
            }
        }
        return out;
    }

    /** True when the formula has only this one function call around one reference ("SUM(D5:D16)"). */
    public boolean isSingleAggregate() {
        return functions.size() == 1 && AGGREGATES.contains(functions.get(0)) && refs.size() == 1
                && constants.isEmpty() && text.trim().toUpperCase(Locale.ROOT).startsWith(functions.get(0) + "(")
                && text.trim().endsWith(")");
    }

    private String rewrite(java.util.function.Function<Ref, String> f) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Ref r : refs) {
            b.append(text, at, r.start()).append(f.apply(r));
            at = r.end();
        }
        return b.append(text.substring(at)).toString();
    }
}
