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
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.json.PurposeRegisterJson;
import org.telecrm.persistence.outbox.Outbox;
import org.telecrm.persistence.purposes.PurposeRegisters;
import org.telecrm.privacy.purpose.ConsentChannel;
import org.telecrm.privacy.purpose.LawfulBasis;
import org.telecrm.privacy.purpose.PersonalInformation;
import org.telecrm.privacy.purpose.Purpose;
import org.telecrm.privacy.purpose.PurposeEvent;
import org.telecrm.privacy.purpose.PurposeRegister;
import org.telecrm.privacy.purpose.PurposeRejection;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of a {@link PurposeRegisters} adapter with its {@link Outbox}: generated registers (random holds and
 * withdrawals on every basis) survive save and load whole, their events read back from the outbox, a stale save is a
 * conflict with nothing written, and a withdrawn consent still refuses a use after a round trip.
 *
 * <pre>{@code
 * class MyPurposeRegistersTest extends PurposeRegistersContract {
 *     @Override
 *     protected Ports emptyStore() {
 *         MyStorage storage = MyStorage.emptied(dataSource);
 *         return new Ports(storage.purposeRegisters(), storage.outbox());
 *     }
 * }
 * }</pre>
 */
public abstract class PurposeRegistersContract {

    /** The ports under test, backed by the same store. */
    public record Ports(PurposeRegisters registers, Outbox outbox) {
    }

    /** A store with no registers and no pending outbox messages. */
    protected abstract Ports emptyStore();

    private static final CustomerId C1 = CustomerId.of("C-1");
    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

    /** A register reached by accepted commands, and their events. */
    public record RegisterHistory(PurposeRegister register, Seq<PurposeEvent> events) {
    }

    /** Registers of customer C-1 reached by random holds (every basis) and withdrawals. */
    public static Arbitrary<RegisterHistory> histories() {
        Arbitrary<Purpose> purpose = Arbitraries.of(Purpose.class);
        Arbitrary<Set<PersonalInformation>> information = Arbitraries.of(PersonalInformation.class).set().ofMinSize(1);
        Arbitrary<LawfulBasis> basis = Arbitraries.oneOf(
                Arbitraries.of(ConsentChannel.class).map(c -> new LawfulBasis.Consent(T0, c)),
                Arbitraries.of("SLA-1", "合同-2026-001").map(LawfulBasis.Contract::new),
                Arbitraries.just(new LawfulBasis.LegalDuty("反电信网络诈骗法 art. 9")));
        Arbitrary<java.util.function.BiFunction<PurposeRegister, Instant,
                Either<PurposeRejection, Changed<PurposeRegister, PurposeEvent>>>> command = Arbitraries.oneOf(
                Combinators.combine(purpose, information, basis).as((p, i, b) -> (r, at) -> r.hold(p, i, b, at)),
                Combinators.combine(purpose, Arbitraries.of(ConsentChannel.class))
                        .as((p, c) -> (r, at) -> r.withdraw(p, c, at)));
        return command.list().ofMaxSize(25).map(commands -> {
            PurposeRegister register = PurposeRegister.empty(C1);
            List<PurposeEvent> events = List.empty();
            Instant at = T0;
            for (var c : commands) {
                at = at.plusSeconds(60);
                Either<PurposeRejection, Changed<PurposeRegister, PurposeEvent>> result = c.apply(register, at);
                if (result.isRight()) {
                    register = result.get().state();
                    events = events.appendAll(result.get().events());
                }
            }
            return new RegisterHistory(register, events);
        });
    }

    @Provide
    Arbitrary<RegisterHistory> registers() {
        return histories();
    }

    @Property(tries = 100)
    void every_generated_register_survives_save_and_load_and_its_events_read_back(
            @ForAll("registers") RegisterHistory history) {
        Ports store = emptyStore();
        assertEquals(Either.right(1L), store.registers().save(history.register(), Versioned.NEW, history.events()));
        assertEquals(new Versioned<>(history.register(), 1L), store.registers().load(C1).get());
        assertEquals(history.events(), store.outbox().pending(PageRequest.MAX_SIZE)
                .map(m -> PurposeRegisterJson.readEvent(m.payload()).get()));
    }

    @Test
    void a_stale_save_is_a_conflict_and_writes_nothing() {
        Ports store = emptyStore();
        Changed<PurposeRegister, PurposeEvent> held = PurposeRegister.empty(C1).hold(Purpose.BILLING,
                Set.of(PersonalInformation.PHONE_NUMBER), new LawfulBasis.Contract("SLA-1"), T0).get();
        store.registers().save(held, Versioned.NEW);
        assertEquals(Either.left(new SaveConflict(PurposeRegisters.TYPE, "C-1", Versioned.NEW, 1L)),
                store.registers().save(held, Versioned.NEW));
        assertEquals(1, store.outbox().pending(PageRequest.MAX_SIZE).size());
    }

    @Test
    void a_withdrawn_consent_refuses_the_use_after_a_round_trip() {
        Ports store = emptyStore();
        Changed<PurposeRegister, PurposeEvent> consented = PurposeRegister.empty(C1).hold(Purpose.MARKETING,
                Set.of(PersonalInformation.PHONE_NUMBER), new LawfulBasis.Consent(T0, ConsentChannel.ONLINE), T0).get();
        store.registers().save(consented, Versioned.NEW);
        Changed<PurposeRegister, PurposeEvent> withdrawn = store.registers().load(C1).get().aggregate()
                .withdraw(Purpose.MARKETING, ConsentChannel.SMS, T0.plusSeconds(60)).get();
        store.registers().save(withdrawn, 1);
        PurposeRejection refused = store.registers().load(C1).get().aggregate()
                .permit(Purpose.MARKETING, Set.of(PersonalInformation.PHONE_NUMBER), T0.plusSeconds(120)).getLeft();
        assertInstanceOf(PurposeRejection.NotAllowed.class, refused);
        assertTrue(refused.message().contains("withdrawn"), refused.message());
    }
}
