package org.forcestat.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options of the summary workbook, shared by {@code run} and {@code watch}. */
final class SummaryOptions {
    @Option(names = "--force-name", paramLabel = "NAME",
            description = "Force name on the summary (default: the facts block's; with none, the title names no force).")
    String forceName;

    @Option(names = "--marking", paramLabel = "TEXT", defaultValue = "OFFICIAL",
            description = "Protective marking in every sheet's header (default: ${DEFAULT-VALUE}).")
    String marking;

    @Option(names = "--from", paramLabel = "DATE", converter = UkDate.class,
            description = "Start of the reporting period, dd/mm/yyyy or yyyy-mm-dd.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = UkDate.class,
            description = "End of the reporting period, dd/mm/yyyy or yyyy-mm-dd.")
    LocalDate to;
}
