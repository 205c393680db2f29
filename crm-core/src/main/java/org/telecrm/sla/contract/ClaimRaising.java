package org.telecrm.sla.contract;

import org.telecrm.kernel.Changed;
import org.telecrm.sla.claim.BreachId;
import org.telecrm.sla.claim.ClaimId;

/**
 * What raising a claim did: raised a new claim, or nothing because the breach already has one, which it says.
 * One claim per breach: raising it again, under any claim id, is a no-op that names the existing claim.
 *
 * <pre>{@code
 * ClaimRaising r = contract.raiseClaim(ClaimId.of("PF-2"), breach, responsibility, at).get();
 * if (r instanceof ClaimRaising.AlreadyRaised again) {
 *     again.message();   // "breach DDN-1/QUALITY/2026-03 already has claim PF-1; nothing changed"
 * }
 * SlaContract next = r.changed().state();
 * }</pre>
 */
public sealed interface ClaimRaising {

    /** The contract after the command, and the events (none for a repeat). */
    Changed<SlaContract, SlaContractEvent> changed();

    /** The claim for the breach: the new one, or the one it already had. */
    ClaimId claim();

    record Raised(Changed<SlaContract, SlaContractEvent> changed, ClaimId claim) implements ClaimRaising {
    }

    record AlreadyRaised(Changed<SlaContract, SlaContractEvent> changed, ClaimId claim, BreachId breach)
            implements ClaimRaising {
        public String message() {
            return "breach " + breach + " already has claim " + claim + "; nothing changed";
        }
    }
}
