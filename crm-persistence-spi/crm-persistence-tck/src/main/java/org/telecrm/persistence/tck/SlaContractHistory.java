package org.telecrm.persistence.tck;

import io.vavr.collection.Seq;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.contract.SlaContractEvent;

/**
 * An SLA contract reached through the public API, and every event its accepted commands raised, oldest first.
 *
 * @param contract the contract after the last accepted command
 * @param events   the events of every accepted command, from the drafting on
 */
public record SlaContractHistory(SlaContract contract, Seq<SlaContractEvent> events) {
}
