package org.telecrm.customer.aggregate;

import io.vavr.collection.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerTestData;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.identity.ResidentIdentityNumber;
import org.telecrm.customer.identity.UnifiedSocialCreditCode;
import org.telecrm.customer.region.CityCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Duplicate detection: the same identity document is the same customer, and the result says which fields differ. */
class DuplicateCheckTest {

    private static final UnifiedSocialCreditCode CODE = UnifiedSocialCreditCode.parse(CustomerTestData.USCC).get();

    @Test
    void theSameDocumentWithAnotherCityAndNameIsTheSameCustomer() {
        Registration stored = new Registration(CustomerGroup.KEY_ACCOUNT, "Harbour Logistics", CODE, CityCode.parse("440300").get());
        Registration incoming = new Registration(CustomerGroup.KEY_ACCOUNT, "Harbour Logistics Co., Ltd.", CODE,
                CityCode.parse("440100").get());
        DuplicateCheck.SameCustomer same = assertInstanceOf(DuplicateCheck.SameCustomer.class,
                DuplicateCheck.compare(stored, incoming));
        assertEquals(List.of(new DuplicateCheck.Difference("name", "Harbour Logistics", "Harbour Logistics Co., Ltd."),
                new DuplicateCheck.Difference("city", "440300", "440100")), same.differences());
        assertFalse(same.toString().contains(CustomerTestData.USCC), "the document shows masked");
    }

    @Test
    void differentDocumentsAreDistinctWhateverElseAgrees() {
        Registration a = new Registration(CustomerGroup.PUBLIC, "Wang Wu",
                ResidentIdentityNumber.parse(CustomerTestData.RESIDENT_ID).get(), CityCode.parse("440300").get());
        Registration b = new Registration(CustomerGroup.PUBLIC, "Wang Wu",
                ResidentIdentityNumber.parse("440304199001010011").get(), CityCode.parse("440300").get());
        assertInstanceOf(DuplicateCheck.Distinct.class, DuplicateCheck.compare(a, b));
    }

    record Pair(Registration left, Registration right) {
    }

    @Property
    void sameDocumentIffSameCustomerAndTheDifferencesAreExactlyTheFieldsThatDiffer(@ForAll("pairs") Pair pair) {
        Registration l = pair.left();
        Registration r = pair.right();
        DuplicateCheck check = DuplicateCheck.compare(l, r);
        if (!l.document().equals(r.document())) {
            assertInstanceOf(DuplicateCheck.Distinct.class, check);
            return;
        }
        DuplicateCheck.SameCustomer same = assertInstanceOf(DuplicateCheck.SameCustomer.class, check);
        List<String> expected = List.<String>empty()
                .appendAll(l.group() == r.group() ? List.empty() : List.of("group"))
                .appendAll(l.name().equals(r.name()) ? List.empty() : List.of("name"))
                .appendAll(l.city().equals(r.city()) ? List.empty() : List.of("city"));
        assertEquals(expected, same.differences().map(DuplicateCheck.Difference::field));
        assertEquals(check.getClass(), DuplicateCheck.compare(r, l).getClass(), "symmetric");
    }

    @Provide
    Arbitrary<Pair> pairs() {
        Arbitrary<IdentityDocument> document = Arbitraries.oneOf(
                Arbitraries.of(CODE),
                CustomerTestData.usccs(),
                Arbitraries.of(ResidentIdentityNumber.parse(CustomerTestData.RESIDENT_ID).get()));
        Arbitrary<Registration> registration = Combinators.combine(Arbitraries.of(CustomerGroup.class), Arbitraries.of("A", "B"),
                        document, Arbitraries.of("440300", "110100").map(c -> CityCode.parse(c).get()))
                .as(Registration::new);
        return Combinators.combine(registration, registration).as(Pair::new);
    }
}
