package org.forcestat.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import org.forcestat.format.CellAddress;
import org.forcestat.model.CallKeys;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.CrimeCounts;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

/**
 * Reads crime sheets: one row per crime (police.uk's street-level CSV among them) or per
 * date/month x category with a count. A source covers every day (or month) from its first to its
 * last, so a quiet day is a real zero, not a missing day.
 */
final class CrimeReader implements KindReader {
    private final SheetContext ctx;
    private final CrimeCounts crimes;
    private final int date;
    private final int type;
    private final int division;
    private final int count;
    private final int id;
    /** The status column (Crime Status), or -1: decided once per sheet, so a sheet without one pays nothing. */
    private final int status;
    /** Each status text seen and what it means, the rows left out by status, and the statuses not known. */
    private final Map<String, CrimeStatus> statuses = new java.util.HashMap<>();
    private final Map<String, Long> notCounted = new java.util.TreeMap<>();
    private final Map<String, Long> unknownStatuses = new java.util.TreeMap<>();
    private final DuplicateIds ids;
    private final FutureDates future;
    private final RepeatedPeriods periods;
    /**
     * Each counted crime's key, one row per crime only, so that another file's copy of it (an
     * overlapping export, police.uk's same month again) is not counted again (see {@link RepeatedCalls}).
     */
    /** Null when no other file of the run is read ({@link SheetContext#recordKeys}). */
    private final CallKeys.Builder keys;
    private final RepeatedCalls.Skip repeats;
    private final Map<CrimeCategory, Long> merged = new EnumMap<>(CrimeCategory.class);
    /** The first and last month of each combined type's rows. */
    private final Map<CrimeCategory, YearMonth[]> mergedMonths = new EnumMap<>(CrimeCategory.class);
    /** The categories of the rows counted: which figures this source can give (SPEC §3). */
    private final java.util.Set<CrimeCategory> seen = java.util.EnumSet.noneOf(CrimeCategory.class);
    private LocalDate firstDay;
    private LocalDate lastDay;
    private YearMonth firstMonth;
    private YearMonth lastMonth;

    private final ValueMap values;
    private static final int TYPES_REMEMBERED = 1_000;
    private final Map<String, CrimeCategory> types = new java.util.HashMap<>();
    /** Crimes on a day, by day, division and category: kept to the end to see whether every date is a month's 1st. */
    private final Map<DayKey, long[]> days = new java.util.HashMap<>();
    private final java.util.Set<YearMonth> dayMonths = new java.util.HashSet<>();
    private boolean allFirsts = true;

    private record DayKey(LocalDate day, String division, CrimeCategory category) {
    }

    /**
     * Crimes in a month, by its first day, division and category, added to {@link CrimeCounts} at the
     * end: a police.uk month repeats a few hundred such keys over hundreds of thousands of rows, and
     * one lookup here is far cheaper than {@link CrimeCounts#addMonth}'s sorted maps on every row.
     */
    private final Map<DayKey, long[]> months = new java.util.HashMap<>();
    /**
     * The month and division of the last row, and the counts in {@link #months} of its month and
     * division by category (ordinal): consecutive rows share a month and division (a police.uk file is
     * one force's month) but seldom a category, so one hash look-up is made per category, not per row.
     */
    private LocalDate countedMonth;
    private String lastDivision;
    private final long[][] lastCounts = new long[CrimeCategory.values().length][];

    private void monthCount(LocalDate day, String div, CrimeCategory cat, long n) {
        // Strings compared by identity first: a CSV hands over the same String for a repeated value.
        if (countedMonth == null || !countedMonth.equals(day) || lastDivision != div
                && (lastDivision == null || !lastDivision.equals(div))) {
            countedMonth = day;
            lastDivision = div;
            java.util.Arrays.fill(lastCounts, null);
        }
        long[] count = lastCounts[cat.ordinal()];
        if (count == null) {
            count = months.computeIfAbsent(new DayKey(day, div, cat), x -> new long[1]);
            lastCounts[cat.ordinal()] = count;
        }
        count[0] = Math.addExact(count[0], n);
    }

    /** True when the division column is police.uk's "Falls within": its values are forces, not divisions. */
    private final boolean divisionIsForce;

    CrimeReader(SheetContext ctx, HeaderMatch h, ValueMap values) {
        this.ctx = ctx;
        this.values = values;
        this.crimes = ctx.partial().crimes();
        this.date = h.col("date");
        this.type = h.col("type");
        this.division = h.col("division");
        this.divisionIsForce = division >= 0 && org.forcestat.model.Text.key(h.header(division)).equals("fallswithin");
        this.count = h.col("count");
        this.id = h.col("id");
        this.status = h.col("status");
        this.ids = new DuplicateIds(ctx, "crime");
        this.future = new FutureDates(ctx);
        this.periods = new RepeatedPeriods(ctx, "date or month");
        this.repeats = ctx.crimeRepeats();
        this.keys = ctx.recordKeys() ? new CallKeys.Builder() : null;
    }

    /** The repeated-ID check, which {@link PastedBlocks} in front of this reader may answer from its table. */
    DuplicateIds ids() {
        return ids;
    }

    @Override
    public void row(SheetRow row) {
        if (row.get(date).isBlank() && row.get(type).isBlank()) {
            return;
        }
        if (status >= 0 && !recordedCrime(row)) {
            return;
        }
        DateValues.Parsed d = ctx.date(row, date);
        if (d == null) {
            ctx.rejected();
            ctx.finding(Severity.ERROR, RuleId.DATE_UNREADABLE, row.ref(date), Values.text(row.get(date)),
                    "a date (01/04/2014) or a month (2016-05)",
                    "Row " + (row.rowNumber() + 1) + " has no readable date in " + row.ref(date)
                            + "; it was not counted. Enter an Excel date, dd/mm/yyyy, or yyyy-mm for a month.");
            return;
        }
        String typeText = Values.text(row.get(type));
        CrimeCategory cat = category(typeText);
        if (cat == null) {
            ctx.unknown(CellAddress.column(type), typeText.isEmpty() ? "(blank)" : typeText);
            cat = CrimeCategory.OTHER;
        } else if (cat.isMerged()) {
            merged.merge(cat, 1L, Long::sum);
            YearMonth month = YearMonth.from(d.date());
            mergedMonths.merge(cat, new YearMonth[] {month, month},
                    (a, b) -> new YearMonth[] {min(a[0], b[0]), max(a[1], b[1])});
        }
        long n = 1;
        if (count >= 0) {
            n = Values.count(ctx, row, count, "count of crimes", d.monthOnly() ? 31 : 1);
            if (n < 0) {
                ctx.rejected();
                return;
            }
        }
        LocalDate day = d.date();
        if (future.isFuture(day, row, date)) {
            return;
        }
        // With a count column each row is a day's or month's figure: the same one twice is not added up.
        if (count >= 0 && !periods.firstTime(row, date, d.monthOnly() ? (1L << 40) + 12L * day.getYear()
                + day.getMonthValue() : day.toEpochDay(), Values.text(row.get(date)))) {
            return;
        }
        seen.add(cat);
        String idText = id >= 0 ? Values.text(row.get(id)) : "";
        long idHash = idText.isEmpty() ? 0 : DuplicateIds.hash(idText);
        if (count < 0 && (keys != null || repeats != null)) {
            // A crime is the same crime in another file by its reference on the same date (month), else by its whole row.
            long key = CallKeys.key(day, idText.isEmpty() ? wholeRow(row) : idHash);
            if (repeats != null && (idText.isEmpty() ? repeats.takeRow(key) : repeats.takeId(key))) {
                // Counted from an earlier file of the run; read, not added again, but its date is of this source's span.
                span(d, day);
                ctx.read();
                return;
            }
            if (keys != null && idText.isEmpty()) {
                keys.row(key);
            } else if (keys != null) {
                keys.id(key);
            }
        }
        if (!idText.isEmpty()) {
            ids.add(idText, idHash, row, id);
        }
        span(d, day);
        String div = division >= 0 ? Values.text(row.get(division)) : null;
        if (d.monthOnly()) {
            monthCount(day, div, cat, n);
        } else {
            days.computeIfAbsent(new DayKey(day, div, cat), k -> new long[1])[0] += n;
        }
        ctx.read();
    }

    /**
     * False for a record whose status says it is not a recorded crime (no crime, cancelled,
     * transferred, N100): left out of every figure, and counted for one finding per sheet.
     */
    private boolean recordedCrime(SheetRow row) {
        String text = Values.text(row.get(status)).trim();
        CrimeStatus s = statuses.get(text);
        if (s == null) {
            s = CrimeStatus.of(text);
            if (statuses.size() < TYPES_REMEMBERED) {
                statuses.put(text, s);
            }
        }
        if (s == CrimeStatus.NOT_COUNTED) {
            notCounted.merge(text, 1L, Long::sum);
            return false;
        }
        if (s == CrimeStatus.UNKNOWN) {
            unknownStatuses.merge(text.isEmpty() ? "(blank)" : text, 1L, Long::sum);
        }
        return true;
    }

    /** The rows left out by their status, and the statuses counted without being known: a finding each. */
    private void reportStatuses() {
        String column = status >= 0 ? CellAddress.column(status) : "";
        if (!notCounted.isEmpty()) {
            long total = notCounted.values().stream().mapToLong(Long::longValue).sum();
            ctx.finding(Severity.INFO, RuleId.CRIME_STATUS_NOT_COUNTED, column, listed(notCounted),
                    "recorded crimes only", String.format("%,d record(s) in column %s have a status that means they "
                            + "are not recorded crimes under the Home Office Counting Rules (%s); they are left out of "
                            + "every crime figure.", total, column, listed(notCounted)));
        }
        if (!unknownStatuses.isEmpty()) {
            long total = unknownStatuses.values().stream().mapToLong(Long::longValue).sum();
            ctx.finding(Severity.WARNING, RuleId.CRIME_STATUS_UNKNOWN, column, listed(unknownStatuses),
                    "a crime status such as Confirmed, No Crime, Cancelled or Transferred",
                    String.format("%,d record(s) in column %s have a status forcestat does not know (%s); they are "
                            + "counted as crimes. If a status means the record is not a recorded crime, remove those "
                            + "rows from the export before the run.", total, column, listed(unknownStatuses)));
        }
    }

    private static String listed(Map<String, Long> counts) {
        StringBuilder b = new StringBuilder();
        counts.forEach((text, n) -> b.append(b.length() > 0 ? "; " : "").append('"').append(text).append("\" x")
                .append(String.format("%,d", n)));
        return b.toString();
    }

    /** Widens the source's span to this row's date or month. */
    private void span(DateValues.Parsed d, LocalDate day) {
        if (d.monthOnly()) {
            YearMonth m = YearMonth.of(day.getYear(), day.getMonthValue());
            firstMonth = firstMonth == null || m.isBefore(firstMonth) ? m : firstMonth;
            lastMonth = lastMonth == null || m.isAfter(lastMonth) ? m : lastMonth;
        } else {
            firstDay = firstDay == null || day.isBefore(firstDay) ? day : firstDay;
            lastDay = lastDay == null || day.isAfter(lastDay) ? day : lastDay;
            allFirsts &= day.getDayOfMonth() == 1;
            dayMonths.add(YearMonth.from(day));
        }
    }

    /**
     * A crime without a reference, as every field but its date (which is in the key) as text, so that an
     * xlsx and its CSV export give the same hash: a number and the same number as text alike.
     */
    private long wholeRow(SheetRow row) {
        return RowHash.fieldsAsText(row, RowHash.START, date, date);
    }

    /**
     * The category of a crime type's text (the user's mapping first, then the vocabulary), or null;
     * remembered for the first {@value #TYPES_REMEMBERED} distinct texts, as a sheet repeats a few
     * dozen types on every row.
     */
    private CrimeCategory category(String typeText) {
        CrimeCategory cat = types.get(typeText);
        if (cat != null || types.containsKey(typeText)) {
            return cat;
        }
        cat = values.category(typeText);
        if (cat == null) {
            cat = CrimeCategory.parse(typeText).orElse(null);
        }
        if (types.size() < TYPES_REMEMBERED) {
            types.put(typeText, cat);
        }
        return cat;
    }

    /**
     * Monthly figures dated the 1st (as the crimes template's Instructions ask) are months, not days:
     * a sheet whose every date is the 1st of a month, over two months or more, is read as monthly,
     * so its last month covers the whole month rather than one day.
     */
    private boolean datedFirsts() {
        return allFirsts && dayMonths.size() >= 2;
    }

    @Override
    public void end() {
        if (keys != null) {
            ctx.partial().crimeKeys().add(keys.build());
        }
        reportStatuses();
        ids.report();
        future.report();
        boolean street = monthGrain() == CrimeCounts.Grain.STREET && firstMonth != null && firstDay == null;
        // police.uk never splits its groups: its "Violent crime" of before May 2013 (sexual offences were then in
        // Other crime) is counted in the violence group, as its later "Violence and sexual offences" is.
        months.forEach((k, n) -> crimes.addMonth(monthGrain(), YearMonth.from(k.day()), k.division(),
                street ? k.category().group() : k.category(), n[0]));
        if (street && divisionIsForce) {
            months.keySet().forEach(k -> {
                if (k.division() != null && !k.division().isBlank()) {
                    ctx.partial().addForce(k.division().trim(), ctx.file());
                }
            });
        }
        if (street) {
            java.util.Set<CrimeCategory> grouped = java.util.EnumSet.noneOf(CrimeCategory.class);
            seen.forEach(c -> grouped.add(c.group()));
            seen.clear();
            seen.addAll(grouped);
        }
        boolean monthly = datedFirsts();
        days.forEach((k, n) -> {
            if (monthly) {
                crimes.addMonth(monthGrain(), YearMonth.from(k.day()), k.division(), k.category(), n[0]);
            } else {
                crimes.add(k.day(), k.division(), k.category(), n[0]);
            }
        });
        if (monthly) {
            firstMonth = min(firstMonth, YearMonth.from(firstDay));
            lastMonth = max(lastMonth, YearMonth.from(lastDay));
            firstDay = null;
        }
        // police.uk's street-level rows (one per crime, dated by month only) are all of crime in 14 categories.
        java.util.Set<CrimeCategory> given = CrimeCategory.givenBy(seen, street);
        if (firstDay != null) {
            for (LocalDate d = firstDay; !d.isAfter(lastDay); d = d.plusDays(1)) {
                crimes.coverDay(d, ctx.file(), given);
            }
        }
        if (firstMonth != null) {
            for (YearMonth m = firstMonth; !m.isAfter(lastMonth); m = m.plusMonths(1)) {
                crimes.coverMonth(monthGrain(), m, ctx.file(), given);
            }
        }
        merged.forEach((cat, rows) -> {
            MergedCategories.Rows r = new MergedCategories.Rows(rows, mergedMonths.get(cat)[0], mergedMonths.get(cat)[1]);
            ctx.finding(Severity.INFO, RuleId.MERGED_CATEGORY, CellAddress.column(type), cat.label(),
                    "one of the summary's crime categories", r.message(cat.label()), r);
        });
        ctx.reportUnknowns("crime type", "Other crime");
    }

    /**
     * The grain of this sheet's monthly figures: a count per month is a recorded-crime return; one row
     * per crime dated by month only is police.uk's street-level layout, which ranks below it: it is an
     * extract made for maps, and the force's recorded-crime figures are the count of record.
     */
    private CrimeCounts.Grain monthGrain() {
        return count >= 0 ? CrimeCounts.Grain.MONTH : CrimeCounts.Grain.STREET;
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
