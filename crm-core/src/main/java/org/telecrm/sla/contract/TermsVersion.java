package org.telecrm.sla.contract;

import org.jmolecules.ddd.annotation.ValueObject;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of a contract's terms and the day it takes effect. Version 1 takes effect on the contract's first
 * valid day; each amendment adds the next version. A version is in force from its effective date until the next
 * version's; evaluation always uses the version in force at the relevant date (an order's acceptance, a month's first
 * measured day), so an order accepted before an amendment keeps the old terms.
 *
 * <pre>{@code
 * contract.termsInForceOn(LocalDate.of(2026, 3, 2)).get().number();   // 1, or a later version once amended
 * }</pre>
 *
 * @param number        1, 2, 3, ... in order of effective date
 * @param effectiveFrom the first day this version is in force
 * @param terms         the terms
 */
@ValueObject
public record TermsVersion(int number, LocalDate effectiveFrom, ContractTerms terms) {

    public TermsVersion {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(terms, "terms");
    }
}
