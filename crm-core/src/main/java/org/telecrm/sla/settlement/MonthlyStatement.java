package org.telecrm.sla.settlement;

import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;
import org.telecrm.sla.claim.Breach;
import org.telecrm.sla.claim.BreachId;

import java.util.Objects;

/**
 * A contract's settled month: the operation report, the claims due (breaches with no claim yet, each to be raised on
 * the contract), the breaches already claimed, and the records that could not be used.
 *
 * @param report         the operation report
 * @param claimsDue      breaches owed and not yet claimed, circuit by circuit: late orders, then the month's quality
 * @param alreadyClaimed breaches of the month that already have a claim on the contract
 * @param problems       orders and outage records left out, each with why
 */
@ValueObject
public record MonthlyStatement(OperationReport report, Seq<Breach> claimsDue, Seq<BreachId> alreadyClaimed,
                               Seq<SettlementProblem> problems) {

    public MonthlyStatement {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(claimsDue, "claimsDue");
        Objects.requireNonNull(alreadyClaimed, "alreadyClaimed");
        Objects.requireNonNull(problems, "problems");
    }

    /** What the claims due add up to. */
    public Money dueTotal() {
        return claimsDue.map(Breach::amount).fold(Money.ZERO, Money::plus);
    }
}
