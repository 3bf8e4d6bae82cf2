package org.forcestat.samples.templates;

import java.util.List;
import java.util.Objects;
import org.forcestat.model.Kind;

/**
 * One blank input workbook: its file and data-sheet names, the kind {@code run} classifies it as,
 * what it is for, its columns (the header row, left to right) and what forcestat does with the sheet.
 * A {@code facts} template is a label/value block: each column is a row, label in A, value in B.
 */
public record Template(String file, String sheet, Kind kind, String title, List<String> purpose,
                       List<Column> columns, List<String> processing, boolean facts) {
    public Template {
        Objects.requireNonNull(file);
        Objects.requireNonNull(sheet);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(title);
        purpose = List.copyOf(purpose);
        columns = List.copyOf(columns);
        processing = List.copyOf(processing);
        if (!file.endsWith(".xlsx")) {
            throw new IllegalArgumentException("template file must be .xlsx: " + file);
        }
        if (columns.isEmpty() || columns.size() > 26) {
            throw new IllegalArgumentException(file + " needs 1-26 columns, has " + columns.size());
        }
        if (sheet.equalsIgnoreCase(TemplateBook.INSTRUCTIONS)) {
            throw new IllegalArgumentException("the data sheet cannot be called " + TemplateBook.INSTRUCTIONS);
        }
    }

    /** The column's letter in the data sheet (A, B, ...). */
    public static String letter(int column) {
        return String.valueOf((char) ('A' + column));
    }
}
