package org.forcestat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.forcestat.format.xlsx.BookModel;
import org.forcestat.model.Metric;
import org.forcestat.model.MetricId;
import org.forcestat.model.Unit;
import org.junit.jupiter.api.Test;

class MetricFormatsTest {
    @Test
    void everyUnitsValuesComeOutInTheUnitsOwnNumberFormatWithItsName() throws Exception {
        List<Metric> metrics = new ArrayList<>();
        Set<Unit> seen = EnumSet.noneOf(Unit.class);
        for (MetricId id : MetricId.values()) {
            if (seen.add(id.unit())) {
                metrics.add(new Metric(id.hasPart() ? id.key("x") : id.key(), id.name(), 1.5, "p", "s"));
            }
        }
        assertEquals(EnumSet.allOf(Unit.class), seen, "some unit has no metric");
        BookModel book = new BookModel();
        Grid g = new Grid(book.add(MetricsSheetWriter.SHEET), new HouseStyle(book.styles));
        MetricsSheetWriter.write(book, g, metrics, "OFFICIAL");
        try (XSSFWorkbook wb = Reopen.withPoi(book)) {
            for (int i = 0; i < metrics.size(); i++) {
                XSSFCell value = wb.getSheet("Metrics").getRow(i + 1).getCell(2);
                Unit unit = metrics.get(i).unit();
                assertEquals(unit.format(), value.getCellStyle().getDataFormatString(), unit.name());
                assertEquals(unit.text(), wb.getSheet("Metrics").getRow(i + 1).getCell(3).getStringCellValue());
            }
        }
    }
}
