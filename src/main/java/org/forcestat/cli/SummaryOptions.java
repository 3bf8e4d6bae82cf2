package org.forcestat.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.logging.log4j.LogManager;
import org.forcestat.output.OutputFolder;
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
            description = "Start of the reporting period: dd/mm/yyyy, dd/mm/yy, yyyy-mm-dd, or yyyy-mm (the month's first day).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = UkDate.End.class,
            description = "End of the reporting period: dd/mm/yyyy, dd/mm/yy, yyyy-mm-dd, or yyyy-mm (the month's last day).")
    LocalDate to;

    /** The period asked for, in words (1 March 2016, so 01/03/16 is not taken for 3 January), or null for none. */
    String period() {
        if (from == null && to == null) {
            return null;
        }
        return "reporting period " + (from == null ? "from the start of the data" : "from " + from.format(UkDate.SAID))
                + (to == null ? " to the end of the data" : " to " + to.format(UkDate.SAID));
    }

    /**
     * Makes the summary's folder {@code out} ready ({@code named}: the user gave it with -o), starts the
     * log file there and logs the period asked for; gives what the folder held before, for the closing
     * line. A folder that cannot be used is a {@link UserException} saying why.
     */
    OutputFolder.Before prepare(Path out, boolean named, Class<?> command) {
        OutputFolder.Before before = OutputFolder.before(out);
        try {
            OutputFolder.prepare(out, named);
        } catch (OutputFolder.Unusable e) {
            throw new UserException(e.getMessage());
        }
        Logging.file(out);
        if (period() != null) {
            LogManager.getLogger(command).info("{}", period());
        }
        return before;
    }
}
