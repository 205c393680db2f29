/** {@code crm generate}: deterministic random settle input, valid orders and, on request, bad lines of every kind. */
package org.telecrm.examples.generate;
