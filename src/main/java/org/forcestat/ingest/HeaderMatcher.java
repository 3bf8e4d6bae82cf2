package org.forcestat.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forcestat.model.Channel;
import org.forcestat.model.FinancialYear;
import org.forcestat.model.Grading;
import org.forcestat.model.Text;

/**
 * Matches a candidate header row against each {@link Layout}'s synonyms (case, spaces and
 * punctuation ignored) and picks the layout whose required fields are all present with the most
 * fields matched. Extra synonyms come from {@code forcestat.properties} ("calls.grading = Call Priority Level").
 */
public final class HeaderMatcher {
    /** A year heading's words: "Achieved 2014/15", "2016-17 planned", "FY18/19" (the year read by {@link FinancialYear}). */
    private static final Pattern YEAR = Pattern.compile(
            "^(?:(planned|plan|target|achieved|delivered|actual)\\s*)?(.+?)(?:\\s*(planned|plan|target|achieved|delivered|actual))?$");

    private final Map<Layout, Map<String, Set<String>>> keys = new LinkedHashMap<>();
    /**
     * The user's own header for a field ({@code crimes.date = Date Recorded}), by layout and field:
     * taken before any guessed header, so a mapping always wins (a guessed "Date Committed" to the
     * left of the mapped "Date Recorded" is not read).
     */
    private final Map<Layout, Map<String, Set<String>>> mapped = new LinkedHashMap<>();
    /** Each mapping line as the user wrote it ({@code crimes.date = Date Recorded}), by layout and field. */
    private final Map<Layout, Map<String, String>> mappingLines = new LinkedHashMap<>();
    private final ValueMap values;

    public HeaderMatcher(Map<String, List<String>> extraSynonyms) {
        this(extraSynonyms, ValueMap.NONE);
    }

    /** A matcher with the header synonyms and value mappings of {@code forcestat.properties}. */
    public HeaderMatcher(Map<String, List<String>> extraSynonyms, ValueMap values) {
        this.values = values;
        for (Layout l : Layout.values()) {
            Map<String, Set<String>> fields = new LinkedHashMap<>();
            l.synonyms().forEach((field, syns) -> {
                Set<String> k = new HashSet<>();
                syns.forEach(s -> k.add(Text.key(s)));
                String prop = l.kind().name().toLowerCase(Locale.ROOT) + "." + field;
                List<String> own = extraSynonyms.getOrDefault(prop, List.of());
                own.forEach(s -> k.add(Text.key(s)));
                fields.put(field, k);
                Set<String> ownKeys = new HashSet<>();
                own.forEach(s -> ownKeys.add(Text.key(s)));
                ownKeys.remove("");
                if (!ownKeys.isEmpty()) {
                    mapped.computeIfAbsent(l, x -> new LinkedHashMap<>()).put(field, ownKeys);
                    mappingLines.computeIfAbsent(l, x -> new LinkedHashMap<>())
                            .put(field, prop + " = " + String.join("|", own).trim());
                }
            });
            keys.put(l, fields);
        }
    }

    public HeaderMatcher() {
        this(Map.of());
    }

    /** Whether forcestat.properties maps a header of its own to this layout's field ({@code calls.grading}). */
    boolean mapped(Layout layout, String field) {
        return mapped.getOrDefault(layout, Map.of()).containsKey(field);
    }

    /** The user's value mappings, for the readers. */
    public ValueMap values() {
        return values;
    }

    /** The best layout this row is a header of, if any. */
    public Optional<HeaderMatch> match(SheetRow row) {
        return match(row, null);
    }

    /** The best of the {@code allowed} layouts (null: any) this row is a header of, if any. */
    public Optional<HeaderMatch> match(SheetRow row, Set<Layout> allowed) {
        Map<Integer, String> texts = new TreeMap<>();
        for (Cell c : row.cells()) {
            if (c.isText()) {
                texts.put(c.col(), c.text().trim());
            } else if (c.isNumber() && !c.dateFormatted()) {
                texts.put(c.col(), c.display());
            }
        }
        TreeMap<Integer, java.time.YearMonth> months = monthColumns(row);
        if (texts.size() < 2 && months.size() < MIN_MONTH_COLUMNS) {
            return Optional.empty();
        }
        HeaderMatch best = null;
        Map<Integer, String> keyed = keyed(texts);
        for (Layout l : Layout.values()) {
            if (allowed != null && !allowed.contains(l)) {
                continue;
            }
            HeaderMatch m = l == Layout.MONTH_COLUMNS ? matchMonths(row.rowNumber(), texts, months)
                    : matchLayout(l, row.rowNumber(), texts, keyed);
            if (m != null && (best == null || m.score() > best.score())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A pivot needs this many month columns: two could be a "from" and a "to". */
    static final int MIN_MONTH_COLUMNS = 3;

    /**
     * The columns of a header row that name a month: {@code Apr-14}, {@code April 2014},
     * {@code 2014-04}, a date, or an Excel date cell. Financial years ({@code 2010/11}) are not
     * months; a row naming one month twice is not a row of months.
     */
    static TreeMap<Integer, java.time.YearMonth> monthColumns(SheetRow row) {
        TreeMap<Integer, java.time.YearMonth> out = new TreeMap<>();
        Set<java.time.YearMonth> seen = new HashSet<>();
        for (Cell c : row.cells()) {
            java.time.YearMonth m = null;
            if (c.isNumber() && c.dateFormatted()) {
                DateValues.Parsed d = DateValues.fromCell(c, false);
                m = d == null || d.date().getYear() < 1990 ? null : java.time.YearMonth.from(d.date());
            } else if (c.isText() && yearColumn(c.text()) == null && c.text().trim().length() <= 20) {
                DateValues.Parsed d = DateValues.parse(c.text());
                if (d != null && !d.hasTime()) {
                    m = java.time.YearMonth.from(d.date());
                }
            }
            if (m != null) {
                if (!seen.add(m)) {
                    return new TreeMap<>();
                }
                out.put(c.col(), m);
            }
        }
        return out;
    }

    /** A month-by-column pivot: a label column left of at least three month columns. */
    private HeaderMatch matchMonths(int rowNumber, Map<Integer, String> texts, TreeMap<Integer, java.time.YearMonth> months) {
        if (months.size() < MIN_MONTH_COLUMNS) {
            return null;
        }
        int firstMonth = months.firstKey();
        Map<Integer, String> left = new TreeMap<>();
        texts.forEach((col, t) -> {
            if (col < firstMonth) {
                left.put(col, t);
            }
        });
        Map<String, Integer> cols = fields(Layout.MONTH_COLUMNS, left, new HashSet<>());
        int label = cols.values().stream().min(Integer::compare).orElse(-1);
        if (label < 0) {
            // A blank corner (as a pivot table writes it), or a header the synonyms do not know: the
            // column next to the first month holds the row labels.
            label = firstMonth - 1;
            if (label < 0) {
                return null;
            }
        }
        cols.put("label", label);
        Map<Integer, String> extra = new TreeMap<>();
        months.forEach((col, m) -> extra.put(col, m.toString()));
        return new HeaderMatch(Layout.MONTH_COLUMNS, rowNumber, cols, extra, cols.size() + extra.size(),
                Map.of(), texts);
    }

    /** Each field of the layout found in the row, by column; {@code used} collects the columns taken. */
    private Map<String, Integer> fields(Layout layout, Map<Integer, String> texts, Set<Integer> used) {
        return fields(layout, texts, keyed(texts), used);
    }

    /**
     * Each text's {@link Text#key}, in the same column order: worked out once per row rather than once
     * per field of every layout tried (the header search tries 30 rows of every sheet).
     */
    private static Map<Integer, String> keyed(Map<Integer, String> texts) {
        Map<Integer, String> out = new LinkedHashMap<>();
        texts.forEach((col, t) -> out.put(col, Text.key(t)));
        return out;
    }

    /** Whether a column that names {@code field} is taken only when no later column names it better. */
    private static boolean preferLater(Layout layout, String field, String key) {
        if (layout != Layout.CRIMES) {
            return false;
        }
        // A recorded date before any other; a crime's offence ("Offence", "Offence description") before its group
        // ("Offence group", "Crime group") wherever it stands: ONS's group "Theft offences" cannot give burglary,
        // vehicle crime or theft apart.
        return field.equals("date") && !key.contains("record") || field.equals("type") && key.contains("group");
    }

    /**
     * As {@link #fields(Layout, Map, Set)}, with each text's key given in {@code keyed}. Each field takes the
     * first column that names it, except a crime sheet's date: a recorded date ("Date Recorded", "Recorded
     * On") comes before any other ("Date Committed", "Offence Date", "Reported Date") wherever it stands, as
     * recorded crime is counted by the day it was recorded; and its type: an offence column comes before an
     * offence group's ("Offence group", "Crime group").
     */
    private Map<String, Integer> fields(Layout layout, Map<Integer, String> texts, Map<Integer, String> keyed,
            Set<Integer> used) {
        Map<String, Integer> cols = new HashMap<>();
        // The user's mappings first, each to the first column it names, before any guess takes a column.
        mapped.getOrDefault(layout, Map.of()).forEach((field, own) -> {
            for (Map.Entry<Integer, String> e : keyed.entrySet()) {
                if (!used.contains(e.getKey()) && own.contains(e.getValue())) {
                    cols.put(field, e.getKey());
                    used.add(e.getKey());
                    break;
                }
            }
        });
        for (Map.Entry<String, Set<String>> f : keys.get(layout).entrySet()) {
            if (cols.containsKey(f.getKey())) {
                continue;
            }
            Set<String> syns = f.getValue();
            Integer col = null;
            for (Map.Entry<Integer, String> e : keyed.entrySet()) {
                if (!used.contains(e.getKey()) && syns.contains(e.getValue())) {
                    if (col == null) {
                        col = e.getKey();
                    }
                    if (!preferLater(layout, f.getKey(), e.getValue())) {
                        col = e.getKey();
                        break;
                    }
                }
            }
            if (col != null) {
                cols.put(f.getKey(), col);
                used.add(col);
            }
        }
        if (layout == Layout.SAVINGS && !cols.containsKey("line")) {
            looseSavingsLine(texts, used).ifPresent(col -> {
                cols.put("line", col);
                used.add(col);
            });
        }
        if (layout == Layout.CALL_RECORDS && !cols.containsKey("grading")) {
            looseGrading(texts, used).ifPresent(col -> {
                cols.put("grading", col);
                used.add(col);
            });
        }
        return cols;
    }

    /**
     * A call export's grading header spelt in a way no synonym lists ("Priority Lvl", "Incident
     * Grading (Initial)"): the first free column whose header holds the word priority, grade or
     * grading and nothing that says it is another thing (an area, a reference, a date). Its values
     * are then checked like any other column's (see {@link ColumnCheck}).
     */
    private static Optional<Integer> looseGrading(Map<Integer, String> texts, Set<Integer> used) {
        for (Map.Entry<Integer, String> e : texts.entrySet()) {
            String k = Text.key(e.getValue());
            if (used.contains(e.getKey()) || k.length() > 40) {
                continue;
            }
            boolean word = k.contains("priority") || k.contains("grade") || k.contains("grading");
            boolean other = k.contains("area") || k.contains("ref") || k.contains("date") || k.contains("time")
                    || k.contains("number") || k.contains("officer") || k.contains("rank") || k.contains("pay")
                    || k.contains("threat") || k.contains("upgrade") || k.contains("downgrade") || k.contains("changed");
            if (word && !other) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * A savings plan's line header spelt in a way no synonym lists ("Directorate/Scheme name", "Savings
     * proposal title"): the first free column whose header says scheme, proposal or initiative and nothing
     * that says it is another thing (a reference, a status, an owner, an amount or a year).
     */
    private static Optional<Integer> looseSavingsLine(Map<Integer, String> texts, Set<Integer> used) {
        for (Map.Entry<Integer, String> e : texts.entrySet()) {
            String k = Text.key(e.getValue());
            if (used.contains(e.getKey()) || k.length() > 40 || yearColumn(e.getValue()) != null) {
                continue;
            }
            boolean word = k.contains("scheme") || k.contains("proposal") || k.contains("initiative");
            boolean other = k.endsWith("ref") || k.endsWith("reference") || k.endsWith("id") || k.contains("code")
                    || k.contains("number") || k.contains("status") || k.contains("rag") || k.contains("owner")
                    || k.contains("lead") || k.contains("amount") || k.contains("value") || k.contains("000")
                    || k.contains("planned") || k.contains("achieved") || k.contains("target") || k.contains("date");
            if (word && !other) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** A row that is nearly a header: some of a layout's fields, among them a required one, but not all required. */
    public record NearMiss(Layout layout, int headerRow, List<String> found, List<String> missing, Set<String> fields) {
        public NearMiss {
            fields = Set.copyOf(fields);
        }

        /**
         * True when the row is plainly the header of a call-records export that lacks a required
         * column: its received date, at least three fields, and one that only calls have (a channel,
         * STORM reference, grading or call id). Losing such a sheet loses every call in it.
         */
        public boolean plainlyCallRecords() {
            return layout == Layout.CALL_RECORDS && fields.size() >= 3 && (fields.contains("received")
                    || fields.contains("grading")) && (fields.contains("channel") || fields.contains("storm")
                    || fields.contains("grading") || fields.contains("id"));
        }
    }

    /**
     * The layout this row comes closest to being a header of without qualifying (at least two of
     * its fields, one of them required), so a sheet with a missing column is reported, not ignored.
     */
    public Optional<NearMiss> nearMiss(SheetRow row) {
        Map<Integer, String> texts = new TreeMap<>();
        for (Cell c : row.cells()) {
            if (c.isText()) {
                texts.put(c.col(), c.text().trim());
            }
        }
        NearMiss best = null;
        Map<Integer, String> keyed = keyed(texts);
        for (Layout l : Layout.values()) {
            Set<Integer> taken = new HashSet<>();
            Map<String, Integer> cols = fields(l, texts, keyed, taken);
            if (l == Layout.SAVINGS) {
                NearMiss plan = nearSavings(row.rowNumber(), texts, cols, taken);
                if (plan != null && (best == null || plan.found().size() > best.found().size())) {
                    best = plan;
                }
                continue;
            }
            if (cols.size() < 2) {
                continue; // (loops, not streams: this runs for every layout on every row searched)
            }
            List<String> missing = new ArrayList<>();
            boolean someRequired = false;
            for (String r : l.required()) {
                if (cols.containsKey(r)) {
                    someRequired = true;
                } else {
                    missing.add(r);
                }
            }
            java.util.Collections.sort(missing);
            if (someRequired && !missing.isEmpty()
                    && (best == null || cols.size() > best.found().size())) {
                List<String> found = cols.values().stream().sorted().map(texts::get).toList();
                best = new NearMiss(l, row.rowNumber(), found, List.copyOf(missing), cols.keySet());
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A row that looks like a savings plan's header without being one: year columns ("2016/17 £000") or
     * a Planned/Achieved/Amount column with a directorate or status, but no column naming the savings
     * line; or the line with a directorate or status but no amount at all. Its found headings include
     * the year columns, so the warning names what the sheet has.
     */
    private static NearMiss nearSavings(int rowNumber, Map<Integer, String> texts, Map<String, Integer> cols,
                                        Set<Integer> taken) {
        Map<Integer, String> found = new TreeMap<>();
        cols.values().forEach(c -> found.put(c, texts.get(c)));
        int years = 0;
        for (Map.Entry<Integer, String> e : texts.entrySet()) {
            if (!taken.contains(e.getKey()) && yearColumn(e.getValue()) != null) {
                found.put(e.getKey(), e.getValue());
                years++;
            }
        }
        boolean amounts = years > 0 || cols.containsKey("planned") || cols.containsKey("achieved")
                || cols.containsKey("amount");
        boolean line = cols.containsKey("line");
        // "Area" or "Division" beside year columns may be crime by year: a directorate word or a status says plan
        boolean other = cols.containsKey("status") || cols.containsKey("department")
                && Text.key(texts.get(cols.get("department"))).matches(".*(directorate|department|portfolio|business|service).*");
        List<String> missing = new ArrayList<>();
        if (!line) {
            missing.add("line");
        }
        if (!amounts) {
            missing.add("amount");
        }
        // one missing, and enough beside it to be sure it is a plan: a line or amounts, and a directorate or status
        if (missing.size() != 1 || found.size() < 2 || !other) {
            return null;
        }
        Set<String> fields = new HashSet<>(cols.keySet());
        if (years > 0) {
            fields.add("year columns");
        }
        return new NearMiss(Layout.SAVINGS, rowNumber, List.copyOf(found.values()), List.copyOf(missing), fields);
    }

    private HeaderMatch matchLayout(Layout layout, int rowNumber, Map<Integer, String> texts,
            Map<Integer, String> keyed) {
        Set<Integer> used = new HashSet<>();
        Map<String, Integer> cols = fields(layout, texts, keyed, used);
        Map<Integer, String> extra = new TreeMap<>();
        if (layout == Layout.CALLS_DAILY) {
            texts.forEach((col, t) -> {
                if (!used.contains(col) && (Grading.parse(t).isPresent() || Channel.parse(t).isPresent())) {
                    extra.put(col, t);
                }
            });
        } else if (layout == Layout.BUDGET) {
            // Bare years ("2024/25", as a medium-term financial plan heads its columns) are budget years when
            // the line column's header says budget ("Budget line", "Subjective"); beside a bare "Line" they
            // may be a savings plan's years.
            boolean budgetLines = cols.containsKey("line") && budgetWord(texts.get(cols.get("line")));
            texts.forEach((col, t) -> {
                if (!used.contains(col) && (MoneyHeadings.budgetYear(t) != null
                        || budgetLines && MoneyHeadings.bareYear(t) != null)) {
                    extra.put(col, t);
                }
            });
            if (!cols.containsKey("amount") && extra.isEmpty()) {
                monitoringBudget(texts, used, cols, extra);
            }
            if (!cols.containsKey("amount") && !extra.isEmpty()) {
                // Budget columns by year ("Budget 2015/16 £", "Budget 2016/17 £"): the latest stands for the
                // amount here; BudgetReader picks the year the sheet names, and says which it read.
                int latest = -1;
                for (Map.Entry<Integer, String> e : extra.entrySet()) {
                    if (latest < 0 || MoneyHeadings.columnYear(e.getValue())
                            .compareTo(MoneyHeadings.columnYear(extra.get(latest))) > 0) {
                        latest = e.getKey();
                    }
                }
                cols.put("amount", latest);
            }
        } else if (layout == Layout.SAVINGS) {
            texts.forEach((col, t) -> {
                if (!used.contains(col) && yearColumn(t) != null) {
                    extra.put(col, t);
                }
            });
        }
        for (String r : layout.required()) {
            if (!cols.containsKey(r)) {
                return null;
            }
        }
        switch (layout) {
            case CALLS_DAILY -> {
                if (extra.isEmpty() && !cols.containsKey("total")) {
                    return null;
                }
                // "Month | Burglary | Robbery | Total" is crime by month: a month column with only a bare
                // total is calls only when the total says so ("Total calls").
                String dateKey = Text.key(texts.get(cols.get("date")));
                if (extra.isEmpty() && !dateKey.equals("date") && !dateKey.equals("day")
                        && !Text.key(texts.get(cols.get("total"))).contains("call")) {
                    return null;
                }
            }
            case SAVINGS -> {
                if (extra.isEmpty() && !cols.containsKey("planned") && !cols.containsKey("achieved")
                        && !cols.containsKey("amount")) {
                    return null;
                }
            }
            case CRIME_TOTALS -> {
                Set<String> types = keys.get(Layout.CRIMES).get("type");
                for (String k : keyed.values()) {
                    if (types.contains(k)) {
                        return null;
                    }
                }
            }
            default -> {
            }
        }
        Map<String, List<Integer>> candidates = new HashMap<>();
        Map<String, Set<String>> own = mapped.getOrDefault(layout, Map.of());
        keys.get(layout).forEach((field, syns) -> keyed.forEach((col, k) -> {
            if (syns.contains(k)) {
                candidates.computeIfAbsent(field, x -> new ArrayList<>()).add(col);
            }
        }));
        // A mapped column is the field's only candidate: the values check never moves a field off the user's column.
        own.keySet().forEach(field -> {
            if (cols.containsKey(field)) {
                candidates.put(field, List.of(cols.get(field)));
            }
        });
        return new HeaderMatch(layout, rowNumber, cols, extra, cols.size() + extra.size(), candidates, texts);
    }

    /** A mapping of {@code forcestat.properties} that names no header of the sheet: the line as written, and its field. */
    public record UnusedMapping(String line, String field) {
    }

    /**
     * The user's mappings for {@code m}'s layout that name a header not in its header row (so the
     * field was guessed or left out): each to be said, never silently ignored.
     */
    public List<UnusedMapping> unusedMappings(HeaderMatch m) {
        List<UnusedMapping> out = new ArrayList<>();
        if (m.layout() == Layout.MONTH_COLUMNS) {
            return out; // a pivot's row labels are found by place (a blank corner is usual), not by a header
        }
        Map<String, String> lines = mappingLines.getOrDefault(m.layout(), Map.of());
        mapped.getOrDefault(m.layout(), Map.of()).forEach((field, own) -> {
            boolean there = false;
            for (String h : m.headers().values()) {
                there |= own.contains(Text.key(h));
            }
            if (!there) {
                out.add(new UnusedMapping(lines.get(field), field));
            }
        });
        return out;
    }

    /** A header cell that is nearly, but not quite, a known header: the cell's column and text, and the header it is close to. */
    public record Misspelt(int col, String text, String known, String field) {
    }

    /**
     * The header cells of {@code row} not taken for any field of {@code layout} (null: any layout)
     * that are one or two letters away from a header forcestat knows ("Crime reprot" for "Crime
     * report"): a column dropped for a typing slip must be said, not silently left out (SPEC §2.3).
     * {@code taken} holds the columns already read.
     */
    public List<Misspelt> misspelt(SheetRow row, Layout layout, Set<Integer> taken) {
        List<Misspelt> out = new ArrayList<>();
        for (Cell c : row.cells()) {
            if (!c.isText() || taken.contains(c.col())) {
                continue;
            }
            String k = Text.key(c.text());
            if (k.length() < 5 || known(k, layout)) {
                continue;
            }
            String[] best = null;
            int bestD = Integer.MAX_VALUE;
            for (String[] cand : candidates(layout)) {
                String ck = Text.key(cand[0]);
                int allowed = Math.min(k.length(), ck.length()) >= 9 ? 2 : 1;
                if (Math.abs(ck.length() - k.length()) > allowed) {
                    continue;
                }
                int d = distance(k, ck);
                if (d > 0 && d <= allowed && d < bestD) {
                    bestD = d;
                    best = cand;
                }
            }
            if (best != null) {
                out.add(new Misspelt(c.col(), c.text().trim(), best[0], best[1]));
            }
        }
        return out;
    }

    /** True when a header key is itself a synonym of some field (of the layout, or of any). */
    private boolean known(String key, Layout layout) {
        for (Map.Entry<Layout, Map<String, Set<String>>> e : keys.entrySet()) {
            if ((layout == null || e.getKey() == layout) && e.getValue().values().stream().anyMatch(s -> s.contains(key))) {
                return true;
            }
        }
        return Grading.parse(key).isPresent() || Channel.parse(key).isPresent();
    }

    /** Known headers as {text, field}: the layouts' synonyms, and for per-day calls the grading and channel names. */
    private static List<String[]> candidates(Layout layout) {
        List<String[]> out = new ArrayList<>();
        for (Layout l : Layout.values()) {
            if (layout == null || l == layout) {
                l.synonyms().forEach((field, syns) -> syns.forEach(s -> out.add(new String[] {s, field})));
            }
        }
        if (layout == null || layout == Layout.CALLS_DAILY) {
            for (Grading g : Grading.values()) {
                out.add(new String[] {g.label(), "grading " + g.label()});
            }
            for (Channel ch : Channel.values()) {
                out.add(new String[] {ch.label() + " calls", "channel " + ch.label()});
            }
        }
        return out;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * A budget monitoring report's budget columns ("Original budget | Revised budget | Forecast outturn |
     * Variance"): the revised (or current, latest, working) budget is the amount, as it is the budget the year
     * is now run to; without one, the original (approved, base) budget. The other budget columns are kept as
     * extra columns, so BudgetReader can say which was read. Actuals, forecasts and variances are not budget.
     */
    private static void monitoringBudget(Map<Integer, String> texts, Set<Integer> used, Map<String, Integer> cols,
            Map<Integer, String> extra) {
        Map<Integer, Integer> rank = new TreeMap<>();
        texts.forEach((col, t) -> {
            int r = MoneyHeadings.budgetVersion(t);
            if (!used.contains(col) && r >= 0) {
                rank.put(col, r);
            }
        });
        Integer best = null;
        for (Map.Entry<Integer, Integer> e : rank.entrySet()) {
            if (best == null || e.getValue() < rank.get(best)) {
                best = e.getKey();
            }
        }
        if (best == null) {
            return;
        }
        cols.put("amount", best);
        for (Integer col : rank.keySet()) {
            if (!col.equals(best)) {
                extra.put(col, texts.get(col));
            }
        }
    }

    /** True for a budget's line header that says budget: "Budget line", "Budget heading", "Subjective", "Cost centre". */
    private static boolean budgetWord(String header) {
        String k = Text.key(header);
        return k.contains("budget") || k.contains("subjective") || k.contains("costcentre") || k.contains("costcenter");
    }

    private static final Pattern PUNCTUATION = Pattern.compile("[()£:]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A savings year column: the financial year ("2016/17") and whether it is planned or achieved. */
    public record YearColumn(String year, boolean achieved) {
    }

    /** Parses a year column header, or null when it is not one. Bare years are planned amounts. */
    public static YearColumn yearColumn(String header) {
        if (!FinancialYear.mayName(header)) {
            // most header cells are words or plain numbers, and this runs on every cell the search tries
            // (Reinhart-Rogoff: 6% of validate's samples before the check)
            return null;
        }
        // Units in a header ("Achieved 2015/16 £000") say how the amounts are written, not which year.
        String lower = MoneyHeadings.UNIT_WORDS.matcher(header.toLowerCase(Locale.ROOT)).replaceAll(" ");
        String h = SPACES.matcher(PUNCTUATION.matcher(lower).replaceAll(" ")).replaceAll(" ").trim();
        Matcher m = YEAR.matcher(h);
        String year = m.matches() ? FinancialYear.alone(m.group(2)) : null;
        if (year == null) {
            return null;
        }
        String measure = m.group(1) != null ? m.group(1) : m.group(3);
        boolean achieved = measure != null && List.of("achieved", "delivered", "actual").contains(measure);
        return new YearColumn(year, achieved);
    }

}
