package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Widths by hand from Helvetica's AFM (Arial's metrics), at 10 pt = 13.33 px an em, with the 1.08 margin
 * of column widths, or the 1.03 margin that wrapped lines are counted with.
 */
class TextLinesTest {
    @Test
    void aStringOfDigitsIsAsManyColumnUnitsAsDigitsPlusTheMargin() {
        assertEquals(10 * 1.08, TextLines.digits("0123456789"), 1e-9);
    }

    @Test
    void textIsMeasuredByItsLetters() {
        // T 611 + h 556 + e 556 + f 278 + t 278 = 2279/1000 em, over a digit's 0.556 em
        assertEquals(2.279 / 0.556 * 1.08, TextLines.digits("Theft"), 1e-9);
        // capitals are wider than digits: P L A N _ S H O R T F A L L = 9.058 em
        assertEquals(9.058 / 0.556 * 1.08, TextLines.digits("PLAN_SHORTFALL"), 1e-9);
    }

    @Test
    void aPeriodFitsOneLineInAColumnOf36ButNotOf32() {
        // 16.400 em = 218.7 px, 225.2 px with the lines' margin; a column of w units holds 7w - 5 px
        String period = "01/04/2014 to 31/03/2015 (365 days)";
        assertEquals(1, TextLines.lines(period, 36)); // 247 px
        assertEquals(2, TextLines.lines(period, 32)); // 219 px
    }

    @Test
    void linesBreakAfterHyphensAsWellAsAtSpaces() {
        // crime-by-month.xlsx, | crime-ho.csv, crimes- | template-filled.xlsx: 3 lines in 22 units (149 px);
        // broken only at spaces, crimes-template-filled.xlsx (157.9 px with the margin) would not fit a line
        // and take 4
        assertEquals(3, TextLines.lines("crime-by-month.xlsx, crime-ho.csv, crimes-template-filled.xlsx", 22));
    }

    @Test
    void longWordsBreakAndParagraphsStartNewLines() {
        // 100 x at 500/1000 em: 666.7 px, 686.7 px with the 3% margin lines are counted with, in a 65 px
        // column is 11 lines (with the 8% margin of column widths it was 720 px and 12 lines)
        assertEquals(11, TextLines.lines("x".repeat(100), 10));
        assertEquals(3, TextLines.lines("a\nb\n", 10));
        assertEquals(1, TextLines.lines("", 10));
    }
}
