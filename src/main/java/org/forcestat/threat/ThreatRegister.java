package org.forcestat.threat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.forcestat.model.CellRef;
import org.forcestat.model.Finding;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;
import org.forcestat.model.Text;
import org.forcestat.model.ThreatInput;

/**
 * The threat areas in force for a run: the default register, replaced or extended row by row by
 * the THREATS workbooks read. Areas are matched by name or alias, ignoring case, punctuation and
 * "and"/"&" ("DA" finds "Domestic abuse, serious violence &amp; sexual offences"); an unmatched
 * row adds a new area.
 *
 * <p>What the ingest stage passes in a {@link ThreatInput}: numeric scores under their field key
 * ({@link ScoreField#key()}); a score cell that is text (e.g. "High", "n/a") as {@code text} under
 * the same key; and, where it knows them, the A1 cell of each field as {@code text} key
 * {@code cell.<field>} (e.g. {@code cell.harm = "C5"}). Without such a key findings name the row's
 * own cell, {@code source.cell()}.
 */
public final class ThreatRegister {
    private static final Set<String> FILLER = Set.of("and", "the", "of");

    private final LinkedHashMap<String, ThreatArea> areas = new LinkedHashMap<>();
    private final Map<String, String> index = new HashMap<>();

    private ThreatRegister() {
    }

    /** The seed's control strategy. */
    public static ThreatRegister defaults() {
        ThreatRegister r = new ThreatRegister();
        DefaultRegister.areas().forEach(r::put);
        return r;
    }

    /** No areas: for a THREATS workbook that replaces the default register outright. */
    public static ThreatRegister empty() {
        return new ThreatRegister();
    }

    /** The areas in register order (defaults in the slides' order, then added areas). */
    public List<ThreatArea> areas() {
        return List.copyOf(areas.values());
    }

    /** The area a name or alias refers to. */
    public Optional<ThreatArea> find(String name) {
        String id = index.get(key(name));
        return Optional.ofNullable(id == null ? null : areas.get(id));
    }

    /** The matching key of an area name: "Gangs &amp; County Lines" and "gangs and county-lines" are the same. */
    static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = name.toLowerCase(Locale.ROOT).replace("&", " and ").replace("+", " and ").replace("/", " and ");
        StringBuilder b = new StringBuilder();
        for (String w : s.split("[\\s,;:()\\-\u2013]+")) {
            String k = Text.key(w);
            if (!k.isEmpty() && !FILLER.contains(k)) {
                b.append(k);
            }
        }
        return b.toString();
    }

    private void put(ThreatArea a) {
        String id = key(a.name());
        areas.put(id, a);
        index.put(id, id);
        for (String alias : a.aliases()) {
            index.putIfAbsent(key(alias), id);
        }
    }

    /**
     * Applies THREATS rows in order: a row naming a known area replaces the fields it gives; an
     * unknown area is added (INFO). Out-of-range or non-numeric scores are ERRORs and the previous
     * value is kept; a missing score is a WARNING (once per sheet when the whole column is absent)
     * and the previous value is kept (3 for a new area).
     *
     * @return the findings, in row order
     */
    public List<Finding> apply(List<ThreatInput> inputs, ScoringModel model) {
        List<Finding> findings = new ArrayList<>();
        Map<String, EnumSet<ScoreField>> presentBySheet = new LinkedHashMap<>();
        Map<String, ThreatInput> firstBySheet = new LinkedHashMap<>();
        for (ThreatInput in : inputs) {
            String sheet = sheetId(in.source());
            EnumSet<ScoreField> present = presentBySheet.computeIfAbsent(sheet, s -> EnumSet.noneOf(ScoreField.class));
            firstBySheet.putIfAbsent(sheet, in);
            EnumSet<ScoreField> g = given(in);
            present.addAll(g);
            if (g.stream().anyMatch(f -> f.dimension() != null)) {
                present.add(ScoreField.HARM);
            }
        }
        presentBySheet.forEach((sheet, present) -> {
            for (ScoreField f : ScoreField.EXPECTED) {
                if (!present.contains(f)) {
                    CellRef src = firstBySheet.get(sheet).source();
                    findings.add(Finding.of(Severity.WARNING, RuleId.THREAT_SCORE_MISSING).at(file(src), sheet(src), "")
                            .seen("no " + f.label() + " column").expected("a " + f.label() + " column scored 1 to 5")
                            .message("This threat register has no " + f.label() + " column, so every area keeps the "
                                    + "default register's " + f.label().toLowerCase(Locale.ROOT)
                                    + " (3 for new areas). Add the column to score it."));
                }
            }
        });
        Map<String, CellRef> touched = new HashMap<>();
        for (ThreatInput in : inputs) {
            applyRow(in, model, presentBySheet.get(sheetId(in.source())), touched, findings);
        }
        return findings;
    }

    private void applyRow(ThreatInput in, ScoringModel model, EnumSet<ScoreField> sheetFields,
                          Map<String, CellRef> touched, List<Finding> findings) {
        CellRef src = in.source();
        String name = in.area() == null ? "" : in.area().strip();
        if (key(name).isEmpty()) {
            findings.add(Finding.of(Severity.WARNING, RuleId.THREAT_AREA_BLANK).at(file(src), sheet(src), cell(in, null))
                    .seen(name).expected("a threat area name")
                    .message("This row gives scores but no threat area, so it is ignored. "
                            + "Name the area in the Threat column."));
            return;
        }
        String id = index.get(key(name));
        ThreatArea area;
        boolean isNew = id == null;
        if (isNew) {
            id = key(name);
            area = new ThreatArea(name, ThreatArea.Kind.PRIORITY, List.of(), List.of(), List.of(), List.of(), "", "",
                    ThreatScores.neutral(), List.of(), where(src));
            findings.add(Finding.of(Severity.INFO, RuleId.THREAT_AREA_NEW).at(file(src), sheet(src), cell(in, null))
                    .seen(name).expected("an area of the default register")
                    .message("'" + name + "' is not in the default control strategy, so it is added as a new area."));
        } else {
            area = areas.get(id);
            CellRef before = touched.get(id);
            if (before != null) {
                findings.add(Finding.of(Severity.WARNING, RuleId.THREAT_AREA_DUPLICATE).at(file(src), sheet(src), cell(in, null))
                        .seen(name).expected("each area once")
                        .message("'" + area.name() + "' is already given at " + before + "; the values of this later row are used."));
            }
        }
        touched.put(id, src);
        String what = isNew ? "" : "the register's ";
        ThreatScores s = area.scores();
        Set<ScoreField> given = given(in);
        for (ScoreField f : ScoreField.values()) {
            if (!given.contains(f)) {
                boolean harmViaDims = f == ScoreField.HARM && given.stream().anyMatch(g -> g.dimension() != null);
                if (ScoreField.EXPECTED.contains(f) && sheetFields.contains(f) && !harmViaDims) {
                    findings.add(Finding.of(Severity.WARNING, RuleId.THREAT_SCORE_MISSING).at(file(src), sheet(src), cell(in, f))
                            .expected("a number from 1 to 5")
                            .message(f.label() + " is blank for " + area.name() + ", so " + (isNew ? "the middle score 3 is used"
                                    : f == ScoreField.HARM ? "the register's harm scores are kept"
                                    : what + Fmt.num(s.get(f)) + " is kept") + ". Enter a score from 1 to 5."));
                }
                continue;
            }
            Double v = in.scores().get(f.key());
            String raw = v == null ? in.text().get(f.key()) : Fmt.num(v);
            if (v == null) {
                v = parse(raw, f, model);
            }
            String expected = f == ScoreField.CONFIDENCE ? "a number from 1 to 5, or High, Medium or Low"
                    : "a number from 1 to 5";
            if (v == null || !Double.isFinite(v)) {
                findings.add(Finding.of(Severity.ERROR, RuleId.THREAT_SCORE_NOT_NUMBER).at(file(src), sheet(src), cell(in, f))
                        .seen(raw == null ? "" : raw).expected(expected)
                        .message(f.label() + " for " + area.name() + " is '" + raw
                                + "', which is not a score, so " + kept(what, f, s) + ". Enter " + expected + "."));
            } else if (!ThreatScores.inRange(v)) {
                findings.add(Finding.of(Severity.ERROR, RuleId.THREAT_SCORE_RANGE).at(file(src), sheet(src), cell(in, f))
                        .seen(raw).expected(expected)
                        .message(f.label() + " " + raw + " for " + area.name()
                                + " is outside the scale 1 to 5, so " + kept(what, f, s) + ". Enter " + expected + "."));
            } else {
                s = s.with(f, v);
            }
        }
        String trend = text(in, "trend").orElse(area.trend());
        List<String> gaps = text(in, "intelligence_gaps").map(ThreatRegister::items).orElse(area.gaps());
        List<String> ops = text(in, "operations").map(ThreatRegister::items).orElse(area.operations());
        String lead = text(in, "lead").orElse(area.lead());
        String source = isNew ? where(src) : DefaultRegister.SOURCE.equals(area.source())
                ? DefaultRegister.SOURCE + "; updated from " + where(src) : where(src);
        put(area.withScores(s).withText(trend, gaps, ops, lead, source));
    }

    private static String kept(String what, ScoreField f, ThreatScores s) {
        if (f == ScoreField.HARM) {
            return what.isEmpty() ? "the middle score 3 is kept" : what + "harm scores are kept";
        }
        return (what.isEmpty() ? "the middle score " : what) + Fmt.num(s.get(f)) + " is kept";
    }

    /** The score fields a row gives, as a number or as text. */
    private static EnumSet<ScoreField> given(ThreatInput in) {
        EnumSet<ScoreField> g = EnumSet.noneOf(ScoreField.class);
        for (ScoreField f : ScoreField.values()) {
            String t = in.text().get(f.key());
            if (in.scores().containsKey(f.key()) || (t != null && !t.isBlank())) {
                g.add(f);
            }
        }
        return g;
    }

    private static Double parse(String raw, ScoreField f, ScoringModel model) {
        if (raw == null) {
            return null;
        }
        if (f == ScoreField.CONFIDENCE) {
            double c = model.confidenceWord(raw);
            if (!Double.isNaN(c)) {
                return c;
            }
        }
        try {
            return Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Optional<String> text(ThreatInput in, String key) {
        String t = in.text().get(key);
        return t == null || t.isBlank() ? Optional.empty() : Optional.of(t.strip());
    }

    /** Splits a cell of gaps or operations into items on line breaks, semicolons and bullets. */
    static List<String> items(String text) {
        return Arrays.stream(text.split("[\\r\\n;\u2022]+"))
                .map(s -> s.strip().replaceFirst("^[-*]\\s*", ""))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The A1 cell of a field: the ingest stage's {@code cell.<field>} if given, else the row's cell. */
    private static String cell(ThreatInput in, ScoreField f) {
        if (f != null) {
            String c = in.text().get("cell." + f.key());
            if (c != null && !c.isBlank()) {
                return c.strip();
            }
        }
        return in.source() == null ? "" : in.source().cell();
    }

    private static String sheetId(CellRef src) {
        return file(src) + "\u0000" + sheet(src);
    }

    private static String file(CellRef src) {
        return src == null ? "" : src.file();
    }

    private static String sheet(CellRef src) {
        return src == null ? "" : src.sheet();
    }

    private static String where(CellRef src) {
        return src == null ? "THREATS input" : src.toString();
    }
}
