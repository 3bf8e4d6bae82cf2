package org.forcestat.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Home Office offence classification, ONS offence groups and police.uk categories, shipped as
 * data ({@code ho-offences.tsv}, whose header gives its source and date), each mapped to a seed
 * {@link CrimeCategory} (SPEC §2.3). Names are matched as every synonym is ({@link Text#key});
 * a leading or bracketed HO code ("34B Robbery of personal property", "Theft from a vehicle (45)")
 * is allowed, and a code alone ("28E") is looked up by code.
 */
public final class OffenceTable {
    /** The resource, beside this package's classes. */
    public static final String RESOURCE = "/org/forcestat/ho-offences.tsv";

    /** One row of the table. */
    public record Offence(String name, String code, String group, CrimeCategory category) {
    }

    private static final OffenceTable DEFAULT = load();
    /** "045 - Theft from a vehicle", "34B: Robbery", "4.1 Manslaughter". */
    private static final Pattern LEADING_CODE = Pattern.compile("^\\s*(\\d{1,3}(?:\\.\\d{1,2})?[A-Za-z]?)\\s*[-:.–]?\\s+(.+)$");
    /** "Theft from a vehicle (45)", "Shoplifting [046]". */
    private static final Pattern TRAILING_CODE = Pattern.compile("^(.+?)\\s*[(\\[]\\s*(\\d{1,3}(?:\\.\\d{1,2})?[A-Za-z]?)\\s*[)\\]]\\s*$");

    private final List<Offence> rows;
    private final List<String> header;
    private final Map<String, Offence> byName = new HashMap<>();
    private final Map<String, Offence> byCode = new HashMap<>();

    private OffenceTable(List<Offence> rows, List<String> header) {
        this.rows = List.copyOf(rows);
        this.header = List.copyOf(header);
        for (Offence o : rows) {
            Offence clash = byName.putIfAbsent(Text.key(o.name()), o);
            if (clash != null && clash.category() != o.category()) {
                throw new IllegalStateException("offence '" + o.name() + "' is both " + clash.category() + " and "
                        + o.category());
            }
            if (!o.code().isEmpty()) {
                Offence c = byCode.putIfAbsent(code(o.code()), o);
                if (c != null && c.category() != o.category()) {
                    throw new IllegalStateException("HO code " + o.code() + " is both " + c.category() + " and "
                            + o.category());
                }
            }
        }
    }

    /** The table shipped in the jar. */
    public static OffenceTable standard() {
        return DEFAULT;
    }

    private static OffenceTable load() {
        try (InputStream in = OffenceTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OffenceTable parse(BufferedReader r) throws IOException {
        List<Offence> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        boolean columns = false;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.startsWith("#")) {
                if (!columns) {
                    header.add(line.substring(1).trim());
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (!columns) {
                columns = true;
                continue;
            }
            if (f.length < 4) {
                throw new IllegalStateException("offence table line has " + f.length + " fields: " + line);
            }
            rows.add(new Offence(f[0].trim(), f[1].trim(), f[2].trim(), CrimeCategory.valueOf(f[3].trim())));
        }
        return new OffenceTable(rows, header);
    }

    private static String code(String c) {
        // "028E" and "28E" are one code.
        return c.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "").replaceFirst("^0+(?=\\d)", "");
    }

    /** Every row, in file order. */
    public List<Offence> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** The comment lines above the column names: what the table is, its source and its date. */
    public List<String> header() {
        return header;
    }

    /** The offence a name (with or without its HO code) or a bare HO code stands for. */
    public Optional<Offence> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Offence o = byName.get(Text.key(text));
        if (o != null) {
            return Optional.of(o);
        }
        Matcher m = LEADING_CODE.matcher(text);
        if (m.matches()) {
            o = byName.get(Text.key(m.group(2)));
            if (o == null) {
                o = byCode.get(code(m.group(1)));
            }
            if (o != null) {
                return Optional.of(o);
            }
        }
        m = TRAILING_CODE.matcher(text);
        if (m.matches()) {
            o = byName.get(Text.key(m.group(1)));
            if (o == null) {
                o = byCode.get(code(m.group(2)));
            }
            if (o != null) {
                return Optional.of(o);
            }
        }
        String t = text.trim();
        if (t.length() <= 5 && t.matches("\\d{1,3}(?:\\.\\d{1,2})?[A-Za-z]?")) {
            return Optional.ofNullable(byCode.get(code(t)));
        }
        return Optional.empty();
    }
}
