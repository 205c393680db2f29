package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.account.DunningSchedule;
import org.telecrm.account.PaymentPlan;
import org.telecrm.customer.CustomerId;
import org.telecrm.money.Money;

/**
 * The JSON of an account's staged dunning, payment plans and term changes (issue 16), for {@link AccountJson}: the
 * terms' {@code dunning} ({@code reminderAfter}, {@code partialSuspensionFor}, each absent when none; the whole object
 * absent on the default schedule), the document's {@code paymentPlan} ({@code reference}, {@code agreedAt},
 * {@code instalments} of {@code dueAt} and {@code amountFen}) and the events' fields. Additive: a document or event
 * without them reads as before.
 */
final class DunningJson {

    private DunningJson() {
    }

    static ObjectNode dunning(DunningSchedule schedule) {
        ObjectNode node = Json.object();
        schedule.reminderAfter().forEach(d -> node.put("reminderAfter", d.toString()));
        schedule.partialSuspensionFor().forEach(d -> node.put("partialSuspensionFor", d.toString()));
        return node;
    }

    static DunningSchedule dunning(JsonReader r) {
        return new DunningSchedule(r.has("reminderAfter") ? Option.some(r.duration("reminderAfter")) : Option.none(),
                r.has("partialSuspensionFor") ? Option.some(r.duration("partialSuspensionFor")) : Option.none());
    }

    static ObjectNode plan(PaymentPlan plan) {
        ObjectNode node = Json.object();
        node.put("reference", plan.reference().value());
        node.put("agreedAt", plan.agreedAt().toString());
        ArrayNode instalments = node.putArray("instalments");
        plan.instalments().forEach(i -> instalments.add(instalment(i)));
        return node;
    }

    static PaymentPlan plan(JsonReader r) {
        return PaymentPlan.of(AccountJson.reference(r, "reference"), r.instant("agreedAt"),
                r.objects("instalments", DunningJson::instalment));
    }

    static ObjectNode instalment(PaymentPlan.Instalment instalment) {
        ObjectNode node = Json.object();
        node.put("dueAt", instalment.dueAt().toString());
        node.put("amountFen", instalment.amount().fen());
        return node;
    }

    static PaymentPlan.Instalment instalment(JsonReader r) {
        return new PaymentPlan.Instalment(r.instant("dueAt"), AccountJson.money(r, "amountFen"));
    }

    static ArrayNode fens(Seq<Money> amounts) {
        ArrayNode node = Json.array();
        amounts.forEach(a -> node.add(a.fen()));
        return node;
    }

    /** The stable type name of an event of issue 16; see {@link AccountJson#eventType}. */
    static String eventType(AccountEvent event) {
        if (event instanceof AccountEvent.RemindedOfArrears) {
            return "RemindedOfArrears";
        } else if (event instanceof AccountEvent.PartiallySuspendedForArrears) {
            return "PartiallySuspendedForArrears";
        } else if (event instanceof AccountEvent.ArrearsCleared) {
            return "ArrearsCleared";
        } else if (event instanceof AccountEvent.PaymentPlanAgreed) {
            return "PaymentPlanAgreed";
        } else if (event instanceof AccountEvent.PaymentPlanBroken) {
            return "PaymentPlanBroken";
        } else if (event instanceof AccountEvent.PaymentPlanLapsed) {
            return "PaymentPlanLapsed";
        } else if (event instanceof AccountEvent.PaymentPlanFulfilled) {
            return "PaymentPlanFulfilled";
        } else if (event instanceof AccountEvent.CreditLimitChanged) {
            return "CreditLimitChanged";
        } else if (event instanceof AccountEvent.SpendAlertThresholdsChanged) {
            return "SpendAlertThresholdsChanged";
        } else if (event instanceof AccountEvent.DunningScheduleChanged) {
            return "DunningScheduleChanged";
        }
        throw new IllegalStateException("no stored name for " + event.getClass() + ": add one to the mapper");
    }

    /** The fields of the events of staged dunning, payment plans and term changes (issue 16). */
    static void write(ObjectNode node, AccountEvent event) {
        if (event instanceof AccountEvent.RemindedOfArrears e) {
            arrears(node, e.owner(), e.balanceOwed(), e.creditLimit(), e.overLimitSince());
        } else if (event instanceof AccountEvent.PartiallySuspendedForArrears e) {
            arrears(node, e.owner(), e.balanceOwed(), e.creditLimit(), e.overLimitSince());
        } else if (event instanceof AccountEvent.ArrearsCleared e) {
            node.put("owner", e.owner().value());
            e.clearedBy().forEach(reference -> node.put("clearedBy", reference.value()));
            node.put("balanceOwedFen", e.balanceOwed().fen());
        } else if (event instanceof AccountEvent.PaymentPlanAgreed e) {
            node.put("owner", e.owner().value());
            node.set("plan", plan(e.plan()));
            node.put("balanceOwedFen", e.balanceOwed().fen());
        } else if (event instanceof AccountEvent.PaymentPlanBroken e) {
            node.put("owner", e.owner().value());
            node.put("plan", e.plan().value());
            node.set("missed", instalment(e.missed()));
        } else if (event instanceof AccountEvent.PaymentPlanLapsed e) {
            node.put("owner", e.owner().value());
            node.put("plan", e.plan().value());
        } else if (event instanceof AccountEvent.PaymentPlanFulfilled e) {
            node.put("plan", e.plan().value());
            e.clearedBy().forEach(reference -> node.put("clearedBy", reference.value()));
        } else if (event instanceof AccountEvent.CreditLimitChanged e) {
            node.put("owner", e.owner().value());
            node.put("beforeFen", e.before().fen());
            node.put("afterFen", e.after().fen());
        } else if (event instanceof AccountEvent.SpendAlertThresholdsChanged e) {
            node.set("beforeFen", fens(e.before()));
            node.set("afterFen", fens(e.after()));
        } else if (event instanceof AccountEvent.DunningScheduleChanged e) {
            node.set("before", dunning(e.before()));
            node.set("after", dunning(e.after()));
        }
    }

    static void arrears(ObjectNode node, CustomerId owner, Money balance, Money limit,
                                java.time.Instant since) {
        node.put("owner", owner.value());
        node.put("balanceOwedFen", balance.fen());
        node.put("creditLimitFen", limit.fen());
        node.put("overLimitSince", since.toString());
    }

    static AccountEvent read(JsonReader r, String type, AccountId account, java.time.Instant at) {
        return switch (type) {
            case "RemindedOfArrears" -> new AccountEvent.RemindedOfArrears(account, AccountEventJson.owner(r),
                    AccountJson.money(r, "balanceOwedFen"), AccountJson.money(r, "creditLimitFen"), r.instant("overLimitSince"), at);
            case "PartiallySuspendedForArrears" -> new AccountEvent.PartiallySuspendedForArrears(account, AccountEventJson.owner(r),
                    AccountJson.money(r, "balanceOwedFen"), AccountJson.money(r, "creditLimitFen"), r.instant("overLimitSince"), at);
            case "ArrearsCleared" -> new AccountEvent.ArrearsCleared(account, AccountEventJson.owner(r),
                    r.optionalText("clearedBy").map(text -> AccountJson.reference(r, "clearedBy")), AccountJson.money(r, "balanceOwedFen"),
                    at);
            case "PaymentPlanAgreed" -> new AccountEvent.PaymentPlanAgreed(account, AccountEventJson.owner(r),
                    plan(r.object("plan")), AccountJson.money(r, "balanceOwedFen"), at);
            case "PaymentPlanBroken" -> new AccountEvent.PaymentPlanBroken(account, AccountEventJson.owner(r), AccountJson.reference(r, "plan"),
                    instalment(r.object("missed")), at);
            case "PaymentPlanLapsed" -> new AccountEvent.PaymentPlanLapsed(account, AccountEventJson.owner(r), AccountJson.reference(r, "plan"),
                    at);
            case "PaymentPlanFulfilled" -> new AccountEvent.PaymentPlanFulfilled(account, AccountJson.reference(r, "plan"),
                    r.optionalText("clearedBy").map(text -> AccountJson.reference(r, "clearedBy")), at);
            case "CreditLimitChanged" -> new AccountEvent.CreditLimitChanged(account, AccountEventJson.owner(r),
                    AccountJson.money(r, "beforeFen"), AccountJson.money(r, "afterFen"), at);
            case "SpendAlertThresholdsChanged" -> new AccountEvent.SpendAlertThresholdsChanged(account,
                    r.longs("beforeFen").map(Money::ofFen), r.longs("afterFen").map(Money::ofFen), at);
            case "DunningScheduleChanged" -> new AccountEvent.DunningScheduleChanged(account,
                    dunning(r.object("before")), dunning(r.object("after")), at);
            default -> throw r.invalidField("type", type, "an account event type such as PaymentPosted");
        };
    }
}
