/**
 * JMH benchmarks of the catalog search, run by {@code bin/bench} on a real catalog file given as the {@code catalog}
 * parameter (it is read, never copied): {@link dev.korzina.bench.IndexBuildBenchmark} (reading and indexing a whole
 * catalog), {@link dev.korzina.bench.SearchBenchmark} (one search at 5k and 50k products) and {@link
 * dev.korzina.bench.HeapFootprint} (heap held by a built index).
 */
package dev.korzina.bench;
