package org.forcestat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class FormulaTest {
    @Test
    void sumOfAColumnRangeIsOneAggregateReference() {
        Formula f = Formula.parse("SUM(D5:D16)");
        assertEquals(1, f.refs().size());
        Formula.Ref r = f.refs().get(0);
        assertEquals(4, r.r1());
        assertEquals(15, r.r2());
        assertEquals(3, r.c1());
        assertEquals("SUM", r.function());
        assertTrue(f.isSingleAggregate());
        assertEquals("SUM(R[-12]C:R[-1]C)", f.r1c1(16, 3));
    }

    @Test
    void copiesOfAFormulaReadTheSameInR1C1() {
        assertEquals(Formula.parse("SUM(D5:K5)").r1c1(4, 11), Formula.parse("SUM(D9:K9)").r1c1(8, 11));
        assertFalse(Formula.parse("SUM(D9:J9)").r1c1(8, 11).equals(Formula.parse("SUM(D5:K5)").r1c1(4, 11)));
    }

    @Test
    void movingKeepsAbsolutePartsAndShiftsRelativeOnes() {
        assertEquals("SUM(D10:K10)*$B$2", Formula.parse("SUM(D5:K5)*$B$2").moved(4, 11, 9, 11));
        assertEquals("'Old plan'!E5+C$1", Formula.parse("'Old plan'!D5+B$1").moved(0, 0, 0, 1));
    }

    @Test
    void sheetNamesStringsNumbersAndErrorsAreToldApart() {
        Formula f = Formula.parse("IF(Data!B2=\"A1\",'My sheet'!C3*1.025,#REF!)+ROUND(X1,2)");
        assertEquals(List.of("Data!B2", "'My sheet'!C3", "X1"), f.refs().stream().map(Formula.Ref::a1).toList());
        assertEquals("Data", f.refs().get(0).sheet());
        assertEquals("My sheet", f.refs().get(1).sheet());
        assertEquals(List.of("1.025", "2"), f.constants().stream().map(Formula.Constant::text).toList());
        assertEquals("ROUND", f.constants().get(1).function());
        assertEquals(List.of("#REF!"), f.errors());
    }

    @Test
    void externalWholeColumnAndFunctionNamesLikeCellsAreRead() {
        Formula f = Formula.parse("[1]Rates!B2*SUM(B:B)+LOG10(A1)");
        assertTrue(f.refs().get(0).external());
        assertEquals("Rates", f.refs().get(0).sheet());
        assertTrue(f.refs().get(1).wholeColumns());
        assertEquals("A1", f.refs().get(2).a1());
        assertEquals(List.of("SUM", "LOG10"), f.functions());
    }

    /** A shared formula's copies are built by moving the first cell's parts: they must read as the moved text does. */
    @Test
    void movingThePartsGivesWhatReadingTheMovedTextGives() {
        String[] texts = {"SUM(D5:K5)*$B$2", "'Old plan'!D5+B$1", "[1]Rates!B2*SUM(B:B)+LOG10(A1)",
            "IF(Data!B2=\"A1\",'My sheet'!C3*1.025,#REF!)+ROUND(X1,2)", "AVERAGE(L30:L44)", "SUM($A1:A$10)/C3%",
            "SUM(2:4)+A1", "B3-B2", "XFC1+1", "SUMPRODUCT(D$4:K$4,D5:K5)", "AZ9*$ZZ$1+SUM($B:$B)+SUM($3:$4)+Y7"};
        int[][] moves = {{0, 0}, {1, 0}, {0, 1}, {25, 3}, {-1, 0}, {0, -1}, {-4, -2}, {1_048_570, 0}, {0, 3}};
        for (String t : texts) {
            for (int[] m : moves) {
                Formula f = Formula.parse(t);
                int fromRow = 4;
                int fromCol = 2;
                int toRow = fromRow + m[0];
                int toCol = fromCol + m[1];
                if (toRow < 0 || toCol < 0) {
                    continue;
                }
                f.r1c1(fromRow, fromCol);
                Formula moved = f.movedTo(fromRow, fromCol, toRow, toCol);
                Formula read = Formula.parse(f.moved(fromRow, fromCol, toRow, toCol));
                assertEquals(read, moved, t + " moved by " + m[0] + "," + m[1]);
                assertEquals(read.r1c1(toRow, toCol), moved.r1c1(toRow, toCol), t);
            }
        }
        // columns past Z: AZ moved one column is BA, ZZ one further is AAA (Excel's letters, worked by hand)
        Formula wide = Formula.parse("AZ9*ZZ1+SUM($B:$B)+SUM(3:4)+XFC2");
        assertEquals(List.of("AZ9", "ZZ1", "$B:$B", "3:4", "XFC2"), wide.refs().stream().map(Formula.Ref::a1).toList());
        assertEquals("BA10*AAA2+SUM($B:$B)+SUM(4:5)+XFD3", wide.movedTo(0, 0, 1, 1).text());
        // the copy of B3-B2 one row down is B4-B3, and keeps its R1C1 form
        Formula f = Formula.parse("B3-B2");
        Formula down = f.movedTo(2, 2, 3, 2);
        assertEquals("B4-B3", down.text());
        assertEquals(List.of(3, 2), down.refs().stream().map(Formula.Ref::r1).toList());
        assertEquals("R[0]C[-1]-R[-1]C[-1]".replace("R[0]", "R"), down.r1c1(3, 2));
    }
}
