package org.forcestat.validate;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.forcestat.format.CellAddress;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet part (fed by {@link org.forcestat.format.SaxBridge}), for the audit: cells with their formulas as written,
 * hidden rows ({@code <row hidden="1">}) and hidden columns ({@code <col hidden="1">}). Excel
 * stores a block of copied formulas once, on its first cell ({@code <f t="shared" si="0"
 * ref="D5:K5">}); the other cells carry only {@code <f t="shared" si="0"/>}, so their text is
 * rebuilt here by moving the first cell's formula, as Excel does.
 */
final class SheetScanner extends DefaultHandler {
    /** Receives what the scanner reads. Rows and columns are 0-based. */
    interface Sink {
        void cell(AuditCell cell);

        void hiddenRow(int row);

        void hiddenColumns(int fromCol, int toCol);
    }

    private record Master(int row, int col, Formula formula) {
    }

    /** The workbook's shared strings by index. */
    private final IntFunction<String> strings;
    /** Which cell styles show a date: a date is not an amount, so no total should add it. */
    private final boolean[] dateStyles;
    private boolean dateStyled;
    private final Sink sink;
    private final Map<String, Master> shared = new HashMap<>();
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private int row = -1;
    private int col = -1;
    private String type;
    private String sharedIndex;
    private boolean hasFormula;
    private boolean inValue;
    private boolean inFormula;
    private boolean inInline;

    SheetScanner(IntFunction<String> strings, boolean[] dateStyles, Sink sink) {
        this.strings = strings;
        this.dateStyles = dateStyles;
        this.sink = sink;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
        switch (local) {
            case "row" -> {
                String r = a.getValue("r");
                row = r != null ? Integer.parseInt(r) - 1 : row + 1;
                col = -1;
                if (isTrue(a.getValue("hidden"))) {
                    sink.hiddenRow(row);
                }
            }
            case "col" -> {
                if (isTrue(a.getValue("hidden")) && a.getValue("min") != null && a.getValue("max") != null) {
                    sink.hiddenColumns(Integer.parseInt(a.getValue("min")) - 1, Integer.parseInt(a.getValue("max")) - 1);
                }
            }
            case "c" -> {
                String st = a.getValue("s");
                int styleIndex = st == null ? 0 : Integer.parseInt(st);
                dateStyled = styleIndex < dateStyles.length && dateStyles[styleIndex];
                String r = a.getValue("r");
                if (r != null) {
                    col = CellAddress.columnOf(r);
                    int digits = 0;
                    while (digits < r.length() && Character.isLetter(r.charAt(digits))) {
                        digits++;
                    }
                    if (digits < r.length()) {
                        row = Integer.parseInt(r.substring(digits)) - 1;
                    }
                } else {
                    col++;
                }
                type = a.getValue("t");
                value.setLength(0);
                inline.setLength(0);
                formula.setLength(0);
                hasFormula = false;
                sharedIndex = null;
            }
            case "v" -> inValue = true;
            case "f" -> {
                inFormula = true;
                hasFormula = true;
                if ("shared".equals(a.getValue("t"))) {
                    sharedIndex = a.getValue("si");
                }
            }
            case "t" -> inInline = "inlineStr".equals(type);
            default -> {
            }
        }
    }

    private static boolean isTrue(String v) {
        return "1".equals(v) || "true".equalsIgnoreCase(v);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        } else if (inFormula) {
            formula.append(ch, start, length);
        } else if (inInline) {
            inline.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        switch (local) {
            case "v" -> inValue = false;
            case "f" -> inFormula = false;
            case "t" -> inInline = false;
            case "c" -> {
                AuditCell c = cell();
                if (c != null) {
                    sink.cell(c);
                }
            }
            default -> {
            }
        }
    }

    private Formula formula() {
        if (!hasFormula) {
            return null;
        }
        String text = formula.toString();
        if (sharedIndex != null) {
            if (!text.isEmpty()) {
                Formula f = Formula.parse(text);
                shared.put(sharedIndex, new Master(row, col, f));
                return f;
            }
            Master m = shared.get(sharedIndex);
            if (m != null) {
                return Formula.parse(m.formula().moved(m.row(), m.col(), row, col));
            }
        }
        // An empty <f/> outside a shared block is a cell inside an array formula's range.
        return text.isEmpty() ? null : Formula.parse(text);
    }

    private AuditCell cell() {
        Formula f = formula();
        String v = value.toString();
        if (type == null || "n".equals(type)) {
            if (v.isEmpty()) {
                return f == null ? null : new AuditCell(row, col, AuditCell.Type.BLANK, Double.NaN, "", f);
            }
            try {
                return new AuditCell(row, col, dateStyled ? AuditCell.Type.DATE : AuditCell.Type.NUMBER,
                        Double.parseDouble(v), null, f);
            } catch (NumberFormatException e) {
                return new AuditCell(row, col, AuditCell.Type.TEXT, Double.NaN, v, f);
            }
        }
        return switch (type) {
            case "s" -> v.isEmpty() ? null : new AuditCell(row, col, AuditCell.Type.TEXT, Double.NaN,
                    strings.apply(Integer.parseInt(v)), f);
            case "inlineStr" -> new AuditCell(row, col, AuditCell.Type.TEXT, Double.NaN, inline.toString(), f);
            case "b" -> new AuditCell(row, col, AuditCell.Type.BOOLEAN, "1".equals(v) ? 1 : 0, null, f);
            case "e" -> new AuditCell(row, col, AuditCell.Type.ERROR, Double.NaN, v, f);
            default -> new AuditCell(row, col, AuditCell.Type.TEXT, Double.NaN, v, f);
        };
    }
}
