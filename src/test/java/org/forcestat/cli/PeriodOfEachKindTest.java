package org.forcestat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §3 "every figure carries its period" and "absent, never 0", for a folder that keeps last
 * year's files beside this year's: under --from 01/04/2023 --to 31/03/2024, calls and crimes have
 * data for January to March 2024 only (91 days). The Summary's period line says those days, not the
 * --from/--to year; a grading or ASB that only last year's files have is not in the period's inputs.
 */
class PeriodOfEachKindTest {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @TempDir
    static Path dir;

    static CommandRun run;
    static Map<String, Object> metrics;

    @BeforeAll
    static void runWithAPeriodWiderThanTheData() throws Exception {
        Path in = DropFolders.in(dir);
        // Last year: per-day calls with a Crime report column (4 a day), and crimes with ASB rows.
        StringBuilder calls = new StringBuilder("Date,Immediate,High,Appointment,Advice,Crime report\n");
        StringBuilder oldCrimes = new StringBuilder("Date,Crime type,Count\n");
        for (LocalDate d = LocalDate.of(2022, 4, 1); d.isBefore(LocalDate.of(2023, 4, 1)); d = d.plusDays(1)) {
            calls.append(UK.format(d)).append(",10,20,5,30,4\n");
            oldCrimes.append(UK.format(d)).append(",Shoplifting,2\n").append(UK.format(d))
                    .append(",Anti-social behaviour,3\n");
        }
        Files.writeString(in.resolve("calls-2022-23.csv"), calls, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("crimes-2022-23.csv"), oldCrimes, StandardCharsets.UTF_8);
        // This year: a C&C export, 1 January to 31 March 2024 (91 days), 8 calls a day, two of each of
        // the four national gradings (no crime reports); and a crime export of 5 a day without ASB.
        String[] gradings = {"P1 - Emergency", "P2 - Priority", "P3 - Scheduled", "P4 - Resolution without deployment"};
        StringBuilder export = new StringBuilder("Incident No,Date/Time Received,Priority,Call Source,Division\n");
        StringBuilder crimes = new StringBuilder("Date,Crime type,Count\n");
        int n = 0;
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.isBefore(LocalDate.of(2024, 4, 1)); d = d.plusDays(1)) {
            for (int i = 0; i < 8; i++) {
                export.append("INC").append(++n).append(',').append(UK.format(d)).append(String.format(" %02d:10,", i * 2))
                        .append(gradings[i % 4]).append(',').append(i % 3 == 0 ? "999" : "101").append(",North\n");
            }
            crimes.append(UK.format(d)).append(",Violence with injury,3\n").append(UK.format(d))
                    .append(",Shoplifting,2\n");
        }
        Files.writeString(in.resolve("cc-export-2024q1.csv"), export, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("crimes-2024q1.csv"), crimes, StandardCharsets.UTF_8);
        run = DropFolders.run(dir, "--from", "01/04/2023", "--to", "31/03/2024");
        assertNotNull(run.summary(), run.printed());
        metrics = MixedSourcesEndToEndTest.readMetrics(run.summary());
    }

    @Test
    void theSummaryPeriodLineSaysTheDaysThatCarryEachKindsData() throws Exception {
        String line;
        String calls;
        String crime;
        try (InputStream in = Files.newInputStream(run.summary()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            line = wb.getSheet("Summary").getRow(1).getCell(1).getStringCellValue();
            calls = wb.getSheet("Calls").getRow(1).getCell(0).getStringCellValue();
            crime = wb.getSheet("Crime").getRow(1).getCell(0).getStringCellValue();
        }
        // the detail sheets' period lines too, not the asked-for year around the data
        assertTrue(calls.startsWith("Period: 01/01/2024 to 31/03/2024 (91 days)"), calls);
        assertTrue(crime.startsWith("Period: 01/01/2024 to 31/03/2024 (91 days)"), crime);
        assertTrue(line.startsWith("Period: Calls 01/01/2024 to 31/03/2024 (91 days); "
                + "Crime 01/01/2024 to 31/03/2024 (91 days)"), line);
        // The Metrics say which part of the asked-for year the figures are over.
        assertEquals(728.0, metrics.get("calls.total"), "91 x 8");
        assertEquals(91.0, metrics.get("calls.days"));
        assertEquals(455.0, metrics.get("crimes.total"), "91 x 5");
    }

    @Test
    void aGradingOnlyAnOutOfPeriodFileHasIsAbsentNotZero() {
        assertEquals("not in these inputs", metrics.get("calls.grading.crime_report.total"));
        assertEquals("not in these inputs", metrics.get("calls.grading.crime_report.share"));
        assertEquals(182.0, metrics.get("calls.grading.immediate.total"), "2 a day x 91");
        assertEquals(0.25, (Double) metrics.get("calls.grading.advice.share"), 1e-12);
    }

    @Test
    void asbThatOnlyLastYearsCrimeFileHasIsAbsentNotZero() {
        assertEquals("not in these inputs", metrics.get("asb.total"));
        assertEquals("not in these inputs", metrics.get("asb.per_day"));
        assertEquals(273.0, metrics.get("crimes.violence.total"), "3 a day x 91");
    }
}
