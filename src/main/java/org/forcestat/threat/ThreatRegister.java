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
 * The threat areas of a run: the register the inputs give, or, when they give none, the default
 * (Kent's example) register. A given register is taken as it is: each row is one area, with that
 * row's own scores and words, never merged with the example's areas, facts, kind or scores. Only the
 * crime series whose trends bear on an area are attached by name ("County Lines" takes the violence
 * and robbery trends of the example's "Gangs &amp; county lines"); names are matched ignoring case,
 * punctuation and "and"/"&amp;".
 *
 * <p>What the ingest stage passes in a {@link ThreatInput}: numeric scores under their field key
 * ({@link ScoreField#key()}); a score cell that is text (e.g. "High", "Likely", "n/a") as {@code text}
 * under the same key; and, where it knows them, the A1 cell of each field as {@code text} key
 * {@code cell.<field>} (e.g. {@code cell.harm = "C5"}). Without such a key findings name the row's
 * own cell, {@code source.cell()}.
 */
public final class ThreatRegister {
    private static final Set<String> FILLER = Set.of("and", "the", "of");

    private final LinkedHashMap<String, ThreatArea> areas = new LinkedHashMap<>();
    private final Map<String, String> index = new HashMap<>();

    private ThreatRegister() {
    }

    /** The seed's control strategy: Kent's example register. */
    public static ThreatRegister defaults() {
        ThreatRegister r = new ThreatRegister();
        DefaultRegister.areas().forEach(r::put);
        return r;
    }


    /** The areas in register order (the rows' order; the defaults in the slides' order). */
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
     * The register the THREATS rows give, or the default register when there are none. Each row is an
     * area; a score that is blank, unreadable or off the scale leaves it unscored (NaN), with a finding
     * naming the cell: a blank is a WARNING (once per sheet when the whole column is absent), an
     * unreadable or out-of-range score an ERROR. Scores may be numbers or the words of a five-point
     * risk matrix ({@link ScoreWords}).
     *
     * @param findings receives the findings, in row order
     */
    public static ThreatRegister of(List<ThreatInput> inputs, ScoringModel model, List<Finding> findings) {
        if (inputs.isEmpty()) {
            return defaults();
        }
        ThreatRegister r = new ThreatRegister();
        Map<String, EnumSet<ScoreField>> presentBySheet = new LinkedHashMap<>();
        Map<String, ThreatInput> firstBySheet = new LinkedHashMap<>();
        for (ThreatInput in : inputs) {
            String sheet = sheetId(in.source());
            presentBySheet.computeIfAbsent(sheet, s -> EnumSet.noneOf(ScoreField.class)).addAll(given(in));
            firstBySheet.putIfAbsent(sheet, in);
        }
        presentBySheet.forEach((sheet, present) -> {
            for (ScoreField f : expected(present)) {
                if (!present.contains(f)) {
                    CellRef src = firstBySheet.get(sheet).source();
                    findings.add(Finding.of(Severity.WARNING, RuleId.THREAT_SCORE_MISSING).at(file(src), sheet(src), "")
                            .seen("no " + f.label() + " column").expected("a " + f.label() + " column scored 1 to 5")
                            .message("This threat register has no " + f.label() + " column, so "
                                    + (f == ScoreField.CONFIDENCE ? "no confidence is shown beside its scores"
                                    : "its areas cannot be scored and are listed unranked")
                                    + ". Add the column, scored 1 to 5 or in words (" + ScoreWords.examples(f) + ")."));
                }
            }
        });
        Map<String, CellRef> touched = new HashMap<>();
        for (ThreatInput in : inputs) {
            r.addRow(in, model, presentBySheet.get(sheetId(in.source())), touched, findings);
        }
        return r;
    }

    /**
     * The score columns a sheet should have: harm (or, where the sheet scores harm by dimension, each
     * dimension), likelihood, confidence, capacity and capability.
     */
    private static List<ScoreField> expected(Set<ScoreField> present) {
        List<ScoreField> out = new ArrayList<>();
        boolean byDimension = !present.contains(ScoreField.HARM) && present.stream().anyMatch(f -> f.dimension() != null);
        for (ScoreField f : ScoreField.EXPECTED) {
            if (f == ScoreField.HARM && byDimension) {
                for (HarmDimension d : HarmDimension.values()) {
                    out.add(ScoreField.of(d));
                }
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private void addRow(ThreatInput in, ScoringModel model, EnumSet<ScoreField> sheetFields,
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
        String id = key(name);
        CellRef before = touched.get(id);
        if (before != null) {
            findings.add(Finding.of(Severity.WARNING, RuleId.THREAT_AREA_DUPLICATE).at(file(src), sheet(src), cell(in, null))
                    .seen(name).expected("each area once")
                    .message("'" + areas.get(id).name() + "' is already given at " + before
                            + "; this later row is used instead of it. Delete the row that is out of date."));
        }
        touched.put(id, src);
        ThreatScores s = ThreatScores.none();
        Set<ScoreField> given = given(in);
        boolean noScores = given.isEmpty();
        if (noScores) {
            findings.add(Finding.of(Severity.WARNING, RuleId.THREAT_SCORE_MISSING).at(file(src), sheet(src), cell(in, null))
                    .seen(name).expected("scores from 1 to 5")
                    .message(name + " has no scores on its row, so it is not scored or ranked. Enter its scores, or "
                            + "delete the row if it is a heading."));
        }
        // overall harm first, so a dimension given beside it overrides its own dimension
        List<ScoreField> order = new ArrayList<>(List.of(ScoreField.HARM));
        for (ScoreField f : ScoreField.values()) {
            if (f != ScoreField.HARM) {
                order.add(f);
            }
        }
        for (ScoreField f : order) {
            if (!given.contains(f)) {
                boolean harmGiven = f.dimension() != null && given.contains(ScoreField.HARM);
                if (!noScores && expected(sheetFields).contains(f) && sheetFields.contains(f) && !harmGiven) {
                    findings.add(Finding.of(Severity.WARNING, RuleId.THREAT_SCORE_MISSING).at(file(src), sheet(src), cell(in, f))
                            .expected("a score from 1 to 5")
                            .message(f.label() + " is blank for " + name + ", so " + unscored(f, name) + ". Enter "
                                    + expected(f) + "."));
                }
                continue;
            }
            Double v = in.scores().get(f.key());
            String raw = v == null ? in.text().get(f.key()) : Fmt.num(v);
            if (v == null) {
                v = parse(raw, f, model);
            }
            if (v == null || !Double.isFinite(v)) {
                findings.add(Finding.of(Severity.ERROR, RuleId.THREAT_SCORE_NOT_NUMBER).at(file(src), sheet(src), cell(in, f))
                        .seen(raw == null ? "" : raw).expected(expected(f))
                        .message(f.label() + " for " + name + " is '" + raw + "', which is not a score, so "
                                + unscored(f, name) + ". Enter " + expected(f) + "."));
                s = s.with(f, Double.NaN);
            } else if (!ThreatScores.inRange(v)) {
                findings.add(Finding.of(Severity.ERROR, RuleId.THREAT_SCORE_RANGE).at(file(src), sheet(src), cell(in, f))
                        .seen(raw).expected(expected(f))
                        .message(f.label() + " " + raw + " for " + name + " is outside the scale 1 to 5, so "
                                + unscored(f, name) + ". Enter " + expected(f) + "."));
                s = s.with(f, Double.NaN);
            } else {
                s = s.with(f, v);
            }
        }
        List<String> gaps = text(in, "intelligence_gaps").map(ThreatRegister::items).orElse(List.of());
        List<String> ops = text(in, "operations").map(ThreatRegister::items).orElse(List.of());
        put(new ThreatArea(name, ThreatArea.Kind.PRIORITY, List.of(), List.of(), gaps, ops, text(in, "lead").orElse(""),
                text(in, "trend").orElse(""), s, evidenceFor(name), where(src)));
    }

    /** What a missing or unreadable score leaves undone: the area unranked, or (confidence) nothing shown. */
    private static String unscored(ScoreField f, String name) {
        return f == ScoreField.CONFIDENCE ? "no confidence is shown for it" : name + " is not scored or ranked";
    }

    private static String expected(ScoreField f) {
        return "a number from 1 to 5, or " + ScoreWords.examples(f);
    }

    /** Crime series named in an area's words, where the default register has no area of that name. */
    private static final Map<String, List<org.forcestat.model.CrimeCategory>> SERIES_WORDS = Map.of(
            "burglary", List.of(org.forcestat.model.CrimeCategory.DWELLING_BURGLARY),
            "vehicle", List.of(org.forcestat.model.CrimeCategory.TOMV, org.forcestat.model.CrimeCategory.TFMV),
            "robbery", List.of(org.forcestat.model.CrimeCategory.ROBBERY));

    /**
     * The crime series whose trends bear on an area: those of the default area of the same name or
     * alias, else those its words name (burglary, vehicle, robbery); the default's facts, kind and
     * scores are never taken.
     */
    static List<org.forcestat.model.CrimeCategory> evidenceFor(String name) {
        Optional<ThreatArea> d = DEFAULTS.find(name);
        if (d.isPresent()) {
            return d.get().evidence();
        }
        List<org.forcestat.model.CrimeCategory> out = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            for (Map.Entry<String, List<org.forcestat.model.CrimeCategory>> e : SERIES_WORDS.entrySet()) {
                if (w.startsWith(e.getKey())) {
                    e.getValue().stream().filter(c -> !out.contains(c)).forEach(out::add);
                }
            }
        }
        return out;
    }

    private static final ThreatRegister DEFAULTS = defaults();

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

    /** A score written as text: a number ("4"), or a word of its scale ("Likely", "High" confidence). */
    private static Double parse(String raw, ScoreField f, ScoringModel model) {
        if (raw == null) {
            return null;
        }
        try {
            return Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            double w = f == ScoreField.CONFIDENCE ? model.confidenceWord(raw) : Double.NaN;
            return Double.isNaN(w) ? ScoreWords.score(f, raw) : w;
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
