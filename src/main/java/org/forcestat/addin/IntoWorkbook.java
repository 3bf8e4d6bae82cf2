package org.forcestat.addin;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Add-in mode (SPEC §7.1): forcestat's summary sheets added after the sheets of the analyst's own
 * workbook, in a copy. Every part of the user's package is copied entry by entry, unchanged, except
 * the five that must learn about the new sheets ({@code [Content_Types].xml}, the workbook part and its
 * relationships, the style table), and those change only by additions. forcestat's parts are renamed
 * {@code forcestat-*} so they never clash, its strings are written inline (the user's shared strings
 * are not touched), its cell formats are appended to the user's style table, and its defined names
 * are prefixed {@code forcestat_}. A hidden name records the user's own counts, so running again on the
 * copy removes forcestat's sheets, names and formats before adding the new ones.
 */
public final class IntoWorkbook {
    /** The hidden defined name that marks a copy forcestat has added to, holding the user's own counts. */
    static final String MARK = "_forcestat_base";
    static final String NAME_PREFIX = "forcestat_";
    static final String PART_PREFIX = "forcestat-";
    private static final String REL_NS = org.forcestat.format.xlsx.PackageParts.REL;
    private static final String OFFICE_DOC = REL_NS + "/officeDocument";
    private static final String STRICT_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private static final List<String> WORKBOOK_ORDER = List.of("fileVersion", "fileSharing", "workbookPr",
            "workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences", "definedNames", "calcPr",
            "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing",
            "fileRecoveryPr", "webPublishObjects", "extLst");
    private static final List<String> STYLE_ORDER = List.of("numFmts", "fonts", "fills", "borders", "cellStyleXfs",
            "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst");
    /** Style lists appended to, in the order their counts are recorded. */
    private static final List<String> APPENDED = List.of("fonts", "fills", "borders", "cellXfs", "dxfs");

    private IntoWorkbook() {
    }

    /** Why forcestat's sheets cannot be added to a workbook. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** {@code BOOK.xlsx} → {@code BOOK.forcestat.xlsx}; a copy forcestat wrote keeps its own name. */
    public static Path target(Path book) {
        String name = book.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String ext = dot < 0 ? ".xlsx" : name.substring(dot);
        if (stem.toLowerCase(Locale.ROOT).endsWith(".forcestat")) {
            return book;
        }
        return book.resolveSibling(stem + ".forcestat" + ext);
    }

    /**
     * Checks that forcestat's sheets can be added to {@code book}, before any figures are computed.
     *
     * @throws Refused with a message that says what to do
     */
    public static void check(Path book, List<String> ourSheets) throws IOException {
        refuseByName(book);
        try (ZipFile zip = open(book)) {
            new Merge(zip, book, ourSheets).inspect();
        }
    }

    /**
     * Writes {@code target}: {@code book}'s package with the sheets of forcestat's {@code summary}
     * (a workbook it has just written) added after the user's own. {@code book} is only read.
     */
    public static void merge(Path book, Path summary, List<String> ourSheets, Path target) throws IOException {
        refuseByName(book);
        try (ZipFile user = open(book); java.util.zip.ZipFile ours = new java.util.zip.ZipFile(summary.toFile());
                OutputStream file = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
                ZipArchiveOutputStream out = new ZipArchiveOutputStream(file)) {
            Merge m = new Merge(user, book, ourSheets);
            m.inspect();
            m.write(ours, out);
        }
    }

    private static void refuseByName(Path book) throws Refused {
        String name = book.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls") || name.endsWith(".xlsb") || name.endsWith(".ods") || name.endsWith(".csv")) {
            throw new Refused(book.getFileName() + ": forcestat adds its sheets only to an Excel workbook (.xlsx or .xlsm);"
                    + " open it in Excel or LibreOffice, save it as .xlsx, and name that copy with --into");
        }
        if (!name.endsWith(".xlsx") && !name.endsWith(".xlsm")) {
            throw new Refused(book.getFileName() + ": --into takes an .xlsx or .xlsm workbook");
        }
    }

    private static ZipFile open(Path book) throws IOException {
        if (!Files.isRegularFile(book)) {
            throw new Refused(book + ": no such workbook");
        }
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(book)) {
            int n = in.readNBytes(head, 0, 8);
            if (n == 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                    && (head[3] & 0xFF) == 0xE0) {
                throw new Refused(book.getFileName() + " is password-protected (encrypted): forcestat cannot add sheets"
                        + " without the password. Save a copy without a password to open (File > Info > Protect"
                        + " Workbook) and name that copy with --into");
            }
        }
        try {
            return ZipFile.builder().setPath(book).get();
        } catch (IOException e) {
            throw new Refused(book.getFileName() + " is not a readable .xlsx workbook (" + e.getMessage() + ")");
        }
    }

    /** One merge: the user's package, what it already holds, and the counts forcestat's additions start from. */
    private static final class Merge {
        private final ZipFile user;
        private final Path book;
        private final List<String> ourSheets;
        private String workbookPart;
        private String workbookRelsPart;
        private String stylesPart;
        private Document workbook;
        private Document workbookRels;
        private Document contentTypes;
        private Document styles;
        /** Parts of a previous run (forcestat's own), left out of the copy. */
        private final Set<String> dropped = new HashSet<>();

        Merge(ZipFile user, Path book, List<String> ourSheets) {
            this.user = user;
            this.book = book;
            this.ourSheets = ourSheets;
        }

        void inspect() throws IOException {
            for (var e = user.getEntries(); e.hasMoreElements();) {
                String name = e.nextElement().getName();
                if (name.startsWith("_xmlsignatures/")) {
                    throw new Refused(book.getFileName() + " is digitally signed: adding sheets would break its signature."
                            + " Remove the signature in a copy (or ask its signer), and name that copy with --into");
                }
                if (name.equals("EncryptedPackage")) {
                    throw new Refused(book.getFileName() + " is password-protected (encrypted)");
                }
            }
            Document rootRels = parse("_rels/.rels");
            workbookPart = null;
            for (Element r : Xml.children(rootRels.getDocumentElement(), "Relationship")) {
                if (r.getAttribute("Type").equals(OFFICE_DOC)) {
                    workbookPart = resolve("", r.getAttribute("Target"));
                }
            }
            if (workbookPart == null || user.getEntry(workbookPart) == null) {
                throw new Refused(book.getFileName() + " has no workbook part: it is not an Excel workbook");
            }
            workbookRelsPart = relsOf(workbookPart);
            workbook = parse(workbookPart);
            workbookRels = parse(workbookRelsPart);
            contentTypes = parse("[Content_Types].xml");
            Element root = workbook.getDocumentElement();
            if (STRICT_NS.equals(root.getAttribute("xmlns")) || STRICT_NS.equals(root.getAttribute("xmlns:" + prefixName(root)))) {
                throw new Refused(book.getFileName() + " is saved as Strict Open XML: save it as an ordinary Excel Workbook"
                        + " (.xlsx) and name that copy with --into");
            }
            Element protection = Xml.child(root, "workbookProtection");
            if (protection != null && isTrue(protection.getAttribute("lockStructure"))) {
                throw new Refused(book.getFileName() + " has its structure protected (Review > Protect Workbook): sheets"
                        + " cannot be added. Unprotect it in a copy and name that copy with --into");
            }
            for (Element r : Xml.children(workbookRels.getDocumentElement(), "Relationship")) {
                if (r.getAttribute("Type").equals(REL_NS + "/styles")) {
                    stylesPart = resolve(dir(workbookPart), r.getAttribute("Target"));
                }
            }
            if (stylesPart == null || user.getEntry(stylesPart) == null) {
                throw new Refused(book.getFileName() + " has no style table; open and save it in Excel or LibreOffice first");
            }
            styles = parse(stylesPart);
            removePreviousRun();
            Element sheets = Xml.child(root, "sheets");
            for (Element s : sheets == null ? List.<Element>of() : Xml.children(sheets, "sheet")) {
                for (String ours : ourSheets) {
                    if (ours.equalsIgnoreCase(s.getAttribute("name"))) {
                        throw new Refused(book.getFileName() + " already has a sheet called '" + s.getAttribute("name")
                                + "', which is one of forcestat's sheets (" + String.join(", ", ourSheets) + "). Rename"
                                + " that sheet in your workbook, or write a separate summary (leave out --into)");
                    }
                }
            }
        }

        /** Takes out what a previous run added: its sheets, their parts, its names and its formats. */
        private void removePreviousRun() throws IOException {
            Element root = workbook.getDocumentElement();
            Element names = Xml.child(root, "definedNames");
            Map<String, Integer> base = null;
            if (names != null) {
                for (Element n : Xml.children(names, "definedName")) {
                    if (n.getAttribute("name").equals(MARK)) {
                        base = counts(n.getTextContent());
                    }
                }
            }
            if (base == null) {
                return;
            }
            int userSheets = base.getOrDefault("sheets", 0);
            Set<String> ourRelIds = new HashSet<>();
            for (Element r : Xml.children(workbookRels.getDocumentElement(), "Relationship")) {
                String target = resolve(dir(workbookPart), r.getAttribute("Target"));
                if (fileName(target).startsWith(PART_PREFIX)) {
                    ourRelIds.add(r.getAttribute("Id"));
                    r.getParentNode().removeChild(r);
                }
            }
            Element sheets = Xml.child(root, "sheets");
            String rel = relPrefix(root);
            for (Element s : Xml.children(sheets, "sheet")) {
                if (ourRelIds.contains(s.getAttribute(rel + "id"))) {
                    sheets.removeChild(s);
                }
            }
            for (Element n : Xml.children(names, "definedName")) {
                String local = n.getAttribute("localSheetId");
                if (n.getAttribute("name").equals(MARK) || n.getAttribute("name").startsWith(NAME_PREFIX)
                        || (!local.isEmpty() && Integer.parseInt(local) >= userSheets)) {
                    names.removeChild(n);
                }
            }
            if (Xml.children(names, "definedName").isEmpty()) {
                root.removeChild(names);
            }
            for (var e = user.getEntries(); e.hasMoreElements();) {
                String name = e.nextElement().getName();
                if (fileName(name).startsWith(PART_PREFIX)) {
                    dropped.add(name);
                }
            }
            for (Element o : Xml.children(contentTypes.getDocumentElement(), "Override")) {
                if (dropped.contains(o.getAttribute("PartName").substring(1))) {
                    o.getParentNode().removeChild(o);
                }
            }
            Element st = styles.getDocumentElement();
            for (String list : APPENDED) {
                Element e = Xml.child(st, list);
                Integer keep = base.get(list);
                if (e == null || keep == null) {
                    continue;
                }
                List<Element> items = Xml.elements(e);
                for (int i = keep; i < items.size(); i++) {
                    e.removeChild(items.get(i));
                }
                e.setAttribute("count", Integer.toString(Math.min(keep, items.size())));
            }
            Element formats = Xml.child(st, "numFmts");
            Integer maxFormat = base.get("numFmtMax");
            if (formats != null && maxFormat != null) {
                for (Element f : Xml.children(formats, "numFmt")) {
                    if (Integer.parseInt(f.getAttribute("numFmtId")) > maxFormat) {
                        formats.removeChild(f);
                    }
                }
                formats.setAttribute("count", Integer.toString(Xml.children(formats, "numFmt").size()));
            }
        }

        void write(java.util.zip.ZipFile ours, ZipArchiveOutputStream out) throws IOException {
            Element root = workbook.getDocumentElement();
            Element sheets = Xml.child(root, "sheets");
            int userSheets = Xml.elements(sheets).size();
            Map<String, Integer> base = new LinkedHashMap<>();
            base.put("sheets", userSheets);
            StyleMerge merged = new StyleMerge(styles, parseOurs(ours, "xl/styles.xml"));
            base.putAll(merged.base());
            List<String> strings = ours.getEntry("xl/sharedStrings.xml") == null ? List.of()
                    : SheetRewriter.strings(ours.getInputStream(ours.getEntry("xl/sharedStrings.xml")));
            SheetRewriter rewriter = new SheetRewriter(merged::cellStyle, merged::dxf, strings);

            // forcestat's parts, renamed; its sheets in workbook order with their relationship targets.
            Map<String, String> renamed = new HashMap<>();
            for (var e = ours.entries(); e.hasMoreElements();) {
                String name = e.nextElement().getName();
                if (name.startsWith("xl/") && !name.startsWith("xl/_rels/") && !name.equals("xl/workbook.xml")
                        && !name.equals("xl/styles.xml") && !name.equals("xl/sharedStrings.xml")) {
                    renamed.put(name, dir(name) + PART_PREFIX + fileName(name));
                }
            }
            Document ourBook = parseOurs(ours, "xl/workbook.xml");
            Document ourBookRels = parseOurs(ours, "xl/_rels/workbook.xml.rels");
            Map<String, String> ourTargets = new HashMap<>();
            for (Element r : Xml.children(ourBookRels.getDocumentElement(), "Relationship")) {
                ourTargets.put(r.getAttribute("Id"), resolve("xl/", r.getAttribute("Target")));
            }
            String rel = relPrefix(root);
            if (rel.isEmpty()) {
                root.setAttribute("xmlns:r", REL_NS);
                rel = "r:";
            }
            String px = Xml.prefix(root);
            int sheetId = 0;
            for (Element s : Xml.elements(sheets)) {
                sheetId = Math.max(sheetId, parseInt(s.getAttribute("sheetId")));
            }
            Set<String> relIds = new HashSet<>();
            for (Element r : Xml.children(workbookRels.getDocumentElement(), "Relationship")) {
                relIds.add(r.getAttribute("Id"));
            }
            int n = 0;
            for (Element s : Xml.children(Xml.child(ourBook.getDocumentElement(), "sheets"), "sheet")) {
                String part = renamed.get(ourTargets.get(s.getAttribute("r:id")));
                String id;
                do {
                    id = "rIdForcestat" + ++n;
                } while (relIds.contains(id));
                Element sheet = workbook.createElement(px + "sheet");
                sheet.setAttribute("name", s.getAttribute("name"));
                sheet.setAttribute("sheetId", Integer.toString(++sheetId));
                if (!s.getAttribute("state").isEmpty()) {
                    sheet.setAttribute("state", s.getAttribute("state"));
                }
                sheet.setAttribute(rel + "id", id);
                sheets.appendChild(sheet);
                Element r = workbookRels.createElement(Xml.prefix(workbookRels.getDocumentElement()) + "Relationship");
                r.setAttribute("Id", id);
                r.setAttribute("Type", REL_NS + "/worksheet");
                r.setAttribute("Target", "/" + part);
                workbookRels.getDocumentElement().appendChild(r);
            }
            addNames(root, px, ourBook, userSheets, base);
            addContentTypes(ours, renamed);

            Set<String> replaced = Set.of(workbookPart, workbookRelsPart, stylesPart, "[Content_Types].xml");
            // The user's parts in their order; unchanged ones copied still compressed, bytes untouched.
            for (var e = user.getEntries(); e.hasMoreElements();) {
                ZipArchiveEntry entry = e.nextElement();
                String name = entry.getName();
                if (dropped.contains(name)) {
                    continue;
                }
                if (replaced.contains(name)) {
                    out.putArchiveEntry(new ZipArchiveEntry(name));
                    out.write(Xml.bytes(name.equals(workbookPart) ? workbook : name.equals(workbookRelsPart) ? workbookRels
                            : name.equals(stylesPart) ? styles : contentTypes));
                    out.closeArchiveEntry();
                } else {
                    try (InputStream raw = user.getRawInputStream(entry)) {
                        out.addRawArchiveEntry(entry, raw);
                    }
                }
            }
            int tableId = maxTableId();
            for (var e = ours.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                String target = renamed.get(entry.getName());
                if (target == null) {
                    continue;
                }
                out.putArchiveEntry(new ZipArchiveEntry(target));
                try (InputStream in = ours.getInputStream(entry)) {
                    if (target.startsWith("xl/worksheets/") && !target.contains("/_rels/")) {
                        rewriter.rewrite(in, out);
                    } else if (target.endsWith(".rels")) {
                        out.write(Xml.bytes(retarget(Xml.parse(in), entry.getName(), renamed)));
                    } else if (target.startsWith("xl/tables/")) {
                        Document t = Xml.parse(in);
                        Element tr = t.getDocumentElement();
                        tr.setAttribute("id", Integer.toString(++tableId));
                        tr.setAttribute("name", NAME_PREFIX + tr.getAttribute("name"));
                        tr.setAttribute("displayName", NAME_PREFIX + tr.getAttribute("displayName"));
                        out.write(Xml.bytes(t));
                    } else {
                        in.transferTo(out);
                    }
                }
                out.closeArchiveEntry();
            }
        }

        /** forcestat's defined names, prefixed, scoped to its sheets' new positions; and the mark. */
        private void addNames(Element root, String px, Document ourBook, int userSheets, Map<String, Integer> base) {
            Element names = Xml.child(root, "definedNames");
            if (names == null) {
                names = workbook.createElement(px + "definedNames");
                Xml.insertInOrder(root, names, WORKBOOK_ORDER);
            }
            Element ourNames = Xml.child(ourBook.getDocumentElement(), "definedNames");
            for (Element n : ourNames == null ? List.<Element>of() : Xml.children(ourNames, "definedName")) {
                Element copy = workbook.createElement(px + "definedName");
                String name = n.getAttribute("name");
                copy.setAttribute("name", name.startsWith("_xlnm.") ? name : NAME_PREFIX + name);
                if (!n.getAttribute("localSheetId").isEmpty()) {
                    copy.setAttribute("localSheetId", Integer.toString(userSheets + parseInt(n.getAttribute("localSheetId"))));
                }
                if (!n.getAttribute("hidden").isEmpty()) {
                    copy.setAttribute("hidden", n.getAttribute("hidden"));
                }
                copy.setTextContent(n.getTextContent());
                names.appendChild(copy);
            }
            Element mark = workbook.createElement(px + "definedName");
            mark.setAttribute("name", MARK);
            mark.setAttribute("hidden", "1");
            StringBuilder text = new StringBuilder();
            base.forEach((k, v) -> text.append(text.length() == 0 ? "" : ";").append(k).append('=').append(v));
            mark.setTextContent("\"" + text + "\"");
            names.appendChild(mark);
        }

        private void addContentTypes(java.util.zip.ZipFile ours, Map<String, String> renamed) throws IOException {
            Document ourTypes = parseOurs(ours, "[Content_Types].xml");
            Element types = contentTypes.getDocumentElement();
            String px = Xml.prefix(types);
            for (Element o : Xml.children(ourTypes.getDocumentElement(), "Override")) {
                String target = renamed.get(o.getAttribute("PartName").substring(1));
                if (target != null) {
                    Element copy = contentTypes.createElement(px + "Override");
                    copy.setAttribute("PartName", "/" + target);
                    copy.setAttribute("ContentType", o.getAttribute("ContentType"));
                    types.appendChild(copy);
                }
            }
        }

        /** A relationships part of forcestat's, its targets pointed at the renamed parts. */
        private static Document retarget(Document rels, String relsPart, Map<String, String> renamed) {
            String source = sourceOf(relsPart);
            for (Element r : Xml.children(rels.getDocumentElement(), "Relationship")) {
                if ("External".equals(r.getAttribute("TargetMode"))) {
                    continue;
                }
                String target = renamed.get(resolve(dir(source), r.getAttribute("Target")));
                if (target != null) {
                    r.setAttribute("Target", "/" + target);
                }
            }
            return rels;
        }

        /** The highest table id in the user's package: table ids must be unique in a workbook. */
        private int maxTableId() throws IOException {
            int max = 0;
            for (Element o : Xml.children(contentTypes.getDocumentElement(), "Override")) {
                if (o.getAttribute("ContentType").endsWith("spreadsheetml.table+xml")) {
                    ZipArchiveEntry e = user.getEntry(o.getAttribute("PartName").substring(1));
                    if (e != null && !dropped.contains(e.getName())) {
                        try (InputStream in = user.getInputStream(e)) {
                            max = Math.max(max, parseInt(Xml.parse(in).getDocumentElement().getAttribute("id")));
                        }
                    }
                }
            }
            return max;
        }

        private Document parse(String part) throws IOException {
            ZipArchiveEntry e = user.getEntry(part);
            if (e == null) {
                throw new Refused(book.getFileName() + " is not a complete .xlsx package: " + part + " is missing");
            }
            try (InputStream in = user.getInputStream(e)) {
                return Xml.parse(in);
            } catch (Refused r) {
                throw r;
            } catch (IOException x) {
                throw new Refused(book.getFileName() + ": " + part + " cannot be read (" + x.getMessage() + ")");
            }
        }

        private static Document parseOurs(java.util.zip.ZipFile ours, String part) throws IOException {
            try (InputStream in = ours.getInputStream(ours.getEntry(part))) {
                return Xml.parse(in);
            }
        }
    }

    static Map<String, Integer> counts(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String pair : text.replace("\"", "").split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(pair.substring(0, eq).trim(), parseInt(pair.substring(eq + 1)));
            }
        }
        return out;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isTrue(String s) {
        return s.equals("1") || s.equalsIgnoreCase("true");
    }

    private static String prefixName(Element root) {
        String p = Xml.prefix(root);
        return p.isEmpty() ? "" : p.substring(0, p.length() - 1);
    }

    /** The prefix (with colon) the workbook binds to the relationships namespace, or "". */
    private static String relPrefix(Element root) {
        String p = Xml.prefixFor(root, REL_NS);
        return p == null ? "" : p + ":";
    }

    static String dir(String part) {
        int slash = part.lastIndexOf('/');
        return slash < 0 ? "" : part.substring(0, slash + 1);
    }

    static String fileName(String part) {
        return part.substring(part.lastIndexOf('/') + 1);
    }

    static String relsOf(String part) {
        return dir(part) + "_rels/" + fileName(part) + ".rels";
    }

    /** {@code xl/worksheets/_rels/sheet1.xml.rels} → {@code xl/worksheets/sheet1.xml}. */
    static String sourceOf(String relsPart) {
        String d = dir(relsPart);
        String parent = d.endsWith("_rels/") ? d.substring(0, d.length() - "_rels/".length()) : d;
        String f = fileName(relsPart);
        return parent + f.substring(0, f.length() - ".rels".length());
    }

    /** A relationship target resolved against the folder of its source part, as a zip entry name. */
    static String resolve(String baseDir, String target) {
        return org.forcestat.format.XlsxPackage.resolve(baseDir, target);
    }
}
