package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Either;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.account.LedgerEntry;
import org.telecrm.customer.CustomerId;

import static org.telecrm.persistence.json.AccountJson.SCHEMA_VERSION;
import static org.telecrm.persistence.json.AccountJson.cycle;
import static org.telecrm.persistence.json.AccountJson.entry;
import static org.telecrm.persistence.json.AccountJson.money;
import static org.telecrm.persistence.json.AccountJson.reference;
import static org.telecrm.persistence.json.AccountJson.terms;

/** The JSON of an account's outbox events (see {@link AccountJson}, section Events). */
final class AccountEventJson {

    private AccountEventJson() {
    }

    // ---- events -------------------------------------------------------------------------------------------------

    /** The event's stable type name, the {@code type} field of its JSON: {@code "PaymentPosted"}. */
    static String eventType(AccountEvent event) {
        if (event instanceof AccountEvent.AccountOpened) {
            return "AccountOpened";
        } else if (event instanceof AccountEvent.ChargePosted) {
            return "ChargePosted";
        } else if (event instanceof AccountEvent.PaymentPosted) {
            return "PaymentPosted";
        } else if (event instanceof AccountEvent.AdjustmentPosted) {
            return "AdjustmentPosted";
        } else if (event instanceof AccountEvent.CompensationCredited) {
            return "CompensationCredited";
        } else if (event instanceof AccountEvent.SpendAlertRaised) {
            return "SpendAlertRaised";
        } else if (event instanceof AccountEvent.SuspendedForArrears) {
            return "SuspendedForArrears";
        } else if (event instanceof AccountEvent.ReopenedAfterArrears) {
            return "ReopenedAfterArrears";
        } else if (event instanceof AccountEvent.AccountClosed) {
            return "AccountClosed";
        }
        return DunningJson.eventType(event);
    }

    /** The event as JSON (see the class comment for the names). */
    static String writeEvent(AccountEvent event) {
        ObjectNode node = Json.document(SCHEMA_VERSION);
        node.put("type", eventType(event));
        node.put("account", event.account().value());
        node.put("occurredAt", event.occurredAt().toString());
        if (event instanceof AccountEvent.AccountOpened e) {
            node.put("owner", e.owner().value());
            node.set("terms", terms(e.terms()));
        } else if (event instanceof AccountEvent.EntryPosted e) {
            node.set("entry", entry(e.entry()));
            node.put("balanceOwedFen", e.balanceOwed().fen());
        } else if (event instanceof AccountEvent.SpendAlertRaised e) {
            node.put("thresholdFen", e.threshold().fen());
            node.set("cycle", cycle(e.cycle()));
            node.put("spendFen", e.spend().fen());
        } else if (event instanceof AccountEvent.SuspendedForArrears e) {
            node.put("owner", e.owner().value());
            node.put("balanceOwedFen", e.balanceOwed().fen());
            node.put("creditLimitFen", e.creditLimit().fen());
            node.put("overLimitSince", e.overLimitSince().toString());
        } else if (event instanceof AccountEvent.ReopenedAfterArrears e) {
            node.put("owner", e.owner().value());
            e.clearedBy().forEach(reference -> node.put("clearedBy", reference.value()));
            node.put("balanceOwedFen", e.balanceOwed().fen());
        } else if (event instanceof AccountEvent.AccountClosed e) {
            node.put("owner", e.owner().value());
        } else {
            DunningJson.write(node, event);
        }
        return Json.text(node);
    }

    /** The event this JSON describes. */
    static Either<JsonError, AccountEvent> readEvent(String json) {
        return Json.read(json, SCHEMA_VERSION, AccountEventJson::event);
    }

    static AccountEvent event(JsonReader r) {
        String type = r.text("type");
        AccountId account = r.parsed("account", AccountId::of, "an account id (not blank)");
        java.time.Instant at = r.instant("occurredAt");
        return switch (type) {
            case "AccountOpened" -> new AccountEvent.AccountOpened(account, owner(r), terms(r.object("terms")), at);
            case "ChargePosted" -> new AccountEvent.ChargePosted(account,
                    entry(r, "entry", LedgerEntry.Charge.class, "CHARGE"), money(r, "balanceOwedFen"), at);
            case "PaymentPosted" -> new AccountEvent.PaymentPosted(account,
                    entry(r, "entry", LedgerEntry.Payment.class, "PAYMENT"), money(r, "balanceOwedFen"), at);
            case "AdjustmentPosted" -> new AccountEvent.AdjustmentPosted(account,
                    entry(r, "entry", LedgerEntry.Adjustment.class, "ADJUSTMENT"), money(r, "balanceOwedFen"), at);
            case "CompensationCredited" -> new AccountEvent.CompensationCredited(account,
                    entry(r, "entry", LedgerEntry.CompensationCredit.class, "COMPENSATION_CREDIT"),
                    money(r, "balanceOwedFen"), at);
            case "SpendAlertRaised" -> new AccountEvent.SpendAlertRaised(account, money(r, "thresholdFen"),
                    cycle(r.object("cycle")), money(r, "spendFen"), at);
            case "SuspendedForArrears" -> new AccountEvent.SuspendedForArrears(account, owner(r),
                    money(r, "balanceOwedFen"), money(r, "creditLimitFen"), r.instant("overLimitSince"), at);
            case "ReopenedAfterArrears" -> new AccountEvent.ReopenedAfterArrears(account, owner(r),
                    r.optionalText("clearedBy").map(text -> reference(r, "clearedBy")),
                    money(r, "balanceOwedFen"), at);
            case "AccountClosed" -> new AccountEvent.AccountClosed(account, owner(r), at);
            default -> DunningJson.read(r, type, account, at);
        };
    }

    static CustomerId owner(JsonReader r) {
        return r.parsed("owner", CustomerId::of, "a customer id (not blank)");
    }
}
