package org.forcestat.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.forcestat.format.XlsxPackage;
import org.forcestat.model.Finding;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;
import org.xml.sax.SAXParseException;

/**
 * Turns the failure to open or read an input into one error finding a non-programmer can act on:
 * which file, what is wrong with it, and what to do. It looks at the exception and at the file's
 * first bytes (read-only), because POI's messages describe symptoms ("not a zip"), not causes.
 */
public final class FailureExplainer {
    /** The kinds of unreadable file, each with its rule id, what it means and what to do. */
    public enum Cause {
        EMPTY(RuleId.FILE_EMPTY, "is empty (0 bytes)",
                "It is probably still being copied, or its last save failed: copy or save it again."),
        VANISHED(RuleId.FILE_VANISHED, "disappeared while forcestat was reading it (moved, renamed or deleted)",
                "Put it back in the folder if it should be counted."),
        LOCKED(RuleId.FILE_LOCKED, "could not be opened: another program has it locked, or you may not read it",
                "Close it in Excel (or ask whoever has it open), check you can open it, then run again; watch retries it by itself."),
        PASSWORD_PROTECTED(RuleId.FILE_PASSWORD_PROTECTED, "is password-protected (encrypted), so its cells cannot be read",
                "Remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it) and save again."),
        OLD_FORMAT(RuleId.FILE_NOT_A_WORKBOOK, "is an old-format Excel file (.xls) with a %s name",
                "Open it in Excel and use File > Save As > Excel Workbook (.xlsx)."),
        NOT_A_WORKBOOK(RuleId.FILE_NOT_A_WORKBOOK, "is not an Excel workbook although its name ends in %s (it holds %s)",
                "Open the original in Excel and save it as an Excel Workbook (.xlsx); do not just rename a file."),
        PRE_EXCEL_97(RuleId.FILE_UNSUPPORTED, "is an Excel workbook older than Excel 97 (Excel 5.0/95 or earlier), a format forcestat cannot read",
                "Open it in Excel and use File > Save As > Excel Workbook (.xlsx)."),
        /** An .xlsx whose zip package is cut short: the zip library's words ("END header not found") mean nothing to a reader. */
        INCOMPLETE(RuleId.FILE_DAMAGED, "is not a complete Excel workbook: it may be cut short or still copying",
                "Wait until it has finished copying and run again; otherwise open it in Excel (it may offer to repair it) and save it again, or copy it again."),
        DAMAGED(RuleId.FILE_DAMAGED, "is damaged or incomplete (%s)",
                "If it is still being copied, wait and run again; otherwise copy it again, or open it in Excel (it may offer to repair it) and save it."),
        ZIP_BOMB(RuleId.FILE_ZIP_BOMB, "expands to far more data than its size (a 'zip bomb'), so forcestat refused to unpack it",
                "If the file is genuine, open it in Excel and save it again; otherwise delete it and tell IT security."),
        UNSAFE_XML(RuleId.FILE_UNSAFE_XML, "contains XML entity declarations (a DOCTYPE), which Excel never writes and which are used in attacks; nothing in it was expanded or fetched",
                "Do not open it; delete it and tell IT security. If it came from a trusted tool, re-save it from Excel."),
        UNREADABLE(RuleId.FILE_UNREADABLE, "could not be read (%s)",
                "Open it in Excel and save it again as .xlsx; the other files were still processed.");

        private final RuleId rule;
        private final String what;
        private final String todo;

        Cause(RuleId rule, String what, String todo) {
            this.rule = rule;
            this.what = what;
            this.todo = todo;
        }

        public String rule() {
            return rule.id();
        }

        public String todo() {
            return todo;
        }
    }

    private FailureExplainer() {
    }

    /** One error finding for {@code file}, which could not be opened or read because of {@code e}. */
    public static Finding explain(Path file, Throwable e) {
        String name = file.getFileName().toString();
        Cause cause = classify(file, e);
        String what = switch (cause) {
            case OLD_FORMAT -> String.format(Locale.ROOT, cause.what, extension(name));
            case NOT_A_WORKBOOK -> String.format(Locale.ROOT, cause.what, extension(name), describeContent(file));
            case DAMAGED, UNREADABLE -> String.format(Locale.ROOT, cause.what, shortMessage(e));
            default -> cause.what;
        };
        return Finding.of(Severity.ERROR, cause.rule).at(name, "", "")
                .seen(cause.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .message("The file " + name + " " + what + ". " + cause.todo
                        + (cause == Cause.LOCKED || cause == Cause.VANISHED ? "" : " The other files were still processed."));
    }

    /** The cause of a failure, from the exception chain and the file's first bytes. */
    public static Cause classify(Path file, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NoSuchFileException) {
                return Cause.VANISHED;
            }
            if (t instanceof AccessDeniedException
                    || t instanceof FileSystemException fse && String.valueOf(fse.getReason()).toLowerCase(Locale.ROOT)
                            .matches(".*(used by another process|locked|sharing violation).*")) {
                return Cause.LOCKED;
            }
            String m = String.valueOf(t.getMessage());
            if (t instanceof XlsxPackage.ZipBombException
                    || m.contains("Zip bomb") || m.contains("max. ratio") || m.contains("max size of the expanded data")) {
                return Cause.ZIP_BOMB;
            }
            if (t instanceof SAXParseException && (m.contains("DOCTYPE") || m.contains("entit"))) {
                return Cause.UNSAFE_XML;
            }
            if (t instanceof OldExcelFormatException) {
                return Cause.PRE_EXCEL_97;
            }
            if (t instanceof EncryptedDocumentException) {
                return Cause.PASSWORD_PROTECTED;
            }
        }
        long size;
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            n = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException x) {
            return Cause.VANISHED;
        } catch (IOException x) {
            return Cause.LOCKED;
        }
        if (size == 0) {
            return Cause.EMPTY;
        }
        FileMagic magic = n < head.length ? FileMagic.UNKNOWN : FileMagic.valueOf(head);
        if (magic == FileMagic.OLE2) {
            return classifyOle2(file);
        }
        if (magic == FileMagic.BIFF2 || magic == FileMagic.BIFF3 || magic == FileMagic.BIFF4) {
            return Cause.PRE_EXCEL_97;
        }
        if (magic == FileMagic.OOXML) {
            return Cause.INCOMPLETE;
        }
        if (magic != FileMagic.UNKNOWN || !(e instanceof IOException) || isOpenFailure(e)) {
            return Cause.NOT_A_WORKBOOK;
        }
        return Cause.UNREADABLE;
    }

    private static boolean isOpenFailure(Throwable e) {
        return String.valueOf(e.getMessage()).startsWith("not a readable .xlsx file");
    }

    /**
     * An OLE2 (compound file) container that could not be read: an encrypted .xlsx (it holds an
     * EncryptionInfo stream), another Office document (no workbook stream), an .xls under another
     * name, or an .xls that is itself damaged.
     */
    private static Cause classifyOle2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo")) {
                return Cause.PASSWORD_PROTECTED;
            }
            if (XlsSource.WORKBOOK_STREAMS.stream().noneMatch(root::hasEntry)) {
                return Cause.NOT_A_WORKBOOK;
            }
        } catch (IOException | RuntimeException e) {
            return Cause.DAMAGED;
        }
        return extension(file.getFileName().toString()).equals(".xls") ? Cause.DAMAGED : Cause.OLD_FORMAT;
    }

    /** The part of a file name from its last dot, in lower case ("" when there is none). */
    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** What an OLE2 container without a workbook stream holds, by its streams' names. */
    private static String describeOle2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("WordDocument")) {
                return "a Word document";
            }
            if (root.hasEntry("PowerPoint Document")) {
                return "a PowerPoint presentation";
            }
        } catch (IOException | RuntimeException e) {
            // Then it is just another kind of Office file.
        }
        return "another kind of Office file";
    }

    private static String describeContent(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(512);
            FileMagic magic = head.length >= 8 ? FileMagic.valueOf(head) : FileMagic.UNKNOWN;
            if (magic == FileMagic.HTML) {
                return "a web page";
            }
            if (magic == FileMagic.XML) {
                return "XML text";
            }
            if (magic == FileMagic.PDF) {
                return "a PDF document";
            }
            if (magic == FileMagic.OLE2) {
                return describeOle2(file);
            }
            int printable = 0;
            for (byte b : head) {
                if (b >= 0x20 || b == '\n' || b == '\r' || b == '\t' || b < 0) {
                    printable++;
                }
            }
            return printable == head.length ? "plain text, perhaps CSV" : "data of another kind";
        } catch (IOException e) {
            return "data of another kind";
        }
    }

    /** The innermost message, without POI's long advice and without a class name. */
    private static String shortMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        m = m.replaceAll("\\s+", " ").trim();
        return m.length() > 160 ? m.substring(0, 157) + "..." : m;
    }
}
