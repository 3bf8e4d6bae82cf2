package org.forcestat.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * What the audit keeps of one sheet: every formula cell, the value cells near formulas or
 * referenced by them (all of a small sheet), and which rows and columns are hidden. Cells are
 * kept column by column, each column sorted by row ({@link Column}: a primitive row index, no boxed
 * keys), so a column's run of cells is one slice and a look-up a binary search.
 */
public final class AuditSheet {
    private final String name;
    private final int index;
    private final boolean hidden;
    private final BitSet hiddenRows = new BitSet();
    private final BitSet hiddenCols = new BitSet();
    /** Every kept cell, by column. */
    private Column[] cells = new Column[0];
    private int size;
    /** {@link #cells()}, column by column, made on first use after a change. */
    private List<AuditCell> all;
    private final List<AuditCell> formulas = new ArrayList<>();
    /** The formula cells, by column (the first formula put at each place, as {@link #formulas}). */
    private Column[] formulaIndex = new Column[0];
    private int lastFormulaCol = -1;
    private boolean complete = true;
    private boolean money;

    /**
     * The kept cells of one column, sorted by row. Cells arrive row by row, so a put is nearly always
     * an append; a second pass over part of a sheet inserts in order.
     */
    private static final class Column {
        int[] rows = new int[8];
        AuditCell[] cells = new AuditCell[8];
        int n;

        /** Puts {@code c} at {@code row}; returns the cell it replaced, or null. */
        AuditCell put(int row, AuditCell c) {
            int i = n == 0 || row > rows[n - 1] ? -(n + 1) : Arrays.binarySearch(rows, 0, n, row);
            if (i >= 0) {
                AuditCell old = cells[i];
                cells[i] = c;
                return old;
            }
            i = -(i + 1);
            if (n == rows.length) {
                rows = Arrays.copyOf(rows, n * 2);
                cells = Arrays.copyOf(cells, n * 2);
            }
            System.arraycopy(rows, i, rows, i + 1, n - i);
            System.arraycopy(cells, i, cells, i + 1, n - i);
            rows[i] = row;
            cells[i] = c;
            n++;
            return null;
        }

        AuditCell get(int row) {
            int i = Arrays.binarySearch(rows, 0, n, row);
            return i >= 0 ? cells[i] : null;
        }

        /** The index of the first row at or after {@code row}. */
        int from(int row) {
            int i = Arrays.binarySearch(rows, 0, n, row);
            return i >= 0 ? i : -(i + 1);
        }

        /** The cells from row {@code r1} to {@code r2}, both included, top to bottom. */
        List<AuditCell> slice(int r1, int r2) {
            if (r1 > r2 || n == 0) {
                return List.of();
            }
            int a = from(r1);
            int b = r2 == Integer.MAX_VALUE ? n : from(r2 + 1);
            return a >= b ? List.of() : Collections.unmodifiableList(Arrays.asList(cells).subList(a, b));
        }
    }

    public AuditSheet(String name, int index, boolean hidden) {
        this.name = name;
        this.index = index;
        this.hidden = hidden;
    }

    /** A cell's place as one number, column-major (as rules key their own maps of cells). */
    static long key(int row, int col) {
        return ((long) col << 21) | row;
    }

    public String name() {
        return name;
    }

    public int index() {
        return index;
    }

    public boolean hidden() {
        return hidden;
    }

    private static Column[] room(Column[] cols, int col) {
        if (col < cols.length) {
            return cols;
        }
        return Arrays.copyOf(cols, Math.max(col + 1, Math.min(cols.length * 2, 16_384)));
    }

    void put(AuditCell c) {
        cells = room(cells, c.col());
        Column column = cells[c.col()];
        if (column == null) {
            column = cells[c.col()] = new Column();
        }
        AuditCell old = column.put(c.row(), c);
        if (old == null) {
            size++;
        }
        all = null;
        if (c.isFormula() && (old == null || !old.isFormula())) {
            formulas.add(c);
            formulaIndex = room(formulaIndex, c.col());
            Column f = formulaIndex[c.col()];
            if (f == null) {
                f = formulaIndex[c.col()] = new Column();
            }
            // as a map's put: a formula put where a value stood earlier replaces nothing in the index
            f.put(c.row(), c);
            lastFormulaCol = Math.max(lastFormulaCol, c.col());
        }
    }

    /** Keeps only the formula cells (a sheet too big to keep its values). */
    void dropValues() {
        size = 0;
        all = null;
        for (Column c : cells) {
            if (c == null) {
                continue;
            }
            int k = 0;
            for (int i = 0; i < c.n; i++) {
                if (c.cells[i].isFormula()) {
                    c.rows[k] = c.rows[i];
                    c.cells[k++] = c.cells[i];
                }
            }
            Arrays.fill(c.cells, k, c.n, null);
            c.n = k;
            size += k;
        }
    }

    /** The cell, or null when it is empty (or was not kept). */
    public AuditCell get(int row, int col) {
        if (row < 0 || col < 0 || col >= cells.length) {
            return null;
        }
        Column column = cells[col];
        return column == null ? null : column.get(row);
    }

    /** Kept cells of one column between two rows, top to bottom. */
    public Collection<AuditCell> column(int col, int fromRow, int toRow) {
        if (col < 0 || col >= cells.length || cells[col] == null) {
            return List.of();
        }
        return cells[col].slice(fromRow, toRow);
    }

    /** Kept cells inside a rectangle, column by column. */
    public List<AuditCell> area(int r1, int c1, int r2, int c2) {
        List<AuditCell> out = new ArrayList<>();
        for (int c = c1; c <= c2; c++) {
            out.addAll(column(c, r1, r2));
            if (c - c1 > 20_000) {
                break;
            }
        }
        return out;
    }

    /** Formula cells in file order (row by row). */
    public List<AuditCell> formulas() {
        return formulas;
    }

    /** Formula cells inside a rectangle, column by column; at most {@code limit} of them. */
    public List<AuditCell> formulasIn(int r1, int c1, int r2, int c2, int limit) {
        if (lastFormulaCol < 0 || limit <= 0) {
            return List.of();
        }
        if (r1 == r2 && c1 == c2) {
            // one cell, the most common reference: a look-up, not a range
            AuditCell f = c1 < 0 || c1 > lastFormulaCol || formulaIndex[c1] == null ? null : formulaIndex[c1].get(r1);
            return f == null ? List.of() : List.of(f);
        }
        List<AuditCell> out = new ArrayList<>();
        for (int c = Math.max(c1, 0); c <= c2 && out.size() < limit && c <= lastFormulaCol; c++) {
            Column f = formulaIndex[c];
            if (f == null) {
                continue;
            }
            for (AuditCell x : f.slice(r1, r2)) {
                out.add(x);
                if (out.size() >= limit) {
                    break;
                }
            }
        }
        return out;
    }

    /** Every kept cell, column by column and top to bottom in each column. */
    public Collection<AuditCell> cells() {
        List<AuditCell> a = all;
        if (a == null) {
            AuditCell[] out = new AuditCell[size];
            int k = 0;
            for (Column c : cells) {
                if (c != null) {
                    System.arraycopy(c.cells, 0, out, k, c.n);
                    k += c.n;
                }
            }
            a = all = Collections.unmodifiableList(Arrays.asList(out));
        }
        return a;
    }

    public int size() {
        return size;
    }
    /** True for a sheet of amounts in pounds (a recognised savings plan or budget): messages show £. */
    public boolean money() {
        return money;
    }

    void money(boolean m) {
        money = m;
    }

    /** An amount as a message on this sheet shows it: "£4,350,000" on a finance sheet, "4,350,000" elsewhere. */
    String amount(double v) {
        if (!money) {
            return Amounts.pounds(v);
        }
        double f = unitFactor();
        return f == 1 ? Amounts.money(v) : Amounts.money(v * f, true);
    }

    /** Pounds per unit of this sheet's amounts, from its title or headings ("£000", "£m"); NaN until looked for. */
    private double unitFactor = Double.NaN;

    private double unitFactor() {
        if (Double.isNaN(unitFactor)) {
            unitFactor = 1;
            for (AuditCell c : cells()) {
                if (c.row() < 40 && c.isText() && c.text().indexOf('£') >= 0) {
                    double f = org.forcestat.ingest.MoneyHeadings.factor(c.text());
                    if (f != 1) {
                        unitFactor = f;
                        break;
                    }
                }
            }
        }
        return unitFactor;
    }

    public BitSet hiddenRows() {
        return hiddenRows;
    }

    public BitSet hiddenCols() {
        return hiddenCols;
    }

    public boolean isHidden(int row, int col) {
        return hiddenRows.get(row) || hiddenCols.get(col);
    }

    /**
     * False when value cells were left out because the sheet was too big to keep them all: rules
     * that judge by a cell being empty then stay silent rather than guess.
     */
    public boolean complete() {
        return complete;
    }

    void incomplete() {
        complete = false;
    }
}
