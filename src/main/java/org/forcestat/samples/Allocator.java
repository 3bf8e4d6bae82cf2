package org.forcestat.samples;

import java.util.Arrays;
import java.util.Random;

/**
 * Splits an exact integer total into integer parts, so every sample column sums to the seed's
 * figure however the parts are shaped.
 */
final class Allocator {
    private Allocator() {
    }

    /**
     * Largest-remainder split: each part is its proportional share rounded down, and the units
     * left over go to the parts with the largest remainders (ties to the earlier part), so the
     * result is within one unit of proportional and sums exactly to {@code total}.
     */
    static long[] largestRemainder(long total, double[] weights) {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        double sum = checkedSum(weights);
        long[] parts = new long[weights.length];
        double[] remainders = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * (weights[i] / sum);
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Stable sort keeps ties in index order, so the split is deterministic.
        Arrays.sort(order, (a, b) -> Double.compare(remainders[b], remainders[a]));
        long left = total - given;
        for (int k = 0; left > 0; k = (k + 1) % order.length, left--) {
            parts[order[k]]++;
        }
        return parts;
    }

    /** {@link #largestRemainder(long, double[])} for totals and parts that fit an int. */
    static int[] largestRemainder(int total, double[] weights) {
        return Arrays.stream(largestRemainder((long) total, weights)).mapToInt(Math::toIntExact).toArray();
    }

    /**
     * Multinomial split: each of the {@code total} events falls in part {@code i} with probability
     * proportional to {@code weights[i]}. Counts of events (calls, crimes) then have the
     * Poisson-like scatter real counts have, and still sum exactly to {@code total}.
     */
    static int[] scatter(int total, double[] weights, Random random) {
        double[] cumulative = new double[weights.length];
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i];
            cumulative[i] = running;
        }
        checkedSum(weights);
        int[] parts = new int[weights.length];
        for (int n = 0; n < total; n++) {
            double u = random.nextDouble() * running;
            int i = Arrays.binarySearch(cumulative, u);
            i = i >= 0 ? i + 1 : -i - 1;
            // u can equal the last cumulative value only through rounding; keep it in range.
            parts[Math.min(i, parts.length - 1)]++;
        }
        return parts;
    }

    /**
     * Deals {@code size} items without replacement from an urn holding {@code urn[k]} items of
     * each kind, removing them from the urn (a multivariate hypergeometric draw). Dealing each
     * day's calls from one urn for the year makes every day's parts sum to its size and every
     * kind's year total come out exact.
     */
    static int[] deal(int size, long[] urn, Random random) {
        long remaining = Arrays.stream(urn).sum();
        if (size > remaining) {
            throw new IllegalArgumentException("cannot deal " + size + " from an urn of " + remaining);
        }
        int[] drawn = new int[urn.length];
        for (int n = 0; n < size; n++) {
            long pick = (long) (random.nextDouble() * remaining);
            int k = 0;
            while (pick >= urn[k]) {
                pick -= urn[k];
                k++;
            }
            urn[k]--;
            remaining--;
            drawn[k]++;
        }
        return drawn;
    }

    private static double checkedSum(double[] weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("no parts to split into");
        }
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite and not negative: " + w);
            }
            sum += w;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        return sum;
    }
}
