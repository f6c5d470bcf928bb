package org.echoer.bench;

/** A latency distribution in milliseconds. */
record Percentiles(long count, double p50, double p95, double p99, double max, double mean) {
}
