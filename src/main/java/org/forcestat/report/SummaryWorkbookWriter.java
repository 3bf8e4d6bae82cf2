package org.forcestat.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forcestat.format.xlsx.BookModel;
import org.forcestat.stats.Summary;
import org.forcestat.threat.ThreatAssessment;

/**
 * Writes the summary workbook (SPEC §6): Summary, Calls, Crime, Finance, Threat Strategy, Validation, Metrics,
 * Sources and the Data_* sheets, with native charts over the Data_* tables.
 */
public final class SummaryWorkbookWriter {
    /** Sheet names in the order they appear. */
    public static final List<String> SHEETS = List.of(SummarySheetWriter.SHEET,
            CallsSheetWriter.SHEET, CrimeSheetWriter.SHEET, FinanceSheetWriter.SHEET, ThreatSheetWriter.SHEET_NAME,
            ValidationSheetWriter.SHEET,
            MetricsSheetWriter.SHEET, SourcesSheetWriter.SHEET, DataCallsSheet.SHEET, DataCrimeSheet.SHEET,
            DataFinanceSheet.SHEET);

    private SummaryWorkbookWriter() {
    }

    /** Writes the whole workbook to {@code target}, with the default threat register unscored. */
    public static void write(Summary summary, Path target) throws IOException {
        write(summary, List.of(), target);
    }

    /** Writes the whole workbook to {@code target}; the caller moves it into place. */
    public static void write(Summary summary, List<ThreatAssessment> threats, Path target) throws IOException {
        BookModel wb = new BookModel();
        HouseStyle style = new HouseStyle(wb.styles);
        for (String name : SHEETS) {
            wb.add(name);
        }
        String marking = summary.run().marking();
        ThreatSheetWriter.write(wb.sheet(ThreatSheetWriter.SHEET_NAME), threats, marking);
        // Metrics and the Data_* sheets first: the other sheets link to their cells.
        MetricLinks metrics = MetricsSheetWriter.write(wb, grid(wb, style, MetricsSheetWriter.SHEET), summary.metrics(),
                summary.absent(), marking);
        DataCallsSheet calls = DataCallsSheet.write(grid(wb, style, DataCallsSheet.SHEET), summary.calls(), marking);
        DataCrimeSheet crime = DataCrimeSheet.write(grid(wb, style, DataCrimeSheet.SHEET), summary.crime(), marking);
        DataFinanceSheet finance = DataFinanceSheet.write(grid(wb, style, DataFinanceSheet.SHEET), summary.finance(),
                marking);
        TrendTables callTrends = TrendTables.forCalls(grid(wb, style, DataCallsSheet.SHEET), summary.trends(), marking);
        TrendTables crimeTrends = TrendTables.forCrime(grid(wb, style, DataCrimeSheet.SHEET), summary.trends(), marking);
        CallsSheetWriter.write(grid(wb, style, CallsSheetWriter.SHEET), summary.calls(), calls, metrics, marking,
                summary.trends(), callTrends);
        CrimeSheetWriter.write(grid(wb, style, CrimeSheetWriter.SHEET), summary.crime(), crime, metrics, marking,
                summary.trends(), crimeTrends);
        FinanceSheetWriter.write(grid(wb, style, FinanceSheetWriter.SHEET), summary.finance(), finance, metrics,
                summary.findings(), marking);
        ValidationSheetWriter.write(grid(wb, style, ValidationSheetWriter.SHEET), summary.findings(), marking);
        SourcesSheetWriter.write(grid(wb, style, SourcesSheetWriter.SHEET), summary.sources(), summary.run());
        SummarySheetWriter.write(grid(wb, style, SummarySheetWriter.SHEET), summary, metrics,
                ThreatSheetWriter.topThree(threats), callTrends, crime);
        // The Data_* tables (the charts' figures, 365 rows a day series) are for the screen: printed, the
        // samples' took 65 of 96 pages. Metrics and Sources print one page wide like the readable sheets.
        for (String table : List.of(DataCallsSheet.SHEET, DataCrimeSheet.SHEET, DataFinanceSheet.SHEET)) {
            grid(wb, style, table).notPrinted();
        }
        wb.activeSheet = 0;
        String force = summary.run().forceName();
        wb.title = force == null || force.isBlank() ? SummarySheetWriter.NEUTRAL_TITLE : force + " summary";
        wb.creator = "forcestat " + summary.run().toolVersion();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            wb.write(out);
        }
    }

    private static Grid grid(BookModel wb, HouseStyle style, String name) {
        return new Grid(wb.sheet(name), style);
    }
}
