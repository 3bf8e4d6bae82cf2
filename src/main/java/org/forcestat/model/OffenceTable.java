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

    /** A lettered code as {@link #code} writes it ("8n") and its class ("8"); before {@link #DEFAULT}, which uses it. */
    private static final Pattern LETTERED = Pattern.compile("(\\d{1,3})[a-z]");
    private static final OffenceTable DEFAULT = load();
    /** "045 - Theft from a vehicle", "34B: Robbery", "4.1 Manslaughter". */
    private static final Pattern LEADING_CODE = Pattern.compile("^\\s*(\\d{1,3}(?:\\.\\d{1,2})?[A-Za-z]?)\\s*[-:.–]?\\s+(.+)$");
    /** "Theft from a vehicle (45)", "Shoplifting [046]". */
    private static final Pattern TRAILING_CODE = Pattern.compile("^(.+?)\\s*[(\\[]\\s*(\\d{1,3}(?:\\.\\d{1,2})?[A-Za-z]?)\\s*[)\\]]\\s*$");

    private final List<Offence> rows;
    private final List<String> header;
    private final Map<String, Offence> byName = new HashMap<>();
    private final Map<String, Offence> byCode = new HashMap<>();
    /**
     * A numbered class not listed itself whose listed lettered codes all count in one category ("8L" ...
     * "8R" are all violence, so class 8 is): for "008/46" or "8K". Dotted codes are not used ("37.1" is a
     * death by driving, "37.2" a vehicle taking).
     */
    private final Map<String, Offence> byClass = new HashMap<>();

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
        Map<String, List<Offence>> lettered = new HashMap<>();
        for (Offence o : rows) {
            Matcher m = LETTERED.matcher(code(o.code()));
            if (m.matches() && !byCode.containsKey(m.group(1))) {
                lettered.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(o);
            }
        }
        lettered.forEach((cls, subs) -> {
            Offence first = subs.get(0);
            if (subs.stream().allMatch(o -> o.category() == first.category())) {
                String group = subs.stream().allMatch(o -> o.group().equals(first.group())) ? first.group() : "";
                byClass.put(cls, new Offence("Home Office class " + cls, cls, group, first.category()));
            }
        });
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
                o = byCode(m.group(1));
            }
            if (o != null) {
                return Optional.of(o);
            }
        }
        m = TRAILING_CODE.matcher(text);
        if (m.matches()) {
            o = byName.get(Text.key(m.group(1)));
            if (o == null) {
                o = byCode(m.group(2));
            }
            if (o != null) {
                return Optional.of(o);
            }
        }
        String t = text.trim();
        if (t.length() <= 7 && BARE_CODE.matcher(t).matches()) {
            return Optional.ofNullable(byCode(t));
        }
        return Optional.empty();
    }

    /** A bare HO code: "28E", "4.1", "125/7", "028/01". */
    private static final Pattern BARE_CODE = Pattern.compile("\\d{1,3}(?:\\.\\d{1,2})?[A-Za-z]?|\\d{1,3}\\s*/\\s*\\d{1,3}");
    /** A lettered or sub-numbered code ("28a", "125/7", as {@link #code}) and its numbered class. */
    private static final Pattern SUBDIVISION = Pattern.compile("(\\d{1,3})(?:[a-z]|/\\d{1,3})");

    /**
     * The offence of an HO code: the code itself if listed, else, for a lettered or sub-numbered
     * code ("28A", "125/7"), its numbered class if that is listed: the Home Office letters and numbers
     * the subdivisions of a class, and every subdivision counts in its class's group.
     */
    private Offence byCode(String raw) {
        String c = code(raw);
        Offence o = byCode.get(c);
        if (o == null) {
            Matcher m = SUBDIVISION.matcher(c);
            if (m.matches()) {
                String cls = m.group(1).replaceFirst("^0+(?=\\d)", "");
                o = byCode.getOrDefault(cls, byClass.get(cls));
            }
        }
        return o;
    }
}
