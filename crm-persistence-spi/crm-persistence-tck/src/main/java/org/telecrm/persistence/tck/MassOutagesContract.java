package org.telecrm.persistence.tck;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.StaffId;
import org.telecrm.kernel.Changed;
import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.clock.PauseReason;
import org.telecrm.order.outage.Inheritance;
import org.telecrm.order.outage.MassOutage;
import org.telecrm.order.outage.MassOutageEvent;
import org.telecrm.order.outage.MassOutageId;
import org.telecrm.order.outage.MassOutageRejection;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.json.MassOutageJson;
import org.telecrm.persistence.outages.MassOutages;
import org.telecrm.persistence.outbox.Outbox;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.quality.OutageCause;

import java.time.Instant;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contract of a {@link MassOutages} adapter with its {@link Outbox} (issue 15, item 4): generated outages (random
 * attachments, detachments with reasons, pauses, resumptions, restored or not) survive save and load whole, their
 * events read back from the outbox, what the children inherit and the availability records are the same after a
 * round trip, a stale save is a conflict with nothing written, and the outages not yet restored are found a page at
 * a time.
 *
 * <pre>{@code
 * class MyMassOutagesTest extends MassOutagesContract {
 *     @Override
 *     protected Ports emptyStore() {
 *         MyStorage storage = MyStorage.emptied(dataSource);
 *         return new Ports(storage.massOutages(), storage.outbox());
 *     }
 * }
 * }</pre>
 */
public abstract class MassOutagesContract {

    /** The ports under test, backed by the same store. */
    public record Ports(MassOutages outages, Outbox outbox) {
    }

    /** A store with no outages and no pending outbox messages. */
    protected abstract Ports emptyStore();

    private static final MassOutageId MO = MassOutageId.of("MO-1");
    private static final StaffId NOC = StaffId.of("S-700");
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    /** An outage reached by accepted commands, and their events. */
    public record OutageHistory(MassOutage outage, Seq<MassOutageEvent> events) {
    }

    /**
     * Outages MO-1 reached from the declaration by random attachments of six orders on three circuits, detachments,
     * pauses with either reason and resumptions, minutes to hours apart, then restored or not; refused commands
     * dropped.
     */
    public static Arbitrary<OutageHistory> histories() {
        Arbitrary<Integer> child = Arbitraries.integers().between(1, 6);
        Arbitrary<String> reason = Arbitraries.of("on the cut cable", "光缆中断 深南大道", "its own fault: the router");
        Arbitrary<BiFunction<MassOutage, Instant, Either<MassOutageRejection, Changed<MassOutage, MassOutageEvent>>>>
                command = Arbitraries.oneOf(
                Combinators.combine(child, reason).as((c, r) -> (o, at) -> o.attach(ServiceOrderId.of("SO-" + c),
                        CircuitId.of("DDN-" + (c % 3 + 1)), NOC, at, r)),
                Combinators.combine(child, reason).as((c, r) -> (o, at) -> o.detach(ServiceOrderId.of("SO-" + c),
                        NOC, at, r)),
                Arbitraries.of(PauseReason.class).map(r -> (o, at) -> o.pause(r, NOC, at)),
                Arbitraries.just((o, at) -> o.resume(NOC, at)));
        return Combinators.combine(command.list().ofMaxSize(20), Arbitraries.integers().between(1, 600).list()
                .ofSize(21), Arbitraries.of(true, false), Arbitraries.of("fibre cut, Shennan Road", "机房停电"))
                .as((commands, minutes, restore, description) -> {
                    Changed<MassOutage, MassOutageEvent> declared = MassOutage.declare(MO, description, NOC, T0);
                    MassOutage outage = declared.state();
                    Seq<MassOutageEvent> events = declared.events();
                    Instant at = T0;
                    for (int i = 0; i < commands.size(); i++) {
                        at = at.plusSeconds(60L * minutes.get(i));
                        var result = commands.get(i).apply(outage, at);
                        if (result.isRight()) {
                            outage = result.get().state();
                            events = events.appendAll(result.get().events());
                        }
                    }
                    if (restore) {
                        Changed<MassOutage, MassOutageEvent> restored = outage.restore(NOC,
                                at.plusSeconds(60L * minutes.get(20))).get();
                        outage = restored.state();
                        events = events.appendAll(restored.events());
                    }
                    return new OutageHistory(outage, events);
                });
    }

    @Provide
    Arbitrary<OutageHistory> outages() {
        return histories();
    }

    @Property(tries = 100)
    void every_generated_outage_survives_save_and_load_and_its_events_read_back(
            @ForAll("outages") OutageHistory history) {
        Ports store = emptyStore();
        assertEquals(Either.right(1L), store.outages().save(history.outage(), Versioned.NEW, history.events()));
        MassOutage loaded = store.outages().load(MO).get().aggregate();
        assertEquals(new Versioned<>(history.outage(), 1L), store.outages().load(MO).get());
        assertEquals(history.events(), store.outbox().pending(PageRequest.MAX_SIZE)
                .map(m -> MassOutageJson.readEvent(m.payload()).get()));
        assertEquals(Inheritance.outagesPerCircuit(history.outage(), OutageCause.PROVIDER),
                Inheritance.outagesPerCircuit(loaded, OutageCause.PROVIDER), "one availability record per circuit");
        assertEquals(history.outage().attached(), loaded.attached(), "the same children inherit");
    }

    @Test
    void a_stale_save_is_a_conflict_and_writes_nothing() {
        Ports store = emptyStore();
        Changed<MassOutage, MassOutageEvent> declared = MassOutage.declare(MO, "fibre cut", NOC, T0);
        store.outages().save(declared, Versioned.NEW);
        assertEquals(Either.left(new SaveConflict(MassOutages.TYPE, "MO-1", Versioned.NEW, 1L)),
                store.outages().save(declared, Versioned.NEW));
        Changed<MassOutage, MassOutageEvent> attached = declared.state().attach(ServiceOrderId.of("SO-1"),
                CircuitId.of("DDN-1"), NOC, T0.plusSeconds(60), "on the cut cable").get();
        assertEquals(Either.right(2L), store.outages().save(attached, 1));
        assertEquals(Either.left(new SaveConflict(MassOutages.TYPE, "MO-1", 1L, 2L)), store.outages().save(attached, 1));
        assertEquals(2, store.outbox().pending(PageRequest.MAX_SIZE).size());
        assertEquals(attached.state(), store.outages().load(MO).get().aggregate());
    }

    @Test
    void the_outages_not_yet_restored_come_a_page_at_a_time_in_id_order() {
        Ports store = emptyStore();
        for (int i = 1; i <= 5; i++) {
            Changed<MassOutage, MassOutageEvent> declared = MassOutage.declare(MassOutageId.of("MO-" + i),
                    "outage " + i, NOC, T0);
            store.outages().save(declared, Versioned.NEW);
            if (i % 2 == 0) {
                store.outages().save(declared.state().restore(NOC, T0.plusSeconds(3600)).get(), 1);
            }
        }
        Page<Versioned<MassOutage>> first = store.outages().unrestored(PageRequest.first(2));
        assertEquals(List.of("MO-1", "MO-3"), first.items().map(v -> v.aggregate().id().value()));
        Page<Versioned<MassOutage>> second = store.outages().unrestored(first.next().get());
        assertEquals(List.of("MO-5"), second.items().map(v -> v.aggregate().id().value()));
        assertEquals(true, second.next().isEmpty());
    }
}
