package org.telecrm.sla.provisioning;

/** Where a term in force came from, for audit: the default tariff or a contract clause. */
public sealed interface TermSource {

    /** rules.md section 5's default tariff or one of its interpretation defaults. */
    record DefaultTariff(String reference) implements TermSource {
        @Override
        public String toString() {
            return "default tariff (" + reference + ")";
        }
    }

    /** A personalised clause of a signed contract, which prevails over the default tariff. */
    record ContractClause(String contractReference, TermScope scope) implements TermSource {
        @Override
        public String toString() {
            return "contract " + contractReference + " (" + scope + ")";
        }
    }
}
