/**
 * JMH benchmarks shipped in crm-bench.jar, and {@code crm-bench} to run them: settle against plain Jackson
 * baselines, and the compensation engine against a day-by-day reference engine.
 */
package org.telecrm.examples.bench;
