package org.forcestat.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes {@code csr-finance.xlsx}: the CSR savings plan, the force budget, and the slides' key
 * facts as a label/value block.
 */
final class CsrFinanceWorkbook {
    static final String FILE = "csr-finance.xlsx";
    static final String FACTS_SHEET = "Facts";

    /** A key fact; money facts are formatted in pounds. */
    record Fact(String label, Object value, boolean money) {
    }

    static final List<Fact> FACTS = List.of(
            new Fact("Force name", "Kent Police", false),
            new Fact("Total savings to date", 61_000_000L, true),
            new Fact("Savings required (next 3 years)", 33_000_000L, true),
            new Fact("Total budget", 275_000_000L, true),
            new Fact("Police officer establishment", 3238L, false),
            new Fact("Police staff establishment", 2359L, false));

    private CsrFinanceWorkbook() {
    }

    static Path write(Path dir) throws IOException {
        try (SampleBook book = new SampleBook("Kent Police – CSR savings, budget and key facts")) {
            SavingsSheet.write(book);
            BudgetSheet.write(book);
            writeFacts(book);
            return book.save(dir.resolve(FILE));
        }
    }

    private static void writeFacts(SampleBook book) {
        Sheet sheet = book.workbook.createSheet(FACTS_SHEET);
        book.text(SampleBook.row(sheet, 0), 0, "Key facts", book.title);
        for (int i = 0; i < FACTS.size(); i++) {
            Fact fact = FACTS.get(i);
            Row row = sheet.createRow(1 + i);
            book.text(row, 0, fact.label(), book.text);
            if (fact.value() instanceof Long number) {
                book.number(row, 1, number, fact.money() ? book.money : book.count);
            } else {
                book.text(row, 1, fact.value().toString(), book.text);
            }
        }
        SampleBook.widths(sheet, 34, 16);
    }
}
