package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.telecrm.account.Account;
import org.telecrm.account.TermsChange;
import org.telecrm.money.Money;

/**
 * The JSON of an account's terms history ({@link Account#termsHistory()}): {@code "termsHistory"}, omitted when empty
 * (so an account whose terms never changed, and every v1 document, reads and writes back unchanged), an array of
 * dated changes in the order made:
 * <pre>{@code
 * {"kind":"CREDIT_LIMIT","at":"2026-07-03T01:00:00Z","beforeFen":10000,"afterFen":50000}
 * {"kind":"SPEND_ALERT_THRESHOLDS","at":"...","beforeFen":[],"afterFen":[100000,500000]}
 * {"kind":"DUNNING_SCHEDULE","at":"...","before":{},"after":{"reminderAfter":"PT24H","partialSuspensionFor":"PT48H"}}
 * }</pre>
 */
final class TermsHistoryJson {

    private TermsHistoryJson() {
    }

    /** Writes the account's terms history into {@code node}, nothing when it is empty. */
    static void write(ObjectNode node, Account account) {
        if (account.termsHistory().isEmpty()) {
            return;
        }
        ArrayNode history = node.putArray("termsHistory");
        account.termsHistory().forEach(change -> history.add(change(change)));
    }

    /** The terms history of an account document; empty when the field is absent. */
    static Seq<TermsChange> read(JsonReader r) {
        return r.has("termsHistory") ? r.objects("termsHistory", TermsHistoryJson::change) : List.empty();
    }

    static ObjectNode change(TermsChange change) {
        ObjectNode node = Json.object();
        if (change instanceof TermsChange.CreditLimitChange c) {
            node.put("kind", "CREDIT_LIMIT");
            node.put("at", c.at().toString());
            node.put("beforeFen", c.before().fen());
            node.put("afterFen", c.after().fen());
        } else if (change instanceof TermsChange.SpendAlertsChange c) {
            node.put("kind", "SPEND_ALERT_THRESHOLDS");
            node.put("at", c.at().toString());
            ArrayNode before = node.putArray("beforeFen");
            c.before().forEach(m -> before.add(m.fen()));
            ArrayNode after = node.putArray("afterFen");
            c.after().forEach(m -> after.add(m.fen()));
        } else if (change instanceof TermsChange.DunningScheduleChange c) {
            node.put("kind", "DUNNING_SCHEDULE");
            node.put("at", c.at().toString());
            node.set("before", DunningJson.dunning(c.before()));
            node.set("after", DunningJson.dunning(c.after()));
        }
        return node;
    }

    static TermsChange change(JsonReader r) {
        String kind = r.text("kind");
        return switch (kind) {
            case "CREDIT_LIMIT" -> new TermsChange.CreditLimitChange(AccountJson.money(r, "beforeFen"),
                    AccountJson.money(r, "afterFen"), r.instant("at"));
            case "SPEND_ALERT_THRESHOLDS" -> new TermsChange.SpendAlertsChange(r.longs("beforeFen").map(Money::ofFen),
                    r.longs("afterFen").map(Money::ofFen), r.instant("at"));
            case "DUNNING_SCHEDULE" -> new TermsChange.DunningScheduleChange(DunningJson.dunning(r.object("before")),
                    DunningJson.dunning(r.object("after")), r.instant("at"));
            default -> throw r.invalidField("kind", kind, "one of CREDIT_LIMIT, SPEND_ALERT_THRESHOLDS, DUNNING_SCHEDULE");
        };
    }
}
