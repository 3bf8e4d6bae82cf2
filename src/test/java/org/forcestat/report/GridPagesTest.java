package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.forcestat.format.xlsx.BookModel;
import org.forcestat.report.HouseStyle.Kind;
import org.junit.jupiter.api.Test;

/** A section heading prints on the page of what it heads, never alone at the foot of the page before. */
class GridPagesTest {

    /**
     * A sheet of three columns of 10 characters prints at 100% (30 of the 139 characters across A4 landscape),
     * 487 pt of rows a page. A first row written without a height (15 pt), 36 rows not written (Arial 10's
     * 12.75 pt each): 474 pt above the heading, which with its two lines (3 x 15 pt) needs 519: the heading
     * would be the page's last row, its sentence on the next page.
     */
    @Test
    void aHeadingAtTheFootOfAPageStartsTheNextPage() {
        Grid g = sheetWithHeadingAfter(37);
        g.finish("OFFICIAL");
        assertEquals(List.of(36), List.copyOf(g.sheet().rowBreaks), "a break under row 37, the heading on row 38");
    }

    /** With 20 rows above it (15 + 19 x 12.75 = 257 pt) the heading and its sentence are mid-page: no break. */
    @Test
    void aHeadingMidPageStaysWhereItIs() {
        Grid g = sheetWithHeadingAfter(20);
        g.finish("OFFICIAL");
        assertTrue(g.sheet().rowBreaks.isEmpty(), g.sheet().rowBreaks.toString());
    }

    /** A heading at the top of the sheet needs no break before it. */
    @Test
    void aHeadingOnTheFirstRowStaysThere() {
        Grid g = sheetWithHeadingAfter(0);
        g.finish("OFFICIAL");
        assertTrue(g.sheet().rowBreaks.isEmpty(), g.sheet().rowBreaks.toString());
    }

    private static Grid sheetWithHeadingAfter(int rows) {
        BookModel book = new BookModel();
        Grid g = new Grid(book.add("Calls"), new HouseStyle(book.styles));
        for (int c = 0; c < 3; c++) {
            g.width(c, 10);
        }
        if (rows > 0) {
            g.text(0, 0, "first");
        }
        g.text(rows, 0, "Calls per month: 12-month forecast", Kind.SECTION);
        g.sheet().height(rows, 15);
        g.text(rows + 1, 0, "No forecast: a forecast needs at least 24 months of data; found 12.", Kind.NOTE);
        g.text(rows + 2, 0, "A forecast is made from at least 24 consecutive months.", Kind.NOTE);
        return g;
    }
}
