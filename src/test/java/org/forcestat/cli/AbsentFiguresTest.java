package org.forcestat.cli;

import static org.forcestat.cli.SummarySheets.rightOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A police.uk month alone (SPEC §3): the five figures its merged groups cannot give are "not in these
 * inputs" on the Metrics sheet, the Summary tiles and the Crime sheet, never 0, and the threat
 * evidence does not claim "Violent crime per day: 0".
 */
class AbsentFiguresTest {
    private static final List<String> CANNOT = List.of("violence", "sexual_offences", "dwelling_burglary", "tfmv",
            "tomv");

    @TempDir
    static Path dir;

    static CommandRun run;
    static Map<String, Object> metrics;

    @BeforeAll
    static void runOnAPoliceUkMonth() throws Exception {
        Path in = DropFolders.in(dir);
        // October 2018 (31 days): 62 violence and sexual offences, 31 burglary, 31 vehicle crime,
        // 31 shoplifting (155 crimes) and 93 ASB.
        Object[][] counts = {{"Violence and sexual offences", 62}, {"Burglary", 31}, {"Vehicle crime", 31},
            {"Shoplifting", 31}, {"Anti-social behaviour", 93}};
        String pu = DropFolders.policeUkMonth("2018-10", "On or near High Street", counts);
        Files.writeString(in.resolve("2018-10-kent-street.csv"), pu, StandardCharsets.UTF_8);
        run = DropFolders.run(dir);
        metrics = MixedSourcesEndToEndTest.readMetrics(run.summary());
    }

    @Test
    void whatPoliceUkCannotSplitIsNotInTheseInputsOnTheMetricsSheet() {
        for (String c : CANNOT) {
            assertEquals("not in these inputs", metrics.get("crimes." + c + ".per_day"), c);
            assertEquals("not in these inputs", metrics.get("crimes." + c + ".total"), c);
        }
        assertEquals(155.0, metrics.get("crimes.total"));
        assertEquals(5.0, metrics.get("crimes.per_day"));
        assertEquals(93.0, metrics.get("asb.total"));
        assertEquals(3.0, metrics.get("asb.per_day"));
        assertEquals(2.0, metrics.get("crimes.violence_and_sexual.per_day"));
        assertEquals(1.0, metrics.get("crimes.theft.per_day"));
    }

    @Test
    void theSummaryTilesAndTheCrimeSheetSayNotInTheseInputs() throws Exception {
        try (InputStream in = Files.newInputStream(run.summary()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (String label : List.of("Violent crime", "Sexual offences", "Dwelling burglary",
                    "Theft from motor vehicle", "Theft of motor vehicle")) {
                assertEquals("not in these inputs", rightOf(wb.getSheet("Summary"), label), label);
                assertEquals("not in these inputs", rightOf(wb.getSheet("Crime"), label), label);
            }
            for (Row r : wb.getSheet("Threat Strategy")) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING) {
                        assertFalse(c.getStringCellValue().contains("Violent crime per day"), c.getStringCellValue());
                        assertFalse(c.getStringCellValue().contains("Sexual offences per day"), c.getStringCellValue());
                    }
                }
            }
        }
    }
}
