package org.forcestat.model;

import java.util.Locale;

/** Text normalisation shared by every synonym match: case, spaces, punctuation and line breaks are ignored. */
public final class Text {
    private Text() {
    }

    /** Lower-case letters and digits only: "Call Received\n(date/time)" becomes "callreceiveddatetime". */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        String lower = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
