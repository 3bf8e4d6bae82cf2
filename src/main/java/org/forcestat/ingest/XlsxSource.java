package org.forcestat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.forcestat.format.Utf8Xml;
import org.forcestat.format.SharedStrings;
import org.forcestat.format.XlsxPackage;
import org.forcestat.format.XmlPull;

/**
 * Streams the sheets of an .xlsx/.xlsm file ({@link XlsxPackage}, read-only: inputs stay
 * byte-identical) with {@link XmlPull}, keeping raw values; a part that is not UTF-8 is transcoded first.
 */
public final class XlsxSource implements WorkbookSource {
    /**
     * How often each sheet part was parsed, by file, for the files {@link #countParses} was given
     * (tests: issue 19's "each sheet is parsed once"); empty otherwise, so a read looks it up once per sheet.
     */
    private static final Map<Path, Map<String, Integer>> PARSES = new ConcurrentHashMap<>();

    private final Path file;
    private final XlsxPackage pkg;
    private final List<SheetMeta> sheets = new ArrayList<>();
    /** The package's sheets, listed once: a workbook may have 10,000. */
    private final List<XlsxPackage.Sheet> parts;
    private SharedStrings strings;
    private boolean[] dateStyle;

    public XlsxSource(Path file) throws IOException {
        this.file = file.toAbsolutePath().normalize();
        pkg = new XlsxPackage(file);
        parts = pkg.sheets();
        for (XlsxPackage.Sheet s : parts) {
            sheets.add(new SheetMeta(s.name(), sheets.size(), s.hidden()));
        }
    }

    /** From now on, counts each sheet of {@code file} parsed, for {@link #parses}; for tests. */
    public static void countParses(Path file) {
        PARSES.put(file.toAbsolutePath().normalize(), new ConcurrentHashMap<>());
    }

    /** How many times each sheet of {@code file} was parsed (in whole or in part) since {@link #countParses}. */
    public static Map<String, Integer> parses(Path file) {
        return Map.copyOf(PARSES.getOrDefault(file.toAbsolutePath().normalize(), Map.of()));
    }

    @Override
    public List<SheetMeta> sheets() {
        return List.copyOf(sheets);
    }

    /** The files this workbook links to, in the order its formulas number them ([1], [2] ...). */
    public List<String> externalLinkTargets() {
        return pkg.externalLinkTargets();
    }

    @Override
    public boolean date1904() {
        return pkg.date1904();
    }

    private void loadShared() throws IOException {
        if (strings != null) {
            return;
        }
        dateStyle = pkg.dateStyles();
        // The shared strings are inflated on a helper thread (ReadAhead) while this one parses them.
        InputStream part = pkg.sharedStrings();
        try (InputStream sst = part == null ? null : ReadAhead.of(part)) {
            strings = SharedStrings.read(sst);
        }
    }

    @Override
    public void stream(SheetMeta sheet, RowHandler handler) throws IOException {
        loadShared();
        String name = parts.get(sheet.index()).part();
        InputStream part = name == null ? null : pkg.part(name);
        if (part == null) {
            throw new IOException("sheet '" + sheet.name() + "' cannot be read: its part is missing from the file");
        }
        Map<String, Integer> counted = PARSES.isEmpty() ? null : PARSES.get(file);
        if (counted != null) {
            counted.merge(sheet.name(), 1, Integer::sum);
        }
        try (InputStream raw = ReadAhead.of(part); InputStream in = Utf8Xml.of(raw)) {
            SheetPullReader.read(new XmlPull(in), strings, dateStyle, handler);
        } catch (XmlPull.SAXParseExceptionIO e) {
            throw new IOException("sheet '" + sheet.name() + "' cannot be read: " + e.getMessage(), e.getCause());
        }
    }

    @Override
    public void close() throws IOException {
        try {
            pkg.close();
        } finally {
            if (strings != null) {
                strings.close();
            }
        }
    }
}
