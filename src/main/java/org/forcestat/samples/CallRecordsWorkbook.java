package org.forcestat.samples;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.forcestat.format.XmlText;
import org.forcestat.format.xlsx.PackageParts;
import org.forcestat.format.xlsx.StyleTable;
import org.forcestat.output.TempFiles;

/**
 * Writes {@code calls-records-2014-15.xlsx}: one row per call of FY 2014/15 (827,000 rows), each
 * day's calls by grading, channel and STORM record exactly those of {@code calls-per-day-2014-15.xlsx},
 * at realistic times of day (an hour x weekday profile with the weekend night-time peak).
 *
 * <p>The sheet XML is written by hand straight into the zip, a row at a time, so generation needs
 * a few megabytes of heap whatever the row count. Two forms: inline strings (what streaming
 * writers produce), or every string in the shared-strings table as Excel saves it — 1.4 million
 * unique call and STORM references, written to a temporary file as they are met and copied in.
 */
public final class CallRecordsWorkbook {
    public static final String FILE = "calls-records-2014-15.xlsx";
    static final String SHEET = "Calls";
    static final String[] HEADERS = {"Call ID", "Received", "Grading", "Channel", "STORM Ref", "Division"};
    private static final String[] GRADINGS = {"Immediate", "High", "Appointment", "Advice", "Crime report"};
    private static final String[] CHANNELS = {"999", "101", "Online"};
    private static final String[] DIVISIONS = {"North", "East", "West"};
    private static final double[] DIVISION_WEIGHTS = {0.35, 0.33, 0.32};
    private static final long SEED = 20_140_402L;
    /** The style index of the Received column's cells ({@link #styles}). */
    private static final int RECEIVED_STYLE = 1;
    private static final long EXCEL_EPOCH = LocalDate.of(1899, 12, 30).toEpochDay();

    /** Relative calls by hour of day: quiet before dawn, busiest in the late afternoon and evening. */
    private static final double[] HOURS = {0.75, 0.60, 0.50, 0.40, 0.33, 0.30, 0.35, 0.50, 0.75, 0.95, 1.05, 1.10,
        1.15, 1.15, 1.15, 1.20, 1.30, 1.35, 1.35, 1.30, 1.20, 1.10, 1.00, 0.90};

    private CallRecordsWorkbook() {
    }

    /** Writes the FY 2014/15 record file, consistent with the per-day sample, into {@code dir}. */
    public static Path write(Path dir, boolean sharedStrings) throws IOException {
        Files.createDirectories(dir);
        return write(dir.resolve(FILE), CallsPerDayWorkbook.counts(), DemandShape.FY_START, sharedStrings);
    }

    /**
     * Writes another district's FY 2014/15 record file to {@code file}: the same calls a day by
     * grading, channel and STORM record as {@link #write(Path, boolean)} (district 0 is that file),
     * but with call and STORM references of its own ({@code KC1-...}, {@code ST1-...} for district 1)
     * and times and divisions drawn with another seed, so that no call, row or sheet repeats another
     * district's and a folder of several districts is read and added up in full.
     */
    public static Path writeDistrict(Path file, boolean sharedStrings, int district) throws IOException {
        if (district < 0) {
            throw new IllegalArgumentException("district " + district);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        return write(file, CallsPerDayWorkbook.counts(), DemandShape.FY_START, sharedStrings, district);
    }

    /**
     * Writes one row per call for consecutive days from {@code start}; {@code counts} has one row per
     * day in {@link CallsPerDayWorkbook#counts()}'s column order (5 gradings, total, 999, 101, online, STORM).
     */
    static Path write(Path file, int[][] counts, LocalDate start, boolean sharedStrings) throws IOException {
        return write(file, counts, start, sharedStrings, 0);
    }

    /** As {@link #write(Path, int[][], LocalDate, boolean)}, for a district's file ({@link #writeDistrict}). */
    static Path write(Path file, int[][] counts, LocalDate start, boolean sharedStrings, int district)
            throws IOException {
        Path temp = file.toAbsolutePath().resolveSibling("." + file.getFileName() + ".tmp");
        // The shared strings are only known once the sheet is written: they wait in a temporary file.
        FileChannel sstBody = sharedStrings ? TempFiles.deleteOnClose("forcestat-sst-", ".xml") : null;
        try {
            long rows = 0;
            for (int[] day : counts) {
                rows += day[5];
            }
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                entry(zip, "[Content_Types].xml", contentTypes(sharedStrings));
                entry(zip, "_rels/.rels", PackageParts.rels(List.of(PackageParts.rel("rId1", "officeDocument", "xl/workbook.xml"))));
                entry(zip, "xl/workbook.xml", PackageParts.workbook(List.of(SHEET), 0).append("</workbook>").toString());
                entry(zip, "xl/_rels/workbook.xml.rels", workbookRels(sharedStrings));
                entry(zip, "xl/styles.xml", styles());
                zip.putNextEntry(stamped("xl/worksheets/sheet1.xml"));
                Strings strings;
                try (Writer sheet = writer(zip)) {
                    strings = sharedStrings ? new SharedTable(writer(Channels.newOutputStream(sstBody))) : new Inline();
                    writeSheet(sheet, strings, counts, start, rows, district);
                    strings.close();
                }
                zip.closeEntry();
                if (sharedStrings) {
                    SharedTable t = (SharedTable) strings;
                    zip.putNextEntry(stamped("xl/sharedStrings.xml"));
                    zip.write((PackageParts.XML_HEAD + "<sst xmlns=\"" + NS
                            + "\" count=\"" + t.count + "\" uniqueCount=\"" + t.unique + "\">")
                            .getBytes(StandardCharsets.UTF_8));
                    sstBody.position(0);
                    Channels.newInputStream(sstBody).transferTo(zip);
                    zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } finally {
            Files.deleteIfExists(temp);
            if (sstBody != null) {
                sstBody.close();
            }
        }
    }

    private static void writeSheet(Writer w, Strings strings, int[][] counts, LocalDate start, long rows,
                                   int district) throws IOException {
        String suffix = district == 0 ? "-" : district + "-";
        w.write(PackageParts.XML_HEAD + "<worksheet xmlns=\"" + NS
                + "\"><dimension ref=\"A1:F" + (rows + 1) + "\"/><sheetViews><sheetView workbookViewId=\"0\">"
                + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView>"
                + "</sheetViews><cols><col min=\"1\" max=\"1\" width=\"16\" customWidth=\"1\"/>"
                + "<col min=\"2\" max=\"2\" width=\"17\" customWidth=\"1\"/><col min=\"3\" max=\"6\" width=\"14\" "
                + "customWidth=\"1\"/></cols><sheetData>");
        StringBuilder b = new StringBuilder(512);
        b.append("<row r=\"1\">");
        for (int c = 0; c < HEADERS.length; c++) {
            strings.cell(b, c, 1, HEADERS[c]);
        }
        b.append("</row>");
        w.append(b);
        Random random = new Random(SEED + district);
        int row = 2;
        for (int d = 0; d < counts.length; d++) {
            LocalDate day = start.plusDays(d);
            int[] c = counts[d];
            int n = c[5];
            byte[] grading = deal(random, n, c[0], c[1], c[2], c[3], c[4]);
            byte[] channel = deal(random, n, c[6], c[7], c[8]);
            byte[] storm = deal(random, n, c[9], n - c[9]);
            int[] seconds = times(random, day, n);
            String stamp = day.toString().replace("-", "");
            long serialDay = day.toEpochDay() - EXCEL_EPOCH;
            int stormSeq = 0;
            for (int i = 0; i < n; i++, row++) {
                b.setLength(0);
                b.append("<row r=\"").append(row).append("\">");
                strings.reference(b, 0, row, "KC" + suffix + stamp + "-" + pad(i + 1));
                b.append("<c r=\"B").append(row).append("\" s=\"").append(RECEIVED_STYLE).append("\"><v>")
                        .append(serialDay + seconds[i] / 86_400.0).append("</v></c>");
                strings.cell(b, 2, row, GRADINGS[grading[i]]);
                strings.cell(b, 3, row, CHANNELS[channel[i]]);
                if (storm[i] == 0) {
                    strings.reference(b, 4, row, "ST" + suffix + stamp + "-" + pad(++stormSeq));
                }
                strings.cell(b, 5, row, DIVISIONS[division(random)]);
                b.append("</row>");
                w.append(b);
            }
        }
        w.write("</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
                + "footer=\"0.3\"/></worksheet>");
    }

    private static String pad(int n) {
        String s = Integer.toString(n);
        return "0000".substring(Math.min(4, s.length())) + s;
    }

    /** Shuffled labels: {@code parts[k]} calls get label k; the parts must add up to {@code n}. */
    private static byte[] deal(Random random, int n, int... parts) {
        byte[] out = new byte[n];
        int i = 0;
        for (int k = 0; k < parts.length; k++) {
            for (int j = 0; j < parts[k]; j++) {
                out[i++] = (byte) k;
            }
        }
        if (i != n) {
            throw new IllegalArgumentException("parts add up to " + i + ", not " + n);
        }
        for (int j = n - 1; j > 0; j--) {
            int r = random.nextInt(j + 1);
            byte t = out[j];
            out[j] = out[r];
            out[r] = t;
        }
        return out;
    }

    /** Seconds of the day for {@code n} calls, in order, drawn from the hour profile of this weekday. */
    private static int[] times(Random random, LocalDate day, int n) {
        double[] cumulative = new double[24];
        double sum = 0;
        for (int h = 0; h < 24; h++) {
            sum += hourWeight(day.getDayOfWeek(), h);
            cumulative[h] = sum;
        }
        int[] s = new int[n];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble() * sum;
            int h = 0;
            while (h < 23 && cumulative[h] <= u) {
                h++;
            }
            s[i] = h * 3600 + random.nextInt(3600);
        }
        Arrays.sort(s);
        return s;
    }

    /** The night-time economy: Friday and Saturday nights run late, weekend mornings start slowly. */
    static double hourWeight(DayOfWeek dow, int hour) {
        double w = HOURS[hour];
        boolean afterFridayOrSaturday = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
        if (afterFridayOrSaturday && hour <= 3) {
            w *= 1.6;
        }
        if ((dow == DayOfWeek.FRIDAY || dow == DayOfWeek.SATURDAY) && hour >= 21) {
            w *= 1.25;
        }
        if (afterFridayOrSaturday && hour >= 7 && hour <= 10) {
            w *= 0.8;
        }
        return w;
    }

    private static int division(Random random) {
        double u = random.nextDouble();
        return u < DIVISION_WEIGHTS[0] ? 0 : u < DIVISION_WEIGHTS[0] + DIVISION_WEIGHTS[1] ? 1 : 2;
    }

    /** How string cells are written: inline, or as indexes into the shared-strings table. */
    interface Strings {
        void cell(StringBuilder b, int col, int row, String value) throws IOException;

        /** A value no other cell repeats (a call or STORM reference). */
        default void reference(StringBuilder b, int col, int row, String value) throws IOException {
            cell(b, col, row, value);
        }

        default void close() throws IOException {
        }
    }

    static final class Inline implements Strings {
        @Override
        public void cell(StringBuilder b, int col, int row, String value) {
            b.append("<c r=\"").append((char) ('A' + col)).append(row).append("\" t=\"inlineStr\"><is><t>");
            XmlText.escape(b, value);
            b.append("</t></is></c>");
        }
    }

    /**
     * Excel's form: each distinct string once in the table. Repeated values (gradings, channels,
     * divisions, headers) are looked up in a small map; references are unique, so they are appended
     * without keeping them.
     */
    static final class SharedTable implements Strings {
        private final Writer out;
        private final java.util.Map<String, Integer> repeated = new java.util.HashMap<>();
        private final StringBuilder item = new StringBuilder(64);
        long count;
        int unique;

        SharedTable(Writer out) {
            this.out = out;
        }

        @Override
        public void cell(StringBuilder b, int col, int row, String value) throws IOException {
            Integer index = repeated.get(value);
            if (index == null) {
                index = add(value);
                repeated.put(value, index);
            }
            put(b, col, row, index);
        }

        @Override
        public void reference(StringBuilder b, int col, int row, String value) throws IOException {
            put(b, col, row, add(value));
        }

        /** Appends a new item to the table and gives its index. */
        private int add(String value) throws IOException {
            item.setLength(0);
            item.append("<si><t>");
            XmlText.escape(item, value);
            item.append("</t></si>");
            out.append(item);
            return unique++;
        }

        private void put(StringBuilder b, int col, int row, int index) {
            count++;
            b.append("<c r=\"").append((char) ('A' + col)).append(row).append("\" t=\"s\"><v>").append(index)
                    .append("</v></c>");
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static ZipEntry stamped(String name) {
        return PackageParts.entry(name, FileTime.from(SampleBook.CREATED));
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        PackageParts.put(zip, name, content, FileTime.from(SampleBook.CREATED));
    }

    /**
     * A UTF-8 writer over a stream; closing it leaves the stream open (a zip stream for its next
     * entry, a temporary file's channel to be read back).
     */
    private static Writer writer(OutputStream out) {
        OutputStream guarded = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
        return new BufferedWriter(new OutputStreamWriter(guarded, StandardCharsets.UTF_8), 1 << 16);
    }

    private static final String NS = PackageParts.MAIN;

    private static String contentTypes(boolean sharedStrings) {
        StringBuilder b = PackageParts.contentTypes();
        PackageParts.override(b, "/xl/workbook.xml", PackageParts.WORKBOOK_TYPE);
        PackageParts.override(b, "/xl/worksheets/sheet1.xml", PackageParts.WORKSHEET_TYPE);
        PackageParts.override(b, "/xl/styles.xml", PackageParts.STYLES_TYPE);
        if (sharedStrings) {
            PackageParts.override(b, "/xl/sharedStrings.xml", PackageParts.SHARED_STRINGS_TYPE);
        }
        return PackageParts.endTypes(b);
    }

    private static String workbookRels(boolean sharedStrings) {
        List<String> rels = new ArrayList<>(List.of(PackageParts.rel("rId1", "worksheet", "worksheets/sheet1.xml"),
                PackageParts.rel("rId2", "styles", "styles.xml")));
        if (sharedStrings) {
            rels.add(PackageParts.rel("rId3", "sharedStrings", "sharedStrings.xml"));
        }
        return PackageParts.rels(rels);
    }

    /** The styles part: the default format (0) and the received date and time (1). */
    private static String styles() {
        StyleTable styles = new StyleTable();
        int received = styles.add(StyleTable.Format.of(StyleTable.DEFAULT_FONT).withFormat("dd/mm/yyyy hh:mm"));
        if (received != RECEIVED_STYLE) {
            throw new IllegalStateException("the date and time format is style " + received);
        }
        return styles.xml();
    }
}
