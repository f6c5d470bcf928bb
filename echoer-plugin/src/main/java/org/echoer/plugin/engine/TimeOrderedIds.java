package org.echoer.plugin.engine;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;

/**
 * The engine's ids: version 7 UUIDs (RFC 9562), the creation time in milliseconds first and 74 bits from
 * {@link SecureRandom} after it.
 * <p>
 * Why time first: every table the engine writes is keyed by these ids, and so are most of its indexes
 * (process instance, execution, task ids). Random ids put each new row on a random page of each index, so a
 * commit rewrites pages all over the file (H2 writes every changed page again, PostgreSQL logs them); ids that
 * grow with time put new rows on the last pages. Why 74 random bits and no counter: a step activation's id is
 * what authorises its callback (docs/api.md, "The callback"), so the next id must not follow from the last one, not even
 * within one millisecond.
 */
public final class TimeOrderedIds implements IdGenerator {

    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;
    private static final long LOW_62_BITS = 0x3FFF_FFFF_FFFF_FFFFL;

    private final SecureRandom random = new SecureRandom();
    private final LongSupplier clockMillis;

    public TimeOrderedIds() {
        this(System::currentTimeMillis);
    }

    TimeOrderedIds(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
    }

    @Override
    public String getNextId() {
        return next().toString();
    }

    UUID next() {
        byte[] bits = new byte[10];
        random.nextBytes(bits);
        long randomA = ((bits[0] & 0x0FL) << 8) | (bits[1] & 0xFFL);
        long randomB = 0;
        for (int i = 2; i < 10; i++) {
            randomB = (randomB << 8) | (bits[i] & 0xFFL);
        }
        long mostSignificant = (clockMillis.getAsLong() << 16) | VERSION_7 | randomA;
        long leastSignificant = VARIANT_RFC | (randomB & LOW_62_BITS);
        return new UUID(mostSignificant, leastSignificant);
    }
}
