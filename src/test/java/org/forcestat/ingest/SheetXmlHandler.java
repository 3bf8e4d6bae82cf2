package org.forcestat.ingest;

import java.util.ArrayList;
import java.util.List;
import org.forcestat.format.CellAddress;
import org.forcestat.format.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A second, independent reader for {@link SheetPullReaderTest}: a SAX handler (run by the JDK's
 * parser) that turns {@code <row>/<c>} elements into {@link SheetRow}s with raw values. It was the
 * product's reader for parts that are not UTF-8 until those were transcoded for the pull reader.
 */
final class SheetXmlHandler extends DefaultHandler {
    private final SharedStrings strings;
    private final boolean[] dateStyle;
    private final RowHandler out;

    private final List<Cell> cells = new ArrayList<>();
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private int row = -1;
    private int col = -1;
    private String type;
    private int style;
    private boolean inValue;
    private boolean inFormula;
    private boolean inInlineText;
    private boolean hasFormula;
    private String sharedIndex;

    SheetXmlHandler(SharedStrings strings, boolean[] dateStyle, RowHandler out) {
        this.strings = strings;
        this.dateStyle = dateStyle;
        this.out = out;
    }

    /**
     * Element names are dispatched on length and first letter, not with a switch on the string:
     * the parser hands over names whose hash is not cached, and hashing two names per cell was a
     * measurable share of a million-row read.
     */
    private static int tag(String local) {
        int n = local.length();
        if (n == 1) {
            return local.charAt(0);
        }
        if (n == 3) {
            return local.equals("row") ? 'R' : local.equals("col") ? 'L' : 0;
        }
        return 0;
    }

    private static boolean isTrue(String v) {
        return "1".equals(v) || "true".equalsIgnoreCase(v);
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
        switch (tag(local)) {
            case 'R' -> {
                String r = a.getValue("r");
                row = r != null ? Integer.parseInt(r) - 1 : row + 1;
                col = -1;
                cells.clear();
                if (isTrue(a.getValue("hidden"))) {
                    out.hiddenRow(row);
                }
            }
            case 'L' -> {
                if (isTrue(a.getValue("hidden")) && a.getValue("min") != null && a.getValue("max") != null) {
                    out.hiddenColumns(Integer.parseInt(a.getValue("min")) - 1, Integer.parseInt(a.getValue("max")) - 1);
                }
            }
            case 'c' -> {
                // One pass over the attributes instead of three look-ups by name: this runs per cell.
                String r = null;
                String s = null;
                type = null;
                for (int i = 0, n = a.getLength(); i < n; i++) {
                    String q = a.getQName(i);
                    if (q.length() == 1) {
                        switch (q.charAt(0)) {
                            case 'r' -> r = a.getValue(i);
                            case 't' -> type = a.getValue(i);
                            case 's' -> s = a.getValue(i);
                            default -> {
                            }
                        }
                    }
                }
                col = r != null ? CellAddress.columnOf(r) : col + 1;
                style = s == null ? 0 : Integer.parseInt(s);
                value.setLength(0);
                inline.setLength(0);
                formula.setLength(0);
                hasFormula = false;
                sharedIndex = null;
            }
            case 'v' -> inValue = true;
            case 'f' -> {
                inFormula = true;
                hasFormula = true;
                sharedIndex = "shared".equals(a.getValue("t")) ? a.getValue("si") : null;
            }
            case 't' -> inInlineText = "inlineStr".equals(type);
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        } else if (inFormula) {
            formula.append(ch, start, length);
        } else if (inInlineText) {
            inline.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        switch (tag(local)) {
            case 'v' -> inValue = false;
            case 'f' -> inFormula = false;
            case 't' -> inInlineText = false;
            case 'c' -> {
                Cell c = cell();
                if (c != null) {
                    if (sharedIndex != null) {
                        out.sharedFormula(col, sharedIndex);
                    }
                    cells.add(c);
                }
            }
            case 'R' -> out.row(new SheetRow(row, cells));
            default -> {
            }
        }
    }

    private Cell cell() {
        String in = "inlineStr".equals(type) ? inline.toString() : "";
        return cell(col, type, style, value.toString(), in, hasFormula ? formula.toString() : null, dateStyle,
                strings);
    }

    /**
     * The cell for a {@code <c>} element's parts: its type attribute ({@code t}, null when absent),
     * style index, {@code <v>} text, inline text and formula (null when none); null for an empty
     * cell.
     */
    static Cell cell(int col, String type, int style, String v, String inline, String f, boolean[] dateStyle,
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
