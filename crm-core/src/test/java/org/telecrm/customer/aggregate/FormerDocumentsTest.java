package org.telecrm.customer.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.HashSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.CustomerTestData;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.identity.Passport;
import org.telecrm.customer.identity.ResidentIdentityNumber;
import org.telecrm.customer.identity.UnifiedSocialCreditCode;
import org.telecrm.customer.region.CityCode;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The duplicate check across re-issues: a customer is known by its current document and by every document it held
 * before a re-issue, never by a number corrected (recorded wrongly), and by none once erased.
 */
class FormerDocumentsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
    private static final CustomerId C1 = CustomerId.of("C-1");
    private static final CityCode SHENZHEN = CityCode.parse("440300").get();

    static UnifiedSocialCreditCode uscc(int n) {
        String first17 = "91440300MA5G" + String.format("%05d", n);
        return new UnifiedSocialCreditCode(first17 + UnifiedSocialCreditCode.checkCharacterOf(first17));
    }

    private static Customer company(IdentityDocument document) {
        return Customer.register(C1, new Registration(CustomerGroup.COMMERCIAL, "Shenzhen Example Ltd", document,
                SHENZHEN), T0).get().state();
    }

    private static Customer changed(Customer c, DocumentChangeReason reason, IdentityDocument to, int minutes) {
        Instant at = T0.plusSeconds(60L * minutes);
        return Accepted.accepted(c.amend(Amendment.changeDocument(reason, to, List.of(C1), at), at)).state();
    }

    @Test
    void aReissuedDocumentStaysKnownACorrectedOneDoesNot() {
        Customer c = changed(changed(company(uscc(1)), DocumentChangeReason.REISSUED, uscc(2), 1),
                DocumentChangeReason.CORRECTED, uscc(3), 2);
        assertEquals(List.of(uscc(1)), c.formerDocuments());
        assertTrue(c.isKnownBy(uscc(3)));
        assertTrue(c.isKnownBy(uscc(1)));
        assertFalse(c.isKnownBy(uscc(2)), "recorded wrongly: never the customer's");
        // re-issued back to the first number: the current one, not a former one too
        Customer back = changed(c, DocumentChangeReason.REISSUED, uscc(1), 3);
        assertEquals(List.of(uscc(3)), back.formerDocuments());
    }

    @Test
    void theDuplicateCheckOfARegistrationWithAnOldNumberFindsTheSameCustomer() {
        Customer c = changed(company(uscc(1)), DocumentChangeReason.REISSUED, uscc(2), 1);
        Registration withOld = new Registration(CustomerGroup.COMMERCIAL, "Shenzhen Example Ltd", uscc(1), SHENZHEN);
        DuplicateCheck.SameCustomer same = assertInstanceOf(DuplicateCheck.SameCustomer.class,
                DuplicateCheck.compare(c, withOld));
        assertEquals(uscc(1), same.document());
        assertEquals(List.of(new DuplicateCheck.Difference("document", uscc(2).toString(), uscc(1).toString())),
                same.differences());
        assertTrue(same.differences().head().left().contains("*"), "masked");
        // by the current number: the registration check as before, no document difference
        Registration renamed = new Registration(CustomerGroup.COMMERCIAL, "Other Name Ltd", uscc(2), SHENZHEN);
        assertEquals(DuplicateCheck.compare(c.registration(), renamed), DuplicateCheck.compare(c, renamed));
        assertInstanceOf(DuplicateCheck.Distinct.class, DuplicateCheck.compare(c,
                new Registration(CustomerGroup.COMMERCIAL, "Shenzhen Example Ltd", uscc(9), SHENZHEN)));
    }

    @Test
    void anErasedCustomerHasNoFormerDocument() {
        Customer person = Customer.register(C1, new Registration(CustomerGroup.PUBLIC, "Wang Wu",
                ResidentIdentityNumber.parse(CustomerTestData.RESIDENT_ID).get(), SHENZHEN), T0).get().state();
        Customer reissued = changed(person, DocumentChangeReason.REISSUED, new Passport("CHN", "E12345678"), 1);
        assertEquals(1, reissued.formerDocuments().size());
        Customer erased = Accepted.accepted(reissued.erase(T0.plusSeconds(600))).state();
        assertEquals(List.empty(), erased.formerDocuments());
        assertFalse(erased.isKnownBy(ResidentIdentityNumber.parse(CustomerTestData.RESIDENT_ID).get()));
    }

    @Test
    void aCorrectionIsBitemporalTheRecordBeforeItShowsTheWrongNumber() {
        Instant recorded = T0.plusSeconds(600);
        Customer c = Accepted.accepted(company(uscc(1)).amend(Amendment.changeDocument(DocumentChangeReason.CORRECTED,
                uscc(2), List.of(C1), T0), recorded)).state();   // wrong since the registration, put right later
        Instant between = T0.plusSeconds(60);
        assertEquals(uscc(1), c.masterDataAsOf(between, T0.plusSeconds(300)).get().document(), "as recorded then");
        assertEquals(uscc(2), c.masterDataAsOf(between, recorded).get().document(), "as known since");
        assertEquals(uscc(2), c.masterDataAsOf(between).get().document());
        assertEquals(io.vavr.control.Option.none(), c.masterDataAsOf(between, T0.minusSeconds(1)), "not yet recorded");
    }

    record Step(boolean reissue, int document) {
    }

    /**
     * Invariant: after any sequence of re-issues and corrections, the customer is known by exactly its current
     * document and the documents that were current just before a re-issue.
     */
    @Property(tries = 300)
    void aCustomerIsKnownByItsCurrentDocumentAndEveryOneReissuedAway(@ForAll("steps") java.util.List<Step> steps) {
        Customer c = company(uscc(0));
        Set<IdentityDocument> reissuedAway = HashSet.empty();
        int minute = 1;
        for (Step s : steps) {
            IdentityDocument before = c.document();
            Customer next = changed(c, s.reissue() ? DocumentChangeReason.REISSUED : DocumentChangeReason.CORRECTED,
                    uscc(s.document()), minute++);
            if (s.reissue() && !next.document().equals(before)) {
                reissuedAway = reissuedAway.add(before);
            }
            c = next;
        }
        Customer last = c;
        Set<IdentityDocument> expected = reissuedAway.add(last.document());
        for (int n = 0; n < 6; n++) {
            IdentityDocument d = uscc(n);
            assertEquals(expected.contains(d), last.isKnownBy(d), d + " after " + steps);
        }
        Seq<IdentityDocument> former = last.formerDocuments();
        assertEquals(former.distinct(), former);
        assertFalse(former.contains(last.document()));
    }

    @Provide
    Arbitrary<java.util.List<Step>> steps() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 5)).as(Step::new)
                .list().ofMaxSize(8);
    }
}
