package org.telecrm.persistence.json;

import io.vavr.control.Either;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.Channel;
import org.telecrm.order.aggregate.DeadlinePolicy;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.ReopenWindow;
import org.telecrm.order.aggregate.ReturnVisitOutcome;
import org.telecrm.order.clock.PauseReason;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.telecrm.order.aggregate.OrderItem;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.sla.CircuitId;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.presale.PreSale;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.persistence.tck.ServiceOrderGenerators;
import org.telecrm.persistence.tck.ServiceOrderHistory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceOrderJsonTest {

    private static final ServiceOrder ORDER = ServiceOrderGenerators.accepted("SO-1", OrderKind.FAULT_REPORT,
            ServiceOrderGenerators.AT).state();

    @Provide
    Arbitrary<ServiceOrderHistory> histories() {
        return ServiceOrderGenerators.histories();
    }

    @Property(tries = 300)
    void an_order_reads_back_equal_to_what_was_written(@ForAll("histories") ServiceOrderHistory history) {
        Statistics.label("node").collect(history.order().node());
        Statistics.label("has pauses").collect(history.order().pauses().pauses().nonEmpty());
        Statistics.label("has pauses").coverage(c -> c.check(true).count(n -> n > 0));
        Statistics.label("node").coverage(c -> {
            c.check(Node.ACCEPTED).count(n -> n > 0);
            c.check(Node.COMPLETED).count(n -> n > 0);
            c.check(Node.CLOSED).count(n -> n > 0);
            c.check(Node.CANCELLED).count(n -> n > 0);
        });
        Either<JsonError, ServiceOrder> back = ServiceOrderJson.read(ServiceOrderJson.write(history.order()));
        assertEquals(Either.right(history.order()), back);
        assertEquals(history.order().missedReported(), back.get().missedReported());
        assertEquals(history.order().returnVisit(), back.get().returnVisit());
        assertEquals(history.order().deadlineSignals(), back.get().deadlineSignals());
        Statistics.label("deadline signals").collect(history.order().deadlineSignals().nonEmpty());
        Statistics.label("deadline signals").coverage(c -> c.check(true).count(n -> n > 0));
        Statistics.label("reopened").collect(history.order().reopenCount() > 0);
        assertEquals(history.order().items(), back.get().items());
        Statistics.label("item completed on its own").collect(history.order().items().items().exists(OrderItem::diverged));
    }

    @Property(tries = 300)
    void every_event_reads_back_equal_to_what_was_written(@ForAll("histories") ServiceOrderHistory history) {
        history.events().forEach(e -> Statistics.label("event").collect(ServiceOrderJson.eventType(e)));
        Statistics.label("event").coverage(c -> {
            c.check("DeadlineMissed").count(n -> n > 0);
            c.check("EscalatedToAccountManager").count(n -> n > 0);
            c.check("ClockResumed").count(n -> n > 0);
            c.check("LimitWarning").count(n -> n > 0);
            c.check("LimitEscalated").count(n -> n > 0);
            c.check("OrderSetBack").count(n -> n > 0);
            c.check("ItemCompleted").count(n -> n > 0);
        });
        assertEquals(history.events(),
                history.events().map(e -> ServiceOrderJson.readEvent(ServiceOrderJson.writeEvent(e)).get()));
    }

    @Test
    void a_reopened_fault_with_the_review_s_record_reads_back_equal_and_a_document_without_it_writes_none() {
        ServiceOrder order = ServiceOrderGenerators.accepted("SO-re", OrderKind.FAULT_REPORT, ServiceOrderGenerators.AT)
                .state();
        for (int i = 1; i <= 5; i++) {
            order = ServiceOrderGenerators.advance(order, ServiceOrderGenerators.AT.plusSeconds(600L * i),
                    ReturnVisitOutcome.SATISFIED).get().state();
        }
        assertEquals(Node.CLOSED, order.node());
        ServiceOrder reopened = order.reopen(ServiceOrderGenerators.LINES, ServiceOrderGenerators.CLERK,
                ServiceOrderGenerators.AT.plusSeconds(86_400), "back", ReopenWindow.SAMPLE).get().state()
                .reviewLimits(ServiceOrderGenerators.AT.plusSeconds(90_000), ServiceOrderGenerators.CALENDARS,
                        DeadlinePolicy.sample()).get().state();
        assertTrue(reopened.deadlineSignals().nonEmpty());
        assertEquals(Either.right(reopened), ServiceOrderJson.read(ServiceOrderJson.write(reopened)));
        assertTrue(ServiceOrderJson.write(order).contains("\"missedReported\""));
        assertTrue(!ServiceOrderJson.write(order).contains("deadlineSignals"), "absent while none");
    }

    @Test
    void an_order_of_several_circuits_one_completed_on_its_own_reads_back_equal_and_one_of_a_single_circuit_writes_no_items() {
        Instant at = ServiceOrderGenerators.AT;
        ServiceOrder order = ServiceOrderGenerators.accepted("SO-7", 2, OrderKind.FAULT_REPORT, Channel.HOTLINE_10000,
                Option.some(ServiceOrderGenerators.CONTRACT), Option.some(StarLevel.FIVE_STARS), false,
                ZoneId.of("Asia/Shanghai"), at).state();
        order = ServiceOrderGenerators.advance(order, at.plusSeconds(300), ReturnVisitOutcome.SATISFIED).get().state();
        order = ServiceOrderGenerators.advance(order, at.plusSeconds(600), ReturnVisitOutcome.SATISFIED).get().state();
        order = order.completeItem(CircuitId.of("DDN-2"), StaffId.of("S-101"), at.plusSeconds(3600),
                "restored on the spare pair").get().state();
        String json = ServiceOrderJson.write(order);
        assertTrue(json.endsWith(",\"items\":[{\"circuit\":\"DDN-1\"},{\"circuit\":\"DDN-2\",\"completion\":{\"at\":"
                + "\"2026-03-02T02:00:00Z\",\"by\":\"S-101\",\"note\":\"restored on the spare pair\"}},{\"circuit\":\"DDN-3\"}]}"), json);
        assertEquals(Either.right(order), ServiceOrderJson.read(json));
        ServiceOrder single = ServiceOrderGenerators.accepted("SO-8", OrderKind.FAULT_REPORT, at).state();
        assertTrue(!ServiceOrderJson.write(single).contains("items"), "absent for the one circuit of the intake");
        ServiceOrder several = ServiceOrderGenerators.accepted("SO-9", 1, OrderKind.FAULT_REPORT, Channel.HOTLINE_10000,
                Option.some(ServiceOrderGenerators.CONTRACT), Option.none(), false, ZoneId.of("UTC"), at).state();
        assertTrue(ServiceOrderJson.write(several).endsWith(",\"items\":[{\"circuit\":\"DDN-1\"},{\"circuit\":\"DDN-2\"}]}"),
                "present for further circuits, none diverged");
        assertEquals(Either.right(several), ServiceOrderJson.read(ServiceOrderJson.write(several)));
    }

    @Test
    void a_pre_sale_response_handed_over_reads_back_equal() {
        Instant at = ServiceOrderGenerators.AT;
        ServiceOrder order = ServiceOrderGenerators.accepted("PS-1", 0, OrderKind.PRE_SALE, Channel.ACCOUNT_MANAGER,
                Option.none(), Option.some(StarLevel.FOUR_STARS), false, ZoneId.of("Asia/Shanghai"), at).state();
        for (int i = 1; i <= 4; i++) {
            order = ServiceOrderGenerators.advance(order, at.plus(Duration.ofDays(i)), ReturnVisitOutcome.SATISFIED)
                    .get().state();
        }
        assertEquals(Node.RETURN_VISITED, order.node());
        ServiceOrder closed = PreSale.handOver(order, ServiceOrderId.of("SO-9"), io.vavr.collection.List.of(
                CircuitId.of("DDN-7"), CircuitId.of("DDN-8")), Option.some(ServiceOrderGenerators.CONTRACT),
                StaffId.of("AM-017"), at.plus(Duration.ofDays(5))).get().preSale().state();
        String json = ServiceOrderJson.write(closed);
        assertTrue(json.contains("\"kind\":\"PRE_SALE\""), json);
        assertEquals(Either.right(closed), ServiceOrderJson.read(json));
    }

    /** Issue 15, item 4: the pre-sale origin of a provisioning order is stored, and absent for an order taken directly. */
    @Test
    void a_provisioning_order_from_a_pre_sale_stores_its_origin_and_one_taken_directly_writes_none() {
        Instant at = ServiceOrderGenerators.AT;
        ServiceOrder handedOver = ServiceOrderGenerators.accepted("SO-9", 1, true, OrderKind.PROVISIONING,
                Channel.ACCOUNT_MANAGER, Option.some(ServiceOrderGenerators.CONTRACT), Option.some(StarLevel.FIVE_STARS),
                false, ZoneId.of("Asia/Shanghai"), at).state();
        String json = ServiceOrderJson.write(handedOver);
        assertTrue(json.contains("\"accountManager\":\"AM-017\",\"preSale\":\"PS-SO-9\",\"limits\":"), json);
        assertEquals(Either.right(handedOver), ServiceOrderJson.read(json));
        assertEquals(Option.some(ServiceOrderId.of("PS-SO-9")), ServiceOrderJson.read(json).get().intake().preSale());
        ServiceOrder direct = ServiceOrderGenerators.accepted("SO-10", OrderKind.PROVISIONING, at).state();
        assertTrue(!ServiceOrderJson.write(direct).contains("preSale"), "absent for an order taken directly");
    }

    @Test
    void a_delivered_headquarters_order_with_a_pause_reads_back_equal() {
        ServiceOrder order = ServiceOrderGenerators.accepted("SO-hq", OrderKind.PROVISIONING, Channel.ACCOUNT_MANAGER,
                Option.some(ServiceOrderGenerators.CONTRACT), Option.none(), true, ZoneId.of("UTC"),
                ServiceOrderGenerators.AT).state();
        Instant at = ServiceOrderGenerators.AT;
        order = order.pause(PauseReason.SITE_NOT_READY, ServiceOrderGenerators.CLERK, at.plusSeconds(60)).get().state();
        order = order.resume(ServiceOrderGenerators.CLERK, at.plusSeconds(120)).get().state();
        for (int day = 1; day <= 4; day++) {
            order = ServiceOrderGenerators.advance(order, at.plus(Duration.ofDays(day)), ReturnVisitOutcome.SATISFIED)
                    .get().state();
        }
        assertEquals(Node.DELIVERED, order.node());
        assertEquals(Either.right(order), ServiceOrderJson.read(ServiceOrderJson.write(order)));
    }

    @Test
    void working_hours_and_calendar_day_limits_read_back_equal() {
        var limits = org.telecrm.order.aggregate.NodeTimeLimits.sample()
                .withReturnVisits(new org.telecrm.order.clock.TimeLimit.CalendarDays(5),
                        new org.telecrm.order.clock.TimeLimit.InWorkingHours(Duration.ofHours(6),
                                org.telecrm.calendar.WorkingHours.SAMPLE))
                .limitsFor(OrderKind.FAULT_REPORT, Option.none(), Option.none(), false);
        ServiceOrder order = ServiceOrder.accept(ORDER.intake(), limits, ORDER.basis(), ORDER.current().party(),
                ServiceOrderGenerators.CLERK, ServiceOrderGenerators.AT, "").get().state();
        String json = ServiceOrderJson.write(order);
        assertEquals(Either.right(order), ServiceOrderJson.read(json));
        assertTrue(json.contains("\"kind\":\"WORKING_HOURS\",\"duration\":\"PT6H\",\"periods\":[\"08:30-12:00\",\"14:00-17:30\"]"), json);
        String overlapping = json.replace("\"14:00-17:30\"", "\"11:00-17:30\"");
        assertTrue(ServiceOrderJson.read(overlapping).getLeft().field().endsWith(".limit.periods"),
                ServiceOrderJson.read(overlapping).getLeft().field());
        assertTrue(ServiceOrderJson.read(json.replace("\"08:30-12:00\"", "\"8.30-12\"")).getLeft().field()
                .endsWith(".limit.periods"));
    }

    @Nested
    class Stable_documents {

        @Test
        void an_order_document_starts_with_its_schema_version_and_uses_the_documented_names() {
            String json = ServiceOrderJson.write(ORDER);
            assertTrue(json.startsWith("{\"schemaVersion\":1,\"id\":\"SO-1\",\"kind\":\"FAULT_REPORT\""), json);
            assertTrue(json.contains("\"basis\":{\"calendarVersion\":1,\"zone\":\"Asia/Shanghai\"}"), json);
            assertTrue(json.contains("\"auditTrail\":[{\"who\":\"S-001\",\"at\":\"2026-03-02T01:00:00Z\","
                    + "\"to\":\"ACCEPTED\",\"note\":\"taken\"}]"), json);
        }

        @Test
        void unknown_fields_are_tolerated() {
            String json = ServiceOrderJson.write(ORDER).replaceFirst("\\{", "{\"addedLater\":{\"x\":[1,2]},");
            assertEquals(Either.right(ORDER), ServiceOrderJson.read(json));
        }
    }

    @Nested
    class Faulty_json_is_a_typed_error_naming_the_field {

        @Test
        void a_missing_field() {
            String json = ServiceOrderJson.write(ORDER).replace("\"channel\":\"ACCOUNT_MANAGER\",", "");
            assertEquals(Either.left(new JsonError.Missing("channel")), ServiceOrderJson.read(json));
        }

        @Test
        void a_missing_nested_field_names_its_path() {
            String json = ServiceOrderJson.write(ORDER).replace(",\"entered\":\"2026-03-02T01:00:00Z\"", "");
            assertEquals("visits[0].entered is missing", ServiceOrderJson.read(json).getLeft().message());
        }

        @Test
        void an_unknown_node_name() {
            String json = ServiceOrderJson.write(ORDER).replace("\"to\":\"ACCEPTED\"", "\"to\":\"ACEPTED\"");
            assertEquals("auditTrail[0].to", ServiceOrderJson.read(json).getLeft().field());
        }

        @Test
        void an_unknown_node_in_the_announced_deadlines() {
            String json = ServiceOrderJson.write(ORDER).replace("\"missedReported\":[]",
                    "\"missedReported\":[\"SOMEWHERE\"]");
            assertEquals("missedReported[0]", ServiceOrderJson.read(json).getLeft().field());
        }

        @Test
        void a_refused_time_limit() {
            String json = ServiceOrderJson.write(ORDER).replaceFirst("\"duration\":\"PT[0-9]+H\"",
                    "\"duration\":\"PT0S\"");
            assertEquals("limits.nodes[0].limit.duration", ServiceOrderJson.read(json).getLeft().field());
        }

        @Test
        void an_order_no_command_could_have_written_is_not_restorable() {
            String json = ServiceOrderJson.write(ORDER).replace("\"to\":\"ACCEPTED\"", "\"to\":\"DISPATCHED\"");
            JsonError error = ServiceOrderJson.read(json).getLeft();
            assertInstanceOf(JsonError.NotRestorable.class, error);
            assertTrue(error.message().contains("auditTrail[0].to: DISPATCHED is not the visit's node ACCEPTED"),
                    error.message());
            String noVisits = ServiceOrderJson.write(ORDER).replaceFirst("\"visits\":\\[[^\\]]*\\]",
                    "\"visits\":[]");
            assertTrue(ServiceOrderJson.read(noVisits).getLeft().message()
                    .contains("visits: an order has at least its acceptance visit"), noVisits);
        }

        @Test
        void an_unsupported_schema_version() {
            String json = ServiceOrderJson.write(ORDER).replace("\"schemaVersion\":1", "\"schemaVersion\":2");
            assertEquals(Either.left(new JsonError.UnsupportedSchemaVersion("schemaVersion", 2, 1)),
                    ServiceOrderJson.read(json));
        }

        @Test
        void not_json() {
            assertTrue(ServiceOrderJson.read("{\"schemaVersion\":").getLeft() instanceof JsonError.Malformed);
        }

        @Test
        void an_unknown_event_type() {
            ServiceOrderEvent accepted = ServiceOrderGenerators.accepted("SO-1", OrderKind.COMPLAINT,
                    ServiceOrderGenerators.AT).events().head();
            String json = ServiceOrderJson.writeEvent(accepted).replace("OrderAccepted", "OrderTaken");
            assertEquals("type", ServiceOrderJson.readEvent(json).getLeft().field());
        }
    }
}
