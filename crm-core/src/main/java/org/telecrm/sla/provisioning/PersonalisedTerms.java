package org.telecrm.sla.provisioning;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.sla.Product;
import org.telecrm.sla.ProvisioningClass;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * A signed contract's personalised provisioning terms (rules.md section 5: "the signed contract prevails").
 * Each clause sets one {@link Term} for a {@link TermScope}; any term of the default tariff can be replaced,
 * for every row, one product, one class or one row. The most specific clause prevails.
 *
 * <p>Valid by construction: {@link Builder#build()} refuses a deadline below one working day, a negative
 * fixed cap, rounding {@code UNNECESSARY}, two clauses setting the same term for the same scope, and a
 * product clause and a class clause that both set a term for a row no row clause decides (the contract
 * would not say which applies).
 *
 * <pre>{@code
 * PersonalisedTerms terms = PersonalisedTerms.forContract("SLA-2026-0042")
 *         .set(TermScope.row(Product.DDN, ProvisioningClass.EXPRESS), new Term.Deadline(6))
 *         .set(TermScope.everyRow(), new Term.Cap(new CompensationCap.FixedAmount(Money.ofYuan(5000))))
 *         .build()
 *         .get();
 * }</pre>
 */
@ValueObject
public final class PersonalisedTerms {

    /** One clause of the contract. */
    public record Clause(TermScope scope, Term term) {
        public Clause {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(term, "term");
        }
    }

    private final String contractReference;
    private final Seq<Clause> clauses;

    private PersonalisedTerms(String contractReference, Seq<Clause> clauses) {
        this.contractReference = contractReference;
        this.clauses = clauses;
    }

    public static Builder forContract(String contractReference) {
        return new Builder(Objects.requireNonNull(contractReference, "contractReference"), List.empty());
    }

    /** No personalised terms: the default tariff applies as it is. */
    public static PersonalisedTerms none(String contractReference) {
        return new PersonalisedTerms(contractReference, List.empty());
    }

    public String contractReference() {
        return contractReference;
    }

    public Seq<Clause> clauses() {
        return clauses;
    }

    /** The clause that decides a term for a row, if any clause sets it. */
    Option<Clause> prevailingClause(Product product, ProvisioningClass provisioningClass, Term.Kind kind) {
        return clauses.filter(c -> c.term().kind() == kind && c.scope().covers(product, provisioningClass))
                .maxBy(c -> c.scope().specificity());
    }

    /** Collects clauses; {@link #build()} validates them all at once. */
    public static final class Builder {
        private final String contractReference;
        private final List<Clause> clauses;

        private Builder(String contractReference, List<Clause> clauses) {
            this.contractReference = contractReference;
            this.clauses = clauses;
        }

        public Builder set(TermScope scope, Term term) {
            return new Builder(contractReference, clauses.append(new Clause(scope, term)));
        }

        /** The terms, or every problem found, each naming the clause. */
        public Either<TermsError, PersonalisedTerms> build() {
            Seq<String> problems = clauses.flatMap(this::valueProblems)
                    .appendAll(duplicateProblems())
                    .appendAll(ambiguityProblems());
            return problems.isEmpty()
                    ? Either.right(new PersonalisedTerms(contractReference, clauses))
                    : Either.left(new TermsError(contractReference, problems));
        }

        private Option<String> valueProblems(Clause clause) {
            Term term = clause.term();
            String where = term.kind().label() + " for " + clause.scope();
            if (term instanceof Term.Deadline d && d.workingDays() < 1) {
                return Option.some(where + " must be at least 1 working day, was " + d.workingDays());
            }
            if (term instanceof Term.Cap c && c.cap() instanceof CompensationCap.FixedAmount f && f.amount().isNegative()) {
                return Option.some(where + " must not be negative, was " + f.amount().toPlainString());
            }
            if (term instanceof Term.Rounding r && r.mode() == RoundingMode.UNNECESSARY) {
                return Option.some(where + " must name a rounding; UNNECESSARY cannot round a fraction of a fen");
            }
            return Option.none();
        }

        private Seq<String> duplicateProblems() {
            return clauses.groupBy(c -> List.of(c.scope(), c.term().kind()))
                    .filterValues(same -> same.size() > 1)
                    .values()
                    .map(same -> same.head().term().kind().label() + " for " + same.head().scope()
                            + " is set by " + same.size() + " clauses")
                    .toList()
                    .sorted();
        }

        private Seq<String> ambiguityProblems() {
            List<String> problems = List.empty();
            for (Product product : Product.values()) {
                for (ProvisioningClass provisioningClass : ProvisioningClass.values()) {
                    for (Term.Kind kind : Term.Kind.values()) {
                        Seq<Clause> covering = clauses.filter(c -> c.term().kind() == kind
                                && c.scope().covers(product, provisioningClass));
                        boolean rowDecides = covering.exists(c -> c.scope().specificity() == 2);
                        Seq<Clause> byProduct = covering.filter(c -> c.scope().specificity() == 1 && c.scope().product().isDefined());
                        Seq<Clause> byClass = covering.filter(c -> c.scope().specificity() == 1 && c.scope().provisioningClass().isDefined());
                        if (!rowDecides && !byProduct.isEmpty() && !byClass.isEmpty()) {
                            problems = problems.append(kind.label() + " for " + product + "/" + provisioningClass
                                    + " is set both by the " + byProduct.head().scope() + " clause and by the "
                                    + byClass.head().scope() + " clause; add a " + product + "/" + provisioningClass
                                    + " clause to say which applies");
                        }
                    }
                }
            }
            return problems;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonalisedTerms other && contractReference.equals(other.contractReference)
                && clauses.equals(other.clauses);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contractReference, clauses);
    }

    @Override
    public String toString() {
        return "PersonalisedTerms[" + contractReference + ", " + clauses.size() + " clauses]";
    }
}
