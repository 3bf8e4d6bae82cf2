package org.forcestat.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The audit's view of one .xlsx file: its sheets (see {@link AuditSheet}) and its links to other workbooks. */
public final class AuditWorkbook {
    private final String file;
    private final Map<String, AuditSheet> sheets = new LinkedHashMap<>();
    private final Map<String, String> externalBooks = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    /** Each sheet's {@link Lines}, worked out on first use. */
    private final Map<AuditSheet, Lines.Result> lines = new java.util.IdentityHashMap<>();

    public AuditWorkbook(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    void add(AuditSheet s) {
        sheets.put(s.name().toLowerCase(Locale.ROOT), s);
    }

    void drop(AuditSheet s) {
        sheets.remove(s.name().toLowerCase(Locale.ROOT));
    }

    public List<AuditSheet> sheets() {
        return List.copyOf(sheets.values());
    }

    /** A sheet by name, ignoring case as Excel does; null when there is none. */
    public AuditSheet sheet(String name) {
        return name == null ? null : sheets.get(name.toLowerCase(Locale.ROOT));
    }

    /** The sheet a reference in a formula on {@code from} points into; null for other workbooks or unknown sheets. */
    public AuditSheet target(AuditSheet from, Formula.Ref ref) {
        if (ref.external()) {
            return null;
        }
        return ref.sheet() == null ? from : sheet(ref.sheet());
    }

    /** The sheet's lines, worked out by {@code work} the first time they are asked for. */
    Lines.Result lines(AuditSheet s, java.util.function.Supplier<Lines.Result> work) {
        Lines.Result r = lines.get(s);
        if (r == null) {
            r = work.get();
            lines.put(s, r);
        }
        return r;
    }

    /** Linked workbooks by the index Excel writes in formulas ("1" for [1]) to their file names. */
    public Map<String, String> externalBooks() {
        return externalBooks;
    }

    void externalBook(String index, String target) {
        externalBooks.put(index, target);
    }

    /** Things the audit could not do fully (a sheet too big to keep), for an info finding. */
    public List<String> notes() {
        return notes;
    }

    void note(String s) {
        notes.add(s);
    }
}
