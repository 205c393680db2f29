package org.telecrm.privacy.access;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.region.Province;

/**
 * Who may see which customer data (rules.md section 1, data centralisation; PIPL art. 51): a pure function of the
 * requester, the scope and the tier.
 * <ul>
 *   <li>City staff see the <b>individual</b> data of their own city's customers and the <b>shared</b> data of their
 *       province's.</li>
 *   <li>Province staff see the <b>shared</b> data of their province; individual data stays at city level.</li>
 *   <li>An account manager sees both tiers of the customers they currently manage, and nothing else.</li>
 *   <li>A province's system job (the month-end) sees both tiers of that province's customers, and nothing else.</li>
 * </ul>
 *
 * <pre>{@code
 * AccessPolicy.decide(new Requester.CityStaff(StaffId.of("S-1"), new CityCode("440300")),
 *         new Scope.OfCity(new CityCode("440100")), DataTier.INDIVIDUAL);   // Left(OtherCity)
 * }</pre>
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /** {@code Right(tier)} when the requester may see the tier's data in the scope; the typed refusal otherwise. */
    public static Either<AccessRefused, DataTier> decide(Requester requester, Scope scope, DataTier tier) {
        String target = scope.describe();
        if (requester instanceof Requester.AccountManager am) {
            boolean own = scope instanceof Scope.OfManager m && m.manager().equals(am.manager())
                    || scope instanceof Scope.OfCustomer c && c.manager().contains(am.manager());
            return own ? Either.right(tier) : Either.left(new AccessRefused.NotTheirAccount(requester, tier, target));
        }
        Option<Province> province = provinceOf(scope);
        if (requester instanceof Requester.ProvinceStaff staff) {
            if (!province.contains(staff.province())) {
                return Either.left(new AccessRefused.OtherProvince(requester, tier, target));
            }
            return tier == DataTier.SHARED ? Either.right(tier)
                    : Either.left(new AccessRefused.CityLevelData(requester, tier, target));
        }
        if (requester instanceof Requester.SystemJob job) {
            return province.contains(job.province()) ? Either.right(tier)
                    : Either.left(new AccessRefused.OtherProvince(requester, tier, target));
        }
        Requester.CityStaff staff = (Requester.CityStaff) requester;
        if (!province.contains(staff.city().province())) {
            return Either.left(new AccessRefused.OtherProvince(requester, tier, target));
        }
        if (tier == DataTier.SHARED) {
            return Either.right(tier);
        }
        boolean ownCity = scope instanceof Scope.OfCity city && city.city().equals(staff.city())
                || scope instanceof Scope.OfCustomer customer && customer.city().equals(staff.city());
        return ownCity ? Either.right(tier) : Either.left(new AccessRefused.OtherCity(requester, tier, target));
    }

    /** The one province a scope lies in; none for a manager's customers, who may lie anywhere. */
    private static Option<Province> provinceOf(Scope scope) {
        if (scope instanceof Scope.OfCustomer c) {
            return Option.some(c.city().province());
        } else if (scope instanceof Scope.OfCity c) {
            return Option.some(c.city().province());
        } else if (scope instanceof Scope.OfProvince p) {
            return Option.some(p.province());
        }
        return Option.none();
    }
}
