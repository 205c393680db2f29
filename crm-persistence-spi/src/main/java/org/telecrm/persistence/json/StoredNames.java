package org.telecrm.persistence.json;

import org.telecrm.customer.star.StarLevel;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.Anchor;
import org.telecrm.order.aggregate.Channel;
import org.telecrm.order.aggregate.DeadlineStage;
import org.telecrm.order.aggregate.Node;
import org.telecrm.order.aggregate.Setback;
import org.telecrm.order.aggregate.ReturnVisitOutcome;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.order.clock.TimeLimit;
import org.telecrm.order.outage.MassOutageEvent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one registry of the names stored JSON gives to enum constants and to the subtypes of sealed types, spelled out
 * so that renaming a constant or a class in {@code crm-core} never changes a stored document or an event's contract.
 * The codec ({@link Codecs}) takes every name from here, and refuses, when it is first built, an enum with a constant
 * that has no name or a sealed type with a permitted subtype that has none.
 */
final class StoredNames {

    /** The stored names of one sealed type's subtypes, the field that holds them, and the fields written first. */
    record Sealed(String discriminator, List<String> leading, Map<Class<?>, String> names) {
    }

    private static final Map<Class<?>, Map<Enum<?>, String>> ENUMS = new HashMap<>();
    private static final Map<Class<?>, Sealed> SEALED = new HashMap<>();

    static {
        constants(OrderKind.PROVISIONING, "PROVISIONING", OrderKind.FAULT_REPORT, "FAULT_REPORT", OrderKind.COMPLAINT,
                "COMPLAINT", OrderKind.CHANGE, "CHANGE", OrderKind.CANCELLATION, "CANCELLATION", OrderKind.PRE_SALE,
                "PRE_SALE");
        constants(Channel.HOTLINE_10000, "HOTLINE_10000", Channel.BUSINESS_HALL, "BUSINESS_HALL",
                Channel.ACCOUNT_MANAGER, "ACCOUNT_MANAGER", Channel.ONE_STOP_SERVICE, "ONE_STOP_SERVICE");
        constants(StarLevel.ONE_STAR, "ONE_STAR", StarLevel.TWO_STARS, "TWO_STARS", StarLevel.THREE_STARS,
                "THREE_STARS", StarLevel.FOUR_STARS, "FOUR_STARS", StarLevel.FIVE_STARS, "FIVE_STARS");
        constants(Node.ACCEPTED, "ACCEPTED", Node.DISPATCHED, "DISPATCHED", Node.IN_PROGRESS, "IN_PROGRESS",
                Node.COMPLETED, "COMPLETED", Node.DELIVERED, "DELIVERED", Node.RETURN_VISITED, "RETURN_VISITED",
                Node.CLOSED, "CLOSED", Node.CANCELLED, "CANCELLED", Node.REJECTED, "REJECTED", Node.FAILED, "FAILED");
        constants(DeadlineStage.WARNING, "WARNING", DeadlineStage.VIOLATION, "VIOLATION",
                DeadlineStage.ESCALATED_TO_DEPARTMENT, "ESCALATED_TO_DEPARTMENT",
                DeadlineStage.ESCALATED_TO_SUPERVISOR, "ESCALATED_TO_SUPERVISOR",
                DeadlineStage.ESCALATED_TO_SERVICE_SUPERVISION, "ESCALATED_TO_SERVICE_SUPERVISION");
        constants(Setback.REWORK, "REWORK", Setback.REOPEN, "REOPEN", Setback.REJECT, "REJECT", Setback.FAIL, "FAIL");
        constants(Anchor.NODE_ENTRY, "NODE_ENTRY", Anchor.ACCEPTANCE, "ACCEPTANCE", Anchor.COMPLETION, "COMPLETION");
        constants(PauseReason.SITE_NOT_READY, "SITE_NOT_READY", PauseReason.CUSTOMER_REQUESTED_DELAY,
                "CUSTOMER_REQUESTED_DELAY");
        constants(ReturnVisitOutcome.SATISFIED, "SATISFIED", ReturnVisitOutcome.DISSATISFIED, "DISSATISFIED");

        subtypes(TimeLimit.class, "kind", List.of(), TimeLimit.WorkingDays.class, "WORKING_DAYS",
                TimeLimit.ClockTime.class, "CLOCK_TIME", TimeLimit.CalendarDays.class, "CALENDAR_DAYS",
                TimeLimit.InWorkingHours.class, "WORKING_HOURS");
        subtypes(ServiceOrderEvent.class, "type", List.of("order", "occurredAt"),
                ServiceOrderEvent.OrderAccepted.class, "OrderAccepted", ServiceOrderEvent.NodeEntered.class,
                "NodeEntered", ServiceOrderEvent.ClockPaused.class, "ClockPaused", ServiceOrderEvent.ClockResumed.class,
                "ClockResumed", ServiceOrderEvent.DeadlineMissed.class, "DeadlineMissed",
                ServiceOrderEvent.EscalatedToAccountManager.class, "EscalatedToAccountManager",
                ServiceOrderEvent.LimitWarning.class, "LimitWarning", ServiceOrderEvent.LimitViolated.class,
                "LimitViolated", ServiceOrderEvent.LimitEscalated.class, "LimitEscalated",
                ServiceOrderEvent.OrderSetBack.class, "OrderSetBack", ServiceOrderEvent.ItemCompleted.class,
                "ItemCompleted", ServiceOrderEvent.PreSaleHandedOver.class, "PreSaleHandedOver");
        subtypes(MassOutageEvent.class, "type", List.of("outage", "occurredAt"),
                MassOutageEvent.OutageDeclared.class, "OutageDeclared", MassOutageEvent.ChildAttached.class,
                "ChildAttached", MassOutageEvent.ChildDetached.class, "ChildDetached",
                MassOutageEvent.OutagePaused.class, "OutagePaused", MassOutageEvent.OutageResumed.class,
                "OutageResumed", MassOutageEvent.OutageRestored.class, "OutageRestored");
    }

    private StoredNames() {
    }

    /** The stored names of an enum's constants, every constant named; none when the enum is not registered. */
    static Map<Enum<?>, String> constantsOf(Class<?> type) {
        Map<Enum<?>, String> names = ENUMS.get(type);
        if (names != null && names.size() != type.getEnumConstants().length) {
            throw new IllegalStateException("a constant of " + type.getName() + " has no stored name: add it to StoredNames");
        }
        return names;
    }

    /** The stored names of a sealed type's permitted subtypes, every one named; none when it is not registered. */
    static Sealed subtypesOf(Class<?> type) {
        Sealed sealed = SEALED.get(type);
        if (sealed != null) {
            for (Class<?> permitted : Codecs.concrete(type)) {
                if (!sealed.names().containsKey(permitted)) {
                    throw new IllegalStateException(permitted.getName() + " has no stored name: add it to StoredNames");
                }
            }
        }
        return sealed;
    }

    /** Pairs of a constant and its name. */
    private static void constants(Object... pairs) {
        Map<Enum<?>, String> names = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            names.put((Enum<?>) pairs[i], (String) pairs[i + 1]);
        }
        ENUMS.put(((Enum<?>) pairs[0]).getDeclaringClass(), Map.copyOf(names));
    }

    /** A sealed type's discriminator field, its leading fields, and pairs of a subtype and its name. */
    private static void subtypes(Class<?> type, String discriminator, List<String> leading, Object... pairs) {
        Map<Class<?>, String> names = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            names.put((Class<?>) pairs[i], (String) pairs[i + 1]);
        }
        SEALED.put(type, new Sealed(discriminator, leading, Map.copyOf(names)));
    }
}
