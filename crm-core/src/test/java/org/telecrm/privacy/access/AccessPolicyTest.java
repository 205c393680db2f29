package org.telecrm.privacy.access;

import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.StaffId;
import org.telecrm.customer.region.CityCode;
import org.telecrm.customer.region.Province;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Who sees which customer data (rules.md section 1: shared data at province level, individual data at city level). */
class AccessPolicyTest {

    private static final CityCode SHENZHEN = new CityCode("440300");
    private static final CityCode GUANGZHOU = new CityCode("440100");
    private static final CityCode HANGZHOU = new CityCode("330100");
    private static final AccountManagerId AM_1 = AccountManagerId.of("AM-1");

    private static Scope customer(CityCode city, Option<AccountManagerId> manager) {
        return new Scope.OfCustomer("C-1", city, manager);
    }

    @Test
    void city_staff_individual_data_of_their_city_shared_data_of_their_province() {
        Requester staff = new Requester.CityStaff(StaffId.of("S-1"), SHENZHEN);
        assertEquals(DataTier.INDIVIDUAL, AccessPolicy.decide(staff, customer(SHENZHEN, Option.none()),
                DataTier.INDIVIDUAL).get());
        assertInstanceOf(AccessRefused.OtherCity.class, AccessPolicy.decide(staff, customer(GUANGZHOU, Option.none()),
                DataTier.INDIVIDUAL).getLeft());
        assertEquals(DataTier.SHARED, AccessPolicy.decide(staff, new Scope.OfProvince(Province.GUANGDONG),
                DataTier.SHARED).get());
        assertInstanceOf(AccessRefused.OtherProvince.class, AccessPolicy.decide(staff, customer(HANGZHOU,
                Option.none()), DataTier.SHARED).getLeft());
    }

    @Test
    void province_staff_never_individual_data() {
        Requester staff = new Requester.ProvinceStaff(StaffId.of("S-2"), Province.GUANGDONG);
        assertInstanceOf(AccessRefused.CityLevelData.class, AccessPolicy.decide(staff, new Scope.OfCity(SHENZHEN),
                DataTier.INDIVIDUAL).getLeft());
        assertEquals(DataTier.SHARED, AccessPolicy.decide(staff, new Scope.OfCity(SHENZHEN), DataTier.SHARED).get());
    }

    @Test
    void a_provinces_system_job_both_tiers_of_its_province_and_nothing_else() {
        Requester job = new Requester.SystemJob("month-end 2026-03", Province.GUANGDONG);
        assertEquals("system-job month-end 2026-03@44", job.describe());
        for (DataTier tier : DataTier.values()) {
            assertEquals(tier, AccessPolicy.decide(job, new Scope.OfProvince(Province.GUANGDONG), tier).get());
            assertEquals(tier, AccessPolicy.decide(job, customer(SHENZHEN, Option.some(AM_1)), tier).get());
            assertInstanceOf(AccessRefused.OtherProvince.class, AccessPolicy.decide(job, customer(HANGZHOU,
                    Option.none()), tier).getLeft());
            assertInstanceOf(AccessRefused.OtherProvince.class, AccessPolicy.decide(job, new Scope.OfManager(AM_1),
                    tier).getLeft());
        }
    }

    @Test
    void an_account_manager_their_own_accounts_wherever_they_are() {
        Requester manager = new Requester.AccountManager(AM_1);
        assertEquals(DataTier.INDIVIDUAL, AccessPolicy.decide(manager, customer(HANGZHOU, Option.some(AM_1)),
                DataTier.INDIVIDUAL).get());
        assertInstanceOf(AccessRefused.NotTheirAccount.class, AccessPolicy.decide(manager,
                customer(SHENZHEN, Option.some(AccountManagerId.of("AM-2"))), DataTier.SHARED).getLeft());
        assertInstanceOf(AccessRefused.NotTheirAccount.class, AccessPolicy.decide(manager, new Scope.OfCity(SHENZHEN),
                DataTier.SHARED).getLeft());
    }

    // ---- the policy as invariants, over every requester, scope and tier -----------------------------------------

    @Provide
    Arbitrary<CityCode> cities() {
        return Arbitraries.of(SHENZHEN, GUANGZHOU, HANGZHOU, new CityCode("330200"));
    }

    @Provide
    Arbitrary<Requester> requesters() {
        Arbitrary<AccountManagerId> managers = Arbitraries.of(AM_1, AccountManagerId.of("AM-2"));
        return Arbitraries.oneOf(
                cities().map(c -> new Requester.CityStaff(StaffId.of("S-1"), c)),
                Arbitraries.of(Province.GUANGDONG, Province.ZHEJIANG).map(p -> new Requester.ProvinceStaff(StaffId.of("S-2"), p)),
                managers.map(Requester.AccountManager::new));
    }

    @Provide
    Arbitrary<Scope> scopes() {
        Arbitrary<Option<AccountManagerId>> manager = Arbitraries.of(Option.none(), Option.some(AM_1),
                Option.some(AccountManagerId.of("AM-2")));
        return Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(cities(), manager).as((c, m) -> new Scope.OfCustomer("C-1", c, m)),
                cities().map(Scope.OfCity::new),
                Arbitraries.of(Province.GUANGDONG, Province.ZHEJIANG).map(Scope.OfProvince::new),
                Arbitraries.of(AM_1, AccountManagerId.of("AM-2")).map(Scope.OfManager::new));
    }

    @Property(tries = 1000)
    void individual_data_is_seen_only_in_its_city_or_by_its_manager_and_nothing_outside_the_province(
            @ForAll("requesters") Requester who, @ForAll("scopes") Scope scope, @ForAll DataTier tier) {
        boolean allowed = AccessPolicy.decide(who, scope, tier).isRight();
        Statistics.label("allowed").collect(allowed);
        Statistics.label("allowed").coverage(c -> {
            c.check(true).count(n -> n > 0);
            c.check(false).count(n -> n > 0);
        });
        boolean managed = who instanceof Requester.AccountManager am
                && (scope instanceof Scope.OfManager m && m.manager().equals(am.manager())
                || scope instanceof Scope.OfCustomer c && c.manager().contains(am.manager()));
        if (who instanceof Requester.AccountManager) {
            assertEquals(managed, allowed, "a manager sees exactly their own accounts");
            return;
        }
        Option<Province> where = scope instanceof Scope.OfCustomer one ? Option.some(one.city().province())
                : scope instanceof Scope.OfCity all ? Option.some(all.city().province())
                : scope instanceof Scope.OfProvince p ? Option.some(p.province()) : Option.none();
        Province own = who instanceof Requester.CityStaff s ? s.city().province() : ((Requester.ProvinceStaff) who).province();
        boolean sameCity = who instanceof Requester.CityStaff s
                && (scope instanceof Scope.OfCustomer one && one.city().equals(s.city())
                || scope instanceof Scope.OfCity all && all.city().equals(s.city()));
        boolean expected = where.contains(own) && (tier == DataTier.SHARED || sameCity);
        assertEquals(expected, allowed, () -> who + " " + scope + " " + tier);
        AccessPolicy.decide(who, scope, tier).swap().forEach(refused -> {
            assertEquals(tier, refused.tier());
            assertEquals(scope.describe(), refused.target());
        });
    }
}
