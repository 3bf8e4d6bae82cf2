package org.forcestat.ingest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.forcestat.format.CellAddress;
import org.forcestat.model.CallCounts;
import org.forcestat.model.CallKeys;
import org.forcestat.model.Channel;
import org.forcestat.model.Grading;
import org.forcestat.model.RuleId;
import org.forcestat.model.Severity;

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
    private final DuplicateIds ids;
    /**
     * Each counted call's key, so that another file's copy of it is not counted again (see {@link RepeatedCalls});
     * null when the run reads no other file.
     */
    private final CallKeys.Builder keys;
    private final RepeatedCalls.Skip repeats;
    private final FutureDates future;
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
        this.ids = new DuplicateIds(ctx, "call");
        this.future = new FutureDates(ctx);
        this.repeats = ctx.repeats();
        this.keys = ctx.callKeys() ? new CallKeys.Builder() : null;
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
        String idText = id >= 0 ? Values.text(row.get(id)) : "";
        long idHash = idText.isEmpty() ? 0 : DuplicateIds.hash(idText);
        // Without an ID, a whole row is evidence only with its time of day: a date and a grading alone
        // are the same for dozens of different calls of a day, in two districts' files alike.
        boolean keyed = !idText.isEmpty() || hour >= 0;
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
        if (g == null) {
            ctx.unknown(CellAddress.column(grading), gText.isEmpty() ? "(blank)" : gText);
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
                ctx.unknown(CellAddress.column(channel), cText.isEmpty() ? "(blank)" : cText);
            }
        }
        if (!idText.isEmpty()) {
            ids.add(idText, idHash, row, id);
        }
        Boolean s = storm >= 0 ? Values.stormFlag(row.get(storm)) : null;
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
        if (keys != null) {
            ctx.partial().addCallKeys(keys.build());
        }
        ids.report();
        future.report();
        ctx.reportUnknowns("grading or channel", "unknown (in the total, not in any grading or channel)");
    }
}
