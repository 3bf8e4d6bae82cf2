package org.forcestat.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The realistic input folders of {@link RealisticBooks}, by name, for tests outside this package
 * (the metrics snapshot of issue 19). Same arguments and seeds as {@code RealisticBooksTest}.
 */
public final class RealisticFolders {
    /** Every folder name, in a fixed order; {@code all-realistic} holds the other books side by side. */
    public static final List<String> NAMES = List.of("cc-export", "crime-pivot", "crime-pivot-dates",
            "cp1252-csv", "budget", "filled-template", "all-realistic");

    private RealisticFolders() {
    }

    /** Writes folder {@code name}'s workbooks into {@code dir} (created if missing). */
    public static void write(String name, Path dir) throws Exception {
        Files.createDirectories(dir);
        switch (name) {
            case "cc-export" -> RealisticBooks.commandAndControl(dir, LocalDate.of(2015, 4, 1), 91, 16);
            case "crime-pivot" -> RealisticBooks.crimePivot(dir, YearMonth.of(2014, 4), false, 17);
            case "crime-pivot-dates" -> RealisticBooks.crimePivot(dir, YearMonth.of(2014, 4), true, 18);
            case "cp1252-csv" -> RealisticBooks.windowsCsv(dir, LocalDate.of(2015, 4, 1), 183, 19);
            case "budget" -> RealisticBooks.budget(dir);
            case "filled-template" -> RealisticBooks.filledTemplate(dir, YearMonth.of(2014, 4), 20);
            case "all-realistic" -> {
                // The pivot with month dates writes the same file name as the text one: one of them only.
                RealisticBooks.commandAndControl(dir, LocalDate.of(2015, 4, 1), 91, 16);
                RealisticBooks.crimePivot(dir, YearMonth.of(2014, 4), false, 17);
                RealisticBooks.windowsCsv(dir, LocalDate.of(2015, 4, 1), 183, 19);
                RealisticBooks.budget(dir);
            }
            default -> throw new IllegalArgumentException("no realistic folder " + name);
        }
    }
}
