package org.forcestat.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.forcestat.format.CellAddress;
import org.forcestat.model.CallCounts;
import org.forcestat.model.CallKeys;
import org.forcestat.model.Channel;
import org.forcestat.model.Grading;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;
import org.forcestat.model.Text;

/** Reads one-row-per-call sheets: received date-time (or date + time), grading, channel, STORM reference. */
final class CallRecordReader implements KindReader {
    private final SheetContext ctx;
    private final CallCounts calls;
    private final int received;
    private final int time;
    private final int grading;
    private final int channel;
    private final int storm;
    private final int id;
    /** A column of incident numbers read as the record's number (see {@link ColumnCheck#NUMBER}), or -1. */
    private final int number;
    /**
     * Each incident number's first day (the first {@value #NUMBERS_KEPT} numbers), to tell numbers unique
     * over the sheet from numbers that start again each day; the first number seen on two days, or null.
     */
    private final Map<Long, LocalDate> numberDays = new HashMap<>();
    private static final int NUMBERS_KEPT = 50_000;
    private String restart;
    private final DuplicateIds ids;
    /**
     * Each counted call's key, so that another file's copy of it is not counted again (see {@link RepeatedCalls});
     * null when the run reads no other file.
     */
    private final CallKeys.Builder keys;
    private final RepeatedCalls.Skip repeats;
    private final FutureDates future;
    /** The STORM references of the calls counted, so that calls about one incident are one incident; null without a STORM column. */
    private final IncidentRefs incidents;
    // A year of calls holds a handful of distinct gradings and channels: look each up once.
    private final Map<String, Optional<Grading>> gradings = new HashMap<>();
    private final Map<String, Optional<Channel>> channels = new HashMap<>();
    // Calls come in time order: the day of the previous row, so most rows make no date object.
    private long lastDay = Long.MIN_VALUE;
    private LocalDate lastDate;
    /**
     * Whether the received column has shown a time of day. Until it has, a whole serial may be a
     * date alone; once it has, a whole serial is a call at exactly 00:00.
     */
    private boolean receivedHasTimes;
    /** Calls on whole serials read before the column showed a time, by weekday (Monday 0): hour 0 once it does. */
    private final long[] midnights = new long[7];

    private final ValueMap values;
    private final HeaderMatch header;
    /** Calls whose grading (channel) cell is blank: missing, not an unknown value; one finding each. */
    private final Blanks noGrading = new Blanks("grading");
    private final Blanks noChannel = new Blanks("channel");
    /** The grading of the previous call, so that the gradings seen are noted once per change, not per row. */
    private Grading lastGrading;

    CallRecordReader(SheetContext ctx, HeaderMatch h, ValueMap values) {
        this.ctx = ctx;
        this.values = values;
        this.calls = ctx.partial().calls();
        this.received = h.col("received");
        this.time = h.col("time");
        this.grading = h.col("grading");
        this.channel = h.col("channel");
        this.storm = h.col("storm");
        this.id = h.col("id");
        this.number = id < 0 ? h.col(ColumnCheck.NUMBER) : -1;
        this.header = h;
        this.ids = new DuplicateIds(ctx, "call");
        this.future = new FutureDates(ctx);
        this.repeats = ctx.repeats();
        this.incidents = storm >= 0 ? new IncidentRefs() : null;
        this.keys = ctx.recordKeys() ? new CallKeys.Builder() : null;
        calls.declare(CallCounts.Measure.GRADING);
        if (channel >= 0) {
            calls.declare(CallCounts.Measure.CHANNEL);
        }
        if (storm >= 0) {
            calls.declare(CallCounts.Measure.STORM);
        }
    }

    @Override
    public void row(SheetRow row) {
        Cell rc = row.get(received);
        // A date serial (as Excel saves dates) is read by arithmetic; text and odd serials by DateValues.
        long ms = rc.isNumber() ? DateValues.epochMillis(rc.number(), ctx.date1904()) : DateValues.NOT_PLAIN;
        LocalDate date;
        int hour;
        int minute = 0;
        if (ms != DateValues.NOT_PLAIN) {
            long day = Math.floorDiv(ms, DateValues.DAY_MILLIS);
            if (day != lastDay) {
                lastDay = day;
                lastDate = LocalDate.ofEpochDay(day);
            }
            date = lastDate;
            if (rc.number() != Math.floor(rc.number())) {
                minute = (int) ((ms - day * DateValues.DAY_MILLIS) / 60_000L);
                hour = minute / 60;
                showsTimes();
            } else {
                hour = receivedHasTimes ? 0 : -1;
            }
        } else {
            DateValues.Parsed when = ctx.date(rc, row.ref(received));
            if (when == null || when.monthOnly()) {
                ctx.rejected();
                ctx.finding(Severity.ERROR, RuleId.DATE_UNREADABLE, row.ref(received), Values.text(rc),
                        "a date and time such as 01/04/2015 13:05",
                        "The call in row " + (row.rowNumber() + 1) + " has no readable received date in "
                                + row.ref(received) + "; it was not counted. Enter the date as an Excel date or as "
                                + "dd/mm/yyyy hh:mm.");
                return;
            }
            LocalDateTime at = when.dateTime();
            date = at.toLocalDate();
            hour = when.hasTime() ? at.getHour() : -1;
            if (when.hasTime()) {
                minute = at.getHour() * 60 + at.getMinute();
                showsTimes();
            }
        }
        if (future.isFuture(date, row, received)) {
            return;
        }
        if (time >= 0) {
            LocalTime t = DateValues.timeFromCell(row.get(time));
            if (t != null) {
                hour = t.getHour();
                minute = t.getHour() * 60 + t.getMinute();
            }
        }
        String idText;
        long idHash;
        if (number >= 0) {
            idText = Values.text(row.get(number));
            idHash = idText.isEmpty() ? 0 : numbered(idText, date);
        } else {
            idText = id >= 0 ? Values.text(row.get(id)) : "";
            idHash = idText.isEmpty() ? 0 : DuplicateIds.hash(idText);
        }
        // Without an ID, a whole row is evidence only with its time of day: a date and a grading alone
        // are the same for dozens of different calls of a day, in two districts' files alike. A run of one
        // file has no other file's calls to compare with (no keys kept, none to skip): no key is made.
        boolean keyed = (keys != null || repeats != null) && (!idText.isEmpty() || hour >= 0);
        long key = keyed ? CallKeys.key(date, idText.isEmpty() ? wholeRow(row, minute) : idHash) : 0;
        if (keyed && repeats != null && (idText.isEmpty() ? repeats.takeRow(key) : repeats.takeId(key))) {
            // Counted from an earlier file of the run; read, not added again.
            ctx.read();
            return;
        }
        if (keys != null && keyed && idText.isEmpty()) {
            keys.row(key);
        } else if (keys != null && keyed) {
            keys.id(key);
        }
        if (hour >= 0) {
            calls.declare(CallCounts.Measure.HOURS);
        }
        String gText = Values.text(row.get(grading));
        Grading g = gradings.computeIfAbsent(gText, t -> Optional.ofNullable(values.grading(t)).or(() -> Grading.parseValue(t))).orElse(null);
        if (g == null && gText.isEmpty()) {
            noGrading.add(row, grading);
        } else if (g == null) {
            ctx.unknown(CellAddress.column(grading), gText);
        } else if (g != lastGrading) {
            lastGrading = g;
            calls.giveGrading(g);
        }
        Channel c = null;
        boolean cUnknown = false;
        if (channel >= 0) {
            String cText = Values.text(row.get(channel));
            c = channels.computeIfAbsent(cText, t -> Optional.ofNullable(values.channel(t)).or(() -> Channel.parse(t))).orElse(null);
            if (c == null) {
                cUnknown = true;
                if (cText.isEmpty()) {
                    noChannel.add(row, channel);
                } else {
                    ctx.unknown(CellAddress.column(channel), cText);
                }
            }
        }
        if (!idText.isEmpty()) {
            ids.add(idText, idHash, row, number >= 0 ? number : id);
        }
        Cell stormCell = storm >= 0 ? row.get(storm) : null;
        Boolean s = stormCell != null ? Values.stormFlag(stormCell) : null;
        if (Boolean.TRUE.equals(s)) {
            incidents.add(stormCell, date);
        }
        if (hour < 0 && ms != DateValues.NOT_PLAIN) {
            midnights[date.getDayOfWeek().ordinal()]++;
        }
        calls.addCall(date, hour, g, g == null, c, cUnknown, s);
        ctx.read();
    }

    /** The repeated-ID check, which {@link PastedBlocks} in front of this reader may answer from its table. */
    DuplicateIds ids() {
        return ids;
    }

    /**
     * An incident number's key: the number with its day, so that numbers that start again each day still
     * know one incident (across files, and in the repeated-ID check). Notes the first number seen on two days.
     */
    private long numbered(String text, LocalDate date) {
        String n = IncidentRefs.number(text, 0, text.length());
        long hash = DuplicateIds.hash(n);
        if (restart == null) {
            LocalDate first = numberDays.get(hash);
            if (first == null && numberDays.size() < NUMBERS_KEPT) {
                numberDays.put(hash, date);
            } else if (first != null && !first.equals(date)) {
                restart = n + " on " + Text.day(first) + " and again on " + Text.day(date);
                numberDays.clear();
            }
        }
        return IncidentRefs.numberOnDay(n, date.toEpochDay());
    }

    /** Rows whose cell of one column is blank: how many, and the first few cells. */
    private static final class Blanks {
        private final String what;
        private long rows;
        private final List<String> cells = new ArrayList<>();

        Blanks(String what) {
            this.what = what;
        }

        void add(SheetRow row, int col) {
            if (rows++ < 3) {
                cells.add(row.ref(col));
            }
        }

        void report(SheetContext ctx) {
            if (rows == 0) {
                return;
            }
            ctx.finding(Severity.WARNING, RuleId.MISSING_VALUE, cells.get(0), String.format("%,d blank", rows),
                    "a " + what + " on every call", String.format("%,d call(s) have no %s (a blank cell, the first at %s"
                            + "%s). They are counted in the total calls, not in any %s; fill in the %s where it is known.",
                            rows, what, String.join(", ", cells), rows > cells.size() ? " ..." : "", what, what));
        }
    }

    /** The finding that says how the incident-number column was read. */
    private void reportNumber() {
        String col = CellAddress.column(number);
        String head = header.header(number);
        String how = restart != null
                ? "holds numbers that start again each day (" + restart + "), so it is the incident's number "
                        + "within its day, not a reference of its own nor a STORM reference: each row was read as one "
                        + "incident, known by its date and number"
                : "has a number of its own on every row, so each row is an incident record: it was read as the "
                        + "record's number";
        ctx.finding(Severity.INFO, RuleId.COLUMN_NOT_TAKEN, col, head, "a STORM reference only where a STORM record was made",
                "Column " + col + " (\"" + head + "\") " + how + ", not as a STORM flag, and the share of calls "
                        + "without a STORM record is not in these inputs. If it is a STORM reference, map it: "
                        + "calls.storm = " + head + ".");
    }

    /** The received column holds times: the whole-serial calls read so far were at 00:00. */
    private void showsTimes() {
        if (receivedHasTimes) {
            return;
        }
        receivedHasTimes = true;
        for (DayOfWeek d : DayOfWeek.values()) {
            if (midnights[d.ordinal()] > 0) {
                calls.declare(CallCounts.Measure.HOURS);
                calls.addHour(d, 0, midnights[d.ordinal()]);
                midnights[d.ordinal()] = 0;
            }
        }
    }

    /**
     * A call without an ID, as its received minute of the day (0 for a whole serial in a column with times) and every other
     * field as text, so that an xlsx and its CSV export give the same hash: a number and the same
     * number as text alike, a date serial and its dd/mm/yyyy hh:mm text alike.
     */
    private long wholeRow(SheetRow row, int minute) {
        return RowHash.fieldsAsText(row, RowHash.fold(RowHash.START, minute + 1), received, time);
    }

    @Override
    public void end() {
        if (incidents != null) {
            incidents.settle(calls);
        }
        if (keys != null) {
            ctx.partial().callKeys().add(keys.build());
        }
        ids.report();
        if (number >= 0) {
            reportNumber();
        }
        future.report();
        noGrading.report(ctx);
        noChannel.report(ctx);
        ctx.reportUnknowns("grading or channel", "unknown (in the total, not in any grading or channel)");
    }
}
