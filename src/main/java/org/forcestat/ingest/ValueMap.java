package org.forcestat.ingest;

import java.util.HashMap;
import java.util.Map;
import org.forcestat.model.Channel;
import org.forcestat.model.CrimeCategory;
import org.forcestat.model.Grading;
import org.forcestat.model.Text;

/**
 * A user's own values mapped to forcestat's, from {@code forcestat.properties} (SPEC §2.3):
 * {@code value.grading.P1\ -\ Emergency = Immediate}, {@code value.channel.Switchboard = 101},
 * {@code value.category.Burglary\ -\ Dwelling = Dwelling burglary}, {@code value.status.Red = At risk}.
 * A mapped value wins over forcestat's own vocabulary. Values are matched as headers are (case,
 * spaces and punctuation ignored).
 */
public final class ValueMap {
    /** No mappings. */
    public static final ValueMap NONE = new ValueMap();

    /** The savings statuses forcestat knows (SPEC §2.2). */
    static final java.util.List<String> STATUSES = java.util.List.of("Delivered", "On track", "At risk", "Not started");

    private final Map<String, Grading> gradings = new HashMap<>();
    private final Map<String, Channel> channels = new HashMap<>();
    private final Map<String, CrimeCategory> categories = new HashMap<>();
    private final Map<String, String> statuses = new HashMap<>();

    /**
     * Adds {@code value.<what>.<text> = <target>}; returns null when understood, otherwise what was
     * expected (for a warning naming the key).
     */
    String add(String what, String text, String target) {
        String k = Text.key(text);
        switch (what) {
            case "grading" -> {
                Grading g = Grading.parse(target).orElse(null);
                if (g == null) {
                    return "a grading: Immediate, High, Appointment, Advice or Crime report";
                }
                gradings.put(k, g);
            }
            case "channel" -> {
                Channel c = Channel.parse(target).orElse(null);
                if (c == null) {
                    return "a channel: 999, 101, Online or Other";
                }
                channels.put(k, c);
            }
            case "category", "crime", "crime_type" -> {
                CrimeCategory c = CrimeCategory.parse(target).orElse(null);
                if (c == null) {
                    return "a crime category such as Dwelling burglary, Theft from motor vehicle, Violent crime or Other crime";
                }
                categories.put(k, c);
            }
            case "status" -> {
                String s = STATUSES.stream().filter(x -> Text.key(x).equals(Text.key(target))).findFirst().orElse(null);
                if (s == null) {
                    return "a status: " + String.join(", ", STATUSES);
                }
                statuses.put(k, s);
            }
            default -> {
                return "value.grading, value.channel, value.category or value.status";
            }
        }
        return null;
    }

    /** The grading a user mapped this value to, or null. */
    public Grading grading(String text) {
        return gradings.isEmpty() ? null : gradings.get(Text.key(text));
    }

    public Channel channel(String text) {
        return channels.isEmpty() ? null : channels.get(Text.key(text));
    }

    public CrimeCategory category(String text) {
        return categories.isEmpty() ? null : categories.get(Text.key(text));
    }

    /** The status a user mapped this value to, or the value itself. */
    public String status(String text) {
        return statuses.isEmpty() ? text : statuses.getOrDefault(Text.key(text), text);
    }

    public boolean isEmpty() {
        return gradings.isEmpty() && channels.isEmpty() && categories.isEmpty() && statuses.isEmpty();
    }
}
