package org.echoer.bench.baseline.floor;

/** What the floor measures, in the driver's terms: a complete() stands for a callback, a fetch for a dispatch. */
record FloorTimings(NanoTimes runLatency, NanoTimes start, NanoTimes firstFetch, NanoTimes completeToFetch,
        NanoTimes complete) {

    FloorTimings() {
        this(new NanoTimes(), new NanoTimes(), new NanoTimes(), new NanoTimes(), new NanoTimes());
    }
}
