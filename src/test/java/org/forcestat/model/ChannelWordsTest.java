package org.forcestat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The line a call came in on, as control rooms' systems and people write it. */
class ChannelWordsTest {
    @Test
    void theWordsOfAChannelMayComeInAnyOrder() {
        assertEquals(Optional.of(Channel.NON_EMERGENCY), Channel.parse("Non-Emergency 101"));
        assertEquals(Optional.of(Channel.NON_EMERGENCY), Channel.parse("101 Non Emergency"));
        assertEquals(Optional.of(Channel.NON_EMERGENCY), Channel.parse("NON EMERGENCY - 101"));
        assertEquals(Optional.of(Channel.EMERGENCY), Channel.parse("Emergency 999"));
        assertEquals(Optional.of(Channel.EMERGENCY), Channel.parse("999 Emergency"));
        assertEquals(Optional.of(Channel.EMERGENCY), Channel.parse("999 - Mobile"));
    }

    @Test
    void twoNamesOfOneChannelSplitByASlashNameIt() {
        assertEquals(Optional.of(Channel.ONLINE), Channel.parse("Online / Digital"));
        assertEquals(Optional.of(Channel.ONLINE), Channel.parse("Single Online Home"));
        assertEquals(Optional.of(Channel.OTHER), Channel.parse("Walk-in / Front counter"));
        assertEquals(Optional.of(Channel.OTHER), Channel.parse("Email"));
        assertEquals(Optional.of(Channel.EMERGENCY), Channel.parse("999/112"));
    }

    @Test
    void wordsOfTwoChannelsOrOfNoneNameNone() {
        // A line that names two channels is no one channel: it stays unknown (and is said to be).
        assertEquals(Optional.empty(), Channel.parse("999 / 101"));
        assertEquals(Optional.empty(), Channel.parse("Emergency 101"));
        assertEquals(Optional.empty(), Channel.parse("Burglary"));
        assertEquals(Optional.empty(), Channel.parse("Domestic / Online"));
        assertEquals(Optional.empty(), Channel.parse(""));
    }
}
