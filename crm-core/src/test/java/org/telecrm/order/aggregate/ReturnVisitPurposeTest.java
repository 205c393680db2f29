package org.telecrm.order.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.CustomerId;
import org.telecrm.order.OrderKind;
import org.telecrm.privacy.purpose.ConsentChannel;
import org.telecrm.privacy.purpose.LawfulBasis;
import org.telecrm.privacy.purpose.PersonalDataUse;
import org.telecrm.privacy.purpose.PersonalInformation;
import org.telecrm.privacy.purpose.Purpose;
import org.telecrm.privacy.purpose.PurposeRegister;
import org.telecrm.privacy.purpose.PurposeRejection;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.aggregate.Orders.CLERK;
import static org.telecrm.order.aggregate.Orders.DESK;
import static org.telecrm.order.aggregate.Orders.bj;
import static org.telecrm.order.aggregate.Orders.ok;

/**
 * The return visit (回访, rules.md section 4) calls the customer by name and phone number: a use of personal
 * information for service assurance (PIPL art. 6, 13), so the order asks the customer's purpose register first.
 */
class ReturnVisitPurposeTest {

    static final Instant MON = bj("2026-03-02T09:00");
    static final Instant VISIT = MON.plusSeconds(9000);
    static final CustomerId CUSTOMER = Orders.intake("SO-1", OrderKind.FAULT_REPORT).customer();
    static final LawfulBasis.Consent CONSENT = new LawfulBasis.Consent(MON.minusSeconds(86_400), ConsentChannel.ONLINE);
    static final LawfulBasis.Contract CONTRACT = new LawfulBasis.Contract("SLA-T-1");

    static ServiceOrder completed() {
        ServiceOrder o = Orders.accepted(OrderKind.FAULT_REPORT, false, MON);
        o = ok(o.dispatch(Orders.LINES, CLERK, MON.plusSeconds(600), ""));
        o = ok(o.startWork(Orders.LINES, CLERK, MON.plusSeconds(900), ""));
        return ok(o.complete(DESK, CLERK, MON.plusSeconds(3600), "restored"));
    }

    static PurposeRegister holding(LawfulBasis basis, Instant since) {
        return PurposeRegister.empty(CUSTOMER).hold(Purpose.SERVICE_ASSURANCE,
                PersonalDataUse.RETURN_VISIT.information().toJavaSet(), basis, since).get().state();
    }

    static Either<ServiceOrderRejection, io.vavr.collection.Seq<ServiceOrderEvent>> visit(ServiceOrder order,
                                                                                          PurposeRegister register) {
        return order.recordReturnVisit(ReturnVisitOutcome.SATISFIED, register, DESK, CLERK, VISIT, "called")
                .map(c -> c.events());
    }

    @Nested
    class WithoutAPermitTheVisitIsATypedRejection {

        @Test
        void nothing_held_for_service_assurance_names_what_is_missing() {
            ServiceOrderRejection refused = visit(completed(), PurposeRegister.empty(CUSTOMER)).getLeft();
            ServiceOrderRejection.PurposeNotAllowed notAllowed =
                    assertInstanceOf(ServiceOrderRejection.PurposeNotAllowed.class, refused);
            PurposeRejection.NotAllowed why = assertInstanceOf(PurposeRejection.NotAllowed.class, notAllowed.refused());
            assertEquals(Purpose.SERVICE_ASSURANCE, why.purpose());
            assertEquals(PersonalDataUse.RETURN_VISIT.information(), why.missing());
            assertEquals("order SO-1: customer C-440300-000123 has not allowed NAME, PHONE_NUMBER for SERVICE_ASSURANCE",
                    refused.message());
        }

        @Test
        void only_the_name_held_is_not_enough() {
            PurposeRegister nameOnly = PurposeRegister.empty(CUSTOMER).hold(Purpose.SERVICE_ASSURANCE,
                    java.util.Set.of(PersonalInformation.NAME), CONTRACT, MON).get().state();
            ServiceOrderRejection.PurposeNotAllowed refused = assertInstanceOf(
                    ServiceOrderRejection.PurposeNotAllowed.class, visit(completed(), nameOnly).getLeft());
            assertEquals(io.vavr.collection.TreeSet.of(PersonalInformation.PHONE_NUMBER),
                    ((PurposeRejection.NotAllowed) refused.refused()).missing());
        }

        @Test
        void consent_withdrawn_before_the_visit_refuses_it_saying_when() {
            PurposeRegister withdrawn = holding(CONSENT, MON).withdraw(Purpose.SERVICE_ASSURANCE, ConsentChannel.PHONE,
                    VISIT.minusSeconds(1)).get().state();
            PurposeRejection.NotAllowed why = (PurposeRejection.NotAllowed) ((ServiceOrderRejection.PurposeNotAllowed)
                    visit(completed(), withdrawn).getLeft()).refused();
            assertEquals(Option.some(VISIT.minusSeconds(1)), why.withdrawnAt());
        }

        @Test
        void a_refused_visit_leaves_the_order_where_it_was_and_raises_nothing() {
            ServiceOrder order = completed();
            assertTrue(visit(order, PurposeRegister.empty(CUSTOMER)).isLeft());
            assertEquals(Node.COMPLETED, order.node());
            assertEquals(Option.none(), order.returnVisit());
        }

        @Test
        void moving_to_the_return_visit_without_its_command_is_refused() {
            assertInstanceOf(ServiceOrderRejection.NeedsItsCommand.class,
                    completed().moveTo(Node.RETURN_VISITED, DESK, CLERK, VISIT, "").getLeft());
        }

        @Test
        void another_customers_register_is_a_bug_of_the_caller() {
            assertThrows(IllegalArgumentException.class,
                    () -> visit(completed(), PurposeRegister.empty(CustomerId.of("C-OTHER"))));
        }
    }

    @Nested
    class WithAPermitTheVisitIsRecorded {

        @Test
        void on_the_contract_and_a_consent_withdrawal_does_not_end_it() {
            PurposeRegister onContract = holding(CONTRACT, MON);
            assertInstanceOf(PurposeRejection.NotByConsent.class,
                    onContract.withdraw(Purpose.SERVICE_ASSURANCE, ConsentChannel.PHONE, VISIT).getLeft());
            assertEquals(List.of(ServiceOrderEvent.NodeEntered.class),
                    visit(completed(), onContract).get().map(Object::getClass));
        }

        @Test
        void a_retry_of_a_recorded_visit_changes_nothing_and_asks_nothing() {
            ServiceOrder visited = completed().recordReturnVisit(ReturnVisitOutcome.SATISFIED, holding(CONSENT, MON),
                    DESK, CLERK, VISIT, "called").get().state();
            assertTrue(visited.recordReturnVisit(ReturnVisitOutcome.SATISFIED, PurposeRegister.empty(CUSTOMER), DESK,
                    CLERK, VISIT, "called").get().changedNothing());
        }
    }

    // ---- property: the visit is recorded exactly when the register permits it then ---------------------------

    /** A register command: hold service assurance on consent or contract, or withdraw it, minutes after the last. */
    record Step(int what, int minutesLater) {
        @Override
        public String toString() {
            return List.of("hold on consent", "hold on contract", "withdraw", "hold name only").get(what) + " +"
                    + minutesLater + "m";
        }
    }

    @Provide
    Arbitrary<Seq<Step>> histories() {
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 600)).as(Step::new)
                .list().ofMaxSize(8).map(List::ofAll);
    }

    @Property
    void the_visit_is_recorded_exactly_when_the_register_permits_it_and_never_after_a_withdrawal(
            @ForAll("histories") Seq<Step> history, @ForAll boolean visitBeforeTheLastStep) {
        PurposeRegister register = PurposeRegister.empty(CUSTOMER);
        Instant at = MON;
        boolean lastWasWithdrawalOfConsent = false;
        for (Step step : history) {
            at = at.plusSeconds(60L * step.minutesLater());
            Instant t = at;
            var result = switch (step.what()) {
                case 0 -> register.hold(Purpose.SERVICE_ASSURANCE,
                        PersonalDataUse.RETURN_VISIT.information().toJavaSet(), new LawfulBasis.Consent(t,
                                ConsentChannel.BUSINESS_HALL), t);
                case 1 -> register.hold(Purpose.SERVICE_ASSURANCE,
                        PersonalDataUse.RETURN_VISIT.information().toJavaSet(), CONTRACT, t);
                case 2 -> register.withdraw(Purpose.SERVICE_ASSURANCE, ConsentChannel.SMS, t);
                default -> register.hold(Purpose.SERVICE_ASSURANCE, java.util.Set.of(PersonalInformation.NAME),
                        CONTRACT, t);
            };
            if (step.what() == 2) {
                boolean onConsent = register.held().get(Purpose.SERVICE_ASSURANCE)
                        .exists(p -> p.basis() instanceof LawfulBasis.Consent);
                boolean onOther = register.held().get(Purpose.SERVICE_ASSURANCE)
                        .exists(p -> !(p.basis() instanceof LawfulBasis.Consent));
                assertEquals(onOther, result.isLeft(), "only consent is withdrawn; a contract stays");
                lastWasWithdrawalOfConsent = onConsent;
            } else if (result.isRight() && !result.get().changedNothing()) {
                lastWasWithdrawalOfConsent = false;
            }
            register = result.map(c -> c.state()).getOrElse(register);
        }
        ServiceOrder order = completed();
        Instant visitAt = VISIT.isAfter(at) ? VISIT : at.plusSeconds(60);
        if (visitBeforeTheLastStep) {
            visitAt = VISIT;
        }
        var visited = order.recordReturnVisit(ReturnVisitOutcome.SATISFIED, register, DESK, CLERK, visitAt, "called");
        boolean permitted = register.permit(PersonalDataUse.RETURN_VISIT, visitAt).isRight();
        Statistics.label("permitted").collect(permitted);
        assertEquals(permitted, visited.isRight(), register.toString());
        if (lastWasWithdrawalOfConsent) {
            assertTrue(visited.isLeft(), "a consent withdrawn is never a permit");
        }
        visited.peekLeft(r -> assertInstanceOf(ServiceOrderRejection.PurposeNotAllowed.class, r));
    }
}
