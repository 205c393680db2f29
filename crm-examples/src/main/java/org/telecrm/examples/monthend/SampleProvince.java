package org.telecrm.examples.monthend;

import io.vavr.collection.Iterator;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.account.group.BillingGroup;
import org.telecrm.account.group.BillingGroupEvent;
import org.telecrm.account.group.BillingGroupId;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.KeyAccountGrade;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.CustomerEvent;
import org.telecrm.customer.aggregate.Registration;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.identity.ResidentIdentityNumber;
import org.telecrm.customer.identity.UnifiedSocialCreditCode;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.customer.value.KeyAccountValuation;
import org.telecrm.customer.value.ValueAssessment;
import org.telecrm.customer.value.ValueFacts;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;
import org.telecrm.order.OrderKind;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.clock.CalendarVersions;
import org.telecrm.order.clock.SlaClock;
import org.telecrm.privacy.purpose.ConsentChannel;
import org.telecrm.privacy.purpose.LawfulBasis;
import org.telecrm.privacy.purpose.PersonalDataUse;
import org.telecrm.privacy.purpose.PersonalInformation;
import org.telecrm.privacy.purpose.Purpose;
import org.telecrm.privacy.purpose.PurposeEvent;
import org.telecrm.privacy.purpose.PurposeRegister;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.contract.Bandwidth;
import org.telecrm.sla.contract.Circuit;
import org.telecrm.sla.contract.ContractSigning;
import org.telecrm.sla.contract.ContractTerms;
import org.telecrm.sla.contract.Region;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.contract.SlaContractEvent;
import org.telecrm.sla.contract.ValidityPeriod;
import org.telecrm.sla.provisioning.PersonalisedTerms;
import org.telecrm.sla.provisioning.Term;
import org.telecrm.sla.provisioning.TermScope;
import org.telecrm.sla.quality.QualityLevelTable;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * A generated sample province (Guangdong, five cities) for one month: deterministic by seed, one unit per key
 * account, generated lazily so that a large province never sits in memory. Each unit is a key account (grade 1A to
 * 5A, in turn) with its headquarters and, from 3A up, a branch whose account the headquarters pays for through a
 * billing group (its unified payment of the month: {@link #unifiedPayments}); a public and a commercial customer;
 * their billing accounts with seven months of charges and payments, some in arrears, dunned on the province's staged
 * schedule or a key account's own, a few on a payment plan ({@link SampleAccounts}); an SLA contract on one to three circuits
 * (DDN, FR, ATM, digital circuit; personalised terms for every fourth); and the month's service orders: provisioning
 * (on time, late, very late so that the cap applies, still open), fault reports with their outages, complaints, and
 * for some units a cancellation.
 *
 * <p>Every aggregate is built through its own commands, as a host would have, and handed over with the events of its
 * history. Identity numbers are valid by their check characters and obviously fictitious: the organisation part of a
 * credit code starts {@code XX}, a person's sequence number is 9xx.
 */
public final class SampleProvince {

    /** Beijing time: the sample's orders, contracts and accounts all use it. */
    public static final ZoneId ZONE = SlaClock.BEIJING;
    /** The five sample cities: Guangzhou, Shenzhen, Zhuhai, Foshan, Dongguan. */
    static final Seq<String> CITIES = List.of("440100", "440300", "440400", "440600", "441900");
    static final Seq<String> CITY_NAMES = List.of("Guangzhou", "Shenzhen", "Zhuhai", "Foshan", "Dongguan");
    static final Seq<Product> PRODUCTS = List.of(Product.DDN, Product.FR, Product.ATM, Product.DIGITAL_CIRCUIT);
    /** Monthly revenue in yuan that the sample value table grades 1A ... 5A. */
    private static final long[] MONTHLY_REVENUE_BY_GRADE = {10_000, 50_000, 100_000, 300_000, 1_000_000};

    private final long seed;
    private final YearMonth month;
    private final WorkingDayCalendar calendar;
    private final CalendarVersions calendars;
    private final Seq<ValueAssessment> assessments;

    /** One key account's share of the province, ready to be saved: its customers' purpose registers too. */
    public record Unit(Seq<Changed<Customer, CustomerEvent>> customers, Seq<Changed<Account, AccountEvent>> accounts,
                       Seq<Changed<SlaContract, SlaContractEvent>> contracts,
                       Seq<Changed<ServiceOrder, ServiceOrderEvent>> orders,
                       Seq<Changed<PurposeRegister, PurposeEvent>> registers,
                       Seq<Changed<BillingGroup, BillingGroupEvent>> groups) {
    }

    /** Whether a sample customer consented to retention marketing (the churn warning): the sample's mix. */
    enum Retention { CONSENTED, WITHDRAWN, NEVER }

    public SampleProvince(long seed, YearMonth month, CalendarVersions calendars) {
        this.seed = seed;
        this.month = month;
        this.calendars = calendars;
        this.calendar = calendars.calendar(calendars.current()).get();
        this.assessments = List.of(KeyAccountGrade.values()).map(g -> KeyAccountValuation.sample().assess(
                ValueFacts.ofMonthlyRevenue(List.fill(12, Money.ofYuan(MONTHLY_REVENUE_BY_GRADE[g.level() - 1])))).get());
    }

    /** The units 0 .. count-1, generated one at a time, each with its natural mix of orders (about 8). */
    public Iterator<Unit> units(int count) {
        return units(count, 0);
    }

    /**
     * The units 0 .. count-1, generated one at a time, each contract with exactly {@code ordersPerContract} orders
     * (its natural mix cut there, or topped up with fault reports on its circuits in turn); 0 for the natural mix. A
     * province of 100,000 contracts and 1,000,000 orders is {@code units(100_000, 10)}.
     */
    public Iterator<Unit> units(int count, int ordersPerContract) {
        if (ordersPerContract < 0) {
            throw new IllegalArgumentException("ordersPerContract must be 0 or more, was " + ordersPerContract);
        }
        return Iterator.range(0, count).map(n -> unit(n, ordersPerContract));
    }

    /** The identifier of unit {@code n}'s headquarters: what a host's store holds once the sample is loaded. */
    public static CustomerId headquarters(int n) {
        return CustomerId.of("C-" + CITIES.get(n % CITIES.size()) + "-K" + String.format("%06d", n));
    }

    Unit unit(int n, int ordersPerContract) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
        String city = CITIES.get(n % CITIES.size());
        String cityName = CITY_NAMES.get(n % CITIES.size());
        String unit = String.format("%06d", n);
        Instant registered = registeredAt();
        KeyAccountGrade grade = KeyAccountGrade.values()[n % KeyAccountGrade.values().length];
        StarLevel star = StarLevel.values()[grade.level() - 1];
        AccountManagerId manager = AccountManagerId.of("AM-" + city + "-" + String.format("%03d", n % 17));
        StaffId clerk = StaffId.of("S-" + city + "-001");

        // customers: the key account's headquarters (and a branch from 3A up), a public and a commercial customer
        CustomerId hqId = headquarters(n);
        Changed<Customer, CustomerEvent> hq = keyAccount(hqId, cityName + " Sample Group " + unit + " Co., Ltd.",
                uscc(city, "K" + unit), city, grade, manager, clerk, registered);
        List<Changed<Customer, CustomerEvent>> customers = List.empty();
        Option<CustomerId> branchId = Option.none();
        if (grade.level() >= 3) {
            CustomerId b = CustomerId.of("C-" + city + "-B" + unit);
            Changed<Customer, CustomerEvent> branch = keyAccount(b, cityName + " Sample Group " + unit + " Branch",
                    uscc(city, "B" + unit), city, grade, manager, clerk, registered);
            branch = then(branch, branch.state().joinHeadquarters(hqId, registered.plusSeconds(60)));
            hq = then(hq, hq.state().addBranch(b, registered.plusSeconds(60)));
            customers = customers.append(branch);
            branchId = Option.some(b);
        }
        customers = customers.prepend(hq);
        CustomerId publicId = CustomerId.of("C-" + city + "-P" + unit);
        customers = customers.append(ok(Customer.register(publicId, new Registration(CustomerGroup.PUBLIC,
                "Sample Person " + unit, residentId(city, n), CityCode.parse(city).get()), registered)));
        CustomerId commercialId = CustomerId.of("C-" + city + "-M" + unit);
        customers = customers.append(ok(Customer.register(commercialId, new Registration(CustomerGroup.COMMERCIAL,
                cityName + " Sample Shop " + unit, uscc(city, "M" + unit), CityCode.parse(city).get()), registered)));

        // accounts: seven months of charges (the last one decides churn) and payments; some in arrears, dunned by
        // the province's schedule or, for some key accounts, their own (a contract term); a few payment plans
        long monthly = MONTHLY_REVENUE_BY_GRADE[grade.level() - 1] / 10;
        boolean dropping = n % 6 == 2;                        // the key account's spend falls this month
        AccountId hqAccount = AccountId.of("A-" + city + "-K" + unit);
        SampleAccounts billing = new SampleAccounts(month);
        List<Changed<Account, AccountEvent>> accounts = List.of(
                billing.account(hqAccount, hqId, monthly, dropping ? monthly / 2 : monthly, SampleAccounts.headquarters(n),
                        SampleAccounts.ownSchedule(n) ? SampleAccounts.KEY_ACCOUNT_SCHEDULE
                                : SampleAccounts.PROVINCE_SCHEDULE, registered),
                billing.account(AccountId.of("A-" + city + "-P" + unit), publicId, 80, 80, SampleAccounts.Arrears.NONE,
                        SampleAccounts.PROVINCE_SCHEDULE, registered),
                billing.account(AccountId.of("A-" + city + "-M" + unit), commercialId, 600, 600,
                        SampleAccounts.commercial(n), SampleAccounts.PROVINCE_SCHEDULE, registered));
        List<Changed<BillingGroup, BillingGroupEvent>> groups = List.empty();
        if (branchId.isDefined()) {
            // the headquarters pays for the branch's account: the branch's bill of the month waits for the group's
            AccountId branchAccount = AccountId.of("A-" + city + "-B" + unit);
            accounts = accounts.append(billing.account(branchAccount, branchId.get(), monthly / 4, monthly / 4,
                    SampleAccounts.Arrears.UNPAID, SampleAccounts.PROVINCE_SCHEDULE, registered));
            groups = groups.append(billing.group(n, SampleAccounts.groupId(city, unit), hqAccount, branchAccount,
                    registered.plusSeconds(120)));
        }

        // the SLA contract of the headquarters, on one to three circuits
        SlaContractId contractId = SlaContractId.of("SLA-" + city + "-" + unit);
        ContractTerms terms = ContractTerms.defaults(contractId);
        if (n % 4 == 0) {
            terms = terms.withProvisioning(PersonalisedTerms.forContract(contractId.value())
                    .set(TermScope.row(Product.DDN, ProvisioningClass.EXPRESS), new Term.Deadline(6))
                    .set(TermScope.everyRow(), new Term.Cap(new org.telecrm.sla.provisioning.CompensationCap.FixedAmount(
                            Money.ofYuan(5000))))
                    .build().get());
        }
        Instant drafted = at(LocalDate.of(month.getYear(), 1, 1).minusDays(12), 10, 0);
        Changed<SlaContract, SlaContractEvent> contract = ok(SlaContract.draft(contractId, hqId, hqAccount,
                new ValidityPeriod(LocalDate.of(month.getYear(), 1, 1), LocalDate.of(month.getYear(), 12, 31)), terms,
                drafted));
        int circuits = 1 + random.nextInt(3);
        List<Circuit> lines = List.empty();
        for (int c = 0; c < circuits; c++) {
            Product product = PRODUCTS.get((n + c) % PRODUCTS.size());
            Circuit circuit = new Circuit(CircuitId.of(product.name().charAt(0) + "C-" + city + "-" + unit + "-" + c),
                    product, Region.of(cityName + " A-end " + c), Region.of(CITY_NAMES.get((n + c + 1) % 5) + " B-end"),
                    Bandwidth.ofKbps(2048L << random.nextInt(4)),
                    random.nextInt(3) == 0 ? ProvisioningClass.EXPRESS : ProvisioningClass.NORMAL,
                    c % 2 == 0 ? QualityLevelTable.LEVEL_1 : QualityLevelTable.LEVEL_2,
                    Money.ofYuan(2000 + 1000L * random.nextInt(8)), Money.ofYuan(500 + 500L * random.nextInt(6)));
            contract = then(contract, contract.state().addCircuit(circuit, drafted));
            lines = lines.append(circuit);
        }
        contract = then(contract, contract.state().activate(new ContractSigning("Sample CIO " + unit,
                "Key-account department " + cityName, drafted.atZone(ZONE).toLocalDate()), drafted));

        // the month's orders
        SampleOrders.Parties parties = new SampleOrders.Parties(city, cityName);
        SampleOrders sample = new SampleOrders(this, month, calendar, calendars);
        List<Changed<ServiceOrder, ServiceOrderEvent>> orders = List.empty();
        int sequence = 0;
        for (Circuit circuit : lines) {
            int provisioning = 1 + random.nextInt(3);
            for (int p = 0; p < provisioning; p++) {
                orders = orders.append(sample.provisioningOrder(SampleOrders.orderId(city, unit, sequence++), contract.state(), circuit,
                        hqId, star, manager, random.nextInt(10), random, parties));
            }
            int faults = random.nextInt(4);
            for (int f = 0; f < faults; f++) {
                orders = orders.append(sample.faultOrder(SampleOrders.orderId(city, unit, sequence++), contractId, circuit, hqId, star,
                        manager, random, parties));
            }
        }
        if (random.nextInt(3) == 0) {
            orders = orders.append(sample.simpleOrder(SampleOrders.orderId(city, unit, sequence++), OrderKind.COMPLAINT, contractId,
                    lines.head(), hqId, star, manager, random, parties));
        }
        if (dropping || n % 11 == 4) {
            orders = orders.append(sample.simpleOrder(SampleOrders.orderId(city, unit, sequence), OrderKind.CANCELLATION, contractId,
                    lines.last(), hqId, star, manager, random, parties));
        }
        if (ordersPerContract > 0) {
            orders = orders.take(ordersPerContract);
            while (orders.size() < ordersPerContract) {
                orders = orders.append(sample.faultOrder(SampleOrders.orderId(city, unit, orders.size()), contractId,
                        lines.get(orders.size() % lines.size()), hqId, star, manager, random, parties));
            }
        }
        // purposes: every customer's real-name registration, service and billing; retention marketing on consent,
        // which one key account in five withdrew during the month, half the public customers gave, no shop gave
        List<Changed<PurposeRegister, PurposeEvent>> registers = List.of(
                purposes(hqId, n % 5 == 3 ? Retention.WITHDRAWN : Retention.CONSENTED),
                purposes(publicId, n % 2 == 0 ? Retention.CONSENTED : Retention.NEVER),
                purposes(commercialId, Retention.NEVER));
        if (branchId.isDefined()) {
            registers = registers.append(purposes(branchId.get(), Retention.CONSENTED));
        }
        return new Unit(customers, accounts, List.of(contract), orders, registers, groups);
    }

    /** When every sample customer registered: seven months before the month. */
    private Instant registeredAt() {
        return at(month.minusMonths(7).atDay(1), 9, 0);
    }

    /** The law the sample's identity numbers are held under: real-name registration of telecom users. */
    static final LawfulBasis REAL_NAME_REGISTRATION = new LawfulBasis.LegalDuty("网络安全法 art. 24, 反电信网络诈骗法 art. 9");

    /**
     * A sample customer's purpose register: the identity number under the real-name duty, name and phone for service
     * and its return visits and name and spend for billing on the customer's service contract, and retention
     * marketing as {@code retention} says (a withdrawal on the 10th of the month).
     */
    Changed<PurposeRegister, PurposeEvent> purposes(CustomerId customer, Retention retention) {
        Instant at = registeredAt();
        LawfulBasis contract = new LawfulBasis.Contract("service agreement of " + customer.value());
        Changed<PurposeRegister, PurposeEvent> register = ok(PurposeRegister.empty(customer).hold(
                Purpose.SERVICE_DELIVERY, java.util.Set.of(PersonalInformation.NAME, PersonalInformation.IDENTITY_NUMBER,
                        PersonalInformation.PHONE_NUMBER), REAL_NAME_REGISTRATION, at));
        register = then(register, register.state().hold(Purpose.SERVICE_ASSURANCE,
                PersonalDataUse.RETURN_VISIT.information().toJavaSet(), contract, at));
        register = then(register, register.state().hold(Purpose.BILLING,
                java.util.Set.of(PersonalInformation.NAME, PersonalInformation.SPEND), contract, at));
        if (retention != Retention.NEVER) {
            register = then(register, register.state().hold(Purpose.RETENTION_MARKETING,
                    java.util.Set.of(PersonalInformation.NAME, PersonalInformation.SPEND),
                    new LawfulBasis.Consent(at, ConsentChannel.BUSINESS_HALL), at));
        }
        if (retention == Retention.WITHDRAWN) {
            register = then(register, register.state().withdraw(Purpose.RETENTION_MARKETING, ConsentChannel.PHONE,
                    at(month.atDay(10), 16, 0)));
        }
        return register;
    }

    // ---- customers -------------------------------------------------------------------------------------------

    private Changed<Customer, CustomerEvent> keyAccount(CustomerId id, String name, IdentityDocument document,
                                                        String city, KeyAccountGrade grade, AccountManagerId manager,
                                                        StaffId by, Instant at) {
        Changed<Customer, CustomerEvent> registered = ok(Customer.register(id, new Registration(CustomerGroup.COMMERCIAL,
                name, document, CityCode.parse(city).get()), at));
        return then(registered, registered.state().promoteToKeyAccount(assessments.get(grade.level() - 1), manager, by,
                at.plusSeconds(30)));
    }

    /** A credit code whose organisation part starts XX (and carries the unit): valid check character, plainly fictitious. */
    static UnifiedSocialCreditCode uscc(String city, String unit) {
        String organisation = "XX" + unit.replace('K', '1').replace('B', '2').replace('M', '3');
        String first17 = "91" + city + organisation;
        return UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacterOf(first17)).get();
    }

    /** A resident identity number of the city, born 1 January 1980 + n days, sequence 9xx (fictitious). */
    static ResidentIdentityNumber residentId(String city, int n) {
        LocalDate born = LocalDate.of(1980, 1, 1).plusDays(n % 9000);
        String first17 = city + born.format(DateTimeFormatter.BASIC_ISO_DATE) + (900 + n % 100);
        return ResidentIdentityNumber.parse(first17 + ResidentIdentityNumber.checkCharacterOf(first17)).get();
    }

    // ---- unified payments ------------------------------------------------------------------------------------

    /**
     * The unified payments received in the month for {@code group}, as a host's payment feed would give them: one for
     * each sample group (a key account from 3A up, its headquarters paying for its branch), none for a group the
     * sample does not name. Computed from the group's unit, so the feed holds nothing in memory.
     */
    public Seq<UnifiedPayment> unifiedPayments(BillingGroupId group) {
        return SampleAccounts.unitOf(group).filter(n -> KeyAccountGrade.values()[n % KeyAccountGrade.values().length]
                .level() >= 3).map(n -> {
                    long monthly = MONTHLY_REVENUE_BY_GRADE[n % KeyAccountGrade.values().length] / 10;
                    long headquarters = n % 6 == 2 ? monthly / 2 : monthly;
                    return new SampleAccounts(month).unifiedPayment(n, group, headquarters + monthly / 4);
                }).toList();
    }

    // ---- time --------------------------------------------------------------------------------------------------

    /** The first instant after the month, in Beijing time: the month-end's "as of". */
    public Instant endOfMonth() {
        return month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
    }

    /** The {@code k}-th working day of the month (0-based), the last one when there are fewer. */
    LocalDate workingDayOfMonth(int k) {
        LocalDate day = month.atDay(1);
        int found = -1;
        LocalDate last = day;
        while (!day.isAfter(month.atEndOfMonth())) {
            if (calendar.isWorkingDay(day).get()) {
                found++;
                last = day;
                if (found == k) {
                    return day;
                }
            }
            day = day.plusDays(1);
        }
        return last;
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a.plus(Duration.ofHours(1)) : b;
    }

    static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    // ---- results -----------------------------------------------------------------------------------------------

    /** The generator's own commands are valid by construction: a refusal is a bug here, not input to report. */
    static <R, S, E> Changed<S, E> ok(Either<R, Changed<S, E>> result) {
        return result.getOrElseThrow(r -> new IllegalStateException("sample generator bug: " + r));
    }

    /** {@code earlier} followed by {@code next}: the latest state, with the events of both, oldest first. */
    static <R, S, E> Changed<S, E> then(Changed<S, E> earlier, Either<R, Changed<S, E>> next) {
        Changed<S, E> n = ok(next);
        return Changed.of(n.state(), earlier.events().appendAll(n.events()));
    }
}
