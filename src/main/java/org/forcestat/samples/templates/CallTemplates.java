package org.forcestat.samples.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.forcestat.ingest.Layout;
import org.forcestat.model.Channel;
import org.forcestat.model.Grading;
import org.forcestat.model.Kind;

/** The two calls templates: one row per day (counts), and one row per call. */
final class CallTemplates {
    /** The example day: 1 April 2014 of the samples, so the example is a real, consistent day. */
    static final LocalDate EXAMPLE_DAY = LocalDate.of(2014, 4, 1);
    private static final Map<Grading, Integer> EXAMPLE_GRADINGS = Map.of(Grading.IMMEDIATE, 250, Grading.HIGH, 467,
            Grading.APPOINTMENT, 157, Grading.ADVICE, 1116, Grading.CRIME_REPORT, 118);
    private static final Map<Channel, Integer> EXAMPLE_CHANNELS = Map.of(Channel.EMERGENCY, 709,
            Channel.NON_EMERGENCY, 1283, Channel.ONLINE, 116, Channel.OTHER, 0);
    private static final int EXAMPLE_STORM = 1365;

    private CallTemplates() {
    }

    static Template perDay() {
        List<Column> cols = new ArrayList<>();
        cols.add(new Column(Templates.header(Layout.CALLS_DAILY, "date"),
                "The day the calls were received, as a date: dd/mm/yyyy (e.g. 01/04/2014). One row per day, "
                        + "with no days missed: a day with no calls is a row of zeros.",
                "The day the row's calls are counted on. Per-day figures divide by the days from the first date to "
                        + "the last, so a missing day would lower them.", Format.DATE, null, 12, EXAMPLE_DAY));
        for (Grading g : Grading.values()) {
            cols.add(new Column(g.label(),
                    "Calls graded " + g.label() + " that day: a whole number, 0 or more.",
                    "Added up with the other gradings to give the day's calls; the year's " + g.label()
                            + " calls and their share appear under \"In a year\" on the Summary.",
                    Format.COUNT, null, 12, EXAMPLE_GRADINGS.getOrDefault(g, 0)));
        }
        for (Channel c : Channel.values()) {
            String header = channelHeader(c);
            cols.add(new Column(header,
                    "Calls received on the " + c.label() + " line that day: a whole number, 0 or more. "
                            + "Every call should be on one line, so the lines add up to the day's calls.",
                    c == Channel.EMERGENCY ? "999 calls per day on the Summary, and calls by line."
                            : "Calls by line (channel).",
                    Format.COUNT, null, 11, EXAMPLE_CHANNELS.getOrDefault(c, 0)));
        }
        cols.add(new Column(Templates.header(Layout.CALLS_DAILY, "storm"),
                "How many STORM incident records were created from that day's calls: a whole number, 0 or more.",
                "Incidents per day, and the share of calls with no STORM record, on the Summary.",
                Format.COUNT, null, 12, EXAMPLE_STORM));
        return new Template("calls-per-day.xlsx", "Calls per day", Kind.CALLS, "Calls for service, one row per day",
                List.of("Daily counts of calls for service from the control room: how many calls of each grading, "
                                + "on each line (999, 101, online), and how many led to a STORM incident record.",
                        "Use this when you have daily totals. If you have one row per call, use "
                                + "calls-one-row-per-call.xlsx instead (do not use both for the same days)."),
                cols,
                List.of("Each day's calls are the sum of its grading columns (there is no total column to keep in "
                                + "step; if you only have totals, add a column headed Total calls).",
                        "Summary sheet: calls, 999 calls and incidents per day, and the share of calls with no STORM "
                                + "record; \"In a year\": calls by grading with their shares.",
                        "Calls sheet: calls by grading, monthly calls with a trend line, daily calls with a moving "
                                + "average and control limits."),
                false);
    }

    /** "999 calls", "101 calls", or the bare label where "label calls" is not a name forcestat knows. */
    static String channelHeader(Channel c) {
        String withCalls = c.label() + " calls";
        return Channel.parse(withCalls).orElse(null) == c ? withCalls : c.label();
    }

    static Template perCall() {
        List<Column> cols = List.of(
                new Column(Templates.header(Layout.CALL_RECORDS, "received"),
                        "When the call was received: date and time, dd/mm/yyyy hh:mm (e.g. 01/04/2014 13:05).",
                        "Counts the call on its day and in its hour of the week (the hour x weekday heat map).",
                        Format.DATE_TIME, null, 17, EXAMPLE_DAY.atTime(13, 5)),
                new Column(Templates.header(Layout.CALL_RECORDS, "grading"),
                        "The call's grading: pick one from the list (" + String.join(", ", strings(DropDown.GRADING))
                                + ").",
                        "Calls by grading and their shares. A grading forcestat does not know is counted in the "
                                + "total only, and listed on the Validation sheet.",
                        Format.TEXT, DropDown.GRADING, 14, Grading.HIGH.label()),
                new Column(Templates.header(Layout.CALL_RECORDS, "channel"),
                        "The line the call came in on: pick one from the list (" + String.join(", ",
                                strings(DropDown.CHANNEL)) + ").",
                        "999 calls per day, and calls by line.", Format.TEXT, DropDown.CHANNEL, 11,
                        Channel.EMERGENCY.label()),
                new Column(Templates.header(Layout.CALL_RECORDS, "storm"),
                        "The STORM incident reference if the call led to an incident record (or Y); leave blank or "
                                + "enter N if it did not.",
                        "Incidents per day, and the share of calls with no STORM record.", Format.TEXT, null, 14,
                        "SR-0042"),
                new Column(Templates.header(Layout.CALL_RECORDS, "division"),
                        "The division or district the call is for (free text, e.g. North).",
                        "Kept with the call; spell each division the same way throughout.", Format.TEXT, null, 14,
                        "North"),
                new Column(Templates.header(Layout.CALL_RECORDS, "id"),
                        "The call's own reference, unique to the call.",
                        "Used to spot the same call entered twice (a finding on the Validation sheet).",
                        Format.TEXT, null, 16, "C-2014-000001"));
        return new Template("calls-one-row-per-call.xlsx", "Calls", Kind.CALLS, "Calls for service, one row per call",
                List.of("One row for every call for service: when it came in, its grading, the line it came in on and "
                                + "whether it led to a STORM incident record.",
                        "A year of calls is about 830,000 rows; a sheet holds up to 1,048,576. If you only have daily "
                                + "counts, use calls-per-day.xlsx instead (do not use both for the same days)."),
                cols,
                List.of("Calls are counted per day, per grading and per line; forcestat reads the rows one at a time, "
                                + "so a full year is fine.",
                        "Summary sheet: calls, 999 calls and incidents per day, the share of calls with no STORM "
                                + "record, and calls by grading; Calls sheet: the charts, and the hour x weekday heat map.",
                        "If your time is in a separate column, add it headed Time."),
                false);
    }

    static List<String> strings(DropDown list) {
        return list.items().stream().map(Object::toString).toList();
    }
}
