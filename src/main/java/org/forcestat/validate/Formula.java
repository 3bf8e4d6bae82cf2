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
 */
public record Formula(String text, List<Ref> refs, List<Constant> constants, List<String> errors,
                      List<String> functions) {

    /** Aggregates whose ranges should cover a whole block of lines (SPEC §4.2). */
    public static final Set<String> AGGREGATES = Set.of("SUM", "AVERAGE", "COUNT", "COUNTA", "MIN", "MAX",
            "PRODUCT", "MEDIAN", "SUMPRODUCT", "AVERAGEA");

    public Formula {
        refs = List.copyOf(refs);
        constants = List.copyOf(constants);
        errors = List.copyOf(errors);
        functions = List.copyOf(functions);
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
            return prefix + part(r1, c1, absR1, absC1) + (area ? ":" + part(r2, c2, absR2, absC2) : "");
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

        private String part(int r, int c, boolean absR, boolean absC) {
            if (wholeColumns) {
                return (absC ? "$" : "") + CellAddress.column(c);
            }
            if (wholeRows) {
                return (absR ? "$" : "") + (r + 1);
            }
            if (r < 0 || c < 0) {
                return "#REF!";
            }
            return (absC ? "$" : "") + CellAddress.column(c) + (absR ? "$" : "") + (r + 1);
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
        return rewrite(r -> r.r1c1(row, col)).toUpperCase(Locale.ROOT).replace(" ", "");
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
