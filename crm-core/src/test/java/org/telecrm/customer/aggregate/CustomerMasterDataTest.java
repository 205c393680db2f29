package org.telecrm.customer.aggregate;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.CircuitRef;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.CustomerTestData;
import org.telecrm.customer.contact.Address;
import org.telecrm.customer.contact.ContactError;
import org.telecrm.customer.identity.DocumentKind;
import org.telecrm.customer.identity.ErasedDocument;
import org.telecrm.customer.identity.ResidentIdentityNumber;
import org.telecrm.customer.identity.UnifiedSocialCreditCode;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.region.Province;
import org.telecrm.kernel.Changed;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of master-data changes, one by one (the history's properties: CustomerMasterDataPropertiesTest). */
class CustomerMasterDataTest {

    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
    private static final Instant DAY = Instant.parse("2026-03-02T02:00:00Z");
    private static final CustomerId C1 = CustomerId.of("C-1");
    private static final CityCode SHENZHEN = CityCode.parse("440300").get();
    private static final CityCode NANJING = CityCode.parse("320100").get();
    private static final Address HOME = new Address(NANJING, "Zhongshan Road 321, Unit 5", Option.some("210005"));

    private static Customer company() {
        return Customer.register(C1, new Registration(CustomerGroup.COMMERCIAL, "Shenzhen Example Ltd",
                UnifiedSocialCreditCode.parse(CustomerTestData.USCC).get(), SHENZHEN), T0).get().state();
    }

    private static Customer person() {
        return Customer.register(C1, new Registration(CustomerGroup.PUBLIC, "Wang Wu",
                ResidentIdentityNumber.parse(CustomerTestData.RESIDENT_ID).get(), SHENZHEN), T0).get().state();
    }

    private static Changed<Customer, CustomerEvent> accepted(Customer c, Amendment a, Instant at) {
        return Accepted.accepted(c.amend(a, at));
    }

    @Nested
    class Each_change_is_an_event_with_the_value_before_and_after {

        @Test
        void a_move_changes_city_and_province_from_its_effective_moment() {
            Changed<Customer, CustomerEvent> moved = accepted(company(), Amendment.move(NANJING, T0.plusSeconds(60)), DAY);
            assertEquals(List.of(new CustomerEvent.MasterDataChanged(C1,
                    new MasterDataChange.Moved(SHENZHEN, NANJING, T0.plusSeconds(60), DAY))), moved.events());
            assertEquals(Province.JIANGSU, moved.state().province());
            assertEquals(DAY, moved.events().single().occurredAt());
            assertTrue(((MasterDataChange.Moved) moved.state().masterDataHistory().single()).changedProvince());
            assertEquals(SHENZHEN, moved.state().masterDataAsOf(T0.plusSeconds(59)).get().city());
            assertEquals(NANJING, moved.state().masterDataAsOf(T0.plusSeconds(60)).get().city());
        }

        @Test
        void a_rename_a_document_and_the_addresses_each_record_their_change() {
            Customer c = company();
            UnifiedSocialCreditCode corrected = new UnifiedSocialCreditCode("91440300MA5GUJ7A0"
                    + UnifiedSocialCreditCode.checkCharacterOf("91440300MA5GUJ7A0"));
            c = accepted(c, Amendment.rename("Jiangsu Example Ltd", T0), DAY).state();
            c = accepted(c, Amendment.changeDocument(DocumentChangeReason.CORRECTED, corrected, List.of(C1), T0), DAY)
                    .state();
            c = accepted(c, Amendment.postalAddress(Option.some(HOME), DAY), DAY).state();
            Changed<Customer, CustomerEvent> installed = accepted(c,
                    Amendment.installationAddress(CircuitRef.of("DDN-1"), Option.some(HOME), DAY), DAY);
            c = installed.state();
            assertEquals(new MasterDataChange.InstallationAddressChanged(CircuitRef.of("DDN-1"), Option.none(),
                    Option.some(HOME), DAY, DAY), ((CustomerEvent.MasterDataChanged) installed.events().single()).change());
            assertEquals("Jiangsu Example Ltd", c.name());
            assertEquals(corrected, c.document());
            assertEquals(Option.some(HOME), c.postalAddress());
            assertEquals(Option.some(HOME), c.installationAddresses().get(CircuitRef.of("DDN-1")));
            assertEquals(List.of("name", "document", "postalAddress", "installationAddress DDN-1"),
                    c.masterDataHistory().map(MasterDataChange::aspect));
            Customer removed = accepted(c, Amendment.installationAddress(CircuitRef.of("DDN-1"), Option.none(), DAY), DAY)
                    .state();
            assertTrue(removed.installationAddresses().isEmpty());
            assertEquals(Option.none(), removed.masterDataAsOf(DAY.minusSeconds(1)).get().postalAddress());
            assertTrue(removed.masterDataAsOf(DAY).get().installationAddresses().isEmpty(), "set and removed at DAY");
            assertEquals(Option.some(HOME), c.masterDataAsOf(DAY).get().installationAddresses().get(CircuitRef.of("DDN-1")));
        }

        @Test
        void a_value_that_already_holds_changes_nothing() {
            Customer c = company();
            assertTrue(accepted(c, Amendment.rename("Shenzhen Example Ltd", T0), DAY).changedNothing());
            assertTrue(accepted(c, Amendment.move(SHENZHEN, T0), DAY).changedNothing());
            assertTrue(accepted(c, Amendment.postalAddress(Option.none(), T0), DAY).changedNothing());
            assertTrue(accepted(c, Amendment.changeDocument(DocumentChangeReason.REISSUED, c.document(), List.of(C1), T0),
                    DAY).changedNothing());
        }

        @Test
        void documents_and_address_lines_render_masked() {
            Changed<Customer, CustomerEvent> c = accepted(company(), Amendment.postalAddress(Option.some(HOME), T0), DAY);
            String text = c.events().toString() + c.state() + c.state().masterData();
            assertFalse(text.contains("Zhongshan"), text);
            assertFalse(text.contains(CustomerTestData.USCC), text);
            assertTrue(text.contains("Address[320100 ************************** 210005]"), text);
        }
    }

    @Nested
    class What_is_refused {

        @Test
        void a_blank_name() {
            assertEquals(new CustomerRejection.BlankText(C1, "name"), company().amend(Amendment.rename(" ", T0), DAY)
                    .getLeft());
        }

        @Test
        void a_document_that_does_not_fit_the_group_or_is_erased() {
            assertEquals(new CustomerRejection.DocumentDoesNotFitGroup(C1, CustomerGroup.COMMERCIAL,
                            DocumentKind.RESIDENT_IDENTITY_NUMBER),
                    company().amend(Amendment.changeDocument(DocumentChangeReason.CORRECTED,
                            ResidentIdentityNumber.parse(CustomerTestData.RESIDENT_ID).get(), List.empty(), T0), DAY)
                            .getLeft());
            assertEquals(new CustomerRejection.DocumentDoesNotFitGroup(C1, CustomerGroup.PUBLIC, DocumentKind.ERASED),
                    person().amend(Amendment.changeDocument(DocumentChangeReason.CORRECTED, new ErasedDocument("C-1"),
                            List.empty(), T0), DAY).getLeft());
        }

        @Test
        void a_document_another_customer_holds_the_duplicate_check() {
            CustomerRejection taken = company().amend(Amendment.changeDocument(DocumentChangeReason.REISSUED,
                    new UnifiedSocialCreditCode("91440300MA5GUJ7A0" + UnifiedSocialCreditCode.checkCharacterOf(
                            "91440300MA5GUJ7A0")), List.of(C1, CustomerId.of("C-2")), T0), DAY).getLeft();
            assertEquals(new CustomerRejection.DocumentTaken(C1, CustomerId.of("C-2"),
                    DocumentKind.UNIFIED_SOCIAL_CREDIT_CODE), taken);
            assertFalse(taken.message().contains("91440300MA5G"), "the message quotes no number");
        }

        @Test
        void a_change_effective_after_it_is_recorded_or_before_the_registration() {
            assertEquals(new CustomerRejection.EffectiveAfterRecording(C1, "city", DAY.plusSeconds(1), DAY),
                    company().amend(Amendment.move(NANJING, DAY.plusSeconds(1)), DAY).getLeft());
            assertEquals(new CustomerRejection.OutOfOrder(C1, "registration", T0, T0.minusSeconds(1)),
                    company().amend(Amendment.move(NANJING, T0.minusSeconds(1)), DAY).getLeft());
        }

        @Test
        void a_change_recorded_before_the_last_one_or_effective_before_the_last_of_its_aspect() {
            Customer moved = accepted(company(), Amendment.move(NANJING, DAY), DAY).state();
            assertEquals(new CustomerRejection.OutOfOrder(C1, "master-data change", DAY, DAY.minusSeconds(1)),
                    moved.amend(Amendment.rename("Other Ltd", T0), DAY.minusSeconds(1)).getLeft());
            assertEquals(new CustomerRejection.OutOfOrder(C1, "city change effective", DAY, T0),
                    moved.amend(Amendment.move(SHENZHEN, T0), DAY.plusSeconds(60)).getLeft());
            // another aspect may take effect earlier: the name changed before the move was recorded
            assertTrue(moved.amend(Amendment.rename("Other Ltd", T0), DAY.plusSeconds(60)).isRight());
        }

        @Test
        void any_change_of_an_erased_customer() {
            Customer erased = person().erase(DAY).get().state();
            assertEquals(new CustomerRejection.Erased(C1, "change its master data"),
                    erased.amend(Amendment.move(NANJING, DAY), DAY).getLeft());
        }
    }

    @Nested
    class Erasure_anonymises_the_history {

        @Test
        void names_documents_and_address_lines_go_the_cities_and_dates_stay() {
            Customer c = accepted(person(), Amendment.rename("Wang Wuji", T0), DAY).state();
            c = accepted(c, Amendment.move(NANJING, T0), DAY).state();
            c = accepted(c, Amendment.postalAddress(Option.some(HOME), T0), DAY).state();
            Customer erased = c.erase(DAY).get().state();
            assertEquals(List.of(
                    new MasterDataChange.Renamed(Customer.ERASED_NAME, Customer.ERASED_NAME, T0, DAY),
                    new MasterDataChange.Moved(SHENZHEN, NANJING, T0, DAY),
                    new MasterDataChange.PostalAddressChanged(Option.none(), Option.some(HOME.erased()), T0, DAY)),
                    erased.masterDataHistory());
            assertEquals(Option.some(new Address(NANJING, Address.ERASED_LINE, Option.none())), erased.postalAddress());
            assertEquals(new ErasedDocument("C-1"), erased.masterDataAsOf(T0).get().document());
        }
    }

    @Nested
    class Addresses {

        @Test
        void a_line_must_not_be_blank_or_too_long_and_a_postcode_has_six_digits() {
            assertEquals(List.of(new ContactError.Blank("line"), new ContactError.InvalidPostcode("postcode", 4)),
                    Address.parse(NANJING, " ", Option.some("2100")).getLeft());
            assertEquals(List.of(new ContactError.TooLong("line", Address.MAX_LINE_LENGTH, Address.MAX_LINE_LENGTH + 1)),
                    Address.parse(NANJING, "x".repeat(Address.MAX_LINE_LENGTH + 1), Option.none()).getLeft());
            assertEquals("postcode must be a mainland postcode of 6 digits (was 7 characters)",
                    Address.parse(NANJING, "Road 1", Option.some("2100051")).getLeft().single().message());
            assertTrue(Address.parse(NANJING, "x".repeat(Address.MAX_LINE_LENGTH), Option.none()).isRight());
            assertThrows(IllegalArgumentException.class, () -> new Address(NANJING, "", Option.none()));
        }

        @Test
        void an_erased_address_keeps_its_city_only() {
            assertEquals("Address[320100 (erased)]", HOME.erased().toString());
            assertTrue(HOME.erased().isErased());
            assertFalse(HOME.isErased());
            assertEquals("Address[320100 **********]", new Address(NANJING, "Road 1 234", Option.none()).toString());
        }
    }
}
