package org.forcestat.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a savings line's status says: whether its planned savings are at risk, and whether forcestat
 * knows the words at all. Finance teams write the status as SPEC's words (Delivered, On track, At
 * risk, Not started), as RAG or BRAG colours in any case and with a note ("RED", "Red - slipped",
 * "Green (on track)"), as the colours' initials (R, A, G, B), or as a colour between two
 * ("Amber/Green", "Amber/Red", the five-point delivery-confidence scale).
 *
 * <p>At risk: Red alone (or R), and any words saying "risk" but for "no risk", "low risk" and "not at
 * risk". A colour between two (Amber/Red) is known but not at risk: only a plain Red is, as Amber is
 * not.
 */
public final class SavingsStatus {
    private SavingsStatus() {
    }

    /** Statuses in words, keys as {@link Text#key} makes them. */
    private static final Set<String> WORDS = Set.of("delivered", "ontrack", "atrisk", "notstarted", "complete",
            "completed", "achieved", "done", "inprogress", "started", "planned", "notyetstarted", "cancelled",
            "canceled", "withdrawn", "closed", "ontarget", "offtrack", "delayed", "slipped", "partiallydelivered",
            "partlydelivered", "na");

    /** "no risk", "low risk", "not at risk", "minimal risk": words with "risk" in them that say it is not. */
    private static final java.util.regex.Pattern NO_RISK =
            java.util.regex.Pattern.compile("\\b(?:no|low|not at|minimal|little)\\s+risk\\b");

    /** True when the line's planned savings count as at risk. */
    public static boolean atRisk(String status) {
        String words = words(status);
        if (words.contains("risk")) {
            return !NO_RISK.matcher(words).find();
        }
        List<Character> colours = colours(status);
        return colours.size() == 1 && colours.get(0) == 'r';
    }

    /** True for a status forcestat understands; an unknown one (a typo such as "At rsk") is reported, not guessed. */
    public static boolean known(String status) {
        String k = Text.key(status);
        return WORDS.contains(k) || k.contains("risk") || !colours(status).isEmpty();
    }

    /**
     * The RAG colours a status names, by initial ('r', 'a', 'g', 'b'), each once and in order: empty when
     * it names none. Initials count only when the status is nothing but initials ("R", "A/G"), so the
     * "a" of "a delay" is not Amber.
     */
    static List<Character> colours(String status) {
        String[] tokens = words(status).split(" ");
        boolean initialsOnly = tokens.length > 0 && !tokens[0].isEmpty();
        for (String t : tokens) {
            initialsOnly &= t.length() == 1 && "ragb".indexOf(t.charAt(0)) >= 0;
        }
        List<Character> found = new ArrayList<>();
        for (String t : tokens) {
            char c = initialsOnly ? t.charAt(0) : colour(t);
            if (c != 0 && !found.contains(c)) {
                found.add(c);
            }
        }
        return found;
    }

    private static char colour(String word) {
        return switch (word) {
            case "red" -> 'r';
            case "amber" -> 'a';
            case "green" -> 'g';
            case "blue" -> 'b';
            default -> 0;
        };
    }

    /** Lower-case words of letters, one space between. */
    private static String words(String status) {
        return status == null ? "" : status.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").trim();
    }
}
