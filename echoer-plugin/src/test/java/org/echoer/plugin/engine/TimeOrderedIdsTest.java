package org.echoer.plugin.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void idsAreVersion7UuidsWithTheirMillisecondFirst() {
        long millis = 1_795_000_000_123L;
        UUID id = UUID.fromString(new TimeOrderedIds(() -> millis).getNextId());

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
    }

    @Test
    void laterIdsSortAfterEarlierOnesAsText() {
        AtomicLong clock = new AtomicLong(1_795_000_000_000L);
        TimeOrderedIds ids = new TimeOrderedIds(clock::get);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            made.add(ids.getNextId());
            clock.addAndGet(1 + i % 7);
        }

        assertThat(made).isSorted();
    }

    @Test
    void idsOfOneMillisecondShareNothingButTheTimeAndAreAllDifferent() {
        TimeOrderedIds ids = new TimeOrderedIds(() -> 1_795_000_000_000L);
        Set<UUID> made = new HashSet<>();
        List<Long> lows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = ids.next();
            made.add(id);
            lows.add(id.getLeastSignificantBits());
        }

        assertThat(made).hasSize(10_000);
        // the callback's authority: no id follows from the one before it
        long neighbours = 0;
        for (int i = 1; i < lows.size(); i++) {
            if (Math.abs(lows.get(i) - lows.get(i - 1)) < 1_000_000) {
                neighbours++;
            }
        }
        assertThat(neighbours).isZero();
        // every one of the 62 random low bits is set in some ids and clear in others
        long anyOnes = 0;
        long anyZeros = 0;
        for (long low : lows) {
            anyOnes |= low;
            anyZeros |= ~low;
        }
        assertThat(anyOnes & 0x3FFF_FFFF_FFFF_FFFFL).isEqualTo(0x3FFF_FFFF_FFFF_FFFFL);
        assertThat(anyZeros & 0x3FFF_FFFF_FFFF_FFFFL).isEqualTo(0x3FFF_FFFF_FFFF_FFFFL);
    }
}
