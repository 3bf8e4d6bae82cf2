package org.forcestat.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The samples generated once per test run into a temporary folder, and helpers to read them back. */
final class GeneratedSamples {
    private static Path dir;
    private static List<Path> written;

    private GeneratedSamples() {
    }

    static synchronized Path dir() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("forcestat-samples");
                written = SampleWriter.writeAll(dir);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    static synchronized List<Path> written() {
        dir();
        return written;
    }

    /** Opens a sample from a stream: opening the file itself read/write would let POI rewrite it. */
    static XSSFWorkbook open(String name) throws IOException {
        try (InputStream in = Files.newInputStream(dir().resolve(name))) {
            return new XSSFWorkbook(in);
        }
    }

    /** A numeric cell's value, or its cached value when it holds a formula; fails on anything else. */
    static double number(Sheet sheet, int rowIndex, int column) {
        Row row = sheet.getRow(rowIndex);
        Cell cell = row == null ? null : row.getCell(column);
        if (cell == null) {
            throw new AssertionError("no cell at row " + (rowIndex + 1) + ", column " + column);
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type != CellType.NUMERIC) {
            throw new AssertionError("not a number at " + cell.getAddress() + ": " + cell);
        }
        return cell.getNumericCellValue();
    }

    static long whole(Sheet sheet, int rowIndex, int column) {
        double value = number(sheet, rowIndex, column);
        if (value != Math.rint(value)) {
            throw new AssertionError("not a whole number at row " + (rowIndex + 1) + ": " + value);
        }
        return (long) value;
    }

    static String text(Sheet sheet, int rowIndex, int column) {
        Row row = sheet.getRow(rowIndex);
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null ? null : cell.getStringCellValue();
    }

    static List<String> headers(Sheet sheet, int rowIndex) {
        Row row = sheet.getRow(rowIndex);
        return java.util.stream.IntStream.range(0, row.getLastCellNum())
                .mapToObj(c -> row.getCell(c).getStringCellValue()).toList();
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a temporary folder
        }
    }
}
