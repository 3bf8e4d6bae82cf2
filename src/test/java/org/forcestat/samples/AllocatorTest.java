package org.forcestat.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class AllocatorTest {
    @Test
    void largestRemainderGivesLeftoverUnitsToTheLargestRemainders() {
        // 10 x (1/3, 1/3, 1/3) = 3.33 each: one unit left, to the first of the tied parts.
        assertArrayEquals(new int[] {4, 3, 3}, Allocator.largestRemainder(10, new double[] {1, 1, 1}));
        // 7 x (0.5, 0.3, 0.2) = 3.5, 2.1, 1.4: floors 3, 2, 1 and the unit goes to the .5.
        assertArrayEquals(new int[] {4, 2, 1}, Allocator.largestRemainder(7, new double[] {5, 3, 2}));
    }

    @Test
    void largestRemainderIsExactAndWithinOneOfProportional() {
        Random random = new Random(1);
        double[] weights = random.doubles(365, 0.5, 1.5).toArray();
        double sum = Arrays.stream(weights).sum();
        long[] parts = Allocator.largestRemainder(827_000L, weights);
        assertEquals(827_000L, Arrays.stream(parts).sum());
        for (int i = 0; i < parts.length; i++) {
            assertTrue(Math.abs(parts[i] - 827_000 * weights[i] / sum) < 1);
        }
    }

    @Test
    void zeroWeightsGetNothing() {
        assertArrayEquals(new int[] {0, 5, 0, 6}, Allocator.largestRemainder(11, new double[] {0, 1, 0, 1.2}));
        int[] scattered = Allocator.scatter(1_000, new double[] {0, 1, 0}, new Random(2));
        assertArrayEquals(new int[] {0, 1_000, 0}, scattered);
    }

    @Test
    void scatterSumsExactlyAndFollowsTheWeights() {
        int[] parts = Allocator.scatter(100_000, new double[] {1, 2, 7}, new Random(3));
        assertEquals(100_000, Arrays.stream(parts).sum());
        assertEquals(10_000, parts[0], 500);
        assertEquals(70_000, parts[2], 700);
    }

    @Test
    void dealEmptiesTheUrnExactly() {
        long[] urn = {300, 500, 200};
        Random random = new Random(4);
        int[] totals = new int[3];
        for (int size : new int[] {250, 250, 250, 250}) {
            int[] dealt = Allocator.deal(size, urn, random);
            assertEquals(size, Arrays.stream(dealt).sum());
            for (int k = 0; k < 3; k++) {
                totals[k] += dealt[k];
            }
        }
        assertArrayEquals(new int[] {300, 500, 200}, totals);
        assertArrayEquals(new long[] {0, 0, 0}, urn);
        assertThrows(IllegalArgumentException.class, () -> Allocator.deal(1, urn, random));
    }

    @Test
    void badWeightsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Allocator.largestRemainder(5, new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> Allocator.largestRemainder(5, new double[] {1, -1}));
        assertThrows(IllegalArgumentException.class, () -> Allocator.largestRemainder(5, new double[0]));
    }
}
