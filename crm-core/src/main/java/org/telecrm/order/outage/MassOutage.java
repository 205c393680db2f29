package org.telecrm.order.outage;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.types.AggregateRoot;
import org.telecrm.customer.StaffId;
import org.telecrm.kernel.Changed;
import org.telecrm.kernel.RestoreCheck;
import org.telecrm.kernel.RestoreError;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.clock.ClockError;
import org.telecrm.order.clock.PauseLedger;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.sla.CircuitId;

import java.time.Instant;
import java.util.Objects;

/**
 * A mass outage (issue 15, item 4): one incident, such as a cut cable, that takes down many circuits, with the fault
 * orders of those circuits attached as its children, each with the reason and who attached it. A child may be
 * detached with a reason: it diverges (its own fault, handled on its own). The outage's pauses and its restoration
 * are the children's ({@link Inheritance}); it refers to its children by identifier only. Immutable; each command
 * returns {@code Either<MassOutageRejection, Changed<MassOutage, MassOutageEvent>>}; a restored outage is final.
 *
 * <pre>{@code
 * MassOutage cable = MassOutage.declare(MassOutageId.of("MO-7"), "fibre cut, Shennan Road", noc, at).get().state();
 * cable = cable.attach(ServiceOrderId.of("SO-1"), CircuitId.of("DDN-1"), noc, at2, "on the cut cable").get().state();
 * cable = cable.restore(noc, at3).get().state();    // OutageRestored([SO-1], ...)
 * }</pre>
 */
public final class MassOutage implements AggregateRoot<MassOutage, MassOutageId> {

    private final MassOutageId id;
    private final String description;
    private final Instant declaredAt;
    private final Seq<ChildLink> children;
    private final PauseLedger pauses;
    private final Option<Instant> restoredAt;
    private final Instant latest;

    private MassOutage(MassOutageId id, String description, Instant declaredAt, Seq<ChildLink> children,
                       PauseLedger pauses, Option<Instant> restoredAt, Instant latest) {
        this.id = Objects.requireNonNull(id, "id");
        this.description = Objects.requireNonNull(description, "description");
        this.declaredAt = Objects.requireNonNull(declaredAt, "declaredAt");
        this.children = Objects.requireNonNull(children, "children");
        this.pauses = Objects.requireNonNull(pauses, "pauses");
        this.restoredAt = Objects.requireNonNull(restoredAt, "restoredAt");
        this.latest = Objects.requireNonNull(latest, "latest");
    }

    /** Declares the outage at {@code at}: no child yet. */
    public static Changed<MassOutage, MassOutageEvent> declare(MassOutageId id, String description, StaffId by,
                                                               Instant at) {
        return Changed.of(new MassOutage(id, description, at, List.empty(), PauseLedger.EMPTY, Option.none(), at),
                List.of(new MassOutageEvent.OutageDeclared(id, description, by, at)));
    }

    /**
     * Rebuilds an outage from stored state, raising no event, after checking it: attachments at or after the
     * declaration, each detached no earlier than attached, no order attached twice at once; pauses none before the
     * declaration and none open once restored; the restoration not before anything recorded. Anything else is a
     * {@link RestoreError} naming every problem.
     */
    public static Either<RestoreError, MassOutage> restore(MassOutageId id, String description, Instant declaredAt,
                                                           Seq<ChildLink> children, PauseLedger pauses,
                                                           Option<Instant> restoredAt) {
        Objects.requireNonNull(children, "children");
        Objects.requireNonNull(pauses, "pauses");
        Objects.requireNonNull(restoredAt, "restoredAt");
        RestoreCheck check = RestoreCheck.of("mass outage", id.value());
        Seq<Instant> instants = List.of(declaredAt);
        for (int i = 0; i < children.size(); i++) {
            ChildLink link = children.get(i);
            String at = "children[" + i + "]";
            check.when(link.attachedAt().isBefore(declaredAt), at + ".attachedAt", () -> "before the declaration");
            check.when(link.detached().exists(d -> d.at().isBefore(link.attachedAt())), at + ".detached",
                    () -> "detached before it was attached");
            check.when(link.isAttached() && children.take(i).exists(l -> l.isAttached() && l.order().equals(link.order())),
                    at + ".order", () -> link.order() + " is attached twice");
            instants = instants.append(link.attachedAt()).appendAll(link.detached().map(ChildLink.Detachment::at));
        }
        check.when(pauses.pauses().exists(p -> p.start().isBefore(declaredAt)), "pauses", () -> "a pause before the declaration");
        check.when(restoredAt.isDefined() && pauses.isPaused(), "pauses", () -> "a restored outage is not paused");
        instants = instants.appendAll(pauses.pauses().flatMap(p -> p.end().toList().prepend(p.start())));
        Instant latest = instants.max().get();
        check.when(restoredAt.exists(r -> r.isBefore(latest)), "restoredAt", () -> "before " + latest + ", recorded");
        return check.restore(() -> new MassOutage(id, description, declaredAt, List.ofAll(children), pauses, restoredAt,
                restoredAt.getOrElse(latest)));
    }

    /** Attaches a fault order about {@code circuit}; refused when it is attached already (detached, it may return). */
    public Either<MassOutageRejection, Changed<MassOutage, MassOutageEvent>> attach(ServiceOrderId order, CircuitId circuit,
                                                                                   StaffId by, Instant at, String reason) {
        return check(at).flatMap(ok -> {
            if (attached().exists(l -> l.order().equals(order))) {
                return Either.left(new MassOutageRejection.NotAttachable(id, order, "is attached already"));
            }
            return Either.right(Changed.of(with(children.append(new ChildLink(order, circuit, by, at, reason,
                    Option.none())), pauses, at), List.of(new MassOutageEvent.ChildAttached(id, order, reason, by, at))));
        });
    }

    /** Detaches a child: from now on it diverges, neither paused nor restored with the outage. */
    public Either<MassOutageRejection, Changed<MassOutage, MassOutageEvent>> detach(ServiceOrderId order, StaffId by,
                                                                                   Instant at, String reason) {
        return check(at).flatMap(ok -> {
            int index = children.lastIndexWhere(l -> l.order().equals(order) && l.isAttached());
            if (index < 0) {
                return Either.left(new MassOutageRejection.NotAttachable(id, order, "is not attached"));
            }
            return Either.right(Changed.of(with(children.update(index, children.get(index).detach(by, at, reason)),
                    pauses, at), List.of(new MassOutageEvent.ChildDetached(id, order, reason, by, at))));
        });
    }

    /** Stops the clock of the outage, and so of its attached children. */
    public Either<MassOutageRejection, Changed<MassOutage, MassOutageEvent>> pause(PauseReason reason, StaffId by,
                                                                                  Instant at) {
        return recordPause(at, pauses.start(at, reason, by), new MassOutageEvent.OutagePaused(id, reason, at));
    }

    /** Starts the clock again. */
    public Either<MassOutageRejection, Changed<MassOutage, MassOutageEvent>> resume(StaffId by, Instant at) {
        return recordPause(at, pauses.end(at, by), new MassOutageEvent.OutageResumed(id, at));
    }

    /** Service is back at {@code at}: the attached children are restored with it; an open pause ends; final. */
    public Either<MassOutageRejection, Changed<MassOutage, MassOutageEvent>> restore(StaffId by, Instant at) {
        return check(at).map(ok -> {
            PauseLedger ledger = pauses.isPaused() ? pauses.end(at, by).get() : pauses;
            MassOutage restored = new MassOutage(id, description, declaredAt, children, ledger, Option.some(at), at);
            return Changed.of(restored, List.of(new MassOutageEvent.OutageRestored(id,
                    attached().map(ChildLink::order), by, at)));
        });
    }

    private Either<MassOutageRejection, Changed<MassOutage, MassOutageEvent>> recordPause(
            Instant at, Either<ClockError, PauseLedger> ledger, MassOutageEvent event) {
        return check(at).flatMap(ok -> ledger.<MassOutageRejection>mapLeft(e -> new MassOutageRejection.PauseRefused(id, e))
                .map(l -> Changed.of(with(children, l, at), List.of(event))));
    }

    private Either<MassOutageRejection, Boolean> check(Instant at) {
        Objects.requireNonNull(at, "at");
        if (restoredAt.isDefined()) {
            return Either.left(new MassOutageRejection.Restored(id, restoredAt.get()));
        }
        if (at.isBefore(latest)) {
            return Either.left(new MassOutageRejection.OutOfOrder(id, at, latest));
        }
        return Either.right(true);
    }

    private MassOutage with(Seq<ChildLink> links, PauseLedger ledger, Instant at) {
        return new MassOutage(id, description, declaredAt, links, ledger, restoredAt, at);
    }

    @Override
    public MassOutageId getId() {
        return id;
    }

    public MassOutageId id() {
        return id;
    }

    public String description() {
        return description;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    /** Every attachment, oldest first, detached ones included (the history of who was in the outage). */
    public Seq<ChildLink> children() {
        return children;
    }

    /** The children attached now. */
    public Seq<ChildLink> attached() {
        return children.filter(ChildLink::isAttached);
    }

    public PauseLedger pauses() {
        return pauses;
    }

    public Option<Instant> restoredAt() {
        return restoredAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MassOutage other && id.equals(other.id) && description.equals(other.description)
                && declaredAt.equals(other.declaredAt) && children.equals(other.children)
                && pauses.equals(other.pauses) && restoredAt.equals(other.restoredAt) && latest.equals(other.latest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, children, restoredAt);
    }

    @Override
    public String toString() {
        return "MassOutage[" + id + ", " + attached().size() + " attached" + (restoredAt.isDefined() ? ", restored" : "")
                + "]";
    }
}
