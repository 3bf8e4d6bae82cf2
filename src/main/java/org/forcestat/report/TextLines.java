package org.forcestat.report;

/**
 * How many lines a wrapped 10 pt Arial cell takes in a column, worked out from Arial's character widths
 * (the same as Helvetica's), so a row gets the height its text needs and no more. Counting every
 * character as a digit's width (the unit of a column width) made one-line periods such as
 * "01/04/2014 to 31/03/2015 (365 days)" two lines tall and doubled the Metrics sheet's pages.
 */
final class TextLines {
    /** Advance widths of ASCII 32 to 126 in 1/1000 em (Helvetica's AFM, which Arial matches). */
    private static final int[] WIDTHS = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
    /** Pixels of a column width unit (Arial 10's digit) and of 1 em at 10 pt, on a 96 dpi screen. */
    private static final double DIGIT_PX = 7;
    private static final double EM_PX = 10 * 96 / 72.0;
    /** Cell padding in pixels, and a margin for renderers whose text runs a little wider. */
    private static final double PADDING_PX = 5;
    static final double SAFETY = 1.08;
    /**
     * The margin for counting wrapped lines: smaller than the one for sizing columns, since one line too
     * many a cell is a line of white under every finding. At 1.08, a Validation message that LibreOffice
     * wraps to 6 lines was counted 7 and its row printed 94 pt tall; Excel's hinted Arial 10 runs within
     * about 2% of these widths, and LibreOffice lays the same column out 6% wider (a digit 7.4 px, not 7).
     */
    private static final double LINE_SAFETY = 1.03;
    /**
     * Points a wrapped line of Arial 10 takes: Excel's row of one line is 12.75 pt (17 px) and it adds as
     * much a line; LibreOffice's is 11.2 pt (measured in its PDF), so Excel's height shows every line in both.
     */
    static final double LINE_POINTS = 12.75;

    private TextLines() {
    }

    /** Lines that {@code text} wraps to in a column {@code widthChars} wide (as SheetModel.width / 256). */
    static int lines(String text, double widthChars) {
        // measured with the lines' margin: room is the column's pixels scaled down by it
        double room = Math.max(1, widthChars * DIGIT_PX - PADDING_PX) * SAFETY / LINE_SAFETY;
        int lines = 0;
        for (String para : text.split("\n", -1)) {
            lines++;
            double line = 0;
            // spreadsheets break lines at spaces and after hyphens ("crimes-" "template-" "filled.xlsx")
            for (String word : para.split("(?<= )|(?<=-)", -1)) {
                double w = width(word.strip());
                double withSpace = line + w;
                if (line > 0 && withSpace > room) {
                    lines++;
                    line = width(word);
                } else {
                    line = withSpace + (word.endsWith(" ") ? width(" ") : 0);
                }
                // a word longer than the column breaks across lines
                while (line > room) {
                    lines++;
                    line -= room;
                }
            }
        }
        return Math.max(1, lines);
    }

    /** The height in points of a row whose tallest cell wraps to {@code lines} lines of Arial 10. */
    static float rowPoints(int lines) {
        return (float) (LINE_POINTS * lines + 1);
    }

    /**
     * {@code text} broken at spaces into lines that each fit a column {@code widthChars} wide at 10 pt, for
     * text laid out one line to a row: a wrapped cell makes its whole row tall, and on a sheet of panels side
     * by side that stretches the rows of the panels beside it.
     */
    static java.util.List<String> split(String text, double widthChars) {
        double room = Math.max(1, widthChars * DIGIT_PX - PADDING_PX);
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String next = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(next) > room) {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(next);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /**
     * Width of {@code s} at 10 pt in column-width units (Arial's digits, each 0.556 em), with the same
     * margin: most text is narrower than a string of digits as long ("Theft" is 3.6 digits wide),
     * capitals and "m"/"w" are wider.
     */
    static double digits(String s) {
        return width(s) / (0.556 * EM_PX);
    }

    /** Width of {@code s} in pixels at 10 pt. */
    static double width(String s) {
        double em = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            em += c >= 32 && c <= 126 ? WIDTHS[c - 32] : 556;
        }
        return em / 1000 * EM_PX * SAFETY;
    }
}
