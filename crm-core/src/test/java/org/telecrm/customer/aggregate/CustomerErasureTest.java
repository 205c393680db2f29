package org.telecrm.customer.aggregate;

import io.vavr.collection.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.CustomerTestData;
import org.telecrm.customer.KeyAccountGrade;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.contact.ContactId;
import org.telecrm.customer.identity.DocumentKind;
import org.telecrm.customer.identity.ErasedDocument;
import org.telecrm.customer.identity.ResidentIdentityNumber;
import org.telecrm.customer.identity.UnifiedSocialCreditCode;
import org.telecrm.customer.region.CityCode;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Erasure of a person's information at their request (PIPL art. 47), and of a key account's contact. */
class CustomerErasureTest {

    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
    private static final CustomerId C1 = CustomerId.of("C-1");
    private static final ContactId K1 = ContactId.of("K-1");
    private static final ContactId K2 = ContactId.of("K-2");

    private static Customer person() {
        Customer registered = Customer.register(C1, new Registration(CustomerGroup.PUBLIC, "张三",
                new ResidentIdentityNumber(CustomerTestData.RESIDENT_ID), new CityCode("440300")), T0).get().state();
        return registered.addContact(K1, CustomerTestData.ZHANG_SAN, T0).get().state();
    }

    private static Customer activeKeyAccount() {
        Customer c = Customer.register(C1, new Registration(CustomerGroup.KEY_ACCOUNT, "Shenzhen Example Ltd",
                new UnifiedSocialCreditCode(CustomerTestData.USCC), new CityCode("440300")), T0).get().state();
        c = c.regrade(CustomerTestData.assessment(KeyAccountGrade.THREE_A), T0).get().state();
        c = c.assignManager(AccountManagerId.of("AM-1"), StaffId.of("S-1"), T0).get().state();
        c = c.addContact(K1, CustomerTestData.ZHANG_SAN, T0).get().state();
        c = c.addContact(K2, CustomerTestData.LI_SI, T0).get().state();
        return c.activate(T0).get().state();
    }

    @Nested
    class ErasingAPerson {

        @Test
        void the_name_document_and_contacts_go_and_the_rest_stays() {
            Customer before = person().activate(T0).get().state();
            Customer erased = before.erase(T0.plusSeconds(60)).get().state();
            assertEquals(Customer.ERASED_NAME, erased.name());
            assertEquals(new ErasedDocument("C-1"), erased.document());
            assertEquals(DocumentKind.ERASED, erased.document().kind());
            assertTrue(erased.contacts().isEmpty());
            assertTrue(erased.isErased());
            assertEquals(List.of(before.getId(), before.group(), before.city(), before.registeredAt(), before.lifecycle()),
                    List.of(erased.getId(), erased.group(), erased.city(), erased.registeredAt(), erased.lifecycle()));
        }

        @Test
        void it_raises_erased_which_carries_nothing_personal() {
            CustomerEvent event = person().erase(T0.plusSeconds(60)).get().events().single();
            assertEquals(new CustomerEvent.Erased(C1, T0.plusSeconds(60)), event);
            assertFalse(event.toString().contains("张三"));
            assertFalse(event.toString().contains("Zhang"));
        }

        @Test
        void a_second_request_changes_nothing() {
            Customer erased = person().erase(T0.plusSeconds(60)).get().state();
            assertTrue(erased.erase(T0.plusSeconds(120)).get().changedNothing());
        }

        @Test
        void nothing_personal_is_recorded_for_an_erased_customer_again() {
            Customer erased = person().erase(T0.plusSeconds(60)).get().state();
            assertEquals(new CustomerRejection.Erased(C1, "add a contact"),
                    erased.addContact(K2, CustomerTestData.LI_SI, T0.plusSeconds(120)).getLeft());
        }

        @Test
        void an_organisation_is_not_erased_as_a_person() {
            assertEquals(new CustomerRejection.NotAPerson(C1, CustomerGroup.KEY_ACCOUNT),
                    activeKeyAccount().erase(T0.plusSeconds(60)).getLeft());
        }

        @Test
        void nobody_registers_with_an_erased_document() {
            assertInstanceOf(CustomerRejection.DocumentDoesNotFitGroup.class, Customer.register(CustomerId.of("C-9"),
                    new Registration(CustomerGroup.PUBLIC, "x", new ErasedDocument("C-1"), new CityCode("440300")), T0)
                    .getLeft());
        }

        @Test
        void an_erasure_dated_before_the_registration_is_out_of_order() {
            assertInstanceOf(CustomerRejection.OutOfOrder.class, person().erase(T0.minusSeconds(1)).getLeft());
        }
    }

    @Nested
    class ErasingAContact {

        @Test
        void the_contact_goes_with_an_event_that_carries_no_details() {
            Customer erased = activeKeyAccount().eraseContact(K2, T0.plusSeconds(60)).get().state();
            assertEquals(List.of(K1), erased.contacts().map(Contact::id));
            assertEquals(List.of(new CustomerEvent.ContactErased(C1, K2, T0.plusSeconds(60))),
                    activeKeyAccount().eraseContact(K2, T0.plusSeconds(60)).get().events());
        }

        @Test
        void the_primary_contact_of_an_active_key_account_is_erased_once_another_is_primary() {
            Customer account = activeKeyAccount();
            assertEquals(new CustomerRejection.PrimaryContactInUse(C1, K1),
                    account.eraseContact(K1, T0.plusSeconds(60)).getLeft());
            Customer switched = account.makePrimary(K2, T0.plusSeconds(60)).get().state();
            assertEquals(List.of(K2), switched.eraseContact(K1, T0.plusSeconds(120)).get().state().contacts()
                    .map(Contact::id));
        }

        @Test
        void a_contact_not_there_changes_nothing() {
            assertTrue(activeKeyAccount().eraseContact(ContactId.of("K-9"), T0.plusSeconds(60)).get().changedNothing());
        }
    }
}
