package org.forcestat.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.forcestat.format.XmlPull;

/**
 * A growable UTF-8 byte string that {@link XmlPull} decodes text into, reused from cell to cell.
 * Numbers are read straight from the bytes when that is exact, so most cells never become a
 * {@code String}.
 */
public final class Utf8Buffer {
    /** Powers of ten that a double holds exactly (10^22 is the last). */
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private byte[] b = new byte[64];
    private int n;

    public void clear() {
        n = 0;
    }

    public int length() {
        return n;
    }

    public void add(byte v) {
        if (n == b.length) {
            b = Arrays.copyOf(b, n * 2);
        }
        b[n++] = v;
    }

    public void add(byte[] src, int off, int len) {
        if (n + len > b.length) {
            b = Arrays.copyOf(b, Math.max(b.length * 2, n + len));
        }
        System.arraycopy(src, off, b, n, len);
        n += len;
    }

    public void addCodePoint(int cp) {
        byte[] u = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        add(u, 0, u.length);
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(b, 0, n);
    }

    /**
     * The value as a non-negative int when it is plain digits (a shared-string index), else -1.
     */
    public int index() {
        if (n == 0 || n > 9) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /**
     * The value as a double when it is a plain decimal ({@code -?digits[.digits]}, no exponent)
     * whose digits make an integer below 2^53 and that has at most 22 decimal places; NaN for
     * anything else, which the caller then gives to {@link Double#parseDouble}.
     *
     * <p>Exact, not an approximation: both the digits and the power of ten are then exactly
     * representable doubles, and one IEEE division of exact values is correctly rounded, so the
     * result is the double nearest the decimal, as {@code Double.parseDouble} gives (Clinger's
     * fast path). Excel's own values, such as the time serial {@code 41730.00027777778}, are
     * almost all of this form.
     */
    public double decimal() {
        int i = 0;
        boolean negative = n > 0 && b[0] == '-';
        if (negative) {
            i = 1;
        }
        long m = 0;
        int digits = 0;
        int places = -1;
        for (; i < n; i++) {
            int c = b[i];
            if (c >= '0' && c <= '9') {
                m = m * 10 + (c - '0');
                if (m >= 1L << 53) {
                    return Double.NaN;
                }
                digits++;
                if (places >= 0) {
                    places++;
                }
            } else if (c == '.' && places < 0) {
                places = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || places >= POW10.length) {
            return Double.NaN;
        }
        double v = places <= 0 ? m : m / POW10[places];
        return negative ? -v : v;
    }

    @Override
    public String toString() {
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }
}
