package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.format.xlsx.BookModel;
import org.forcestat.model.Metric;
import org.forcestat.model.MetricId;
import org.junit.jupiter.api.Test;

class MetricsLiveFormulaTest {
    private static Metric m(String id, double v) {
        return new Metric(MetricId.parse(id), id, v, "p", "s");
    }

    @Test
    void derivedFiguresAreFormulasOverTheirInputsWithTheValueCached() throws Exception {
        BookModel book = new BookModel();
        // 730 calls over 365 days = 2 a day; 219 STORM records -> (730 - 219) / 730 = 0.7 with none.
            List<Metric> metrics = List.of(m("calls.total", 730), m("calls.days", 365),
                    m("calls.storm.total", 219), m("calls.per_day", 2),
                    m("calls.no_storm.share", 0.7), m("incidents.per_day", 0.6),
                    m("crimes.rolling12.previous", 100), m("crimes.rolling12.current", 90),
                    m("crimes.rolling12.change", -10));
        Grid g = new Grid(book.add(MetricsSheetWriter.SHEET), new HouseStyle(book.styles));
        MetricsSheetWriter.write(book, g, metrics, "OFFICIAL");
        try (XSSFWorkbook wb = Reopen.withPoi(book)) {
            XSSFCell perDay = wb.getSheet("Metrics").getRow(4).getCell(2);
            assertEquals(CellType.FORMULA, perDay.getCellType());
            assertEquals("$C$2/$C$3", perDay.getCellFormula());
            assertEquals(2.0, perDay.getNumericCellValue(), "cached value");
            XSSFCell share = wb.getSheet("Metrics").getRow(5).getCell(2);
            assertEquals("($C$2-$C$4)/$C$2", share.getCellFormula());
            assertEquals(0.7, share.getNumericCellValue(), 1e-12);
            assertEquals("$C$9-$C$8", wb.getSheet("Metrics").getRow(9).getCell(2).getCellFormula());
            assertEquals("Metrics!$C$5", wb.getName("calls_per_day").getRefersToFormula(), "named range");
            // 219 / 365 = 0.6 exactly, so incidents per day is live too.
            assertEquals(CellType.FORMULA, wb.getSheet("Metrics").getRow(6).getCell(2).getCellType());
            // Excel's own arithmetic (POI's evaluator) gives each cached value back.
            var eval = wb.getCreationHelper().createFormulaEvaluator();
            for (int row = 1; row <= metrics.size(); row++) {
                XSSFCell c = wb.getSheet("Metrics").getRow(row).getCell(2);
                if (c.getCellType() == CellType.FORMULA) {
                    assertEquals(c.getNumericCellValue(), eval.evaluate(c).getNumberValue(), 1e-12, c.getCellFormula());
                }
            }
        }
    }

    @Test
    void aFigureTheFormulaWouldNotReproduceStaysAPlainNumber() throws Exception {
        BookModel book = new BookModel();
        // 700 / 365 = 1.9178..., not the 2.5 given: a formula would change the figure on recalculation.
            List<Metric> metrics = List.of(m("calls.total", 700), m("calls.days", 365),
                    m("calls.per_day", 2.5));
        Grid g = new Grid(book.add(MetricsSheetWriter.SHEET), new HouseStyle(book.styles));
        MetricsSheetWriter.write(book, g, metrics, "OFFICIAL");
        try (XSSFWorkbook wb = Reopen.withPoi(book)) {
            XSSFCell perDay = wb.getSheet("Metrics").getRow(3).getCell(2);
            assertEquals(CellType.NUMERIC, perDay.getCellType());
            assertEquals(2.5, perDay.getNumericCellValue());
        }
    }
}
