/**
 * {@code crm settle}: provisioning orders in as JSON Lines, compensation results out, streaming in constant
 * memory. {@link org.telecrm.examples.settle.Settlement} is the pipeline, the other classes its parts: a bounded
 * line reader, a per-line parser that reports every problem of a line at once, a strict date reader and the
 * result writer.
 */
package org.telecrm.examples.settle;
