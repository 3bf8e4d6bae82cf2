package org.forcestat.validate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What the audit keeps of one sheet: every formula cell, the value cells near formulas or
 * referenced by them (all of a small sheet), and which rows and columns are hidden. Cells are
 * keyed column-major, so a column's run of cells is one sorted sub-map.
 */
public final class AuditSheet {
    private final String name;
    private final int index;
    private final boolean hidden;
    private final BitSet hiddenRows = new BitSet();
    private final BitSet hiddenCols = new BitSet();
    private final NavigableMap<Long, AuditCell> cells = new TreeMap<>();
    private final List<AuditCell> formulas = new ArrayList<>();
    private final NavigableMap<Long, AuditCell> formulaIndex = new TreeMap<>();
    private boolean complete = true;
    private boolean money;

    public AuditSheet(String name, int index, boolean hidden) {
        this.name = name;
        this.index = index;
        this.hidden = hidden;
    }

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

    void put(AuditCell c) {
        AuditCell old = cells.put(key(c.row(), c.col()), c);
        if (c.isFormula() && (old == null || !old.isFormula())) {
            formulas.add(c);
            formulaIndex.put(key(c.row(), c.col()), c);
        }
    }

    void dropValues() {
        cells.values().removeIf(c -> !c.isFormula());
    }

    /** The cell, or null when it is empty (or was not kept). */
    public AuditCell get(int row, int col) {
        if (row < 0 || col < 0) {
            return null;
        }
        return cells.get(key(row, col));
    }

    /** Kept cells of one column between two rows, top to bottom. */
    public Collection<AuditCell> column(int col, int fromRow, int toRow) {
        return cells.subMap(key(fromRow, col), true, key(toRow, col), true).values();
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
        if (formulaIndex.isEmpty() || limit <= 0) {
            return List.of();
        }
        if (r1 == r2 && c1 == c2) {
            // one cell, the most common reference: a look-up, not a range
            AuditCell f = formulaIndex.get(key(r1, c1));
            return f == null ? List.of() : List.of(f);
        }
        List<AuditCell> out = new ArrayList<>();
        long last = formulaIndex.lastKey();
        for (int c = c1; c <= c2 && out.size() < limit && key(0, c) <= last; c++) {
            for (AuditCell f : formulaIndex.subMap(key(r1, c), true, key(r2, c), true).values()) {
                out.add(f);
                if (out.size() >= limit) {
                    break;
                }
            }
        }
        return out;
    }

    public Collection<AuditCell> cells() {
        return cells.values();
    }

    public int size() {
        return cells.size();
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
        return money ? Amounts.money(v) : Amounts.pounds(v);
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
