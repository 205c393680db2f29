package org.telecrm.customer;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.telecrm.customer.churn.ChurnCase;
import org.telecrm.customer.churn.ChurnEarlyWarning;
import org.telecrm.customer.churn.ChurnWarning;
import org.telecrm.customer.churn.MonthlySpend;
import org.telecrm.customer.churn.WarningLevel;
import org.telecrm.customer.contact.ContactDetails;
import org.telecrm.customer.contact.EmailAddress;
import org.telecrm.customer.contact.LandlineNumber;
import org.telecrm.customer.contact.MobileNumber;
import org.telecrm.customer.contact.PhoneNumber;
import org.telecrm.customer.identity.Passport;
import org.telecrm.customer.identity.RegistrationAuthority;
import org.telecrm.customer.identity.ResidentIdentityNumber;
import org.telecrm.customer.identity.UnifiedSocialCreditCode;
import org.telecrm.customer.region.Province;
import org.telecrm.customer.value.KeyAccountValuation;
import org.telecrm.customer.value.ValueAssessment;
import org.telecrm.customer.value.ValueFacts;
import org.telecrm.money.Money;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Valid customer data: generated (valid by construction, check characters computed) and fixed samples. */
public final class CustomerTestData {

    private CustomerTestData() {
    }

    /** The sample number of GB 11643 itself. */
    public static final String RESIDENT_ID = "11010519491231002X";
    public static final String USCC = "91440300MA5FUJ7A0C";

    public static final ContactDetails ZHANG_SAN = ContactDetails.parse("Zhang San", "IT manager",
            List.of("13812345678", "0755-88001234-801"), Option.some("zhangsan@example.com")).get();
    public static final ContactDetails LI_SI = ContactDetails.parse("Li Si", "财务负责人",
            List.of("13900001111"), Option.none()).get();

    // ---- engine results ------------------------------------------------------------------------------------------

    /** Monthly revenue in yuan that the sample value table grades 1A ... 5A (12, 60, 120, 360, 1200 points). */
    private static final long[] MONTHLY_REVENUE_BY_GRADE = {10_000, 50_000, 100_000, 300_000, 1_000_000};

    private static final io.vavr.collection.Map<KeyAccountGrade, ValueAssessment> ASSESSMENTS =
            List.of(KeyAccountGrade.values()).toMap(g -> g, g -> KeyAccountValuation.sample().assess(ValueFacts
                    .ofMonthlyRevenue(List.fill(12, Money.ofYuan(MONTHLY_REVENUE_BY_GRADE[g.level() - 1])))).get());

    /** A value assessment on the sample table that reaches {@code grade}. */
    public static ValueAssessment assessment(KeyAccountGrade grade) {
        ValueAssessment a = ASSESSMENTS.get(grade).get();
        assertEquals(grade, a.grade());
        return a;
    }

    /** Spend in yuan of the assessed month after six months of CNY 100,000 for each level (sample drops 20/35/50%). */
    private static final long[] LAST_MONTH_BY_LEVEL = {100_000, 75_000, 60_000, 40_000};

    private static final io.vavr.collection.Map<WarningLevel, ChurnWarning> WARNINGS =
            List.of(WarningLevel.values()).toMap(l -> l, l -> ChurnEarlyWarning.sample().assess(ChurnCase.of(
                    CustomerGroup.KEY_ACCOUNT, List.of(100_000L, 100_000L, 100_000L, 100_000L, 100_000L, 100_000L,
                                    LAST_MONTH_BY_LEVEL[l.ordinal()])
                            .zipWithIndex((yuan, i) -> new MonthlySpend(YearMonth.of(2026, 1).plusMonths(i), Money.ofYuan(yuan)))))
                    .get());

    /** A churn warning of the sample engine at {@code level}. */
    public static ChurnWarning churnWarning(WarningLevel level) {
        ChurnWarning w = WARNINGS.get(level).get();
        assertEquals(level, w.level());
        return w;
    }

    // ---- identity documents --------------------------------------------------------------------------------------

    private static final Seq<Province> CITY_PROVINCES = List.of(Province.values()).filter(Province::hasCityLevelCodes);

    public static Arbitrary<Province> provincesWithCities() {
        return Arbitraries.of(CITY_PROVINCES.toJavaList());
    }

    /** A region prefix at city level or below: a province with cities, a city part 01-99, any county part. */
    public static Arbitrary<String> regionPrefixes() {
        return Combinators.combine(provincesWithCities(), Arbitraries.integers().between(1, 99),
                        Arbitraries.integers().between(0, 99))
                .as((p, city, county) -> p.code() + twoDigits(city) + twoDigits(county));
    }

    public static Arbitrary<String> residentIdentityNumberTexts() {
        Arbitrary<LocalDate> birth = Arbitraries.longs()
                .between(LocalDate.of(ResidentIdentityNumber.EARLIEST_BIRTH_YEAR, 1, 1).toEpochDay(),
                        LocalDate.of(2026, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Combinators.combine(regionPrefixes(), birth, Arbitraries.integers().between(0, 999))
                .as((region, born, sequence) -> {
                    String first17 = region + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
                    return first17 + ResidentIdentityNumber.checkCharacterOf(first17);
                });
    }

    public static Arbitrary<String> usccTexts() {
        Arbitrary<Character> authority = Arbitraries.of(RegistrationAuthority.values()).map(RegistrationAuthority::code);
        Arbitrary<String> region = Arbitraries.oneOf(Arbitraries.just(UnifiedSocialCreditCode.NATIONAL_REGION),
                Combinators.combine(provincesWithCities(), Arbitraries.integers().between(0, 9999))
                        .as((p, rest) -> p.code() + String.format("%04d", rest)));
        Arbitrary<String> organisation = Arbitraries.strings().withChars(UnifiedSocialCreditCode.CHARACTERS.toCharArray())
                .ofLength(9);
        return Combinators.combine(authority, Arbitraries.chars().range('1', '9'), region, organisation)
                .as((a, type, r, o) -> {
                    String first17 = "" + a + type + r + o;
                    return first17 + UnifiedSocialCreditCode.checkCharacterOf(first17);
                });
    }

    public static Arbitrary<ResidentIdentityNumber> residentIdentityNumbers() {
        return residentIdentityNumberTexts().map(ResidentIdentityNumber::new);
    }

    public static Arbitrary<UnifiedSocialCreditCode> usccs() {
        return usccTexts().map(UnifiedSocialCreditCode::new);
    }

    public static Arbitrary<Passport> passports() {
        Arbitrary<Passport> chinese = Combinators.combine(Arbitraries.of('E', 'G', 'D', 'S', 'P'),
                        Arbitraries.of("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ".chars().mapToObj(c -> (char) c).toList()),
                        Arbitraries.strings().numeric().ofLength(7))
                .as((first, second, rest) -> new Passport(Passport.CHINA, "" + first + second + rest));
        Arbitrary<Passport> foreign = Combinators.combine(Arbitraries.of("GBR", "USA", "DEU", "JPN", "KOR"),
                        Arbitraries.strings().withCharRange('A', 'Z').numeric()
                                .ofMinLength(Passport.MIN_NUMBER_LENGTH).ofMaxLength(Passport.MAX_NUMBER_LENGTH))
                .as(Passport::new);
        return Arbitraries.oneOf(chinese, foreign);
    }

    // ---- phone numbers and e-mail --------------------------------------------------------------------------------

    public static Arbitrary<MobileNumber> mobiles() {
        return Combinators.combine(Arbitraries.integers().between(3, 9), Arbitraries.strings().numeric().ofLength(9))
                .as((second, rest) -> new MobileNumber("1" + second + rest));
    }

    public static Arbitrary<LandlineNumber> landlines() {
        Arbitrary<String> area = Arbitraries.oneOf(Arbitraries.just("010"),
                Arbitraries.integers().between(20, 29).map(n -> "0" + n),
                Arbitraries.integers().between(300, 999).map(n -> "0" + n));
        Arbitrary<String> number = Combinators.combine(Arbitraries.integers().between(2, 9),
                        Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(7))
                .as((first, rest) -> first + rest);
        Arbitrary<Option<String>> extension = Arbitraries.strings().numeric().ofMinLength(1)
                .ofMaxLength(LandlineNumber.MAX_EXTENSION_DIGITS).injectNull(0.5).map(Option::of);
        return Combinators.combine(area, number, extension).as(LandlineNumber::new);
    }

    public static Arbitrary<EmailAddress> emails() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> local = Arbitraries.oneOf(word, Combinators.combine(word, word).as((a, b) -> a + "." + b));
        Arbitrary<String> top = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(4);
        return Combinators.combine(local, word, top).as((l, d, t) -> new EmailAddress(l + "@" + d + "." + t));
    }

    public static Arbitrary<ContactDetails> contactDetails() {
        return Combinators.combine(Arbitraries.of("Zhang San", "Li Si", "Wang Wu"),
                        Arbitraries.of("IT manager", "财务负责人", "总经理"),
                        Arbitraries.<PhoneNumber>oneOf(mobiles(), landlines()).list().ofMinSize(1).ofMaxSize(3).uniqueElements(),
                        emails().injectNull(0.5).map(Option::of))
                .as((name, role, phones, email) -> new ContactDetails(name, role, List.ofAll(phones), email));
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
