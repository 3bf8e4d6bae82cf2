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
}
