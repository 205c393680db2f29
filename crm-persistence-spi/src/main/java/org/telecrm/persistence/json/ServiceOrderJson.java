package org.telecrm.persistence.json;

import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.Anchor;
import org.telecrm.order.aggregate.AuditEntry;
import org.telecrm.order.aggregate.Channel;
import org.telecrm.order.aggregate.ClockBasis;
import org.telecrm.order.aggregate.DeadlineSignal;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.NodeLimit;
import org.telecrm.order.aggregate.NodeLimits;
import org.telecrm.order.aggregate.NodeVisit;
import org.telecrm.order.aggregate.OrderIntake;
import org.telecrm.order.aggregate.OrderItem;
import org.telecrm.order.aggregate.OrderItems;
import org.telecrm.order.aggregate.ReturnVisitOutcome;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.clock.Pause;
import org.telecrm.order.clock.PauseLedger;
import org.telecrm.order.clock.TimeLimit;
import org.telecrm.persistence.outbox.OutboxMessage;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.SlaContractId;

/**
 * The JSON of a {@link ServiceOrder} and its {@link ServiceOrderEvent}s, schema version {@value #SCHEMA_VERSION}.
 *
 * <h2>Order</h2>
 * <pre>{@code
 * {"schemaVersion":1, "id":"SO-1", "kind":"PROVISIONING", "channel":"ACCOUNT_MANAGER", "customer":"C-1",
 *  "contract":"SLA-1", "circuit":"DDN-1", "star":"FIVE_STARS", "accountManager":"AM-017",  // the last four optional
 *  "preSale":"PS-1",                          // absent unless handed over from a pre-sale response
 *  "limits":{"delivery":false, "nodes":[{"node":"ACCEPTED","limit":{"kind":"CLOCK_TIME","duration":"PT2H"},
 *            "from":"NODE_ENTRY","source":"library sample"}, ...]},   // or {"kind":"WORKING_DAYS","days":6}
 *  "basis":{"calendarVersion":1,"zone":"Asia/Shanghai"},
 *  "visits":[{"node":"ACCEPTED","party":{"department":"..","person":"S-001"},"entered":"..","left":".."}],
 *  "auditTrail":[{"who":"S-001","at":"..","from":"ACCEPTED","to":"DISPATCHED","note":".."}],  // from absent at first
 *  "pauses":[{"start":"..","end":"..","reason":"SITE_NOT_READY","recordedBy":"S-001","endedBy":"S-002"}],
 *  "returnVisit":"SATISFIED",                 // absent until the return visit
 *  "missedReported":["COMPLETED"],
 *  "items":[{"circuit":"DDN-1"},{"circuit":"DDN-2","completion":{"at":"..","by":"S-101","note":".."}}]}
 *                        // items absent when the order is about its one circuit (or none) and none diverged
 * }</pre>
 * Optional fields are absent (never null) when empty. Nodes, kinds, channels, star levels, anchors, pause reasons,
 * return-visit outcomes, time-limit kinds and event types are stored by the names {@code StoredNames} spells out;
 * instants and durations ISO-8601. The generic codec ({@code Codecs}) writes and reads the parts, each a record of
 * the domain's; this class says only how the order's stored layout ({@code Stored}) differs from the aggregate's, and
 * restores the aggregate through {@link ServiceOrder#restore}, which checks its invariants.
 *
 * <h2>Events</h2>
 * {@code {"schemaVersion":1, "type":..., "order":"SO-1", "occurredAt":..., ...}}: {@code OrderAccepted} (kind,
 * customer, party), {@code NodeEntered} (from, to, party), {@code ClockPaused} (reason), {@code ClockResumed},
 * {@code DeadlineMissed} (node, deadline, reading), {@code EscalatedToAccountManager} (accountManager?, note),
 * {@code ItemCompleted} (circuit, by, note), and the deadline review's and setbacks' events.
 *
 * <pre>{@code
 * ServiceOrderJson.read(ServiceOrderJson.write(order));   // Right(an order equal to it)
 * }</pre>
 */
public final class ServiceOrderJson {

    public static final int SCHEMA_VERSION = 1;

    /** The stable aggregate type name in event ids and message types. */
    public static final String SERVICE_ORDER_TYPE = org.telecrm.persistence.orders.ServiceOrders.TYPE;

    /** The order as stored: the intake's fields first, the limits by node, the nodes missed in order. */
    record Stored(ServiceOrderId id, OrderKind kind, Channel channel, CustomerId customer,
                  Option<SlaContractId> contract, Option<CircuitId> circuit, Option<StarLevel> star,
                  Option<AccountManagerId> accountManager, Option<ServiceOrderId> preSale, Limits limits,
                  ClockBasis basis, Seq<NodeVisit> visits,
                  Seq<AuditEntry> auditTrail, Seq<Pause> pauses, Option<ReturnVisitOutcome> returnVisit,
                  Seq<Node> missedReported, Option<Seq<DeadlineSignal>> deadlineSignals, Option<Seq<OrderItem>> items) {
    }

    record Limits(boolean delivery, Seq<Limit> nodes) {
    }

    record Limit(Node node, TimeLimit limit, Anchor from, String source) {
    }

    static final Codec.Fields<ServiceOrder> ORDER = Codec.mapped(Codecs.fields(Stored.class),
            ServiceOrderJson::stored, ServiceOrderJson::order, "limits.nodes");
    static final Codec.Fields<ServiceOrderEvent> EVENT = Codecs.fields(ServiceOrderEvent.class);
    private static final java.util.Map<Class<?>, String> EVENT_TYPES =
            StoredNames.subtypesOf(ServiceOrderEvent.class).names();

    private ServiceOrderJson() {
    }

    // ---- order --------------------------------------------------------------------------------------------------

    public static String write(ServiceOrder order) {
        return Codecs.write(SCHEMA_VERSION, ORDER, order);
    }

    private static Stored stored(ServiceOrder o) {
        OrderIntake i = o.intake();
        return new Stored(i.id(), i.kind(), i.channel(), i.customer(), i.contract(), i.circuit(), i.star(),
                i.accountManager(), i.preSale(), new Limits(o.limits().delivery(), o.limits().limits().toList()
                .sortBy(e -> e._1.ordinal()).map(e -> new Limit(e._1, e._2.limit(), e._2.from(), e._2.source()))),
                o.basis(), o.visits(), o.auditTrail(), o.pauses().pauses(), o.returnVisit(),
                o.missedReported().toList().sortBy(Enum::ordinal),
                o.deadlineSignals().isEmpty() ? Option.none() : Option.some(o.deadlineSignals()),   // absent while none
                o.items().equals(OrderItems.of(i.circuit())) ? Option.none() : Option.some(o.items().items()));
    }

    /**
     * The order this JSON describes, restored with {@link ServiceOrder#restore} (no event); an order that breaks its
     * invariants is {@link JsonError.NotRestorable}.
     */
    public static Either<JsonError, ServiceOrder> read(String json) {
        return Codecs.read(json, v -> v == SCHEMA_VERSION, SCHEMA_VERSION, ORDER);
    }

    /**
     * {@link #read} through Jackson's streaming parser instead of the codec's own scanner: the same codec, the same
     * answer for every text (the reference the scanner is held to, and the baseline it is measured against).
     */
    public static Either<JsonError, ServiceOrder> readThroughJackson(String json) {
        return Codecs.readWithJackson(json, v -> v == SCHEMA_VERSION, SCHEMA_VERSION, ORDER);
    }

    private static ServiceOrder order(Stored s) {
        NodeLimits limits = new NodeLimits(HashMap.ofEntries(s.limits().nodes().map(l -> Tuple.of(l.node(),
                new NodeLimit(l.limit(), l.from(), l.source())))), s.limits().delivery());   // refused: limits.nodes
        return ServiceOrder.restore(new OrderIntake(s.id(), s.kind(), s.channel(), s.customer(), s.contract(),
                        s.circuit(), s.star(), s.accountManager(), s.preSale()), limits, s.basis(), s.visits(),
                s.auditTrail(),
                new PauseLedger(s.pauses()), s.returnVisit(), TreeSet.ofAll(s.missedReported()),
                s.deadlineSignals().getOrElse(List.empty()),
                s.items().map(OrderItems::new).getOrElse(() -> OrderItems.of(s.circuit())))
                .getOrElseThrow(JsonFailure::notRestorable);
    }

    // ---- events -------------------------------------------------------------------------------------------------

    /** The event's stable type name, the {@code type} field of its JSON. */
    public static String eventType(ServiceOrderEvent event) {
        return EVENT_TYPES.get(event.getClass());
    }

    public static String writeEvent(ServiceOrderEvent event) {
        return Codecs.write(SCHEMA_VERSION, EVENT, event);
    }

    public static Either<JsonError, ServiceOrderEvent> readEvent(String json) {
        return Codecs.read(json, v -> v == SCHEMA_VERSION, SCHEMA_VERSION, EVENT);
    }

    /** The outbox messages of a change saved as {@code version} ({@code service-order/<id>/<version>/<index>}). */
    public static Seq<OutboxMessage> outboxMessages(ServiceOrderId id, long version, Seq<ServiceOrderEvent> events) {
        return Json.outboxMessages(SERVICE_ORDER_TYPE, id.value(), version, events, ServiceOrderJson::eventType,
                ServiceOrderEvent::occurredAt, ServiceOrderJson::writeEvent);
    }
}
