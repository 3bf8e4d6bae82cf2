package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.stats.FinanceStats;
import org.forcestat.stats.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Category labels that would run together level ("2011/122012/13" under the Finance chart) are turned
 * 45 degrees; labels with room stay level. Widths by hand from Arial's metrics at 10 pt (13.33 px an em).
 */
class ChartLabelsTest {
    @TempDir
    Path dir;

    private static final String[] YEARS = {"2011/12", "2012/13", "2013/14", "2014/15", "2015/16", "2016/17", "2017/18",
        "2018/19"};

    @Test
    void eightFinancialYearsDoNotFitLevelUnderTheFinanceChart() {
        // "2011/12": six digits at 0.556 em and a slash at 0.278 = 3.614 em = 48.19 px, 54.19 with its gap;
        // eight are 433.5 px, wider than the plot of a 504 px chart (8 columns of 63 px) less 106 px: 398
        assertEquals(-45, ChartFactory.labelAngle(504, YEARS));
        // three of them (162.6 px) fit
        assertEquals(0, ChartFactory.labelAngle(504, new String[] {"2016/17", "2017/18", "2018/19"}));
    }

    @Test
    void theWeekdaysStayLevelUnderTheCallsChart() {
        // Monday 47.4 + Tuesday 51.1 + Wednesday 70.4 + Thursday 55.6 + Friday 37.0 + Saturday 53.4 + Sunday 45.2
        // = 360.1 px, 402.1 with the gaps: inside the 482 px plot of the Calls sheet's 588 px chart
        String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
        assertEquals(0, ChartFactory.labelAngle(588, days));
        // in the Finance chart's 504 px they would not fit (398 px of plot)
        assertEquals(-45, ChartFactory.labelAngle(504, days));
    }

    @Test
    void theWrittenFinanceChartTurnsItsYearLabels() throws IOException {
        List<FinanceStats.YearSavings> years = new ArrayList<>();
        for (int i = 0; i < YEARS.length; i++) {
            years.add(new FinanceStats.YearSavings(YEARS[i], i < 5 ? Double.NaN : 11e6, i < 5 ? 10e6 : Double.NaN));
        }
        FinanceStats base = SummaryFixture.finance();
        FinanceStats f = new FinanceStats(base.savingsToDate(), base.savingsRequired(), base.plannedNext3Years(), base.savingsAtRisk(),
                years, base.budgetSplit(), base.budget(), base.staffShare(), base.officers(), base.staff());
        Summary full = SummaryFixture.full();
        Summary s = new Summary(full.run(), full.metrics(), full.calls(), full.crime(), f, full.findings(),
                full.sources(), null);
        Path file = dir.resolve("summary.xlsx");
        SummaryWorkbookWriter.write(s, List.of(), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<XSSFChart> charts = wb.getSheet("Finance").getDrawingPatriarch().getCharts();
            XSSFChart savings = charts.stream().filter(c -> c.getCTChart().getPlotArea().sizeOfCatAxArray() > 0)
                    .findFirst().orElseThrow();
            var axis = savings.getCTChart().getPlotArea().getCatAxArray(0);
            assertTrue(axis.isSetTxPr(), "the year labels carry their own text properties");
            assertEquals(-45 * 60_000, axis.getTxPr().getBodyPr().getRot());
            assertEquals(8, savings.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getCat().getStrRef()
                    .getStrCache().sizeOfPtArray());
        }
    }

    @Test
    void aChartWithFewShortLabelsKeepsThemLevel() throws IOException {
        Path file = dir.resolve("summary3.xlsx");
        SummaryWorkbookWriter.write(SummaryFixture.full(), List.of(), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            // the fixture's three years under the same chart
            XSSFChart savings = wb.getSheet("Finance").getDrawingPatriarch().getCharts().stream()
                    .filter(c -> c.getCTChart().getPlotArea().sizeOfCatAxArray() > 0).findFirst().orElseThrow();
            assertFalse(savings.getCTChart().getPlotArea().getCatAxArray(0).isSetTxPr());
        }
    }
}
