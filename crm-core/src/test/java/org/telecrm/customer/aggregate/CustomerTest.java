package org.telecrm.customer.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.KeyAccountGrade;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.churn.WarningLevel;
import org.telecrm.customer.contact.ContactId;
import org.telecrm.customer.identity.DocumentKind;
import org.telecrm.customer.identity.Passport;
import org.telecrm.customer.identity.ResidentIdentityNumber;
import org.telecrm.customer.identity.UnifiedSocialCreditCode;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.region.Province;
import org.telecrm.customer.value.ValueAssessment;
import org.telecrm.kernel.Changed;
import org.telecrm.kernel.RestoreError;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.telecrm.customer.aggregate.Accepted.accepted;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.customer.CustomerTestData.LI_SI;
import static org.telecrm.customer.CustomerTestData.RESIDENT_ID;
import static org.telecrm.customer.CustomerTestData.USCC;
import static org.telecrm.customer.CustomerTestData.ZHANG_SAN;
import static org.telecrm.customer.CustomerTestData.assessment;
import static org.telecrm.customer.CustomerTestData.churnWarning;

/** Worked examples of the Customer aggregate, one nested class per rule. */
class CustomerTest {

    static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
    static final CustomerId C1 = CustomerId.of("C-1");
    static final CustomerId C2 = CustomerId.of("C-2");
    static final CustomerId C3 = CustomerId.of("C-3");
    static final AccountManagerId AM1 = AccountManagerId.of("AM-0755-017");
    static final AccountManagerId AM2 = AccountManagerId.of("AM-0755-023");
    static final StaffId HEAD = StaffId.of("S-0755-002");
    static final StaffId DEPUTY = StaffId.of("S-0755-005");
    static final ContactId K1 = ContactId.of("K-1");
    static final ContactId K2 = ContactId.of("K-2");
    static final CityCode SHENZHEN = CityCode.parse("440300").get();
    static final ValueAssessment THREE_A = assessment(KeyAccountGrade.THREE_A);
    static final ValueAssessment FOUR_A = assessment(KeyAccountGrade.FOUR_A);

    static Instant t(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    static Registration registration(CustomerGroup group) {
        return group == CustomerGroup.PUBLIC
                ? new Registration(group, "Wang Wu", ResidentIdentityNumber.parse(RESIDENT_ID).get(), SHENZHEN)
                : new Registration(group, "Shenzhen Harbour Logistics Co., Ltd.", UnifiedSocialCreditCode.parse(USCC).get(),
                SHENZHEN);
    }

    static Customer registered(CustomerGroup group) {
        return accepted(Customer.register(C1, registration(group), T0)).state();
    }

    /** A key account with a grade, an account manager and a primary contact: ready to be active. */
    static Customer serviceable() {
        Customer c = registered(CustomerGroup.KEY_ACCOUNT);
        c = accepted(c.regrade(THREE_A, t(1))).state();
        c = accepted(c.assignManager(AM1, HEAD, t(2))).state();
        return accepted(c.addContact(K1, ZHANG_SAN, t(3))).state();
    }

    static Customer activeKeyAccount() {
        return accepted(serviceable().activate(t(4))).state();
    }

    static <R extends CustomerRejection> R rejected(Class<R> type, Either<CustomerRejection, ?> result) {
        assertTrue(result.isLeft(), () -> "accepted: " + result);
        assertTrue(result.getLeft().message().startsWith("customer C-1"), result.getLeft()::message);
        return assertInstanceOf(type, result.getLeft());
    }

    static void unchanged(Customer before, Either<CustomerRejection, Changed<Customer, CustomerEvent>> result) {
        Changed<Customer, CustomerEvent> changed = accepted(result);
        assertTrue(changed.changedNothing(), () -> "events: " + changed.events());
        assertEquals(CustomerSnapshot.of(before), CustomerSnapshot.of(changed.state()));
    }

    static CustomerEvent onlyEvent(Changed<Customer, CustomerEvent> changed) {
        assertEquals(1, changed.events().size(), () -> "events: " + changed.events());
        return changed.events().head();
    }

    @Nested
    class RegistrationChecksNameAndDocument {

        @Test
        void aCustomerIsRegisteredAsAProspectWithItsProvince() {
            Changed<Customer, CustomerEvent> registered = accepted(Customer.register(C1, registration(CustomerGroup.KEY_ACCOUNT), T0));
            Customer c = registered.state();
            assertEquals(Lifecycle.Stage.PROSPECT, c.stage());
            assertEquals(T0, c.lifecycle().since());
            assertEquals(Province.GUANGDONG, c.province());
            assertEquals(registration(CustomerGroup.KEY_ACCOUNT), c.registration());
            assertEquals(List.of(new CustomerEvent.Registered(C1, CustomerGroup.KEY_ACCOUNT,
                    "Shenzhen Harbour Logistics Co., Ltd.", UnifiedSocialCreditCode.parse(USCC).get(), SHENZHEN, T0)),
                    registered.events());
            assertTrue(c.grade().isEmpty() && c.currentManager().isEmpty() && c.contacts().isEmpty() && c.file().isEmpty());
        }

        @Test
        void theNameMustNotBeBlank() {
            Registration blank = new Registration(CustomerGroup.PUBLIC, " ", ResidentIdentityNumber.parse(RESIDENT_ID).get(), SHENZHEN);
            assertEquals("customer C-1: name must not be blank",
                    rejected(CustomerRejection.BlankText.class, Customer.register(C1, blank, T0)).message());
        }

        @Test
        void aPublicCustomerIsAPersonTheOthersAreOrganisations() {
            Registration publicWithCode = new Registration(CustomerGroup.PUBLIC, "Wang Wu", UnifiedSocialCreditCode.parse(USCC).get(), SHENZHEN);
            CustomerRejection.DocumentDoesNotFitGroup r = rejected(CustomerRejection.DocumentDoesNotFitGroup.class,
                    Customer.register(C1, publicWithCode, T0));
            assertEquals(DocumentKind.UNIFIED_SOCIAL_CREDIT_CODE, r.kind());
            assertEquals("customer C-1: a PUBLIC customer cannot be identified by a UNIFIED_SOCIAL_CREDIT_CODE (a public"
                    + " customer is a person: resident identity number or passport)", r.message());
            Registration commercialWithPassport = new Registration(CustomerGroup.COMMERCIAL, "Wang Wu",
                    Passport.parse("GBR", "123456789").get(), SHENZHEN);
            rejected(CustomerRejection.DocumentDoesNotFitGroup.class, Customer.register(C1, commercialWithPassport, T0));
            Registration publicWithPassport = new Registration(CustomerGroup.PUBLIC, "John Smith",
                    Passport.parse("GBR", "123456789").get(), SHENZHEN);
            assertTrue(Customer.register(C1, publicWithPassport, T0).isRight());
        }
    }

    @Nested
    class LifecycleTransitionsAndReactivation {

        @Test
        void prospectActiveDormantActiveChurnedActive() {
            Customer c = registered(CustomerGroup.COMMERCIAL);
            Changed<Customer, CustomerEvent> step = accepted(c.activate(t(1)));
            assertEquals(new CustomerEvent.LifecycleChanged(C1, Lifecycle.Stage.PROSPECT, Lifecycle.Stage.ACTIVE,
                    Option.none(), t(1)), onlyEvent(step));
            step = accepted(step.state().markDormant(t(2)));
            assertEquals(new Lifecycle.Dormant(t(2)), step.state().lifecycle());
            step = accepted(step.state().activate(t(3)));
            assertEquals(Lifecycle.Stage.DORMANT, ((CustomerEvent.LifecycleChanged) onlyEvent(step)).from());
            step = accepted(step.state().markChurned("cancellation order TZ-2026-0712", t(4)));
            assertEquals(new CustomerEvent.LifecycleChanged(C1, Lifecycle.Stage.ACTIVE, Lifecycle.Stage.CHURNED,
                    Option.some("cancellation order TZ-2026-0712"), t(4)), onlyEvent(step));
            step = accepted(step.state().activate(t(5)));
            assertEquals(Lifecycle.Stage.ACTIVE, step.state().stage());
            assertEquals(t(5), step.state().lifecycle().since());
        }

        @Test
        void illegalTransitionsNameFromAndTo() {
            Customer prospect = registered(CustomerGroup.COMMERCIAL);
            CustomerRejection.IllegalTransition r = rejected(CustomerRejection.IllegalTransition.class, prospect.markDormant(t(1)));
            assertEquals(Lifecycle.Stage.PROSPECT, r.from());
            assertEquals(Lifecycle.Stage.DORMANT, r.to());
            assertEquals("customer C-1: no lifecycle transition from PROSPECT to DORMANT", r.message());
            rejected(CustomerRejection.IllegalTransition.class, prospect.markChurned("lost", t(1)));
            Customer churned = accepted(accepted(prospect.activate(t(1))).state().markChurned("moved away", t(2))).state();
            assertEquals("customer C-1: no lifecycle transition from CHURNED to DORMANT",
                    rejected(CustomerRejection.IllegalTransition.class, churned.markDormant(t(3))).message());
        }

        @Test
        void repeatingTheCurrentStageChangesNothing() {
            Customer active = accepted(registered(CustomerGroup.PUBLIC).activate(t(1))).state();
            unchanged(active, active.activate(t(2)));
            Customer dormant = accepted(active.markDormant(t(2))).state();
            unchanged(dormant, dormant.markDormant(t(3)));
            Customer churned = accepted(dormant.markChurned("moved away", t(3))).state();
            unchanged(churned, churned.markChurned("another reason", t(4)));
            assertEquals("moved away", ((Lifecycle.Churned) churned.lifecycle()).reason());
        }

        @Test
        void aChurnNeedsAReasonAndTimeMovesForward() {
            Customer active = accepted(registered(CustomerGroup.PUBLIC).activate(t(10))).state();
            rejected(CustomerRejection.BlankText.class, active.markChurned(" ", t(11)));
            CustomerRejection.OutOfOrder r = rejected(CustomerRejection.OutOfOrder.class, active.markDormant(t(9)));
            assertEquals("customer C-1: dated 2026-03-01T02:09:00Z, before the lifecycle change at 2026-03-01T02:10:00Z"
                    + " already recorded", r.message());
        }

        @Test
        void theStatesOfferOnlyTheirLegalTransitions() {
            Lifecycle.Churned churned = new Lifecycle.Prospect(t(0)).activate(t(1)).fallDormant(t(2)).churn("gone", t(3));
            assertEquals(new Lifecycle.Active(t(4)), churned.reactivate(t(4)));
            assertThrows(IllegalArgumentException.class, () -> new Lifecycle.Churned(t(1), ""));
        }
    }

    @Nested
    class AnActiveKeyAccountHasGradeManagerAndPrimaryContact {

        @Test
        void aBareKeyAccountCannotBecomeActive() {
            CustomerRejection.KeyAccountIncomplete r = rejected(CustomerRejection.KeyAccountIncomplete.class,
                    registered(CustomerGroup.KEY_ACCOUNT).activate(t(1)));
            assertEquals(List.of(KeyAccountRequirement.values()), r.missing());
            assertEquals("customer C-1: cannot activate: an active key account needs a grade, an account manager and a"
                    + " primary contact; missing: a grade, an account manager, a primary contact", r.message());
        }

        @Test
        void eachRequirementIsNamedWhenItAloneIsMissing() {
            Customer c = registered(CustomerGroup.KEY_ACCOUNT);
            Customer graded = accepted(c.regrade(THREE_A, t(1))).state();
            Customer managed = accepted(graded.assignManager(AM1, HEAD, t(2))).state();
            assertEquals(List.of(KeyAccountRequirement.PRIMARY_CONTACT),
                    rejected(CustomerRejection.KeyAccountIncomplete.class, managed.activate(t(3))).missing());
            Customer contactNoManager = accepted(graded.addContact(K1, ZHANG_SAN, t(2))).state();
            assertEquals(List.of(KeyAccountRequirement.ACCOUNT_MANAGER),
                    rejected(CustomerRejection.KeyAccountIncomplete.class, contactNoManager.activate(t(3))).missing());
            assertTrue(serviceable().activate(t(4)).isRight());
        }

        @Test
        void nothingTakesARequirementAwayFromAnActiveKeyAccount() {
            Customer active = activeKeyAccount();
            assertEquals(List.of(KeyAccountRequirement.ACCOUNT_MANAGER),
                    rejected(CustomerRejection.KeyAccountIncomplete.class, active.unassignManager(HEAD, t(5))).missing());
            assertEquals(List.of(KeyAccountRequirement.PRIMARY_CONTACT),
                    rejected(CustomerRejection.KeyAccountIncomplete.class, active.removeContact(K1, t(5))).missing());
        }

        @Test
        void reactivationChecksAgain() {
            Customer dormant = accepted(activeKeyAccount().markDormant(t(5))).state();
            Customer unmanaged = accepted(dormant.unassignManager(HEAD, t(6))).state();
            assertTrue(unmanaged.currentManager().isEmpty());
            assertEquals(List.of(KeyAccountRequirement.ACCOUNT_MANAGER),
                    rejected(CustomerRejection.KeyAccountIncomplete.class, unmanaged.activate(t(7))).missing());
            assertTrue(accepted(unmanaged.assignManager(AM2, HEAD, t(7))).state().activate(t(8)).isRight());
        }

        @Test
        void otherGroupsNeedNone() {
            assertTrue(registered(CustomerGroup.COMMERCIAL).activate(t(1)).isRight());
            assertTrue(registered(CustomerGroup.PUBLIC).activate(t(1)).isRight());
        }

        @Test
        void restoringABrokenStateIsRefused() {
            CustomerSnapshot s = CustomerSnapshot.of(registered(CustomerGroup.KEY_ACCOUNT));
            RestoreError e = Customer.restore(s.id(), s.group(), s.name(), s.document(), s.city(), s.registeredAt(),
                    new Lifecycle.Active(t(1)), s.grade(), s.managerAssignments(), s.contacts(), s.primaryContact(),
                    s.structure(), s.file(), s.churnWarning()).getLeft();
            assertEquals("customer C-1 cannot be restored: lifecycle: an active key account lacks a grade, an account"
                    + " manager, a primary contact", e.message());
        }
    }

    @Nested
    class GradeFromTheValueEngineWithItsReason {

        @Test
        void theGradeRecordsTheAssessmentsScoreAndLines() {
            Changed<Customer, CustomerEvent> graded = accepted(registered(CustomerGroup.KEY_ACCOUNT).regrade(THREE_A, t(1)));
            GradeRecord g = graded.state().grade().get();
            assertEquals(KeyAccountGrade.THREE_A, g.grade());
            assertEquals(THREE_A.score(), g.score());
            assertEquals(THREE_A.describe(), g.reasons());
            assertTrue(g.reasons().last().contains("grade 3A"), g.reasons()::last);
            assertEquals(new CustomerEvent.GradeChanged(C1, Option.none(), KeyAccountGrade.THREE_A, THREE_A.score(),
                    THREE_A.describe(), t(1)), onlyEvent(graded));
        }

        @Test
        void aNewGradeSaysWhatItWas() {
            Customer threeA = accepted(registered(CustomerGroup.KEY_ACCOUNT).regrade(THREE_A, t(1))).state();
            CustomerEvent.GradeChanged e = (CustomerEvent.GradeChanged) onlyEvent(accepted(threeA.regrade(FOUR_A, t(2))));
            assertEquals(Option.some(KeyAccountGrade.THREE_A), e.from());
            assertEquals(KeyAccountGrade.FOUR_A, e.to());
            unchanged(threeA, threeA.regrade(THREE_A, t(2)));
            rejected(CustomerRejection.OutOfOrder.class, threeA.regrade(FOUR_A, t(0)));
        }

        @Test
        void onlyKeyAccountsAreGraded() {
            assertEquals("customer C-1 is COMMERCIAL, not a key account: cannot be graded",
                    rejected(CustomerRejection.NotAKeyAccount.class, registered(CustomerGroup.COMMERCIAL).regrade(THREE_A, t(1)))
                            .message());
        }
    }

    @Nested
    class AccountManagerAssignmentHistory {

        @Test
        void whoFromWhenToWhenByWhom() {
            Customer c = accepted(registered(CustomerGroup.KEY_ACCOUNT).assignManager(AM1, HEAD, t(1))).state();
            Changed<Customer, CustomerEvent> reassigned = accepted(c.assignManager(AM2, DEPUTY, t(60)));
            assertEquals(List.of(
                    new ManagerAssignment(AM1, t(1), Option.some(t(60)), HEAD, Option.some(DEPUTY)),
                    new ManagerAssignment(AM2, t(60), Option.none(), DEPUTY, Option.none())),
                    reassigned.state().managerAssignments());
            assertEquals(Option.some(AM2), reassigned.state().currentManager());
            assertEquals(new CustomerEvent.ManagerAssigned(C1, Option.some(AM1), AM2, DEPUTY, t(60)), onlyEvent(reassigned));
        }

        @Test
        void theCurrentManagerAgainChangesNothing() {
            Customer c = accepted(registered(CustomerGroup.KEY_ACCOUNT).assignManager(AM1, HEAD, t(1))).state();
            unchanged(c, c.assignManager(AM1, DEPUTY, t(2)));
        }

        @Test
        void theHistoryOnlyMovesForward() {
            Customer c = accepted(registered(CustomerGroup.KEY_ACCOUNT).assignManager(AM1, HEAD, t(10))).state();
            rejected(CustomerRejection.OutOfOrder.class, c.assignManager(AM2, HEAD, t(9)));
            rejected(CustomerRejection.OutOfOrder.class, c.unassignManager(HEAD, t(9)));
            Customer unassigned = accepted(c.unassignManager(DEPUTY, t(20))).state();
            assertEquals(new ManagerAssignment(AM1, t(10), Option.some(t(20)), HEAD, Option.some(DEPUTY)),
                    unassigned.managerAssignments().single());
            rejected(CustomerRejection.OutOfOrder.class, unassigned.assignManager(AM2, HEAD, t(19)));
            unchanged(unassigned, unassigned.unassignManager(HEAD, t(21)));
        }

        @Test
        void onlyKeyAccountsHaveAccountManagers() {
            rejected(CustomerRejection.NotAKeyAccount.class, registered(CustomerGroup.PUBLIC).assignManager(AM1, HEAD, t(1)));
            rejected(CustomerRejection.NotAKeyAccount.class, registered(CustomerGroup.PUBLIC).unassignManager(HEAD, t(1)));
        }

        @Test
        void anAssignmentCannotEndBeforeItStarts() {
            assertThrows(IllegalArgumentException.class,
                    () -> new ManagerAssignment(AM1, t(2), Option.some(t(1)), HEAD, Option.some(HEAD)));
            assertThrows(IllegalArgumentException.class,
                    () -> new ManagerAssignment(AM1, t(1), Option.some(t(2)), HEAD, Option.none()));
        }
    }

    @Nested
    class ContactsWithExactlyOnePrimary {

        @Test
        void theFirstContactBecomesPrimary() {
            Changed<Customer, CustomerEvent> first = accepted(registered(CustomerGroup.PUBLIC).addContact(K1, ZHANG_SAN, t(1)));
            assertEquals(List.of(new CustomerEvent.ContactAdded(C1, K1, ZHANG_SAN, t(1)),
                    new CustomerEvent.PrimaryContactChanged(C1, Option.none(), Option.some(K1), t(1))), first.events());
            Changed<Customer, CustomerEvent> second = accepted(first.state().addContact(K2, LI_SI, t(2)));
            assertEquals(new CustomerEvent.ContactAdded(C1, K2, LI_SI, t(2)), onlyEvent(second));
            assertEquals(Option.some(K1), second.state().primaryContact());
        }

        @Test
        void thePrimaryGoesOnlyAsTheLastContact() {
            Customer two = accepted(accepted(registered(CustomerGroup.PUBLIC).addContact(K1, ZHANG_SAN, t(1))).state()
                    .addContact(K2, LI_SI, t(2))).state();
            assertEquals("customer C-1: contact K-1 is the primary contact; make another contact primary before removing it",
                    rejected(CustomerRejection.PrimaryContactInUse.class, two.removeContact(K1, t(3))).message());
            Changed<Customer, CustomerEvent> moved = accepted(two.makePrimary(K2, t(3)));
            assertEquals(new CustomerEvent.PrimaryContactChanged(C1, Option.some(K1), Option.some(K2), t(3)), onlyEvent(moved));
            Customer one = accepted(moved.state().removeContact(K1, t(4))).state();
            Changed<Customer, CustomerEvent> none = accepted(one.removeContact(K2, t(5)));
            assertEquals(List.of(new CustomerEvent.ContactRemoved(C1, K2, LI_SI, t(5)),
                    new CustomerEvent.PrimaryContactChanged(C1, Option.some(K2), Option.none(), t(5))), none.events());
            assertTrue(none.state().primaryContact().isEmpty());
        }

        @Test
        void repeatsChangeNothingAndConflictsAreNamed() {
            Customer c = accepted(registered(CustomerGroup.PUBLIC).addContact(K1, ZHANG_SAN, t(1))).state();
            unchanged(c, c.addContact(K1, ZHANG_SAN, t(2)));
            unchanged(c, c.changeContact(K1, ZHANG_SAN, t(2)));
            unchanged(c, c.makePrimary(K1, t(2)));
            unchanged(c, c.removeContact(K2, t(2)));
            rejected(CustomerRejection.ContactIdTaken.class, c.addContact(K1, LI_SI, t(2)));
            assertEquals("customer C-1 has no contact K-2",
                    rejected(CustomerRejection.UnknownContact.class, c.changeContact(K2, LI_SI, t(2))).message());
            rejected(CustomerRejection.UnknownContact.class, c.makePrimary(K2, t(2)));
        }

        @Test
        void aChangeSaysBeforeAndAfter() {
            Customer c = accepted(registered(CustomerGroup.PUBLIC).addContact(K1, ZHANG_SAN, t(1))).state();
            Changed<Customer, CustomerEvent> changed = accepted(c.changeContact(K1, LI_SI, t(2)));
            assertEquals(new CustomerEvent.ContactChanged(C1, K1, ZHANG_SAN, LI_SI, t(2)), onlyEvent(changed));
            assertEquals(LI_SI, changed.state().contact(K1).get().details());
        }
    }

    @Nested
    class GroupStructureByIdentifier {

        @Test
        void aKeyAccountWithBranchesIsTheirHeadquarters() {
            Customer c = registered(CustomerGroup.KEY_ACCOUNT);
            assertTrue(c.isHeadquarters(), "a key account that is nobody's branch is its own headquarters");
            Changed<Customer, CustomerEvent> withBranch = accepted(c.addBranch(C2, t(1)));
            GroupStructure hq = new GroupStructure.Headquarters(TreeSet.of(C2));
            assertEquals(new CustomerEvent.GroupStructureChanged(C1, GroupStructure.INDEPENDENT, hq, t(1)), onlyEvent(withBranch));
            Customer two = accepted(withBranch.state().addBranch(C3, t(2))).state();
            assertEquals(new GroupStructure.Headquarters(TreeSet.of(C2, C3)), two.structure());
            assertTrue(two.isHeadquarters());
            unchanged(two, two.addBranch(C2, t(3)));
            Customer one = accepted(two.removeBranch(C2, t(3))).state();
            assertEquals(hq.getClass(), one.structure().getClass());
            assertEquals(GroupStructure.INDEPENDENT, accepted(one.removeBranch(C3, t(4))).state().structure());
        }

        @Test
        void aBranchIsNotAHeadquarters() {
            Customer branch = accepted(registered(CustomerGroup.KEY_ACCOUNT).joinHeadquarters(C2, t(1))).state();
            assertFalse(branch.isHeadquarters());
            assertEquals(new GroupStructure.Branch(C2), branch.structure());
            unchanged(branch, branch.joinHeadquarters(C2, t(2)));
            CustomerEvent moved = onlyEvent(accepted(branch.joinHeadquarters(C3, t(2))));
            assertEquals(new CustomerEvent.GroupStructureChanged(C1, new GroupStructure.Branch(C2),
                    new GroupStructure.Branch(C3), t(2)), moved);
            assertTrue(accepted(branch.leaveHeadquarters(t(3))).state().isHeadquarters());
            assertFalse(registered(CustomerGroup.COMMERCIAL).isHeadquarters(), "only key accounts are served as headquarters");
        }

        @Test
        void twoLevelsOnlyAndNeverItself() {
            Customer branch = accepted(registered(CustomerGroup.KEY_ACCOUNT).joinHeadquarters(C2, t(1))).state();
            assertEquals("customer C-1 is a branch of C-2 and cannot have branches of its own: a group has two levels"
                    + " only (headquarters and branches)",
                    rejected(CustomerRejection.TwoLevelsOnly.class, branch.addBranch(C3, t(2))).message());
            Customer hq = accepted(registered(CustomerGroup.KEY_ACCOUNT).addBranch(C2, t(1))).state();
            rejected(CustomerRejection.TwoLevelsOnly.class, hq.joinHeadquarters(C3, t(2)));
            rejected(CustomerRejection.SelfReference.class, hq.addBranch(C1, t(2)));
            rejected(CustomerRejection.SelfReference.class, branch.joinHeadquarters(C1, t(2)));
            rejected(CustomerRejection.NotAKeyAccount.class, registered(CustomerGroup.COMMERCIAL).addBranch(C2, t(1)));
            rejected(CustomerRejection.NotAKeyAccount.class, registered(CustomerGroup.COMMERCIAL).joinHeadquarters(C2, t(1)));
        }
    }

    @Nested
    class TheKeyAccountFileIsAnAppendOnlyLog {

        @Test
        void entriesAreAppendedWithAuthorAndTime() {
            Customer c = registered(CustomerGroup.KEY_ACCOUNT);
            Changed<Customer, CustomerEvent> first = accepted(c.recordInFile(FileTopic.INDUSTRY, "port logistics", HEAD, t(1)));
            FileEntry entry = new FileEntry(FileTopic.INDUSTRY, "port logistics", HEAD, t(1));
            assertEquals(new CustomerEvent.FileEntryAdded(C1, entry, t(1)), onlyEvent(first));
            Customer two = accepted(first.state().recordInFile(FileTopic.COMPETITION, "rival offers 20% off", DEPUTY, t(2))).state();
            assertEquals(List.of(entry, new FileEntry(FileTopic.COMPETITION, "rival offers 20% off", DEPUTY, t(2))), two.file());
        }

        @Test
        void anEarlierEntryABlankOneOrANonKeyAccountIsRefused() {
            Customer c = accepted(registered(CustomerGroup.KEY_ACCOUNT)
                    .recordInFile(FileTopic.MAJOR_EVENT, "merger announced", HEAD, t(5))).state();
            rejected(CustomerRejection.OutOfOrder.class, c.recordInFile(FileTopic.ORGANISATION, "new CIO", HEAD, t(4)));
            rejected(CustomerRejection.BlankText.class, c.recordInFile(FileTopic.ORGANISATION, " ", HEAD, t(6)));
            rejected(CustomerRejection.NotAKeyAccount.class,
                    registered(CustomerGroup.COMMERCIAL).recordInFile(FileTopic.INDUSTRY, "retail", HEAD, t(1)));
        }

        @Test
        void aRetriedEntryIsNotWrittenTwice() {
            Customer c = accepted(registered(CustomerGroup.KEY_ACCOUNT)
                    .recordInFile(FileTopic.MAJOR_EVENT, "merger announced", HEAD, t(5))).state();
            unchanged(c, c.recordInFile(FileTopic.MAJOR_EVENT, "merger announced", HEAD, t(5)));
            assertEquals(2, accepted(c.recordInFile(FileTopic.MAJOR_EVENT, "merger announced", HEAD, t(6))).state().file().size(),
                    "the same text later is a new entry");
        }
    }

    @Nested
    class ChurnWarningsFromTheEngine {

        @Test
        void aWarningIsRaisedWithTheEnginesReasons() {
            Changed<Customer, CustomerEvent> raised = accepted(registered(CustomerGroup.KEY_ACCOUNT)
                    .raiseChurnWarning(churnWarning(WarningLevel.CRITICAL), t(1)));
            assertEquals(new CustomerEvent.ChurnWarningRaised(C1, WarningLevel.CRITICAL,
                    churnWarning(WarningLevel.CRITICAL).reasons(), t(1)), onlyEvent(raised));
            assertEquals(WarningLevel.CRITICAL, raised.state().churnWarning().get().level());
            unchanged(raised.state(), raised.state().raiseChurnWarning(churnWarning(WarningLevel.CRITICAL), t(2)));
            Customer lower = accepted(raised.state().raiseChurnWarning(churnWarning(WarningLevel.WATCH), t(2))).state();
            assertEquals(new RaisedChurnWarning(WarningLevel.WATCH, churnWarning(WarningLevel.WATCH).reasons(), t(2)),
                    lower.churnWarning().get());
            rejected(CustomerRejection.OutOfOrder.class, lower.raiseChurnWarning(churnWarning(WarningLevel.WARNING), t(1)));
        }

        @Test
        void noWarningRaisesNothing() {
            Customer c = registered(CustomerGroup.PUBLIC);
            unchanged(c, c.raiseChurnWarning(churnWarning(WarningLevel.NONE), t(1)));
        }
    }

    @Nested
    class PromotionToKeyAccount {

        @Test
        void aCommercialCustomerBecomesAGradedManagedKeyAccountInOneStep() {
            Customer active = accepted(accepted(registered(CustomerGroup.COMMERCIAL).addContact(K1, ZHANG_SAN, t(1)))
                    .state().activate(t(2))).state();
            Changed<Customer, CustomerEvent> promoted = accepted(active.promoteToKeyAccount(THREE_A, AM1, HEAD, t(3)));
            assertTrue(promoted.state().isActiveKeyAccount());
            assertEquals(List.of(
                    new CustomerEvent.GroupChanged(C1, CustomerGroup.COMMERCIAL, CustomerGroup.KEY_ACCOUNT, t(3)),
                    new CustomerEvent.GradeChanged(C1, Option.none(), KeyAccountGrade.THREE_A, THREE_A.score(),
                            THREE_A.describe(), t(3)),
                    new CustomerEvent.ManagerAssigned(C1, Option.none(), AM1, HEAD, t(3))), promoted.events());
        }

        @Test
        void anActiveCustomerWithoutAContactCannotBePromoted() {
            Customer active = accepted(registered(CustomerGroup.COMMERCIAL).activate(t(1))).state();
            assertEquals(List.of(KeyAccountRequirement.PRIMARY_CONTACT), rejected(CustomerRejection.KeyAccountIncomplete.class,
                    active.promoteToKeyAccount(THREE_A, AM1, HEAD, t(2))).missing());
            assertTrue(registered(CustomerGroup.COMMERCIAL).promoteToKeyAccount(THREE_A, AM1, HEAD, t(2)).isRight(),
                    "a prospect may be promoted and completed later");
        }

        @Test
        void publicCustomersAndKeyAccountsAreNotPromoted() {
            rejected(CustomerRejection.DocumentDoesNotFitGroup.class,
                    registered(CustomerGroup.PUBLIC).promoteToKeyAccount(THREE_A, AM1, HEAD, t(1)));
            rejected(CustomerRejection.AlreadyAKeyAccount.class,
                    registered(CustomerGroup.KEY_ACCOUNT).promoteToKeyAccount(THREE_A, AM1, HEAD, t(1)));
            rejected(CustomerRejection.OutOfOrder.class,
                    registered(CustomerGroup.COMMERCIAL).promoteToKeyAccount(THREE_A, AM1, HEAD, T0.minusSeconds(1)));
        }
    }

    @Nested
    class RestorationIsSeparateFromCreation {

        @Test
        void everyFieldComesBackAndNoEventIsRaised() {
            Customer busy = accepted(accepted(accepted(activeKeyAccount().addBranch(C2, t(5))).state()
                    .recordInFile(FileTopic.INDUSTRY, "ports", HEAD, t(6))).state()
                    .raiseChurnWarning(churnWarning(WarningLevel.WARNING), t(7))).state();
            Customer restored = CustomerSnapshot.of(busy).restore();
            assertEquals(CustomerSnapshot.of(busy), CustomerSnapshot.of(restored));
            assertEquals(busy.getId(), restored.getId());
            assertEquals(busy.toString(), restored.toString());
            assertEquals(busy, restored, "equal in every field");
            assertEquals(busy.hashCode(), restored.hashCode());
        }

        @Test
        void customersWithTheSameIdButAnotherStateAreNotEqual() {
            Customer before = activeKeyAccount();
            Customer after = accepted(before.recordInFile(FileTopic.INDUSTRY, "ports", HEAD, t(6))).state();
            assertEquals(before.getId(), after.getId());
            org.junit.jupiter.api.Assertions.assertNotEquals(before, after);
        }

        @Test
        void restorationChecksTheInvariantsNotTheCommandRules() {
            CustomerSnapshot s = CustomerSnapshot.of(registered(CustomerGroup.COMMERCIAL));
            RestoreError e = Customer.restore(s.id(), s.group(), s.name(), s.document(), s.city(), s.registeredAt(),
                    s.lifecycle(), s.grade(), List.of(ManagerAssignment.starting(AM1, t(1), HEAD)),
                    List.of(new Contact(K1, ZHANG_SAN)), Option.none(), s.structure(), s.file(), s.churnWarning())
                    .getLeft();
            assertEquals(List.of("primaryContact: there must be exactly one primary contact, one of the contacts, when"
                    + " there are contacts", "group: only a key account has a grade, account managers, a group"
                    + " structure or a file"), e.messages());
        }

        @Test
        void twoContactsWithOneIdentifierAreRefusedWithoutQuotingTheirNumbers() {
            CustomerSnapshot s = CustomerSnapshot.of(registered(CustomerGroup.COMMERCIAL));
            RestoreError e = Customer.restore(s.id(), s.group(), s.name(), s.document(), s.city(), s.registeredAt(),
                    s.lifecycle(), s.grade(), s.managerAssignments(),
                    List.of(new Contact(K1, ZHANG_SAN), new Contact(K1, LI_SI)), Option.some(K1), s.structure(),
                    s.file(), s.churnWarning()).getLeft();
            assertEquals(List.of("contacts[1].id: the identifier " + K1 + " is already used by an earlier contact"),
                    e.messages());
            for (String raw : List.of(USCC, "13812345678", "13900001111")) {
                assertFalse(e.message().contains(raw), raw);
            }
        }
    }

    @Nested
    class PersonalDataIsMaskedInEveryDefaultRendering {

        @Test
        void customerContactsAndEventsShowNoWholeNumber() {
            Customer c = activeKeyAccount();
            Seq<String> renderings = List.of(c.toString(), c.contacts().toString(), c.registration().toString())
                    .appendAll(accepted(Customer.register(C1, registration(CustomerGroup.PUBLIC), T0)).events().map(Object::toString))
                    .appendAll(accepted(c.changeContact(K1, LI_SI, t(9))).events().map(Object::toString));
            for (String text : renderings) {
                for (String raw : List.of(RESIDENT_ID, USCC, "13812345678", "88001234", "13900001111", "zhangsan@")) {
                    assertFalse(text.contains(raw), () -> raw + " in " + text);
                }
            }
            assertTrue(c.toString().contains("914***********7A0C"), c::toString);
            assertTrue(c.toString().contains("138****5678"), c::toString);
        }
    }
}
