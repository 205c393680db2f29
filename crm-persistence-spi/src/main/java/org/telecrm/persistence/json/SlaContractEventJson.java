package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.telecrm.account.AccountId;
import org.telecrm.customer.CustomerId;
import org.telecrm.persistence.outbox.OutboxMessage;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.contract.SlaContractEvent;
import java.time.Instant;

import static org.telecrm.persistence.json.SlaContractJson.SCHEMA_VERSION;
import static org.telecrm.persistence.json.SlaContractJson.SIDES;
import static org.telecrm.persistence.json.SlaContractJson.SLA_CONTRACT_TYPE;
import static org.telecrm.persistence.json.SlaContractJson.circuit;
import static org.telecrm.persistence.json.SlaContractJson.circuitId;
import static org.telecrm.persistence.json.SlaContractJson.claimId;
import static org.telecrm.persistence.json.SlaContractJson.contractId;
import static org.telecrm.persistence.json.SlaContractJson.money;
import static org.telecrm.persistence.json.SlaContractJson.signing;
import static org.telecrm.persistence.json.SlaContractJson.terms;
import static org.telecrm.persistence.json.SlaContractJson.termsVersion;
import static org.telecrm.persistence.json.SlaContractJson.validity;
import static org.telecrm.persistence.json.SlaClaimJson.breachId;
import static org.telecrm.persistence.json.SlaClaimJson.confirmation;
import static org.telecrm.persistence.json.SlaClaimJson.credit;
import static org.telecrm.persistence.json.SlaClaimJson.responsibility;

/** The JSON of an SLA contract's outbox events (see {@link SlaContractJson}, section Events). */
final class SlaContractEventJson {

    private SlaContractEventJson() {
    }

    // ---- events -------------------------------------------------------------------------------------------------

    /** The event's stable type name, the {@code type} field of its JSON. */
    static String eventType(SlaContractEvent event) {
        if (event instanceof SlaContractEvent.ContractDrafted) {
            return "ContractDrafted";
        } else if (event instanceof SlaContractEvent.CircuitAdded) {
            return "CircuitAdded";
        } else if (event instanceof SlaContractEvent.CircuitRemoved) {
            return "CircuitRemoved";
        } else if (event instanceof SlaContractEvent.DraftTermsRevised) {
            return "DraftTermsRevised";
        } else if (event instanceof SlaContractEvent.ContractActivated) {
            return "ContractActivated";
        } else if (event instanceof SlaContractEvent.TermsAmended) {
            return "TermsAmended";
        } else if (event instanceof SlaContractEvent.ContractSuspended) {
            return "ContractSuspended";
        } else if (event instanceof SlaContractEvent.ContractResumed) {
            return "ContractResumed";
        } else if (event instanceof SlaContractEvent.ContractTerminated) {
            return "ContractTerminated";
        } else if (event instanceof SlaContractEvent.ContractExpired) {
            return "ContractExpired";
        } else if (event instanceof SlaContractEvent.ClaimRaised) {
            return "ClaimRaised";
        } else if (event instanceof SlaContractEvent.ClaimSignedBy) {
            return "ClaimSignedBy";
        } else if (event instanceof SlaContractEvent.ClaimConfirmed) {
            return "ClaimConfirmed";
        } else if (event instanceof SlaContractEvent.ClaimSettled) {
            return "ClaimSettled";
        } else if (event instanceof SlaContractEvent.ClaimRejected) {
            return "ClaimRejected";
        }
        throw new IllegalStateException("no stored name for " + event.getClass() + ": add one to the mapper");
    }

    static String writeEvent(SlaContractEvent event) {
        ObjectNode n = Json.document(SCHEMA_VERSION);
        n.put("type", eventType(event));
        n.put("contract", event.contract().value());
        n.put("occurredAt", event.occurredAt().toString());
        if (event instanceof SlaContractEvent.ContractDrafted e) {
            n.put("customer", e.customer().value());
            n.put("creditAccount", e.creditAccount().value());
            n.set("validity", validity(e.validity()));
        } else if (event instanceof SlaContractEvent.CircuitAdded e) {
            n.set("circuit", circuit(e.circuit()));
        } else if (event instanceof SlaContractEvent.CircuitRemoved e) {
            n.put("circuitId", e.circuit().value());
        } else if (event instanceof SlaContractEvent.DraftTermsRevised e) {
            n.set("terms", terms(e.terms()));
        } else if (event instanceof SlaContractEvent.ContractActivated e) {
            n.set("signing", signing(e.signing()));
        } else if (event instanceof SlaContractEvent.TermsAmended e) {
            n.set("version", termsVersion(e.version()));
            n.put("agreedOn", e.agreedOn().toString());
        } else if (event instanceof SlaContractEvent.ContractSuspended e) {
            n.put("since", e.since().toString());
            n.put("reason", e.reason());
        } else if (event instanceof SlaContractEvent.ContractResumed e) {
            n.put("on", e.on().toString());
        } else if (event instanceof SlaContractEvent.ContractTerminated e) {
            n.put("on", e.on().toString());
            n.put("reason", e.reason());
        } else if (event instanceof SlaContractEvent.ContractExpired e) {
            n.put("on", e.on().toString());
        } else if (event instanceof SlaContractEvent.ClaimRaised e) {
            n.put("claim", e.claim().value());
            n.set("breachId", breachId(e.breach()));
            n.put("amountFen", e.amount().fen());
            n.set("responsibility", responsibility(e.responsibility()));
        } else if (event instanceof SlaContractEvent.ClaimSignedBy e) {
            n.put("claim", e.claim().value());
            n.set("confirmation", confirmation(e.confirmation()));
        } else if (event instanceof SlaContractEvent.ClaimConfirmed e) {
            n.put("claim", e.claim().value());
        } else if (event instanceof SlaContractEvent.ClaimSettled e) {
            n.put("claim", e.claim().value());
            n.set("credit", credit(e.credit()));
            n.put("settledOn", e.settledOn().toString());
        } else if (event instanceof SlaContractEvent.ClaimRejected e) {
            n.put("claim", e.claim().value());
            n.put("by", SIDES.name(e.by()));
            n.put("reason", e.reason());
            n.put("on", e.on().toString());
        }
        return Json.text(n);
    }

    static Either<JsonError, SlaContractEvent> readEvent(String json) {
        return Json.read(json, SCHEMA_VERSION, SlaContractEventJson::event);
    }

    static SlaContractEvent event(JsonReader r) {
        String type = r.text("type");
        SlaContractId id = contractId(r, "contract");
        Instant at = r.instant("occurredAt");
        return switch (type) {
            case "ContractDrafted" -> new SlaContractEvent.ContractDrafted(id,
                    r.parsed("customer", CustomerId::of, "a customer id"),
                    r.parsed("creditAccount", AccountId::of, "an account id"), validity(r.object("validity")), at);
            case "CircuitAdded" -> new SlaContractEvent.CircuitAdded(id, circuit(r.object("circuit")), at);
            case "CircuitRemoved" -> new SlaContractEvent.CircuitRemoved(id, circuitId(r, "circuitId"), at);
            case "DraftTermsRevised" -> new SlaContractEvent.DraftTermsRevised(id, terms(r.object("terms")), at);
            case "ContractActivated" -> new SlaContractEvent.ContractActivated(id, signing(r.object("signing")), at);
            case "TermsAmended" -> new SlaContractEvent.TermsAmended(id, termsVersion(r.object("version")),
                    r.date("agreedOn"), at);
            case "ContractSuspended" -> new SlaContractEvent.ContractSuspended(id, r.date("since"), r.text("reason"), at);
            case "ContractResumed" -> new SlaContractEvent.ContractResumed(id, r.date("on"), at);
            case "ContractTerminated" -> new SlaContractEvent.ContractTerminated(id, r.date("on"), r.text("reason"), at);
            case "ContractExpired" -> new SlaContractEvent.ContractExpired(id, r.date("on"), at);
            case "ClaimRaised" -> new SlaContractEvent.ClaimRaised(id, claimId(r, "claim"),
                    breachId(r.object("breachId")), money(r, "amountFen"), responsibility(r.object("responsibility")),
                    at);
            case "ClaimSignedBy" -> new SlaContractEvent.ClaimSignedBy(id, claimId(r, "claim"),
                    confirmation(r.object("confirmation")), at);
            case "ClaimConfirmed" -> new SlaContractEvent.ClaimConfirmed(id, claimId(r, "claim"), at);
            case "ClaimSettled" -> new SlaContractEvent.ClaimSettled(id, claimId(r, "claim"),
                    credit(r.object("credit")), r.date("settledOn"), at);
            case "ClaimRejected" -> new SlaContractEvent.ClaimRejected(id, claimId(r, "claim"), SIDES.read(r, "by"),
                    r.text("reason"), r.date("on"), at);
            default -> throw r.invalidField("type", type, "an SLA contract event type such as ContractActivated");
        };
    }

    /** The outbox messages of a change saved as {@code version} ({@code sla-contract/<id>/<version>/<index>}). */
    static Seq<OutboxMessage> outboxMessages(SlaContractId id, long version, Seq<SlaContractEvent> events) {
        return Json.outboxMessages(SLA_CONTRACT_TYPE, id.value(), version, events, SlaContractEventJson::eventType,
                SlaContractEvent::occurredAt, SlaContractEventJson::writeEvent);
    }
}
