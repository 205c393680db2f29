package org.telecrm.customer.aggregate;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.churn.ChurnCase;
import org.telecrm.customer.churn.ChurnEarlyWarning;
import org.telecrm.customer.churn.ChurnWarning;
import org.telecrm.customer.churn.MonthlySpend;
import org.telecrm.customer.churn.WarningLevel;
import org.telecrm.customer.contact.ContactDetails;
import org.telecrm.customer.contact.ContactError;
import org.telecrm.customer.contact.ContactId;
import org.telecrm.customer.contact.PhoneNumber;
import org.telecrm.customer.identity.Passport;
import org.telecrm.customer.identity.ResidentIdentityNumber;
import org.telecrm.customer.identity.UnifiedSocialCreditCode;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.region.Province;
import org.telecrm.customer.value.KeyAccountValuation;
import org.telecrm.customer.value.ValueAssessment;
import org.telecrm.customer.value.ValueFacts;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's "Customers" examples (notes/customer-readme.md), as written there, with what it says they return. */
class CustomerReadmeTest {

    @Test
    void customersFromRegistrationToRestoration() {
        Instant day1 = Instant.parse("2026-03-01T02:00:00Z");
        Registration harbour = new Registration(CustomerGroup.KEY_ACCOUNT, "Shenzhen Harbour Logistics Co., Ltd.",
                UnifiedSocialCreditCode.parse("91440300MA5FUJ7A0C").get(), CityCode.parse("440300").get());
        Customer c = Customer.register(CustomerId.of("C-1"), harbour, day1).get().state();
        assertEquals(Lifecycle.Stage.PROSPECT, c.stage());
        assertEquals(Province.GUANGDONG, c.province());
        assertEquals("customer C-1: cannot activate: an active key account needs a grade, an account manager and a"
                + " primary contact; missing: a grade, an account manager, a primary contact", c.activate(day1).getLeft().message());

        ValueAssessment value = KeyAccountValuation.sample()
                .assess(ValueFacts.ofMonthlyRevenue(List.fill(12, Money.ofYuan(100_000)))).get();
        ContactDetails zhang = ContactDetails.parse("Zhang San", "IT manager",
                List.of("13812345678", "0755-88001234-801"), Option.some("zhangsan@example.com")).get();
        Changed<Customer, CustomerEvent> activated = c.regrade(value, day1)
                .flatMap(ch -> ch.state().assignManager(AccountManagerId.of("AM-0755-017"), StaffId.of("S-0755-002"), day1))
                .flatMap(ch -> ch.state().addContact(ContactId.of("K-1"), zhang, day1))
                .flatMap(ch -> ch.state().activate(day1))
                .get();
        assertEquals(List.of(new CustomerEvent.LifecycleChanged(CustomerId.of("C-1"), Lifecycle.Stage.PROSPECT,
                Lifecycle.Stage.ACTIVE, Option.none(), day1)), activated.events());
        c = activated.state();
        assertEquals("score 120 points (tangible 120, intangible 0): grade 3A (from 100 up to 4A at 300)",
                c.grade().get().reasons().last());
        assertTrue(c.isHeadquarters());
        assertEquals("customer C-1: cannot remove the last contact: an active key account needs a grade, an account"
                        + " manager and a primary contact; missing: a primary contact",
                c.removeContact(ContactId.of("K-1"), day1).getLeft().message());

        // identity documents and masking
        ResidentIdentityNumber id = ResidentIdentityNumber.parse("11010519491231002X").get();
        assertEquals("ResidentIdentityNumber[110***********002X]", id.toString());
        assertEquals("11010519491231002X", id.unmasked());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals("residentIdentityNumber: the check character (position 18) does not match positions 1-17"
                + " (GB 11643, ISO 7064 MOD 11-2): a character was mistyped",
                ResidentIdentityNumber.parse("110105194912310021").getLeft().message());
        assertEquals("unifiedSocialCreditCode: the check character (position 18) does not match positions 1-17"
                + " (GB 32100, MOD 31): a character was mistyped",
                UnifiedSocialCreditCode.parse("91440300MA5FUJ7A0D").getLeft().message());
        assertEquals("Passport[CHN E******78]", Passport.parse("CHN", "E12345678").get().toString());
        assertEquals("MobileNumber[138****5678]", PhoneNumber.parse("13812345678").get().toString());
        assertEquals("LandlineNumber[0755-*****234-***]", PhoneNumber.parse("0755-88001234-801").get().toString());

        // city and province
        assertEquals(Province.GUANGDONG, CityCode.parse("440300").get().province());
        assertEquals("广东省", CityCode.parse("440300").get().province().chineseName());
        assertEquals("city 440305 is a county-level code (county part 05): give the city's code, 440300",
                CityCode.parse("440305").getLeft().message());
        assertEquals("city 440000 is a province-level code (city part 00): give a city's code",
                CityCode.parse("440000").getLeft().message());

        // contacts, account managers, group structure, the file
        Instant day2 = Instant.parse("2026-03-02T02:00:00Z");
        ContactDetails li = ContactDetails.parse("Li Si", "财务负责人", List.of("13900001111"), Option.none()).get();
        c = c.addContact(ContactId.of("K-2"), li, day2).get().state();
        assertInstanceOf(CustomerRejection.PrimaryContactInUse.class, c.removeContact(ContactId.of("K-1"), day2).getLeft());
        c = c.makePrimary(ContactId.of("K-2"), day2).get().state();
        assertEquals(List.of("name must not be blank", "phones[0] must be a mainland mobile number: 11 digits, 1 then"
                        + " 3-9 then 9 more digits (was 10 characters)"),
                ContactDetails.parse(" ", "IT manager", List.of("1381234567"), Option.none()).getError().map(ContactError::message));

        c = c.assignManager(AccountManagerId.of("AM-0755-023"), StaffId.of("S-0755-005"), day2).get().state();
        assertEquals("List(ManagerAssignment[manager=AM-0755-017, from=2026-03-01T02:00:00Z, to=Some(2026-03-02T02:00:00Z),"
                + " assignedBy=S-0755-002, endedBy=Some(S-0755-005)], ManagerAssignment[manager=AM-0755-023,"
                + " from=2026-03-02T02:00:00Z, to=None, assignedBy=S-0755-005, endedBy=None])", c.managerAssignments().toString());

        c = c.addBranch(CustomerId.of("C-7"), day2).get().state();
        assertEquals("Headquarters[branches=TreeSet(C-7)]", c.structure().toString());
        assertInstanceOf(CustomerEvent.FileEntryAdded.class, c.recordInFile(FileTopic.COMPETITION,
                "a rival offers 20% off the leased lines", StaffId.of("S-0755-005"), day2).get().events().single());

        // lifecycle, churn warnings
        Instant day3 = Instant.parse("2026-03-03T02:00:00Z");
        c = c.markDormant(day3).get().state();
        c = c.markChurned("cancellation order TZ-2026-0712", day3).get().state();
        assertEquals(Lifecycle.Stage.CHURNED, c.stage());
        c = c.activate(day3).get().state();
        assertEquals(Lifecycle.Stage.ACTIVE, c.stage());
        Customer prospect = Customer.register(CustomerId.of("C-9"), new Registration(CustomerGroup.PUBLIC, "Wang Wu",
                ResidentIdentityNumber.parse("11010519491231002X").get(), CityCode.parse("110100").get()), day3).get().state();
        assertEquals("customer C-9: no lifecycle transition from PROSPECT to CHURNED",
                prospect.markChurned("moved away", day3).getLeft().message());

        ChurnWarning w = ChurnEarlyWarning.sample().assess(ChurnCase.of(CustomerGroup.KEY_ACCOUNT,
                List.of(100_000, 100_000, 100_000, 100_000, 100_000, 100_000, 60_000).zipWithIndex((yuan, i) ->
                        new MonthlySpend(YearMonth.of(2026, 1).plusMonths(i), Money.ofYuan(yuan))))).get();
        CustomerEvent.ChurnWarningRaised raised = (CustomerEvent.ChurnWarningRaised) c.raiseChurnWarning(w, day3)
                .get().events().single();
        assertEquals(WarningLevel.WARNING, raised.level());
        assertTrue(raised.reasons().head().startsWith("WARNING: spend in 2026-07"), raised.reasons()::head);

        // duplicate detection, restoring
        Registration incoming = new Registration(CustomerGroup.COMMERCIAL, "Harbour Logistics",
                UnifiedSocialCreditCode.parse("91440300MA5FUJ7A0C").get(), CityCode.parse("440100").get());
        assertEquals("SameCustomer[document=UnifiedSocialCreditCode[914***********7A0C], differences=List("
                        + "Difference[field=group, left=KEY_ACCOUNT, right=COMMERCIAL], "
                        + "Difference[field=name, left=Shenzhen Harbour Logistics Co., Ltd., right=Harbour Logistics], "
                        + "Difference[field=city, left=440300, right=440100])]",
                DuplicateCheck.compare(c.registration(), incoming).toString());

        Customer again = Customer.restore(c.getId(), c.group(), c.name(), c.document(), c.city(), c.registeredAt(),
                c.lifecycle(), c.grade(), c.managerAssignments(), c.contacts(), c.primaryContact(), c.structure(), c.file(),
                c.churnWarning()).get();
        assertEquals(CustomerSnapshot.of(c), CustomerSnapshot.of(again));
    }
}
