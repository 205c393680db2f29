package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.Anchor;
import org.telecrm.order.aggregate.AuditEntry;
import org.telecrm.order.aggregate.Channel;
import org.telecrm.calendar.WorkingHours;
import org.telecrm.order.aggregate.ClockBasis;
import org.telecrm.order.aggregate.DepartmentId;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.NodeLimit;
import org.telecrm.order.aggregate.NodeLimits;
import org.telecrm.order.aggregate.NodeVisit;
import org.telecrm.order.aggregate.OrderIntake;
import org.telecrm.order.aggregate.ResponsibleParty;
import org.telecrm.order.aggregate.ReturnVisitOutcome;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.clock.Pause;
import org.telecrm.order.clock.PauseLedger;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.order.clock.TimeLimit;
import org.telecrm.persistence.outbox.OutboxMessage;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.SlaContractId;

import java.time.Instant;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * The JSON of a {@link ServiceOrder} and its {@link ServiceOrderEvent}s, schema version {@value #SCHEMA_VERSION}.
 *
 * <h2>Order</h2>
 * <pre>{@code
 * {"schemaVersion":1, "id":"SO-1", "kind":"PROVISIONING", "channel":"ACCOUNT_MANAGER", "customer":"C-1",
 *  "contract":"SLA-1", "circuit":"DDN-1", "star":"FIVE_STARS", "accountManager":"AM-017",  // the last four optional
 *  "limits":{"delivery":false, "nodes":[{"node":"ACCEPTED","limit":{"kind":"CLOCK_TIME","duration":"PT2H"},
 *            "from":"NODE_ENTRY","source":"library sample"}, ...]},   // or {"kind":"WORKING_DAYS","days":6}
 *  "basis":{"calendarVersion":1,"zone":"Asia/Shanghai"},
 *  "visits":[{"node":"ACCEPTED","party":{"department":"..","person":"S-001"},"entered":"..","left":".."}],
 *  "auditTrail":[{"who":"S-001","at":"..","from":"ACCEPTED","to":"DISPATCHED","note":".."}],  // from absent at first
 *  "pauses":[{"start":"..","end":"..","reason":"SITE_NOT_READY","recordedBy":"S-001","endedBy":"S-002"}],
 *  "returnVisit":"SATISFIED",                 // absent until the return visit
 *  "missedReported":["COMPLETED"]}
 * }</pre>
 * Optional fields are absent (never null) when empty. Nodes, kinds, channels, star levels, anchors, pause reasons and
 * return-visit outcomes are stored by the names spelled out in this mapper; instants and durations ISO-8601.
 *
 * <h2>Events</h2>
 * {@code {"schemaVersion":1, "type":..., "order":"SO-1", "occurredAt":..., ...}}: {@code OrderAccepted} (kind,
 * customer, party), {@code NodeEntered} (from, to, party), {@code ClockPaused} (reason), {@code ClockResumed},
 * {@code DeadlineMissed} (node, deadline, reading), {@code EscalatedToAccountManager} (accountManager?, note).
 *
 * <pre>{@code
 * ServiceOrderJson.read(ServiceOrderJson.write(order));   // Right(an order equal to it)
 * }</pre>
 */
public final class ServiceOrderJson {

    public static final int SCHEMA_VERSION = 1;

    /** The stable aggregate type name in event ids and message types. */
    public static final String SERVICE_ORDER_TYPE = org.telecrm.persistence.orders.ServiceOrders.TYPE;

    private static final StableNames<OrderKind> KINDS = StableNames.of(
            Tuple.of(OrderKind.PROVISIONING, "PROVISIONING"), Tuple.of(OrderKind.FAULT_REPORT, "FAULT_REPORT"),
            Tuple.of(OrderKind.COMPLAINT, "COMPLAINT"), Tuple.of(OrderKind.CHANGE, "CHANGE"),
            Tuple.of(OrderKind.CANCELLATION, "CANCELLATION"));
    private static final StableNames<Channel> CHANNELS = StableNames.of(
            Tuple.of(Channel.HOTLINE_10000, "HOTLINE_10000"), Tuple.of(Channel.BUSINESS_HALL, "BUSINESS_HALL"),
            Tuple.of(Channel.ACCOUNT_MANAGER, "ACCOUNT_MANAGER"), Tuple.of(Channel.ONE_STOP_SERVICE, "ONE_STOP_SERVICE"));
    private static final StableNames<StarLevel> STARS = StableNames.of(
            Tuple.of(StarLevel.ONE_STAR, "ONE_STAR"), Tuple.of(StarLevel.TWO_STARS, "TWO_STARS"),
            Tuple.of(StarLevel.THREE_STARS, "THREE_STARS"), Tuple.of(StarLevel.FOUR_STARS, "FOUR_STARS"),
            Tuple.of(StarLevel.FIVE_STARS, "FIVE_STARS"));
    private static final StableNames<Node> NODES = StableNames.of(
            Tuple.of(Node.ACCEPTED, "ACCEPTED"), Tuple.of(Node.DISPATCHED, "DISPATCHED"),
            Tuple.of(Node.IN_PROGRESS, "IN_PROGRESS"), Tuple.of(Node.COMPLETED, "COMPLETED"),
            Tuple.of(Node.DELIVERED, "DELIVERED"), Tuple.of(Node.RETURN_VISITED, "RETURN_VISITED"),
            Tuple.of(Node.CLOSED, "CLOSED"), Tuple.of(Node.CANCELLED, "CANCELLED"));
    private static final StableNames<Anchor> ANCHORS = StableNames.of(
            Tuple.of(Anchor.NODE_ENTRY, "NODE_ENTRY"), Tuple.of(Anchor.ACCEPTANCE, "ACCEPTANCE"),
            Tuple.of(Anchor.COMPLETION, "COMPLETION"));
    private static final StableNames<PauseReason> REASONS = StableNames.of(
            Tuple.of(PauseReason.SITE_NOT_READY, "SITE_NOT_READY"),
            Tuple.of(PauseReason.CUSTOMER_REQUESTED_DELAY, "CUSTOMER_REQUESTED_DELAY"));
    private static final StableNames<ReturnVisitOutcome> OUTCOMES = StableNames.of(
            Tuple.of(ReturnVisitOutcome.SATISFIED, "SATISFIED"),
            Tuple.of(ReturnVisitOutcome.DISSATISFIED, "DISSATISFIED"));

    private ServiceOrderJson() {
    }

    // ---- order --------------------------------------------------------------------------------------------------

    public static String write(ServiceOrder o) {
        ObjectNode n = Json.document(SCHEMA_VERSION);
        OrderIntake intake = o.intake();
        n.put("id", intake.id().value());
        n.put("kind", KINDS.name(intake.kind()));
        n.put("channel", CHANNELS.name(intake.channel()));
        n.put("customer", intake.customer().value());
        intake.contract().forEach(c -> n.put("contract", c.value()));
        intake.circuit().forEach(c -> n.put("circuit", c.value()));
        intake.star().forEach(s -> n.put("star", STARS.name(s)));
        intake.accountManager().forEach(m -> n.put("accountManager", m.value()));
        ObjectNode limits = n.putObject("limits");
        limits.put("delivery", o.limits().delivery());
        limits.set("nodes", array(o.limits().limits().toList().sortBy(e -> e._1.ordinal()), e -> nodeLimit(e._1, e._2)));
        ObjectNode basis = n.putObject("basis");
        basis.put("calendarVersion", o.basis().calendarVersion());
        basis.put("zone", o.basis().zone().getId());
        n.set("visits", array(o.visits(), ServiceOrderJson::visit));
        n.set("auditTrail", array(o.auditTrail(), ServiceOrderJson::audit));
        n.set("pauses", array(o.pauses().pauses(), ServiceOrderJson::pause));
        o.returnVisit().forEach(r -> n.put("returnVisit", OUTCOMES.name(r)));
        ArrayNode missed = n.putArray("missedReported");
        o.missedReported().toList().sortBy(Enum::ordinal).forEach(node -> missed.add(NODES.name(node)));
        return Json.text(n);
    }

    /**
     * The order this JSON describes, restored with {@link ServiceOrder#restore} (no event); an order that breaks its
     * invariants is {@link JsonError.NotRestorable}.
     */
    public static Either<JsonError, ServiceOrder> read(String json) {
        return Json.read(json, SCHEMA_VERSION, ServiceOrderJson::order);
    }

    private static ServiceOrder order(JsonReader r) {
        OrderIntake intake = new OrderIntake(orderId(r, "id"), KINDS.read(r, "kind"), CHANNELS.read(r, "channel"),
                customerId(r, "customer"),
                r.optionalText("contract").map(x -> r.parsed("contract", SlaContractId::of, "a contract id")),
                r.optionalText("circuit").map(x -> r.parsed("circuit", CircuitId::of, "a circuit id")),
                r.optionalText("star").map(x -> STARS.read(r, "star")), accountManager(r));
        JsonReader limits = r.object("limits");
        boolean delivery = limits.booleanValue("delivery");
        Seq<io.vavr.Tuple2<Node, NodeLimit>> nodes = limits.objects("nodes", l -> Tuple.of(NODES.read(l, "node"),
                new NodeLimit(timeLimit(l.object("limit")), ANCHORS.read(l, "from"), l.text("source"))));
        NodeLimits nodeLimits = limits.build("nodes", () -> new NodeLimits(HashMap.ofEntries(nodes), delivery));
        JsonReader basis = r.object("basis");
        int version = basis.intValue("calendarVersion");
        ZoneId zone = basis.parsed("zone", ZoneId::of, "a time zone id such as Asia/Shanghai");
        ClockBasis clockBasis = basis.build("calendarVersion", () -> new ClockBasis(version, zone));
        Seq<NodeVisit> visits = r.objects("visits", ServiceOrderJson::visit);
        Seq<AuditEntry> audit = r.objects("auditTrail", ServiceOrderJson::audit);
        PauseLedger pauses = new PauseLedger(r.objects("pauses", ServiceOrderJson::pause));
        Option<ReturnVisitOutcome> returnVisit = r.optionalText("returnVisit").map(x -> OUTCOMES.read(r, "returnVisit"));
        Seq<Node> missed = NODES.readAll(r, "missedReported");
        return ServiceOrder.restore(intake, nodeLimits, clockBasis, visits, audit, pauses, returnVisit,
                TreeSet.ofAll(missed)).getOrElseThrow(JsonFailure::notRestorable);
    }

    // ---- parts --------------------------------------------------------------------------------------------------

    private static <T> ArrayNode array(Seq<T> items, Function<T, ObjectNode> write) {
        ArrayNode array = Json.array();
        items.forEach(item -> array.add(write.apply(item)));
        return array;
    }

    private static ServiceOrderId orderId(JsonReader r, String field) {
        return r.parsed(field, ServiceOrderId::of, "a service order id (not blank)");
    }

    private static CustomerId customerId(JsonReader r, String field) {
        return r.parsed(field, CustomerId::of, "a customer id");
    }

    private static StaffId staff(JsonReader r, String field) {
        return r.parsed(field, StaffId::of, "a staff id (not blank)");
    }

    private static Option<AccountManagerId> accountManager(JsonReader r) {
        return r.optionalText("accountManager").map(x -> r.parsed("accountManager", AccountManagerId::of,
                "an account manager id (not blank)"));
    }

    private static ObjectNode nodeLimit(Node node, NodeLimit limit) {
        ObjectNode n = Json.object();
        n.put("node", NODES.name(node));
        ObjectNode l = n.putObject("limit");
        if (limit.limit() instanceof TimeLimit.WorkingDays days) {
            l.put("kind", "WORKING_DAYS");
            l.put("days", days.days());
        } else if (limit.limit() instanceof TimeLimit.ClockTime clock) {
            l.put("kind", "CLOCK_TIME");
            l.put("duration", clock.duration().toString());
        } else if (limit.limit() instanceof TimeLimit.CalendarDays days) {
            l.put("kind", "CALENDAR_DAYS");
            l.put("days", days.days());
        } else if (limit.limit() instanceof TimeLimit.InWorkingHours working) {
            l.put("kind", "WORKING_HOURS");
            l.put("duration", working.duration().toString());
            var periods = l.putArray("periods");
            working.hours().periods().forEach(p -> periods.add(p.toString()));
        } else {
            throw new IllegalStateException("a time limit this mapping does not know: " + limit.limit());
        }
        n.put("from", ANCHORS.name(limit.from()));
        n.put("source", limit.source());
        return n;
    }

    private static TimeLimit timeLimit(JsonReader r) {
        String kind = r.text("kind");
        return switch (kind) {
            case "WORKING_DAYS" -> {
                int days = r.intValue("days");
                yield r.build("days", () -> new TimeLimit.WorkingDays(days));
            }
            case "CLOCK_TIME" -> r.build("duration", () -> new TimeLimit.ClockTime(r.duration("duration")));
            case "CALENDAR_DAYS" -> {
                int days = r.intValue("days");
                yield r.build("days", () -> new TimeLimit.CalendarDays(days));
            }
            case "WORKING_HOURS" -> {
                Duration duration = r.duration("duration");
                io.vavr.collection.Seq<String> texts = r.texts("periods");
                WorkingHours hours = r.build("periods", () -> new WorkingHours(texts.map(ServiceOrderJson::period).toList()));
                yield r.build("duration", () -> new TimeLimit.InWorkingHours(duration, hours));
            }
            default -> throw r.invalidField("kind", kind, "one of WORKING_DAYS, CLOCK_TIME, CALENDAR_DAYS, WORKING_HOURS");
        };
    }

    private static WorkingHours.Period period(String text) {
        String[] ends = text.split("-", -1);
        try {
            if (ends.length == 2) {
                return new WorkingHours.Period(java.time.LocalTime.parse(ends[0]), java.time.LocalTime.parse(ends[1]));
            }
        } catch (java.time.DateTimeException notATime) {
            // reported below, as any other malformed period
        }
        throw new IllegalArgumentException("a working period is HH:MM-HH:MM, was '" + text + "'");
    }

    private static ObjectNode party(ResponsibleParty p) {
        ObjectNode n = Json.object();
        n.put("department", p.department().value());
        n.put("person", p.person().value());
        return n;
    }

    private static ResponsibleParty party(JsonReader r) {
        return new ResponsibleParty(r.parsed("department", DepartmentId::of, "a department id (not blank)"),
                staff(r, "person"));
    }

    private static ObjectNode visit(NodeVisit v) {
        ObjectNode n = Json.object();
        n.put("node", NODES.name(v.node()));
        n.set("party", party(v.party()));
        n.put("entered", v.entered().toString());
        v.left().forEach(l -> n.put("left", l.toString()));
        return n;
    }

    private static NodeVisit visit(JsonReader r) {
        Node node = NODES.read(r, "node");
        ResponsibleParty party = party(r.object("party"));
        Instant entered = r.instant("entered");
        Option<Instant> left = r.optionalText("left").map(x -> r.instant("left"));
        return r.build("left", () -> new NodeVisit(node, party, entered, left));
    }

    private static ObjectNode audit(AuditEntry a) {
        ObjectNode n = Json.object();
        n.put("who", a.who().value());
        n.put("at", a.at().toString());
        a.from().forEach(f -> n.put("from", NODES.name(f)));
        n.put("to", NODES.name(a.to()));
        n.put("note", a.note());
        return n;
    }

    private static AuditEntry audit(JsonReader r) {
        return new AuditEntry(staff(r, "who"), r.instant("at"),
                r.optionalText("from").map(x -> NODES.read(r, "from")), NODES.read(r, "to"), r.text("note"));
    }

    private static ObjectNode pause(Pause p) {
        ObjectNode n = Json.object();
        n.put("start", p.start().toString());
        p.end().forEach(e -> n.put("end", e.toString()));
        n.put("reason", REASONS.name(p.reason()));
        n.put("recordedBy", p.recordedBy().value());
        p.endedBy().forEach(b -> n.put("endedBy", b.value()));
        return n;
    }

    private static Pause pause(JsonReader r) {
        Instant start = r.instant("start");
        Option<Instant> end = r.optionalText("end").map(x -> r.instant("end"));
        PauseReason reason = REASONS.read(r, "reason");
        StaffId recordedBy = staff(r, "recordedBy");
        Option<StaffId> endedBy = r.optionalText("endedBy").map(x -> staff(r, "endedBy"));
        return r.build("end", () -> new Pause(start, end, reason, recordedBy, endedBy));
    }

    // ---- events -------------------------------------------------------------------------------------------------

    /** The event's stable type name, the {@code type} field of its JSON. */
    public static String eventType(ServiceOrderEvent event) {
        if (event instanceof ServiceOrderEvent.OrderAccepted) {
            return "OrderAccepted";
        } else if (event instanceof ServiceOrderEvent.NodeEntered) {
            return "NodeEntered";
        } else if (event instanceof ServiceOrderEvent.ClockPaused) {
            return "ClockPaused";
        } else if (event instanceof ServiceOrderEvent.ClockResumed) {
            return "ClockResumed";
        } else if (event instanceof ServiceOrderEvent.DeadlineMissed) {
            return "DeadlineMissed";
        } else if (event instanceof ServiceOrderEvent.EscalatedToAccountManager) {
            return "EscalatedToAccountManager";
        }
        throw new IllegalStateException("no stored name for " + event.getClass() + ": add one to the mapper");
    }

    public static String writeEvent(ServiceOrderEvent event) {
        ObjectNode n = Json.document(SCHEMA_VERSION);
        n.put("type", eventType(event));
        n.put("order", event.order().value());
        n.put("occurredAt", event.occurredAt().toString());
        if (event instanceof ServiceOrderEvent.OrderAccepted e) {
            n.put("kind", KINDS.name(e.kind()));
            n.put("customer", e.customer().value());
            n.set("party", party(e.party()));
        } else if (event instanceof ServiceOrderEvent.NodeEntered e) {
            n.put("from", NODES.name(e.from()));
            n.put("to", NODES.name(e.to()));
            n.set("party", party(e.party()));
        } else if (event instanceof ServiceOrderEvent.ClockPaused e) {
            n.put("reason", REASONS.name(e.reason()));
        } else if (event instanceof ServiceOrderEvent.DeadlineMissed e) {
            n.put("node", NODES.name(e.node()));
            n.put("deadline", e.deadline());
            n.put("reading", e.reading());
        } else if (event instanceof ServiceOrderEvent.EscalatedToAccountManager e) {
            e.accountManager().forEach(m -> n.put("accountManager", m.value()));
            n.put("note", e.note());
        }
        return Json.text(n);
    }

    public static Either<JsonError, ServiceOrderEvent> readEvent(String json) {
        return Json.read(json, SCHEMA_VERSION, ServiceOrderJson::event);
    }

    private static ServiceOrderEvent event(JsonReader r) {
        String type = r.text("type");
        ServiceOrderId id = orderId(r, "order");
        Instant at = r.instant("occurredAt");
        return switch (type) {
            case "OrderAccepted" -> new ServiceOrderEvent.OrderAccepted(id, KINDS.read(r, "kind"),
                    customerId(r, "customer"), party(r.object("party")), at);
            case "NodeEntered" -> new ServiceOrderEvent.NodeEntered(id, NODES.read(r, "from"), NODES.read(r, "to"),
                    party(r.object("party")), at);
            case "ClockPaused" -> new ServiceOrderEvent.ClockPaused(id, REASONS.read(r, "reason"), at);
            case "ClockResumed" -> new ServiceOrderEvent.ClockResumed(id, at);
            case "DeadlineMissed" -> new ServiceOrderEvent.DeadlineMissed(id, NODES.read(r, "node"),
                    r.text("deadline"), r.text("reading"), at);
            case "EscalatedToAccountManager" -> new ServiceOrderEvent.EscalatedToAccountManager(id,
                    accountManager(r), r.text("note"), at);
            default -> throw r.invalidField("type", type, "a service order event type such as NodeEntered");
        };
    }

    /** The outbox messages of a change saved as {@code version} ({@code service-order/<id>/<version>/<index>}). */
    public static Seq<OutboxMessage> outboxMessages(ServiceOrderId id, long version, Seq<ServiceOrderEvent> events) {
        return Json.outboxMessages(SERVICE_ORDER_TYPE, id.value(), version, events, ServiceOrderJson::eventType,
                ServiceOrderEvent::occurredAt, ServiceOrderJson::writeEvent);
    }
}
