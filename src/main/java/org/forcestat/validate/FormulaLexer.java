package org.forcestat.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forcestat.format.CellAddress;

/**
 * Splits formula text as stored in .xlsx (A1 style, no leading '=') into references, numbers,
 * error literals and function names. A small hand-written lexer rather than POI's FormulaParser:
 * the parser needs a usermodel workbook, which the streaming audit never loads, and fails on
 * names and external books it cannot resolve, where the audit only needs to keep going.
 */
final class FormulaLexer {
    static final int MAX_ROW = 1_048_575;
    static final int MAX_COL = 16_383;

    private static final Pattern CELL = Pattern.compile("(\\$?)([A-Za-z]{1,3})(\\$?)(\\d{1,7})");
    private static final Pattern COLS = Pattern.compile("(\\$?)([A-Za-z]{1,3}):(\\$?)([A-Za-z]{1,3})");
    private static final Pattern ROWS = Pattern.compile("(\\$?)(\\d{1,7}):(\\$?)(\\d{1,7})");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d*)?([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?");
    private static final Pattern ERROR = Pattern.compile("#(REF!|DIV/0!|N/A|NAME\\?|NULL!|NUM!|VALUE!|GETTING_DATA)",
            Pattern.CASE_INSENSITIVE);

    private final String s;
    private final List<Formula.Ref> refs = new ArrayList<>();
    private final List<Formula.Constant> constants = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> functions = new ArrayList<>();
    private final Deque<String> calls = new ArrayDeque<>();
    private int i;

    FormulaLexer(String text) {
        this.s = text == null ? "" : text;
    }

    Formula lex() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                skipString();
            } else if (c == '\'') {
                quotedPrefix();
            } else if (c == '[') {
                bracketPrefix();
            } else if (c == '#') {
                error();
            } else if (Character.isDigit(c) || c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                numberOrRows();
            } else if (Character.isLetter(c) || c == '_' || c == '\\' || c == '$') {
                word();
            } else if (c == '(') {
                calls.push("");
                i++;
            } else if (c == ')') {
                if (!calls.isEmpty()) {
                    calls.pop();
                }
                i++;
            } else {
                i++;
            }
        }
        return new Formula(s, refs, constants, errors, functions);
    }

    private String function() {
        return calls.isEmpty() ? "" : calls.peek();
    }

    private void skipString() {
        i++;
        while (i < s.length()) {
            if (s.charAt(i) == '"') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    i += 2;
                    continue;
                }
                i++;
                return;
            }
            i++;
        }
    }

    /** 'Sheet name'!A1 or '[Book.xlsx]Sheet'!A1. */
    private void quotedPrefix() {
        int start = i;
        StringBuilder name = new StringBuilder();
        i++;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    name.append('\'');
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            name.append(c);
            i++;
        }
        if (i < s.length() && s.charAt(i) == '!') {
            i++;
            String n = name.toString();
            boolean external = n.startsWith("[");
            String sheet = external ? n.substring(n.indexOf(']') + 1) : n;
            cellPart(start, s.substring(start, i), sheet, external);
        }
    }

    /** [1]Sheet!A1, the form Excel stores links to other workbooks in. */
    private void bracketPrefix() {
        int start = i;
        int close = s.indexOf(']', i);
        if (close < 0) {
            i = s.length();
            return;
        }
        int j = close + 1;
        while (j < s.length() && isWordChar(s.charAt(j))) {
            j++;
        }
        if (j < s.length() && s.charAt(j) == '!') {
            String sheet = s.substring(close + 1, j);
            i = j + 1;
            cellPart(start, s.substring(start, i), sheet, true);
        } else {
            i = close + 1;
        }
    }

    private void error() {
        Matcher m = ERROR.matcher(s).region(i, s.length());
        if (m.lookingAt()) {
            errors.add(m.group().toUpperCase(Locale.ROOT));
            i = m.end();
        } else {
            i++;
        }
    }

    private void numberOrRows() {
        Matcher rows = ROWS.matcher(s).region(i, s.length());
        if (rows.lookingAt() && !followedByWord(rows.end())) {
            int r1 = Integer.parseInt(rows.group(2)) - 1;
            int r2 = Integer.parseInt(rows.group(4)) - 1;
            refs.add(new Formula.Ref(i, rows.end(), "", null, false, Math.min(r1, r2), 0, Math.max(r1, r2), MAX_COL,
                    !rows.group(1).isEmpty(), false, !rows.group(3).isEmpty(), false, true, false, true, function()));
            i = rows.end();
            return;
        }
        Matcher m = NUMBER.matcher(s).region(i, s.length());
        if (!m.lookingAt()) {
            i++;
            return;
        }
        String text = m.group();
        double v = Double.parseDouble(text);
        i = m.end();
        if (i < s.length() && s.charAt(i) == '%') {
            v /= 100;
            text += "%";
            i++;
        }
        constants.add(new Formula.Constant(v, text, function()));
    }

    private void word() {
        int start = i;
        int j = i;
        while (j < s.length() && isWordChar(s.charAt(j))) {
            j++;
        }
        String w = s.substring(start, j);
        if (j < s.length() && s.charAt(j) == '(') {
            String name = w.toUpperCase(Locale.ROOT).replaceFirst("^_XLFN\\.", "").replaceFirst("^_XLWS\\.", "");
            functions.add(name);
            calls.push(name);
            i = j + 1;
            return;
        }
        if (j < s.length() && s.charAt(j) == '!') {
            i = j + 1;
            cellPart(start, s.substring(start, i), w, false);
            return;
        }
        if (j < s.length() && s.charAt(j) == '[') {
            // A structured table reference (Table1[Amount]): not followed further.
            int depth = 0;
            while (j < s.length()) {
                char c = s.charAt(j++);
                if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    break;
                }
            }
            i = j;
            return;
        }
        i = start;
        if (!cellPart(start, "", null, false)) {
            i = j;
        }
    }

    /** Reads the cell or area after a prefix; false (and nothing read) when there is none. */
    private boolean cellPart(int start, String prefix, String sheet, boolean external) {
        Matcher cell = CELL.matcher(s).region(i, s.length());
        if (cell.lookingAt() && !followedByWord(cell.end()) && column(cell.group(2)) <= MAX_COL) {
            int r1 = Integer.parseInt(cell.group(4)) - 1;
            int c1 = column(cell.group(2));
            boolean ar1 = !cell.group(3).isEmpty();
            boolean ac1 = !cell.group(1).isEmpty();
            int end = cell.end();
            if (end < s.length() && s.charAt(end) == ':') {
                Matcher second = CELL.matcher(s).region(end + 1, s.length());
                if (second.lookingAt() && !followedByWord(second.end())) {
                    int r2 = Integer.parseInt(second.group(4)) - 1;
                    int c2 = column(second.group(2));
                    refs.add(new Formula.Ref(start, second.end(), prefix, sheet, external, Math.min(r1, r2),
                            Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2), ar1, ac1,
                            !second.group(3).isEmpty(), !second.group(1).isEmpty(), true, false, false, function()));
                    i = second.end();
                    return true;
                }
            }
            refs.add(new Formula.Ref(start, end, prefix, sheet, external, r1, c1, r1, c1, ar1, ac1, ar1, ac1,
                    false, false, false, function()));
            i = end;
            return true;
        }
        Matcher cols = COLS.matcher(s).region(i, s.length());
        if (cols.lookingAt() && !followedByWord(cols.end())) {
            int c1 = column(cols.group(2));
            int c2 = column(cols.group(4));
            refs.add(new Formula.Ref(start, cols.end(), prefix, sheet, external, 0, Math.min(c1, c2), MAX_ROW,
                    Math.max(c1, c2), false, !cols.group(1).isEmpty(), false, !cols.group(3).isEmpty(), true, true,
                    false, function()));
            i = cols.end();
            return true;
        }
        Matcher rows = ROWS.matcher(s).region(i, s.length());
        if (!prefix.isEmpty() && rows.lookingAt()) {
            numberOrRows();
            return true;
        }
        if (!prefix.isEmpty() && ERROR.matcher(s).region(i, s.length()).lookingAt()) {
            error();
            return true;
        }
        return false;
    }

    private boolean followedByWord(int at) {
        return at < s.length() && (isWordChar(s.charAt(at)) || s.charAt(at) == '(');
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '\\' || c == '$';
    }

    private static int column(String letters) {
        return CellAddress.columnOf(letters.toUpperCase(Locale.ROOT));
    }
}
