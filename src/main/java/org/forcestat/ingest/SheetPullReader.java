package org.forcestat.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.forcestat.format.SharedStrings;
import org.forcestat.format.Utf8Buffer;
import org.forcestat.format.XmlPull;

/**
 * Reads one worksheet part with {@link XmlPull} into {@link SheetRow}s of raw values: the same
 * rows a SAX handler would build, at a fraction of the cost. Numbers that are
 * plain integers and shared-string indexes are taken from the bytes without making strings.
 */
final class SheetPullReader {
    /** The cell types of the file format, most common first. */
    private static final String[] TYPES = {"s", "n", "inlineStr", "str", "b", "e"};

    private final XmlPull xml;
    private final SharedStrings strings;
    private final boolean[] dateStyle;
    private final RowHandler out;

    private final List<Cell> cells = new ArrayList<>();
    private final Utf8Buffer value = new Utf8Buffer();
    private final Utf8Buffer inline = new Utf8Buffer();
    private final Utf8Buffer formula = new Utf8Buffer();
    private int row = -1;
    private int col = -1;
    private String type;
    private int style;
    private boolean hasFormula;
    /** The shared formula block ({@code si}) of the cell's formula, null when it is not shared. */
    private String sharedIndex;
    /** Where the next text goes: value, formula, inline text, or nowhere (null). */
    private Utf8Buffer textTo;

    private SheetPullReader(XmlPull xml, SharedStrings strings, boolean[] dateStyle, RowHandler out) {
        this.xml = xml;
        this.strings = strings;
        this.dateStyle = dateStyle;
        this.out = out;
    }

    /** Streams every row of the part to {@code out}. */
    static void read(XmlPull xml, SharedStrings strings, boolean[] dateStyle, RowHandler out) throws IOException {
        new SheetPullReader(xml, strings, dateStyle, out).run();
    }

    private void run() throws IOException {
        int ev;
        while ((ev = xml.next()) != XmlPull.EOF) {
            if (ev == XmlPull.TEXT) {
                if (textTo != null) {
                    xml.readText(textTo);
                }
            } else if (ev == XmlPull.START) {
                start();
            } else {
                end();
            }
        }
    }

    /** Element names are told apart by length and first letter: r, c, v, f, t, row, col. */
    private int tag() {
        int n = xml.nameLength();
        if (n == 1) {
            return xml.nameByte(0);
        }
        if (n == 3) {
            return xml.nameIs("row") ? 'R' : xml.nameIs("col") ? 'L' : 0;
        }
        return 0;
    }

    private boolean isTrue(int i) {
        return xml.attrValueIs(i, "1") || xml.attrValueIs(i, "true");
    }

    private void start() throws IOException {
        switch (tag()) {
            case 'R' -> {
                int r = -1;
                boolean hidden = false;
                for (int i = 0, n = xml.attrCount(); i < n; i++) {
                    if (xml.attrNameIs(i, 'r')) {
                        r = xml.attrInt(i);
                        if (r < 0) {
                            r = Integer.parseInt(xml.attrValue(i).trim());
                        }
                    } else if (xml.attrNameIs(i, "hidden")) {
                        hidden = isTrue(i);
                    }
                }
                row = r >= 0 ? r - 1 : row + 1;
                col = -1;
                cells.clear();
                if (hidden) {
                    out.hiddenRow(row);
                }
            }
            case 'L' -> {
                int min = -1;
                int max = -1;
                boolean hidden = false;
                for (int i = 0, n = xml.attrCount(); i < n; i++) {
                    if (xml.attrNameIs(i, "min")) {
                        min = xml.attrInt(i);
                    } else if (xml.attrNameIs(i, "max")) {
                        max = xml.attrInt(i);
                    } else if (xml.attrNameIs(i, "hidden")) {
                        hidden = isTrue(i);
                    }
                }
                if (hidden && min > 0 && max > 0) {
                    out.hiddenColumns(min - 1, max - 1);
                }
                textTo = null;
            }
            case 'c' -> {
                int c = Integer.MIN_VALUE;
                int s = 0;
                type = null;
                for (int i = 0, n = xml.attrCount(); i < n; i++) {
                    if (xml.attrNameIs(i, 'r')) {
                        c = xml.attrColumn(i);
                    } else if (xml.attrNameIs(i, 't')) {
                        type = type(i);
                    } else if (xml.attrNameIs(i, 's')) {
                        s = xml.attrInt(i);
                        if (s < 0) {
                            s = Integer.parseInt(xml.attrValue(i).trim());
                        }
                    }
                }
                col = c != Integer.MIN_VALUE ? c : col + 1;
                style = s;
                value.clear();
                inline.clear();
                formula.clear();
                hasFormula = false;
                sharedIndex = null;
                textTo = null;
            }
            case 'v' -> textTo = value;
            case 'f' -> {
                textTo = formula;
                hasFormula = true;
                String t = null;
                String si = null;
                for (int i = 0, n = xml.attrCount(); i < n; i++) {
                    if (xml.attrNameIs(i, 't')) {
                        t = xml.attrValue(i);
                    } else if (xml.attrNameIs(i, "si")) {
                        si = xml.attrValue(i);
                    }
                }
                sharedIndex = "shared".equals(t) ? si : null;
            }
            case 't' -> textTo = "inlineStr".equals(type) ? inline : null;
            default -> textTo = null;
        }
    }

    /** The cell type attribute, as one of the constant strings where it is a known one. */
    private String type(int i) throws IOException {
        for (String known : TYPES) {
            if (xml.attrValueIs(i, known)) {
                return known;
            }
        }
        return xml.attrValue(i);
    }

    private void end() {
        switch (tag()) {
            case 'c' -> {
                Cell c = cell();
                if (c != null) {
                    if (sharedIndex != null) {
                        out.sharedFormula(col, sharedIndex);
                    }
                    cells.add(c);
                }
                textTo = null;
            }
            case 'R' -> out.row(new SheetRow(row, cells));
            default -> textTo = null;
        }
    }

    private Cell cell() {
        String f = hasFormula ? formula.toString() : null;
        if (type == null || "n".equals(type)) {
            double d = value.decimal();
            if (!Double.isNaN(d)) {
                return Cell.number(col, d, style < dateStyle.length && dateStyle[style], f);
            }
        } else if ("s".equals(type)) {
            int i = value.index();
            if (i >= 0) {
                return Cell.text(col, strings.get(i), f);
            }
        }
        String in = "inlineStr".equals(type) ? inline.toString() : "";
        return cell(col, type, style, value.toString(), in, f, dateStyle, strings);
    }

    /**
     * The cell for a {@code <c>} element's parts: its type attribute ({@code t}, null when absent),
     * style index, {@code <v>} text, inline text and formula (null when none); null for an empty
     * cell.
     */
    private static Cell cell(int col, String type, int style, String v, String inline, String f, boolean[] dateStyle,
            SharedStrings strings) {
        if (type == null || "n".equals(type)) {
            if (v.isEmpty()) {
                return f == null ? null : new Cell(col, Cell.Type.BLANK, Double.NaN, "", false, f);
            }
            boolean date = style < dateStyle.length && dateStyle[style];
            try {
                return Cell.number(col, Double.parseDouble(v), date, f);
            } catch (NumberFormatException e) {
                return Cell.text(col, v, f);
            }
        }
        // Dispatched on the first letter: the type strings are fresh per cell, so a string switch hashes each.
        char t0 = type.isEmpty() ? ' ' : type.charAt(0);
        if (t0 == 's' && type.length() == 1) {
            return v.isEmpty() ? null : Cell.text(col, strings.get(Integer.parseInt(v)), f);
        }
        if (t0 == 'i' && type.equals("inlineStr")) {
            return Cell.text(col, inline, f);
        }
        if (t0 == 'b' && type.length() == 1) {
            return new Cell(col, Cell.Type.BOOLEAN, "1".equals(v) ? 1 : 0, null, false, f);
        }
        if (t0 == 'e' && type.length() == 1) {
            return new Cell(col, Cell.Type.ERROR, Double.NaN, v, false, f);
        }
        return Cell.text(col, v, f);
    }
}
