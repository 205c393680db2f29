package org.telecrm.privacy.purpose;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.jmolecules.ddd.types.AggregateRoot;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.kernel.FieldProblem;
import org.telecrm.kernel.RestoreCheck;
import org.telecrm.kernel.RestoreError;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer's register of purposes (PIPL art. 13-17, 29): which personal information is held for which purpose, on
 * which basis, and the consents withdrawn. The aggregate root; it refers to its customer by id.
 *
 * <h2>Lifecycle</h2>
 * {@link #empty} starts a customer's register with nothing held. {@link #hold} records (or replaces) the information
 * held for a purpose and its basis, if {@link PurposeRules} accept the basis; {@link #withdraw} records that the
 * customer withdrew the consent a purpose rested on, after which nothing is held for it. {@link #permit} is what a use
 * of personal information asks first: a {@link Permit}, or {@link PurposeRejection.NotAllowed}.
 *
 * <h2>Invariants</h2>
 * At most one processing per purpose; every held processing passes the rules; withdrawals are in time order and each
 * was of a consent; nothing is dated before the last thing recorded (commands only move forward).
 *
 * <pre>{@code
 * PurposeRegister r = PurposeRegister.empty(CustomerId.of("C-1"));
 * r = r.hold(Purpose.MARKETING, TreeSet.of(PersonalInformation.PHONE_NUMBER),
 *         new LawfulBasis.Consent(t, ConsentChannel.ONLINE), t).get().state();
 * r.permit(Purpose.MARKETING, TreeSet.of(PersonalInformation.PHONE_NUMBER), t);   // Right(Permit)
 * r = r.withdraw(Purpose.MARKETING, ConsentChannel.SMS, t.plusSeconds(60)).get().state();
 * r.permit(Purpose.MARKETING, TreeSet.of(PersonalInformation.PHONE_NUMBER), t);   // Left(NotAllowed ... withdrawn)
 * }</pre>
 */
public final class PurposeRegister implements AggregateRoot<PurposeRegister, CustomerId> {

    /** A consent withdrawn: which purpose, the consent it was, through which channel, when. */
    public record Withdrawal(Purpose purpose, LawfulBasis.Consent consent, ConsentChannel channel, Instant at) {
        public Withdrawal {
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(consent, "consent");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * What {@link #permit} gives: the customer allowed this information for this purpose, on this basis, at that
     * moment. Only a register makes one.
     */
    public static final class Permit {
        private final CustomerId customer;
        private final Purpose purpose;
        private final SortedSet<PersonalInformation> information;
        private final LawfulBasis basis;
        private final Instant at;

        private Permit(CustomerId customer, Purpose purpose, SortedSet<PersonalInformation> information,
                       LawfulBasis basis, Instant at) {
            this.customer = customer;
            this.purpose = purpose;
            this.information = information;
            this.basis = basis;
            this.at = at;
        }

        public CustomerId customer() {
            return customer;
        }

        public Purpose purpose() {
            return purpose;
        }

        public SortedSet<PersonalInformation> information() {
            return information;
        }

        public LawfulBasis basis() {
            return basis;
        }

        public Instant at() {
            return at;
        }

        @Override
        public String toString() {
            return "Permit[" + customer.value() + ", " + purpose + ", " + information.mkString(", ") + "]";
        }
    }

    private final CustomerId customer;
    private final SortedMap<Purpose, Processing> held;
    private final Seq<Withdrawal> withdrawals;

    private PurposeRegister(CustomerId customer, SortedMap<Purpose, Processing> held, Seq<Withdrawal> withdrawals) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.held = Objects.requireNonNull(held, "held");
        this.withdrawals = List.ofAll(Objects.requireNonNull(withdrawals, "withdrawals"));
    }

    /** A register the commands built: they keep the invariants, so a problem here is a bug. */
    private static PurposeRegister checked(CustomerId customer, SortedMap<Purpose, Processing> held,
                                           Seq<Withdrawal> withdrawals) {
        PurposeRegister register = new PurposeRegister(customer, held, withdrawals);
        Seq<FieldProblem> problems = register.violations();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the purpose register of " + customer.value()
                    + " would break its invariants: " + problems.mkString("; "));
        }
        return register;
    }

    /** A customer's register with nothing held: no personal information may be used for any purpose yet. */
    public static PurposeRegister empty(CustomerId customer) {
        return new PurposeRegister(customer, TreeMap.empty(), List.empty());
    }

    /**
     * Rebuilds a register from stored state, raising no event, after checking it against the register's invariants
     * (the one restore rule, see {@link RestoreError}): each purpose held once, every processing accepted by
     * {@link PurposeRules}, withdrawals in time order. Anything else is a {@link RestoreError} naming every problem
     * at its field ({@code held[1]}, {@code withdrawals[0].at}).
     *
     * <pre>{@code
     * PurposeRegister.restore(id, List.of(marketingOnAContract), List.empty()).getLeft().message();
     * // "purpose register C-1 cannot be restored: held[0]: MARKETING breaks 'marketing needs consent': ..."
     * }</pre>
     */
    public static Either<RestoreError, PurposeRegister> restore(CustomerId customer, Seq<Processing> held,
                                                                Seq<Withdrawal> withdrawals) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(held, "held");
        Objects.requireNonNull(withdrawals, "withdrawals");
        RestoreCheck check = RestoreCheck.of("purpose register", customer.value());
        SortedMap<Purpose, Processing> byPurpose = TreeMap.empty();
        int i = 0;
        for (Processing p : held) {
            Objects.requireNonNull(p, "held[" + i + "]");
            String field = "held[" + i + "]";
            check.when(byPurpose.containsKey(p.purpose()), field,
                    () -> p.purpose() + " is already held by an earlier processing");
            byPurpose = byPurpose.containsKey(p.purpose()) ? byPurpose : byPurpose.put(p.purpose(), p);
            ruleProblems(p).forEach(problem -> check.problem(field, problem));
            i++;
        }
        Seq<Withdrawal> all = List.ofAll(withdrawals);
        all.zipWithIndex().sliding(2).filter(w -> w.size() == 2 && w.get(1)._1.at().isBefore(w.get(0)._1.at()))
                .forEach(w -> check.problem("withdrawals[" + w.get(1)._2 + "].at",
                        "before the withdrawal before it (" + w.get(0)._1.at() + "): withdrawals are in time order"));
        SortedMap<Purpose, Processing> restored = byPurpose;
        return check.restore(() -> new PurposeRegister(customer, restored, all));
    }

    // ---- commands -----------------------------------------------------------------------------------------------

    /**
     * Holds {@code information} for {@code purpose} on {@code basis}, replacing what was held for it; refused when a
     * rule of {@link PurposeRules} refuses the basis. The same again: nothing changes.
     */
    public Either<PurposeRejection, Changed<PurposeRegister, PurposeEvent>> hold(
            Purpose purpose, java.util.Set<PersonalInformation> information, LawfulBasis basis, Instant at) {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(at, "at");
        SortedSet<PersonalInformation> kinds = TreeSet.ofAll(Objects.requireNonNull(information, "information"));
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("hold some personal information, not none");
        }
        Option<Processing> current = held.get(purpose);
        if (current.exists(p -> p.information().equals(kinds) && p.basis().equals(basis))) {
            return Either.right(Changed.nothing(this));
        }
        Option<PurposeRejection> late = outOfOrder(at);
        if (late.isDefined()) {
            return Either.left(late.get());
        }
        for (PurposeRules.Rule rule : PurposeRules.all()) {
            Option<String> refused = rule.refuses(purpose, kinds, basis, at);
            if (refused.isDefined()) {
                return Either.left(new PurposeRejection.BasisRefused(customer, purpose, rule.name(), refused.get()));
            }
        }
        PurposeRegister next = checked(customer, held.put(purpose, new Processing(purpose, kinds, basis, at)),
                withdrawals);
        return Either.right(Changed.of(next, List.of(new PurposeEvent.PurposeHeld(customer, purpose, kinds, basis, at))));
    }

    /**
     * Records that the customer withdrew the consent {@code purpose} rested on (through {@code channel}): nothing is
     * held for it from then on. Refused when the purpose rests on a contract or a legal duty; nothing held: nothing
     * changes.
     */
    public Either<PurposeRejection, Changed<PurposeRegister, PurposeEvent>> withdraw(Purpose purpose,
                                                                                    ConsentChannel channel,
                                                                                    Instant at) {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        Option<Processing> current = held.get(purpose);
        if (current.isEmpty()) {
            return Either.right(Changed.nothing(this));
        }
        if (!(current.get().basis() instanceof LawfulBasis.Consent consent)) {
            return Either.left(new PurposeRejection.NotByConsent(customer, purpose, current.get().basis()));
        }
        Option<PurposeRejection> late = outOfOrder(at);
        if (late.isDefined()) {
            return Either.left(late.get());
        }
        PurposeRegister next = checked(customer, held.remove(purpose),
                withdrawals.append(new Withdrawal(purpose, consent, channel, at)));
        return Either.right(Changed.of(next, List.of(new PurposeEvent.ConsentWithdrawn(customer, purpose, channel, at))));
    }

    /**
     * Whether {@code information} may be used for {@code purpose} at {@code at}: a {@link Permit} when all of it is
     * held for the purpose (on a basis in force by then), {@link PurposeRejection.NotAllowed} naming what is missing
     * otherwise. A command that needs personal information for a purpose asks this first.
     */
    public Either<PurposeRejection, Permit> permit(Purpose purpose, java.util.Set<PersonalInformation> information,
                                                   Instant at) {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(at, "at");
        SortedSet<PersonalInformation> wanted = TreeSet.ofAll(Objects.requireNonNull(information, "information"));
        Option<Processing> current = held.get(purpose).filter(p -> !p.since().isAfter(at));
        SortedSet<PersonalInformation> missing = wanted.removeAll(current.map(Processing::information)
                .getOrElse(TreeSet.empty()));
        if (!missing.isEmpty()) {
            return Either.left(new PurposeRejection.NotAllowed(customer, purpose, missing,
                    current.isEmpty() ? withdrawals.filter(w -> w.purpose() == purpose).lastOption().map(Withdrawal::at)
                            : Option.none()));
        }
        return Either.right(new Permit(customer, purpose, wanted, current.get().basis(), at));
    }

    /**
     * Whether the library's {@code use} may be made at {@code at}: {@link #permit(Purpose, java.util.Set, Instant)}
     * for its purpose and information.
     */
    public Either<PurposeRejection, Permit> permit(PersonalDataUse use, Instant at) {
        Objects.requireNonNull(use, "use");
        return permit(use.purpose(), use.information().toJavaSet(), at);
    }

    private Option<PurposeRejection> outOfOrder(Instant at) {
        Option<Instant> latest = latest();
        return latest.filter(at::isBefore).map(l -> new PurposeRejection.OutOfOrder(customer, l, at));
    }

    private Option<Instant> latest() {
        return held.values().map(Processing::since).appendAll(withdrawals.map(Withdrawal::at))
                .maxBy(java.util.Comparator.naturalOrder());
    }

    private static Seq<String> ruleProblems(Processing p) {
        return PurposeRules.all().flatMap(rule -> rule.refuses(p.purpose(), p.information(), p.basis(), p.since())
                .map(reason -> p.purpose() + " breaks '" + rule.name() + "': " + reason));
    }

    private Seq<FieldProblem> violations() {
        RestoreCheck check = RestoreCheck.of("purpose register", customer.value());
        held.values().forEach(p -> ruleProblems(p).forEach(problem -> check.problem("held." + p.purpose(), problem)));
        check.when(held.exists(e -> e._1 != e._2.purpose()), "held", () -> "a processing is filed under another purpose");
        check.when(withdrawals.sliding(2).exists(w -> w.size() == 2 && w.get(1).at().isBefore(w.get(0).at())),
                "withdrawals", () -> "withdrawals must be in time order");
        return check.problems();
    }

    // ---- accessors ----------------------------------------------------------------------------------------------

    @Override
    public CustomerId getId() {
        return customer;
    }

    /** What is held, by purpose. */
    public SortedMap<Purpose, Processing> held() {
        return held;
    }

    /** The consents withdrawn, oldest first. */
    public Seq<Withdrawal> withdrawals() {
        return withdrawals;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PurposeRegister r && customer.equals(r.customer) && held.equals(r.held)
                && withdrawals.equals(r.withdrawals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(customer, held, withdrawals);
    }

    @Override
    public String toString() {
        return "PurposeRegister[" + customer.value() + ", held " + held.values().map(p -> p.purpose() + " "
                + p.information().mkString("+")).mkString(", ") + ", " + withdrawals.size() + " withdrawn]";
    }
}
