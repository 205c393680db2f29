package org.telecrm.privacy.purpose;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Purposes, lawful bases and the withdrawal of consent (PIPL art. 13-17, 29). */
class PurposeRegisterTest {

    private static final CustomerId C1 = CustomerId.of("C-1");
    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
    private static final Set<PersonalInformation> PHONE = Set.of(PersonalInformation.PHONE_NUMBER);
    private static final LawfulBasis ONLINE_CONSENT = new LawfulBasis.Consent(T0, ConsentChannel.ONLINE);
    private static final LawfulBasis CONTRACT = new LawfulBasis.Contract("SLA-1");
    private static final LawfulBasis REAL_NAME = new LawfulBasis.LegalDuty("反电信网络诈骗法 art. 9");

    private static PurposeRegister held(Purpose purpose, Set<PersonalInformation> information, LawfulBasis basis) {
        return PurposeRegister.empty(C1).hold(purpose, information, basis, T0).get().state();
    }

    @Nested
    class ACommandNeedingAPurposeTheCustomerHasNotAllowedIsATypedRejection {

        @Test
        void nothing_is_allowed_in_an_empty_register() {
            assertEquals(new PurposeRejection.NotAllowed(C1, Purpose.MARKETING, TreeSet.of(PersonalInformation.PHONE_NUMBER),
                    Option.none()), PurposeRegister.empty(C1).permit(Purpose.MARKETING, PHONE, T0).getLeft());
        }

        @Test
        void information_held_for_one_purpose_is_not_allowed_for_another() {
            PurposeRegister r = held(Purpose.SERVICE_ASSURANCE, PHONE, CONTRACT);
            assertTrue(r.permit(Purpose.SERVICE_ASSURANCE, PHONE, T0).isRight());
            assertInstanceOf(PurposeRejection.NotAllowed.class, r.permit(Purpose.MARKETING, PHONE, T0).getLeft());
        }

        @Test
        void only_the_information_held_is_allowed_and_the_missing_is_named() {
            PurposeRegister r = held(Purpose.BILLING, PHONE, CONTRACT);
            assertEquals(TreeSet.of(PersonalInformation.EMAIL), ((PurposeRejection.NotAllowed) r.permit(Purpose.BILLING,
                    Set.of(PersonalInformation.PHONE_NUMBER, PersonalInformation.EMAIL), T0).getLeft()).missing());
        }

        @Test
        void a_permit_names_the_basis_it_rests_on() {
            PurposeRegister.Permit permit = held(Purpose.MARKETING, PHONE, ONLINE_CONSENT)
                    .permit(Purpose.MARKETING, PHONE, T0.plusSeconds(1)).get();
            assertEquals(ONLINE_CONSENT, permit.basis());
            assertEquals(C1, permit.customer());
        }

        @Test
        void nothing_is_allowed_before_it_was_recorded() {
            assertInstanceOf(PurposeRejection.NotAllowed.class,
                    held(Purpose.BILLING, PHONE, CONTRACT).permit(Purpose.BILLING, PHONE, T0.minusSeconds(1)).getLeft());
        }
    }

    @Nested
    class WithdrawingConsent {

        @Test
        void after_a_withdrawal_nothing_is_allowed_for_the_purpose_and_the_rejection_says_when() {
            PurposeRegister r = held(Purpose.MARKETING, PHONE, ONLINE_CONSENT)
                    .withdraw(Purpose.MARKETING, ConsentChannel.SMS, T0.plusSeconds(60)).get().state();
            assertEquals(Option.some(T0.plusSeconds(60)), ((PurposeRejection.NotAllowed) r
                    .permit(Purpose.MARKETING, PHONE, T0.plusSeconds(61)).getLeft()).withdrawnAt());
            assertEquals(List.of(new PurposeRegister.Withdrawal(Purpose.MARKETING,
                    (LawfulBasis.Consent) ONLINE_CONSENT, ConsentChannel.SMS, T0.plusSeconds(60))), r.withdrawals());
        }

        @Test
        void a_contract_or_a_legal_duty_is_not_withdrawn_as_consent() {
            assertInstanceOf(PurposeRejection.NotByConsent.class, held(Purpose.BILLING, PHONE, CONTRACT)
                    .withdraw(Purpose.BILLING, ConsentChannel.PHONE, T0.plusSeconds(1)).getLeft());
            assertInstanceOf(PurposeRejection.NotByConsent.class, held(Purpose.SERVICE_DELIVERY,
                    Set.of(PersonalInformation.IDENTITY_NUMBER), REAL_NAME)
                    .withdraw(Purpose.SERVICE_DELIVERY, ConsentChannel.PHONE, T0.plusSeconds(1)).getLeft());
        }

        @Test
        void withdrawing_what_is_not_held_changes_nothing() {
            assertTrue(PurposeRegister.empty(C1).withdraw(Purpose.MARKETING, ConsentChannel.SMS, T0).get()
                    .changedNothing());
        }
    }

    @Nested
    class TheBasisRules {

        @Test
        void an_identity_number_needs_consent_or_a_legal_duty_not_a_contract() {
            PurposeRejection refused = PurposeRegister.empty(C1).hold(Purpose.SERVICE_DELIVERY,
                    Set.of(PersonalInformation.IDENTITY_NUMBER), CONTRACT, T0).getLeft();
            assertEquals(PurposeRules.SENSITIVE_NEEDS_CONSENT_OR_LEGAL_DUTY.name(),
                    ((PurposeRejection.BasisRefused) refused).rule());
            assertTrue(PurposeRegister.empty(C1).hold(Purpose.SERVICE_DELIVERY,
                    Set.of(PersonalInformation.IDENTITY_NUMBER), REAL_NAME, T0).isRight());
        }

        @Test
        void marketing_rests_on_consent_only() {
            for (LawfulBasis basis : List.of(CONTRACT, REAL_NAME)) {
                assertEquals(PurposeRules.MARKETING_NEEDS_CONSENT.name(), ((PurposeRejection.BasisRefused)
                        PurposeRegister.empty(C1).hold(Purpose.RETENTION_MARKETING, PHONE, basis, T0).getLeft()).rule());
            }
        }

        @Test
        void consent_is_not_recorded_before_it_is_given() {
            assertEquals(PurposeRules.CONSENT_GIVEN_BY_THEN.name(), ((PurposeRejection.BasisRefused)
                    PurposeRegister.empty(C1).hold(Purpose.MARKETING, PHONE,
                            new LawfulBasis.Consent(T0.plusSeconds(1), ConsentChannel.ONLINE), T0).getLeft()).rule());
        }

        @Test
        void every_rule_is_named_and_sourced() {
            assertEquals(3, PurposeRules.all().size());
            assertTrue(PurposeRules.all().forAll(r -> !r.name().isBlank() && r.source().startsWith("PIPL")));
        }

        @Test
        void restoring_state_a_rule_refuses_is_a_restore_error_naming_the_field() {
            Processing marketingByContract = new Processing(Purpose.MARKETING, TreeSet.of(PersonalInformation.PHONE_NUMBER),
                    CONTRACT, T0);
            org.telecrm.kernel.RestoreError refused = PurposeRegister.restore(C1, List.of(marketingByContract),
                    List.empty()).getLeft();
            assertEquals("purpose register", refused.aggregate());
            assertEquals(C1.value(), refused.id());
            assertEquals(List.of("held[0]"), refused.problems().map(org.telecrm.kernel.FieldProblem::field));
            assertTrue(refused.message().contains("marketing needs consent"), refused.message());
        }

        @Test
        void restoring_a_purpose_held_twice_or_withdrawals_out_of_order_names_each_problem() {
            Processing billing = new Processing(Purpose.BILLING, TreeSet.of(PersonalInformation.PHONE_NUMBER),
                    CONTRACT, T0);
            LawfulBasis.Consent consent = new LawfulBasis.Consent(T0, ConsentChannel.ONLINE);
            PurposeRegister.Withdrawal later = new PurposeRegister.Withdrawal(Purpose.MARKETING, consent,
                    ConsentChannel.SMS, T0.plusSeconds(60));
            PurposeRegister.Withdrawal earlier = new PurposeRegister.Withdrawal(Purpose.MARKETING, consent,
                    ConsentChannel.SMS, T0.plusSeconds(30));
            org.telecrm.kernel.RestoreError refused = PurposeRegister.restore(C1, List.of(billing, billing),
                    List.of(later, earlier)).getLeft();
            assertEquals(List.of("held[1]", "withdrawals[1].at"),
                    refused.problems().map(org.telecrm.kernel.FieldProblem::field));
        }
    }

    // ---- properties -------------------------------------------------------------------------------------------

    /** A command with the minutes after the previous one, named for jqwik's report. */
    record Command(String name, int minutesLater, java.util.function.BiFunction<PurposeRegister, Instant,
            Either<PurposeRejection, Changed<PurposeRegister, PurposeEvent>>> run) {
        @Override
        public String toString() {
            return name + " (+" + minutesLater + " min)";
        }
    }

    @Provide
    Arbitrary<Seq<Command>> sequences() {
        Arbitrary<Purpose> purpose = Arbitraries.of(Purpose.class);
        Arbitrary<Set<PersonalInformation>> information = Arbitraries.of(PersonalInformation.class).set().ofMinSize(1);
        Arbitrary<Integer> later = Arbitraries.integers().between(0, 600);
        Arbitrary<LawfulBasis> basis = Arbitraries.oneOf(
                Arbitraries.of(ConsentChannel.class).map(c -> new LawfulBasis.Consent(T0, c)),
                Arbitraries.just(CONTRACT), Arbitraries.just(REAL_NAME));
        Arbitrary<Command> hold = Combinators.combine(later, purpose, information, basis).as((m, p, i, b) ->
                new Command("hold " + p + " " + i + " on " + b, m, (r, at) -> r.hold(p, i, b, at)));
        Arbitrary<Command> withdraw = Combinators.combine(later, purpose, Arbitraries.of(ConsentChannel.class))
                .as((m, p, c) -> new Command("withdraw " + p, m, (r, at) -> r.withdraw(p, c, at)));
        return Arbitraries.oneOf(hold, hold, withdraw).list().ofMaxSize(30).map(List::ofAll);
    }

    /**
     * The invariant: a use is permitted exactly when the last accepted hold of its purpose, not withdrawn since, holds
     * all the information asked for; and what each accepted command raised describes its change.
     */
    @Property(tries = 500)
    void a_use_is_permitted_exactly_when_a_basis_not_withdrawn_holds_all_it_asks(
            @ForAll("sequences") Seq<Command> commands,
            @ForAll Purpose asked, @ForAll("askedInformation") Set<PersonalInformation> information) {
        PurposeRegister register = PurposeRegister.empty(C1);
        Map<Purpose, Set<PersonalInformation>> model = HashMap.empty();
        Instant clock = T0;
        for (Command command : commands) {
            clock = clock.plusSeconds(60L * command.minutesLater());
            Either<PurposeRejection, Changed<PurposeRegister, PurposeEvent>> result = command.run().apply(register, clock);
            if (result.isLeft()) {
                continue;
            }
            for (PurposeEvent event : result.get().events()) {
                assertEquals(clock, event.occurredAt());
                if (event instanceof PurposeEvent.PurposeHeld h) {
                    model = model.put(h.purpose(), h.information().toJavaSet());
                } else if (event instanceof PurposeEvent.ConsentWithdrawn w) {
                    assertInstanceOf(LawfulBasis.Consent.class, register.held().get(w.purpose()).get().basis());
                    model = model.remove(w.purpose());
                }
            }
            register = result.get().state();
            assertEquals(model.keySet().toSortedSet(), register.held().keySet(), "the events describe the change");
        }
        boolean allowed = model.get(asked).exists(held -> held.containsAll(information));
        Statistics.label("permitted").collect(allowed);
        Statistics.label("permitted").coverage(c -> {
            c.check(true).count(n -> n > 0);
            c.check(false).count(n -> n > 0);
        });
        assertEquals(allowed, register.permit(asked, information, clock).isRight());
        assertEquals(register, PurposeRegister.restore(C1, register.held().values(), register.withdrawals()).get(),
                "restoring the state gives it back");
    }

    @Provide
    Arbitrary<Set<PersonalInformation>> askedInformation() {
        return Arbitraries.of(PersonalInformation.class).set().ofMinSize(1).ofMaxSize(2);
    }
}
