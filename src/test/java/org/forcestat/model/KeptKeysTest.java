package org.forcestat.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A partial's call keys and crime keys, kept in one holder type each: merged apart, taken once. */
class KeptKeysTest {
    private static final LocalDate DAY = LocalDate.of(2015, 4, 1);

    private static CallKeys ids(long... hashes) {
        CallKeys.Builder b = new CallKeys.Builder();
        for (long h : hashes) {
            b.id(CallKeys.key(DAY, h));
        }
        return b.build();
    }

    /**
     * File A: calls 1, 2 and crime 7; file B: call 3 and crimes 8, 9. Merged: calls 1, 2, 3 (3 keys) and
     * crimes 7, 8, 9 (3 keys), not mixed; taken, the keys are handed back once and the partial keeps none.
     */
    @Test
    void callAndCrimeKeysMergeApartAndAreTakenOnce() {
        Partial a = new Partial();
        a.callKeys().add(ids(1, 2));
        a.crimeKeys().add(ids(7));
        Partial b = new Partial();
        b.callKeys().add(ids(3));
        b.crimeKeys().add(ids(8, 9));
        a.merge(b);
        assertArrayEquals(ids(1, 2, 3).ids(), a.callKeys().get().ids());
        assertArrayEquals(ids(7, 8, 9).ids(), a.crimeKeys().get().ids());
        assertEquals(3, a.callKeys().take().size());
        assertTrue(a.callKeys().get().isEmpty());
        assertEquals(3, a.crimeKeys().get().size(), "taking the call keys leaves the crime keys");
        assertEquals(3, a.crimeKeys().take().size());
        assertTrue(a.crimeKeys().take().isEmpty());
    }
}
