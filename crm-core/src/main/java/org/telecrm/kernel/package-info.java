/**
 * The shared kernel: the few generic types every aggregate uses the same way. It depends on nothing else in
 * the library, so that every other package may depend on it.
 */
package org.telecrm.kernel;
