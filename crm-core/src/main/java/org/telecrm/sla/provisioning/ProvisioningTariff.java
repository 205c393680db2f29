package org.telecrm.sla.provisioning;

import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Rate;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;

import java.math.RoundingMode;
import java.util.Arrays;

import static org.telecrm.sla.Product.ATM;
import static org.telecrm.sla.Product.DDN;
import static org.telecrm.sla.Product.DIGITAL_CIRCUIT;
import static org.telecrm.sla.Product.FR;
import static org.telecrm.sla.ProvisioningClass.EXPRESS;
import static org.telecrm.sla.ProvisioningClass.NORMAL;
import static org.telecrm.sla.ProvisioningClass.URGENT;

/**
 * The provisioning terms for every product and class: the default tariff of rules.md section 5, or that
 * tariff with a contract's personalised terms laid over it (the signed contract prevails).
 *
 * <pre>{@code
 * ProvisioningTariff tariff = ProvisioningTariff.RULES_MD.personalisedBy(contractTerms);
 * tariff.termsFor(Product.DDN, ProvisioningClass.EXPRESS).deadlineWorkingDays();  // 8, or the contract's
 * }</pre>
 */
@ValueObject
public final class ProvisioningTariff {

    /** Where the default terms come from, as shown in every audit line. */
    public static final String RULES_MD_REFERENCE = "rules.md §5";

    /**
     * rules.md section 5, the seed's provisioning guarantee table:
     * <pre>
     * class    digital circuit  DDN  FR/ATM  one-time fee charged  per working day late  cap
     * express  5                8    8       150%                  5%                    the whole one-time fee
     * urgent   10               13   13      130%                  5%                    the whole one-time fee
     * normal   20               20   20      100%                  2%                    the whole one-time fee
     * </pre>
     * with its interpretation defaults: the deadline counted from the day after acceptance, late days
     * counted through the completion day, the base being the fee actually charged, half-up to the fen.
     */
    public static final ProvisioningTariff RULES_MD = new ProvisioningTariff(new AppliedTerms[]{
            row(DIGITAL_CIRCUIT, EXPRESS, 5, 150, 5),
            row(DIGITAL_CIRCUIT, URGENT, 10, 130, 5),
            row(DIGITAL_CIRCUIT, NORMAL, 20, 100, 2),
            row(DDN, EXPRESS, 8, 150, 5),
            row(DDN, URGENT, 13, 130, 5),
            row(DDN, NORMAL, 20, 100, 2),
            row(FR, EXPRESS, 8, 150, 5),
            row(FR, URGENT, 13, 130, 5),
            row(FR, NORMAL, 20, 100, 2),
            row(ATM, EXPRESS, 8, 150, 5),
            row(ATM, URGENT, 13, 130, 5),
            row(ATM, NORMAL, 20, 100, 2)});

    private static final int CLASSES = ProvisioningClass.values().length;

    /** Indexed by product ordinal x classes + class ordinal. */
    private final AppliedTerms[] rows;

    private ProvisioningTariff(AppliedTerms[] rows) {
        this.rows = rows;
    }

    private static AppliedTerms row(Product product, ProvisioningClass provisioningClass, int deadlineWorkingDays,
                                    int chargedFeePercent, int compensationPercentPerLateDay) {
        TermSource rowSource = new TermSource.DefaultTariff(RULES_MD_REFERENCE + " table, " + product + "/" + provisioningClass);
        TermSource interpretation = new TermSource.DefaultTariff(RULES_MD_REFERENCE + " interpretation default");
        return new AppliedTerms(product, provisioningClass,
                new Sourced<>(deadlineWorkingDays, rowSource),
                new Sourced<>(Rate.percent(chargedFeePercent), rowSource),
                new Sourced<>(Rate.percent(compensationPercentPerLateDay), rowSource),
                new Sourced<>(CompensationCap.WHOLE_ONE_TIME_FEE, rowSource),
                new Sourced<>(DeadlineStart.DAY_AFTER_ACCEPTANCE, interpretation),
                new Sourced<>(LateDayCount.THROUGH_COMPLETION_DAY, interpretation),
                new Sourced<>(CompensationBase.CHARGED_FEE, interpretation),
                new Sourced<>(RoundingMode.HALF_UP, interpretation));
    }

    /** The terms in force for one product and class. */
    public AppliedTerms termsFor(Product product, ProvisioningClass provisioningClass) {
        return rows[product.ordinal() * CLASSES + provisioningClass.ordinal()];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProvisioningTariff other && Arrays.equals(rows, other.rows);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(rows);
    }

    /** This tariff with a contract's clauses laid over it; the most specific clause of each kind prevails. */
    public ProvisioningTariff personalisedBy(PersonalisedTerms contract) {
        AppliedTerms[] personalised = rows.clone();
        for (int i = 0; i < personalised.length; i++) {
            AppliedTerms terms = personalised[i];
            for (Term.Kind kind : Term.Kind.values()) {
                for (PersonalisedTerms.Clause clause : contract.prevailingClause(terms.product(), terms.provisioningClass(), kind)) {
                    terms = terms.with(clause.term(),
                            new TermSource.ContractClause(contract.contractReference(), clause.scope()));
                }
            }
            personalised[i] = terms;
        }
        return new ProvisioningTariff(personalised);
    }
}
