package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calls forecast says when --to, not the inputs, leaves it too few months, in the same words as the
 * crime forecast. The file, by hand: calls per day from 01/01/2014 to 31/12/2015 (24 complete months),
 * 2,000 a day; --to 30/06/2015 leaves January 2014 to June 2015, 18 months.
 */
class CallsForecastCutByPeriodTest {
    @TempDir
    Path dir;

    @Test
    void aPeriodThatCutsTheCallMonthsIsSaidToBeTheForecastsReason() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        StringBuilder b = new StringBuilder("Date,Total calls\r\n");
        DateTimeFormatter uk = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        for (LocalDate d = LocalDate.of(2014, 1, 1); d.getYear() < 2016; d = d.plusDays(1)) {
            b.append(d.format(uk)).append(",2000\r\n");
        }
        Files.writeString(in.resolve("calls per day 2014-15.csv"), b);
        CommandRun r = CommandRun.of("run", in.toString(), "-o", dir.resolve("out").toString(), "--from", "01/01/2015",
                "--to", "30/06/2015");
        String forecast = null;
        try (InputStream s = Files.newInputStream(r.summary()); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            for (Row row : wb.getSheet("Calls")) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("No forecast:")) {
                        forecast = forecast == null ? c.getStringCellValue() : forecast;
                    }
                }
            }
        }
        assertNotNull(forecast, r.printed());
        assertTrue(forecast.startsWith("No forecast: a forecast needs at least 24 months of data; found 18 up to the end "
                + "of the period asked for (up to 30/06/2015);"), forecast);
    }
}
