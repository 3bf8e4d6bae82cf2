package org.forcestat.ingest;

import static org.forcestat.ingest.Fixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.forcestat.model.Fact;
import org.forcestat.model.FinanceData;
import org.forcestat.model.Partial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A facts block headed once by a unit line ("£000"), as an MTFP summary sheet is written. */
class FactsUnitLineTest {
    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(InputProperties.NONE);

    @Test
    void aUnitLineAboveTheFactsScalesTheMoneyFactsBelowIt() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "mtfp.xlsx", "MTFP Summary",
                row("Medium Term Financial Plan 2016/17 to 2019/20"),
                row("£000"),
                row("Savings required (next 3 years)", 7350),
                row("Total savings to date", 2915.5),
                row("Police officer establishment", 1640)));
        Map<Fact, FinanceData.FactValue> f = p.finance().facts();
        // by hand: 7,350 thousand pounds = £7,350,000; 2,915.5 thousand = £2,915,500; officers are a count
        assertEquals(7_350_000, f.get(Fact.SAVINGS_REQUIRED).number(), 1e-6);
        assertEquals(2_915_500, f.get(Fact.SAVINGS_TO_DATE).number(), 1e-6);
        assertEquals(1640, f.get(Fact.OFFICERS).number(), 0);
        assertEquals(1, p.findings().stream().filter(x -> x.rule().equals("AMOUNTS_SCALED")).count());
    }

    @Test
    void aLabelsOwnUnitAndAUnitBesideTheValueWinOverTheLineAbove() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "facts.xlsx", "Key facts",
                row("Key facts (all figures £000 unless stated)"),
                row("Total budget (£)", 182400000),
                row("Savings required", "£m", 12.5),
                row("Total savings to date", 4100)));
        Map<Fact, FinanceData.FactValue> f = p.finance().facts();
        assertEquals(182_400_000, f.get(Fact.TOTAL_BUDGET).number(), 1e-6);
        assertEquals(12_500_000, f.get(Fact.SAVINGS_REQUIRED).number(), 1e-6);
        assertEquals(4_100_000, f.get(Fact.SAVINGS_TO_DATE).number(), 1e-6);
    }

    @Test
    void aBlockWithNoUnitStaysInPounds() throws Exception {
        Partial p = reader.read(Fixtures.workbook(dir, "facts.xlsx", "Facts",
                row("Key facts 2016"),
                row("Savings required (next 3 years)", 5200000),
                row("Total savings to date", 4570000)));
        assertEquals(5_200_000, p.finance().facts().get(Fact.SAVINGS_REQUIRED).number(), 1e-6);
        assertEquals(0, p.findings().stream().filter(x -> x.rule().equals("AMOUNTS_SCALED")).count());
    }
}
