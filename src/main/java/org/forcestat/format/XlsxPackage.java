package org.forcestat.format;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The parts of an .xlsx/.xlsm package, read with the JDK's zip reader: the workbook part found
 * through the package's relationships, and its sheets, shared strings, styles and external links
 * through the workbook's. The file is opened read-only, so it is never written.
 *
 * <p>Why not POI's OPCPackage: ingest and the audit only stream parts. Opening a package with
 * POI parses its content types and properties with a DOM parser and its styles with XMLBeans,
 * which cost about a second of a cold start (issue 3), and POI's zip reader inflates about a fifth
 * slower than the JDK's.
 *
 * <p>The limits of {@link InputLimits} are applied as POI applies them: a package with too many
 * parts is refused, and a part that inflates beyond {@link InputLimits#MAX_ENTRY_SIZE}, or past
 * its grace size to more than 1 / {@link InputLimits#MIN_INFLATE_RATIO} times its compressed size,
 * stops with a {@link ZipBombException} as soon as it does.
 */
public final class XlsxPackage implements Closeable {
    /** A sheet as the workbook part lists it, with the name of the part holding its cells. */
    public record Sheet(String name, boolean hidden, String part) {
    }

    private final ZipFile zip;
    /** Entries by lower-case name: part names in a package are case-insensitive. */
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final String workbook;
    private final Map<String, Relationship> workbookRels;
    private final List<Sheet> sheets = new ArrayList<>();
    private final List<String> externalRefs = new ArrayList<>();
    private boolean date1904;

    private record Relationship(String type, String target, boolean external) {
    }

    /** Opens a package and reads its workbook part; anything that is not one is an IOException. */
    public XlsxPackage(Path file) throws IOException {
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new IOException("not a readable .xlsx file: " + e.getMessage(), e);
        }
        try {
            if (zip.size() > InputLimits.MAX_FILE_COUNT) {
                throw new ZipBombException("it holds " + zip.size() + " parts, more than the "
                        + InputLimits.MAX_FILE_COUNT + " a workbook may have");
            }
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                entries.putIfAbsent(key(e.getName()), e);
            }
            workbook = first(relationships(""), "/officeDocument");
            if (workbook == null) {
                throw new IOException("not a readable .xlsx file: it has no workbook part");
            }
            workbookRels = relationships(workbook);
            readWorkbookPart();
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** The sheets in workbook order (chart sheets included: they simply hold no cells). */
    public List<Sheet> sheets() {
        return List.copyOf(sheets);
    }

    /** True when dates count from 1904 (an option of old Mac workbooks). */
    public boolean date1904() {
        return date1904;
    }

    /** A part's inflated bytes, or null when the package has no such part. */
    public InputStream part(String name) throws IOException {
        ZipEntry e = entries.get(key(name));
        if (e == null) {
            return null;
        }
        if (e.getSize() > InputLimits.MAX_ENTRY_SIZE) {
            throw new ZipBombException(name + " would expand to " + e.getSize() + " bytes");
        }
        return new Limited(zip.getInputStream(e), name, e.getCompressedSize() >= 0 ? e.getCompressedSize() : e.getSize());
    }

    /** The shared-strings part, or null when the workbook has none. */
    public InputStream sharedStrings() throws IOException {
        String name = first(workbookRels, "/sharedStrings");
        return name == null ? null : part(name);
    }

    /** For each cell style index, whether it shows a date; empty when the workbook has no styles part. */
    public boolean[] dateStyles() throws IOException {
        String name = first(workbookRels, "/styles");
        try (InputStream in = name == null ? null : part(name)) {
            return in == null ? new boolean[0] : DateStyles.of(in);
        }
    }

    /**
     * The linked workbooks of formulas such as {@code [1]Rates!B2}, in the order of the workbook's
     * external references ([1] first): each target as written in its link part, or "" when the
     * link part or its target is missing.
     */
    public List<String> externalLinkTargets() {
        List<String> out = new ArrayList<>();
        for (String id : externalRefs) {
            Relationship r = id == null ? null : workbookRels.get(id);
            String target = "";
            if (r != null && !r.external()) {
                try {
                    for (Relationship lr : relationships(r.target()).values()) {
                        if (lr.type().endsWith("/externalLinkPath")) {
                            target = lr.target();
                        }
                    }
                } catch (IOException e) {
                    // A broken link part: the formula is still flagged, without the file's name.
                }
            }
            out.add(target);
        }
        return out;
    }

    /** The part of the first relationship whose type ends with {@code typeSuffix}, or null. */
    private static String first(Map<String, Relationship> rels, String typeSuffix) {
        for (Relationship r : rels.values()) {
            if (r.type().endsWith(typeSuffix) && !r.external()) {
                return r.target();
            }
        }
        return null;
    }

    private void readWorkbookPart() throws IOException {
        parse(workbook, new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                if ("workbookPr".equals(local)) {
                    String v = a.getValue("date1904");
                    date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
                } else if ("sheet".equals(local)) {
                    String state = a.getValue("state");
                    Relationship r = workbookRels.get(relationshipId(a));
                    sheets.add(new Sheet(a.getValue("name"), state != null && !"visible".equals(state),
                            r == null || r.external() ? null : r.target()));
                } else if ("externalReference".equals(local)) {
                    externalRefs.add(relationshipId(a));
                }
            }
        });
    }

    /** The r:id attribute, whatever its prefix: the only prefixed "id" on these elements. */
    private static String relationshipId(Attributes a) {
        for (int i = 0; i < a.getLength(); i++) {
            String q = a.getQName(i);
            if (q.endsWith(":id")) {
                return a.getValue(i);
            }
        }
        return null;
    }

    /** The relationships of a part ("" for the package's own), by id, with targets resolved to part names. */
    private Map<String, Relationship> relationships(String source) throws IOException {
        int slash = source.lastIndexOf('/');
        String dir = source.substring(0, slash + 1);
        String relsName = dir + "_rels/" + source.substring(slash + 1) + ".rels";
        Map<String, Relationship> out = new LinkedHashMap<>();
        if (!entries.containsKey(key(relsName))) {
            return out;
        }
        parse(relsName, new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                if ("Relationship".equals(local) && a.getValue("Id") != null && a.getValue("Target") != null) {
                    boolean external = "External".equals(a.getValue("TargetMode"));
                    String target = a.getValue("Target");
                    out.putIfAbsent(a.getValue("Id"), new Relationship(String.valueOf(a.getValue("Type")),
                            external ? target : resolve(dir, target), external));
                }
            }
        });
        return out;
    }

    private void parse(String name, DefaultHandler handler) throws IOException {
        try (InputStream in = part(name)) {
            if (in == null) {
                throw new IOException("the workbook structure cannot be read: it has no part " + name);
            }
            SaxBridge.parse(in, handler);
        } catch (SAXException e) {
            throw new IOException("the workbook structure cannot be read: " + name + ": " + e.getMessage(), e);
        }
    }

    /** A relationship's target as a part name: relative to the source's folder unless it starts with "/". */
    public static String resolve(String dir, String target) {
        String path = decode(target.startsWith("/") ? target.substring(1) : dir + target);
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : path.split("/")) {
            if (seg.equals("..")) {
                parts.pollLast();
            } else if (!seg.isEmpty() && !seg.equals(".")) {
                parts.addLast(seg);
            }
        }
        return String.join("/", parts);
    }

    /** Undoes %XX escapes (part names are URIs); a '+' stays a '+'. */
    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int hi = i + 2 < s.length() && c == '%' ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (lo >= 0) {
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String key(String name) {
        return (name.startsWith("/") ? name.substring(1) : name).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Refused as a zip bomb: a part that expands far beyond its size, or too many parts. */
    public static final class ZipBombException extends IOException {
        private static final long serialVersionUID = 1L;

        public ZipBombException(String message) {
            super(message);
        }
    }

    /** Counts what a part inflates to and stops it at the limits. */
    private static final class Limited extends FilterInputStream {
        private final String name;
        private final long compressed;
        private long inflated;

        Limited(InputStream in, String name, long compressed) {
            super(in);
            this.name = name;
            this.compressed = Math.max(compressed, 1);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            count(k);
            return k;
        }

        private void count(long n) throws ZipBombException {
            inflated += n;
            if (inflated > InputLimits.MAX_ENTRY_SIZE) {
                throw new ZipBombException(name + " expands beyond " + InputLimits.MAX_ENTRY_SIZE + " bytes");
            }
            if (inflated > InputLimits.GRACE_ENTRY_SIZE && inflated * InputLimits.MIN_INFLATE_RATIO > compressed) {
                throw new ZipBombException(name + " expands to more than " + Math.round(1 / InputLimits.MIN_INFLATE_RATIO)
                        + " times its compressed size of " + compressed + " bytes");
            }
        }
    }
}
