package org.telecrm.order.aggregate;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.telecrm.order.OrderKind;
import org.telecrm.order.clock.TimeLimit;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Issue 15, item 5: a pre-sale response's stages each have a limit of the table's ({@link PreSaleLimits}): the
 * consultation and the resource check from entering their node, the solution proposal from acceptance; the other
 * kinds keep theirs.
 */
class PreSaleLimitsTest {

    static final PreSaleLimits FAST = new PreSaleLimits(new TimeLimit.ClockTime(Duration.ofHours(4)),
            new TimeLimit.WorkingDays(2), new TimeLimit.WorkingDays(5));

    @Test
    void aPreSaleResponseHasALimitPerStage() {
        NodeLimits limits = NodeTimeLimits.sample().withPreSale(FAST).limitsFor(OrderKind.PRE_SALE, Option.none(),
                Option.none(), false);
        assertEquals(new NodeLimit(FAST.consultation(), Anchor.NODE_ENTRY, "pre-sale consultation: library sample"),
                limits.of(Node.ACCEPTED).get());
        assertEquals(new NodeLimit(FAST.resourceCheck(), Anchor.NODE_ENTRY, "pre-sale resource check: library sample"),
                limits.of(Node.DISPATCHED).get());
        assertEquals(new NodeLimit(FAST.proposal(), Anchor.ACCEPTANCE, "pre-sale solution proposal: library sample"),
                limits.of(Node.IN_PROGRESS).get());
        assertEquals(new NodeLimit(NodeTimeLimits.RULES_MD_RETURN_VISIT_AFTER_OPENING, Anchor.COMPLETION,
                "the customer's answer: as the return visit, rules.md §4"), limits.of(Node.COMPLETED).get());
        assertEquals(Option.none(), limits.of(Node.DELIVERED));
        assertEquals(false, limits.delivery());
    }

    @Test
    void theSampleAndTheOtherSettingsKeepThePreSaleLimits() {
        assertEquals(new PreSaleLimits(new TimeLimit.WorkingDays(1), new TimeLimit.WorkingDays(3),
                new TimeLimit.WorkingDays(10)), NodeTimeLimits.sample().preSale());
        assertEquals(FAST, NodeTimeLimits.sample().withPreSale(FAST).withReturnVisits(
                NodeTimeLimits.CLOCK_HOURS_RETURN_VISIT_AFTER_OPENING, NodeTimeLimits.CLOCK_HOURS_RETURN_VISIT_AFTER_FAULT)
                .preSale());
        NodeTimeLimits table = NodeTimeLimits.sample().withPreSale(FAST);
        for (OrderKind kind : OrderKind.values()) {
            if (kind != OrderKind.PRE_SALE) {
                assertEquals(NodeTimeLimits.sample().limitsFor(kind, Option.none(), Option.none(), false),
                        table.limitsFor(kind, Option.none(), Option.none(), false), kind.name());
            }
        }
        assertEquals(new NodeLimit(new TimeLimit.ClockTime(Duration.ofHours(2)), Anchor.NODE_ENTRY, "library sample"),
                table.limitsFor(OrderKind.CHANGE, Option.none(), Option.none(), false).of(Node.ACCEPTED).get());
        assertEquals("return visit: rules.md §4", table.limitsFor(OrderKind.CHANGE, Option.none(), Option.none(), false)
                .of(Node.COMPLETED).get().source());
    }

    @Test
    void everyStageHasALimit() {
        TimeLimit day = new TimeLimit.WorkingDays(1);
        assertThrows(NullPointerException.class, () -> new PreSaleLimits(null, day, day));
        assertThrows(NullPointerException.class, () -> new PreSaleLimits(day, null, day));
        assertThrows(NullPointerException.class, () -> new PreSaleLimits(day, day, null));
        assertThrows(NullPointerException.class, () -> NodeTimeLimits.sample().withPreSale(null));
    }
}
