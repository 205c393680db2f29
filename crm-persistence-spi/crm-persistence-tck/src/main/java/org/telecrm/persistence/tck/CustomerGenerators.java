package org.telecrm.persistence.tck;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CircuitRef;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.KeyAccountGrade;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.aggregate.Amendment;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.CustomerEvent;
import org.telecrm.customer.aggregate.CustomerRejection;
import org.telecrm.customer.aggregate.DocumentChangeReason;
import org.telecrm.customer.aggregate.FileTopic;
import org.telecrm.customer.aggregate.Registration;
import org.telecrm.customer.churn.ChurnCase;
import org.telecrm.customer.churn.ChurnEarlyWarning;
import org.telecrm.customer.churn.ChurnWarning;
import org.telecrm.customer.churn.MonthlySpend;
import org.telecrm.customer.churn.WarningLevel;
import org.telecrm.customer.contact.Address;
import org.telecrm.customer.contact.ContactDetails;
import org.telecrm.customer.contact.ContactId;
import org.telecrm.customer.contact.EmailAddress;
import org.telecrm.customer.contact.LandlineNumber;
import org.telecrm.customer.contact.MobileNumber;
import org.telecrm.customer.contact.PhoneNumber;
import org.telecrm.customer.identity.IdentityDocument;
import org.telecrm.customer.identity.Passport;
import org.telecrm.customer.identity.RegistrationAuthority;
import org.telecrm.customer.identity.ResidentIdentityNumber;
import org.telecrm.customer.identity.UnifiedSocialCreditCode;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.value.KeyAccountValuation;
import org.telecrm.customer.value.ValueAssessment;
import org.telecrm.customer.value.ValueFacts;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.function.BiFunction;

/**
 * jqwik generators of customers for the contract kit, built only through the public API: register a customer of a
 * random group with a valid identity document of that group, then fold a random sequence of commands (activate,
 * mark dormant or churned, grade and promote with the library's sample valuation, assign and unassign managers,
 * add, change, remove contacts with generated phone numbers and e-mail, make primary, group structure, file
 * entries, churn warnings from the sample early-warning engine, erase a person or a contact, master-data amendments:
 * renames, moves, documents re-issued or corrected, postal and installation addresses) over it, keeping every
 * accepted change.
 */
public final class CustomerGenerators {

    private static final Instant EPOCH = Instant.parse("2026-03-01T02:00:00Z");

    /** Cities whose codes are valid city-level division codes, in three provinces. */
    public static final List<CityCode> CITIES = List.of("440300", "440100", "320100", "330100").map(CityCode::new);

    private static final List<ContactId> CONTACTS = List.of("K-1", "K-2", "K-3").map(ContactId::of);
    private static final List<AccountManagerId> MANAGERS = List.of("AM-1", "AM-2").map(AccountManagerId::of);
    private static final List<StaffId> STAFF = List.of("S-1", "S-2").map(StaffId::of);
    private static final List<CustomerId> OTHERS = List.of("C-a", "C-b", "C-c").map(CustomerId::of);

    private static final long[] MONTHLY_REVENUE_BY_GRADE = {10_000, 50_000, 100_000, 300_000, 1_000_000};
    private static final long[] LAST_MONTH_BY_LEVEL = {100_000, 75_000, 60_000, 40_000};

    private CustomerGenerators() {
    }

    /** A command with how many minutes after the previous one it is given. */
    private record Command(int minutesLater,
                           BiFunction<Customer, Instant, Either<CustomerRejection, Changed<Customer, CustomerEvent>>> run) {
    }

    /** The sample valuation's assessment that yields {@code grade}. */
    public static ValueAssessment assessment(KeyAccountGrade grade) {
        return KeyAccountValuation.sample().assess(ValueFacts.ofMonthlyRevenue(
                List.fill(12, Money.ofYuan(MONTHLY_REVENUE_BY_GRADE[grade.level() - 1])))).get();
    }

    /** A churn warning of the sample early-warning engine, of about this level. */
    public static ChurnWarning churnWarning(WarningLevel level) {
        return ChurnEarlyWarning.sample().assess(ChurnCase.of(CustomerGroup.KEY_ACCOUNT,
                List.of(100_000L, 100_000L, 100_000L, 100_000L, 100_000L, 100_000L, LAST_MONTH_BY_LEVEL[level.ordinal()])
                        .zipWithIndex((yuan, i) -> new MonthlySpend(YearMonth.of(2026, 1).plusMonths(i),
                                Money.ofYuan(yuan))))).get();
    }

    public static Arbitrary<CustomerId> customerIds() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12).map(s -> CustomerId.of("C-" + s));
    }

    /** A registration: a person (resident identity number or passport) or an organisation (credit code). */
    public static Arbitrary<Registration> registrations() {
        Arbitrary<CityCode> city = Arbitraries.of(CITIES.toJavaList());
        Arbitrary<String> name = Arbitraries.of("Shenzhen Example Ltd", "张三", "Customer One");
        Arbitrary<Registration> person = Combinators.combine(
                Arbitraries.<IdentityDocument>oneOf(residentIdentityNumbers(), passports()), name, city)
                .as((d, n, c) -> new Registration(CustomerGroup.PUBLIC, n, d, c));
        Arbitrary<Registration> organisation = Combinators.combine(
                Arbitraries.of(CustomerGroup.COMMERCIAL, CustomerGroup.KEY_ACCOUNT, CustomerGroup.KEY_ACCOUNT),
                usccs(), name, city).as((g, d, n, c) -> new Registration(g, n, d, c));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, person), net.jqwik.api.Tuple.of(4, organisation));
    }

    /** Customers with their histories. */
    public static Arbitrary<CustomerHistory> histories() {
        return Combinators.combine(customerIds(), registrations(), command().list().ofMaxSize(40))
                .as(CustomerGenerators::run);
    }

    private static CustomerHistory run(CustomerId id, Registration registration, java.util.List<Command> commands) {
        Changed<Customer, CustomerEvent> registered = Customer.register(id, registration, EPOCH).get();
        Customer customer = registered.state();
        Seq<CustomerEvent> events = registered.events();
        Instant at = EPOCH;
        for (Command command : commands) {
            at = at.plus(Duration.ofMinutes(command.minutesLater()));
            Either<CustomerRejection, Changed<Customer, CustomerEvent>> result = command.run().apply(customer, at);
            if (result.isRight()) {
                customer = result.get().state();
                events = events.appendAll(result.get().events());
            }
        }
        return new CustomerHistory(customer, events);
    }

    private static net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends Command>> weighted(int weight,
                                                                                            Arbitrary<Command> c) {
        return net.jqwik.api.Tuple.of(weight, c);
    }

    private static Arbitrary<Command> command() {
        Arbitrary<Integer> later = Arbitraries.integers().between(0, 600);
        Arbitrary<ContactId> contact = Arbitraries.of(CONTACTS.toJavaList());
        Arbitrary<AccountManagerId> manager = Arbitraries.of(MANAGERS.toJavaList());
        Arbitrary<StaffId> staff = Arbitraries.of(STAFF.toJavaList());
        Arbitrary<CustomerId> other = Arbitraries.of(OTHERS.toJavaList());
        Arbitrary<KeyAccountGrade> grade = Arbitraries.of(KeyAccountGrade.class);
        Arbitrary<WarningLevel> level = Arbitraries.of(WarningLevel.WATCH, WarningLevel.WARNING, WarningLevel.CRITICAL);
        Arbitrary<ContactDetails> details = contactDetails();
        Arbitrary<FileTopic> topic = Arbitraries.of(FileTopic.class);
        return Arbitraries.frequencyOf(
                weighted(4, later.map(m -> new Command(m, (c, at) -> c.activate(at)))),
                weighted(1, later.map(m -> new Command(m, (c, at) -> c.markDormant(at)))),
                weighted(1, later.map(m -> new Command(m, (c, at) -> c.markChurned("moved away", at)))),
                weighted(3, Combinators.combine(later, grade).as((m, g) -> new Command(m,
                        (c, at) -> c.regrade(assessment(g), at)))),
                weighted(1, Combinators.combine(later, grade, manager, staff).as((m, g, am, by) -> new Command(m,
                        (c, at) -> c.promoteToKeyAccount(assessment(g), am, by, at)))),
                weighted(3, Combinators.combine(later, manager, staff).as((m, am, by) -> new Command(m,
                        (c, at) -> c.assignManager(am, by, at)))),
                weighted(1, Combinators.combine(later, staff).as((m, by) -> new Command(m,
                        (c, at) -> c.unassignManager(by, at)))),
                weighted(4, Combinators.combine(later, contact, details).as((m, k, d) -> new Command(m,
                        (c, at) -> c.addContact(k, d, at)))),
                weighted(1, Combinators.combine(later, contact, details).as((m, k, d) -> new Command(m,
                        (c, at) -> c.changeContact(k, d, at)))),
                weighted(2, Combinators.combine(later, contact).as((m, k) -> new Command(m,
                        (c, at) -> c.removeContact(k, at)))),
                weighted(1, Combinators.combine(later, contact).as((m, k) -> new Command(m,
                        (c, at) -> c.makePrimary(k, at)))),
                weighted(1, Combinators.combine(later, other).as((m, b) -> new Command(m, (c, at) -> c.addBranch(b, at)))),
                weighted(1, Combinators.combine(later, other).as((m, b) -> new Command(m,
                        (c, at) -> c.removeBranch(b, at)))),
                weighted(1, Combinators.combine(later, other).as((m, h) -> new Command(m,
                        (c, at) -> c.joinHeadquarters(h, at)))),
                weighted(1, later.map(m -> new Command(m, (c, at) -> c.leaveHeadquarters(at)))),
                weighted(1, later.map(m -> new Command(m, (c, at) -> c.erase(at)))),
                weighted(1, Combinators.combine(later, contact).as((m, k) -> new Command(m,
                        (c, at) -> c.eraseContact(k, at)))),
                weighted(1, Combinators.combine(later, topic, staff).as((m, t, by) -> new Command(m,
                        (c, at) -> c.recordInFile(t, "note on " + t, by, at)))),
                weighted(1, Combinators.combine(later, level).as((m, l) -> new Command(m,
                        (c, at) -> c.raiseChurnWarning(churnWarning(l), at)))),
                weighted(4, Combinators.combine(later, amendment()).as((m, a) -> new Command(m,
                        (c, at) -> c.amend(a.apply(at), at)))));
    }

    private static final List<CircuitRef> CIRCUITS = List.of("DDN-1", "DDN-2").map(CircuitRef::of);

    /**
     * A master-data amendment, effective up to two hours before it is recorded: a rename, a move, a re-issued or
     * corrected document (any kind: those that do not fit the group are refused), the postal address or a
     * circuit's installation address (set, changed or removed).
     */
    public static Arbitrary<java.util.function.Function<Instant, Amendment>> amendment() {
        Arbitrary<Duration> back = Arbitraries.integers().between(0, 120).map(Duration::ofMinutes);
        Arbitrary<Option<Address>> address = addresses().injectNull(0.2).map(Option::of);
        return Arbitraries.oneOf(
                Combinators.combine(back, Arbitraries.of("Shenzhen Example Ltd", "Customer Two", "李四"))
                        .as((b, n) -> at -> Amendment.rename(n, at.minus(b))),
                Combinators.combine(back, Arbitraries.of(CITIES.toJavaList()))
                        .as((b, city) -> at -> Amendment.move(city, at.minus(b))),
                Combinators.combine(back, Arbitraries.of(DocumentChangeReason.class),
                                Arbitraries.<IdentityDocument>oneOf(residentIdentityNumbers(), passports(), usccs()))
                        .as((b, r, d) -> at -> Amendment.changeDocument(r, d, List.empty(), at.minus(b))),
                Combinators.combine(back, address).as((b, a) -> at -> Amendment.postalAddress(a, at.minus(b))),
                Combinators.combine(back, Arbitraries.of(CIRCUITS.toJavaList()), address)
                        .as((b, k, a) -> at -> Amendment.installationAddress(k, a, at.minus(b))));
    }

    /** Mainland addresses in the kit's cities, with or without a postcode. */
    public static Arbitrary<Address> addresses() {
        return Combinators.combine(Arbitraries.of(CITIES.toJavaList()),
                        Arbitraries.of("Keyuan Road 8, Room 1201", "深南大道 6001 号 17 楼", "Zhongshan Road 321, Unit 5"),
                        Arbitraries.of("518057", "210005").injectNull(0.3))
                .as((city, line, postcode) -> new Address(city, line, Option.of(postcode)));
    }

    // ---- identity documents, phone numbers, e-mail --------------------------------------------------------------

    private static Arbitrary<String> regionPrefixes() {
        return Combinators.combine(Arbitraries.of("44", "32", "33"), Arbitraries.integers().between(1, 20),
                        Arbitraries.integers().between(0, 99))
                .as((p, city, county) -> p + String.format("%02d%02d", city, county));
    }

    public static Arbitrary<ResidentIdentityNumber> residentIdentityNumbers() {
        Arbitrary<LocalDate> birth = Arbitraries.longs()
                .between(LocalDate.of(ResidentIdentityNumber.EARLIEST_BIRTH_YEAR, 1, 1).toEpochDay(),
                        LocalDate.of(2026, 1, 1).toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Combinators.combine(regionPrefixes(), birth, Arbitraries.integers().between(0, 999))
                .as((region, born, sequence) -> {
                    String first17 = region + born.format(DateTimeFormatter.BASIC_ISO_DATE)
                            + String.format("%03d", sequence);
                    return new ResidentIdentityNumber(first17 + ResidentIdentityNumber.checkCharacterOf(first17));
                });
    }

    public static Arbitrary<UnifiedSocialCreditCode> usccs() {
        Arbitrary<Character> authority = Arbitraries.of(RegistrationAuthority.values()).map(RegistrationAuthority::code);
        Arbitrary<String> region = Arbitraries.oneOf(Arbitraries.just(UnifiedSocialCreditCode.NATIONAL_REGION),
                Combinators.combine(Arbitraries.of("44", "32", "33"), Arbitraries.integers().between(0, 9999))
                        .as((p, rest) -> p + String.format("%04d", rest)));
        Arbitrary<String> organisation = Arbitraries.strings()
                .withChars(UnifiedSocialCreditCode.CHARACTERS.toCharArray()).ofLength(9);
        return Combinators.combine(authority, Arbitraries.chars().range('1', '9'), region, organisation)
                .as((a, type, r, o) -> {
                    String first17 = "" + a + type + r + o;
                    return new UnifiedSocialCreditCode(first17 + UnifiedSocialCreditCode.checkCharacterOf(first17));
                });
    }

    public static Arbitrary<Passport> passports() {
        return Combinators.combine(Arbitraries.of("GBR", "USA", "DEU", "JPN", "KOR"),
                        Arbitraries.strings().withCharRange('A', 'Z').numeric()
                                .ofMinLength(Passport.MIN_NUMBER_LENGTH).ofMaxLength(Passport.MAX_NUMBER_LENGTH))
                .as(Passport::new);
    }

    public static Arbitrary<ContactDetails> contactDetails() {
        Arbitrary<MobileNumber> mobiles = Combinators.combine(Arbitraries.integers().between(3, 9),
                Arbitraries.strings().numeric().ofLength(9)).as((second, rest) -> new MobileNumber("1" + second + rest));
        Arbitrary<LandlineNumber> landlines = Combinators.combine(
                Arbitraries.of("010", "020", "0755", "0571"),
                Combinators.combine(Arbitraries.integers().between(2, 9), Arbitraries.strings().numeric().ofLength(7))
                        .as((first, rest) -> first + rest),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(LandlineNumber.MAX_EXTENSION_DIGITS)
                        .injectNull(0.5).map(Option::of))
                .as(LandlineNumber::new);
        Arbitrary<EmailAddress> emails = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10)
                .map(local -> new EmailAddress(local + "@example.com"));
        return Combinators.combine(Arbitraries.of("Zhang San", "Li Si", "王五"),
                        Arbitraries.of("IT manager", "财务负责人", "总经理"),
                        Arbitraries.<PhoneNumber>oneOf(mobiles, landlines).list().ofMinSize(1).ofMaxSize(3)
                                .uniqueElements(),
                        emails.injectNull(0.5).map(Option::of))
                .as((name, role, phones, email) -> new ContactDetails(name, role, List.ofAll(phones), email));
    }
}
