package org.telecrm.examples.settle;

import org.telecrm.sla.provisioning.ProvisioningCase;

/** One input line read successfully: the order's identifier and the case the engine assesses. */
record OrderLine(String orderId, ProvisioningCase provisioningCase) {
}
