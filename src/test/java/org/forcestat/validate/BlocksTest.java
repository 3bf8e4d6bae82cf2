package org.forcestat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BlocksTest {
    /**
     * A net budget under Total pay 1,200,000, Total non-pay 300,000 and Total income 250,000 (income written
     * as a positive figure): the three add to 1,750,000; the net budget is 1,500,000 - 250,000 = 1,250,000.
     */
    @Test
    void grossLessIncomeFromTheSumWithTheIncomeInIt() {
        assertEquals(1_250_000, Blocks.lessIncome(1_750_000, 250_000), 0);
        assertEquals(1_750_000, Blocks.lessIncome(1_750_000, 0), 0);
    }
}
