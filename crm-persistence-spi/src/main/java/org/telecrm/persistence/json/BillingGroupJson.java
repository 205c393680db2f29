package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import org.telecrm.account.AccountId;
import org.telecrm.account.group.AllocationRule;
import org.telecrm.account.group.BillingGroup;
import org.telecrm.account.group.BillingGroupEvent;
import org.telecrm.account.group.BillingGroupId;
import org.telecrm.persistence.groups.BillingGroups;
import org.telecrm.persistence.outbox.OutboxMessage;

import java.time.Instant;

/**
 * The JSON of a {@link BillingGroup} and its {@link BillingGroupEvent}s, schema version {@value #SCHEMA_VERSION}:
 * account identifiers and the allocation rule, no personal value.
 *
 * <pre>{@code
 * {"schemaVersion":1, "id":"G-0755-001", "headquarters":"A-HQ", "rule":{"kind":"PRO_RATA"},
 *  "branches":["A-GZ","A-SZ"], "formedAt":"2026-08-01T01:00:00Z", "changedAt":"2026-08-02T01:00:00Z"}
 * }</pre>
 * A rule is {@code {"kind":"PRO_RATA"}} or {@code {"kind":"IN_ORDER","order":["A-SZ","A-HQ"]}}. Events:
 * {@code {"schemaVersion":1, "type":..., "groupId":..., "occurredAt":..., ...}}: {@code GroupFormed} (headquarters,
 * rule), {@code BranchCovered} and {@code BranchReleased} (branch), {@code AllocationRuleChanged} (before, after).
 */
public final class BillingGroupJson {

    public static final int SCHEMA_VERSION = 1;

    private BillingGroupJson() {
    }

    public static String write(BillingGroup group) {
        ObjectNode node = Json.document(SCHEMA_VERSION);
        node.put("id", group.getId().value());
        node.put("headquarters", group.headquarters().value());
        node.set("rule", rule(group.rule()));
        node.set("branches", accounts(group.branches()));
        node.put("formedAt", group.formedAt().toString());
        node.put("changedAt", group.changedAt().toString());
        return Json.text(node);
    }

    /** The group this JSON describes; state that breaks its invariants is {@link JsonError.NotRestorable}. */
    public static Either<JsonError, BillingGroup> read(String json) {
        return Json.read(json, SCHEMA_VERSION, r -> BillingGroup.restore(groupId(r, "id"), account(r, "headquarters"),
                        rule(r.object("rule")), TreeSet.ofAll(r.texts("branches").map(t -> account(r, "branches", t))),
                        r.instant("formedAt"), r.instant("changedAt"))
                .getOrElseThrow(JsonFailure::notRestorable));
    }

    private static BillingGroupId groupId(JsonReader r, String field) {
        return r.parsed(field, BillingGroupId::of, "a billing group id (not blank)");
    }

    private static AccountId account(JsonReader r, String field) {
        return r.parsed(field, AccountId::of, "an account id (not blank)");
    }

    private static AccountId account(JsonReader r, String field, String text) {
        if (text.isBlank()) {
            throw r.invalidField(field, text, "account ids (not blank)");
        }
        return AccountId.of(text);
    }

    private static ArrayNode accounts(Iterable<AccountId> accounts) {
        ArrayNode array = Json.array();
        accounts.forEach(a -> array.add(a.value()));
        return array;
    }

    static ObjectNode rule(AllocationRule rule) {
        ObjectNode node = Json.object();
        if (rule instanceof AllocationRule.ProRata) {
            node.put("kind", "PRO_RATA");
        } else if (rule instanceof AllocationRule.InOrder inOrder) {
            node.put("kind", "IN_ORDER");
            node.set("order", accounts(inOrder.order()));
        }
        return node;
    }

    static AllocationRule rule(JsonReader r) {
        String kind = r.text("kind");
        return switch (kind) {
            case "PRO_RATA" -> AllocationRule.PRO_RATA;
            case "IN_ORDER" -> new AllocationRule.InOrder(r.texts("order").map(t -> account(r, "order", t)).toList());
            default -> throw r.invalidField("kind", kind, "one of PRO_RATA, IN_ORDER");
        };
    }

    // ---- events -------------------------------------------------------------------------------------------------

    public static String eventType(BillingGroupEvent event) {
        if (event instanceof BillingGroupEvent.GroupFormed) {
            return "GroupFormed";
        } else if (event instanceof BillingGroupEvent.BranchCovered) {
            return "BranchCovered";
        } else if (event instanceof BillingGroupEvent.BranchReleased) {
            return "BranchReleased";
        } else if (event instanceof BillingGroupEvent.AllocationRuleChanged) {
            return "AllocationRuleChanged";
        }
        throw new IllegalStateException("no stored name for " + event.getClass() + ": add one to the mapper");
    }

    public static String writeEvent(BillingGroupEvent event) {
        ObjectNode node = Json.document(SCHEMA_VERSION);
        node.put("type", eventType(event));
        node.put("groupId", event.group().value());
        node.put("occurredAt", event.occurredAt().toString());
        if (event instanceof BillingGroupEvent.GroupFormed e) {
            node.put("headquarters", e.headquarters().value());
            node.set("rule", rule(e.rule()));
        } else if (event instanceof BillingGroupEvent.BranchCovered e) {
            node.put("branch", e.branch().value());
        } else if (event instanceof BillingGroupEvent.BranchReleased e) {
            node.put("branch", e.branch().value());
        } else if (event instanceof BillingGroupEvent.AllocationRuleChanged e) {
            node.set("before", rule(e.before()));
            node.set("after", rule(e.after()));
        }
        return Json.text(node);
    }

    public static Either<JsonError, BillingGroupEvent> readEvent(String json) {
        return Json.read(json, SCHEMA_VERSION, r -> {
            String type = r.text("type");
            BillingGroupId id = groupId(r, "groupId");
            Instant at = r.instant("occurredAt");
            return switch (type) {
                case "GroupFormed" -> new BillingGroupEvent.GroupFormed(id, account(r, "headquarters"),
                        rule(r.object("rule")), at);
                case "BranchCovered" -> new BillingGroupEvent.BranchCovered(id, account(r, "branch"), at);
                case "BranchReleased" -> new BillingGroupEvent.BranchReleased(id, account(r, "branch"), at);
                case "AllocationRuleChanged" -> new BillingGroupEvent.AllocationRuleChanged(id,
                        rule(r.object("before")), rule(r.object("after")), at);
                default -> throw r.invalidField("type", type,
                        "GroupFormed, BranchCovered, BranchReleased or AllocationRuleChanged");
            };
        });
    }

    /** The outbox messages of a change saved as {@code version} ({@code billing-group/<id>/<version>/<i>}). */
    public static Seq<OutboxMessage> outboxMessages(BillingGroupId id, long version, Seq<BillingGroupEvent> events) {
        return Json.outboxMessages(BillingGroups.TYPE, id.value(), version, events, BillingGroupJson::eventType,
                BillingGroupEvent::occurredAt, BillingGroupJson::writeEvent);
    }
}
