package org.forcestat.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of years in headings: a UK financial year (April to March) as finance teams write
 * it ("2016/17", "2016-17", "16/17", "2016/2017", "FY16/17", and "FY2017", the year ending March 2017),
 * and a plain calendar year ("2016", or "2017-2020", two of them). Used by the readers (savings year
 * columns, budget years) and by the formula audit (the years a total's header spans), so a new way
 * of writing a year is taught in one place.
 */
public final class FinancialYear {
    /** The financial years a heading can mean: "1234/35" or "1985-1986" is a code or a span of calendar years. */
    private static final int FIRST = 1990;
    private static final int LAST = 2099;
    /** The calendar years a heading can mean ("2016", "1998"). */
    private static final int FIRST_CALENDAR = 1900;
    private static final int LAST_CALENDAR = 2100;

    /**
     * One year as written: an optional "FY", a first number of two or four digits, and optionally a
     * separator and a second number. Not part of a longer number on either side.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "(?<!\\d)(\\bfy\\s*)?(\\d{4}|\\d{2})(?:\\s*[/-]\\s*(\\d{4}|\\d{2}))?(?!\\d)");

    private FinancialYear() {
    }

    /**
     * The cheap test every caller makes first, as most heading cells are words or plain numbers: a
     * year has a digit and a "/", "-", "FY" or four digits in a row. False means {@link #alone},
     * {@link #named} and {@link #starts} find nothing.
     */
    public static boolean mayName(String s) {
        if (s == null) {
            return false;
        }
        boolean digit = false;
        boolean mark = false;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digit = true;
                if (++run == 4) {
                    return true;
                }
                continue;
            }
            run = 0;
            if (ch == '/' || ch == '-' || (ch == 'f' || ch == 'F') && i + 1 < s.length()
                    && (s.charAt(i + 1) == 'y' || s.charAt(i + 1) == 'Y')) {
                mark = true;
            }
        }
        return digit && mark;
    }

    /** A financial year written alone ("2016/17", "2016-17", "16/17", "2016/2017", "FY2017"), as "2016/17"; or null. */
    public static String alone(String s) {
        if (!mayName(s)) {
            return null;
        }
        String text = s.trim().toLowerCase(Locale.ROOT);
        Matcher m = TOKEN.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int start = start(m, text);
        return start < 0 ? null : label(start);
    }

    /** The first financial year named anywhere in a text ("Revenue Budget 2016/17", sheet "Budget 2016-17"), or null. */
    public static String named(String s) {
        if (!mayName(s)) {
            return null;
        }
        String text = s.toLowerCase(Locale.ROOT);
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int start = start(m, text);
            if (start >= 0) {
                return label(start);
            }
        }
        return null;
    }

    /**
     * The start years of the financial or calendar years a header names, in order: "Planned 2016/17"
     * gives [2016], "2016/17 to 2019/20" gives [2016, 2019], "Total 2017-2020" [2017, 2020], "FY2017"
     * [2016]. A number pair that is not one year after another ("2017-20") names none.
     */
    public static List<Integer> starts(String header) {
        List<Integer> out = new ArrayList<>();
        if (!mayName(header)) {
            return out;
        }
        String text = header.toLowerCase(Locale.ROOT);
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String a = m.group(2);
            String b = m.group(3);
            if (b != null) {
                int start = century(Integer.parseInt(a));
                if ((start + 1) % 100 == Integer.parseInt(b) % 100) {
                    add(out, start); // a financial year, "2016/17" (as the audit reads them, from 1900)
                } else if (a.length() == 4 && b.length() == 4) {
                    add(out, start); // "2017-2020": a span of two calendar years
                    add(out, Integer.parseInt(b));
                }
            } else if (m.group(1) != null) {
                int start = start(m, text);
                if (start >= 0) {
                    out.add(start);
                }
            } else if (a.length() == 4) {
                add(out, Integer.parseInt(a)); // a calendar year, "2016"
            }
        }
        return out;
    }

    /** The first calendar year of the financial year (April to March) that {@code day} falls in. */
    public static int startOf(java.time.LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    /** "2016/17" for the year that starts in April 2016. */
    public static String label(int start) {
        return String.format(Locale.ROOT, "%d/%02d", start, (start + 1) % 100);
    }

    private static void add(List<Integer> out, int year) {
        if (year >= FIRST_CALENDAR && year <= LAST_CALENDAR) {
            out.add(year);
        }
    }

    /** The start year of the financial year a token names, or -1 when it names none. */
    private static int start(Matcher m, String text) {
        String a = m.group(2);
        String b = m.group(3);
        if (b == null) {
            // "FY2017" is the year ending March 2017 (UK government usage): 2016/17; "FY2017-" is half a pair
            boolean half = m.end() < text.length() && (text.charAt(m.end()) == '/' || text.charAt(m.end()) == '-');
            return m.group(1) == null || half ? -1 : inRange(century(Integer.parseInt(a)) - 1);
        }
        int start = century(Integer.parseInt(a));
        return (start + 1) % 100 == Integer.parseInt(b) % 100 ? inRange(start) : -1;
    }

    private static int century(int year) {
        return year < 100 ? year + 2000 : year;
    }

    private static int inRange(int start) {
        return start >= FIRST && start <= LAST ? start : -1;
    }
}
