package org.telecrm.sla.contract;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.LocalDate;

/**
 * The contract's lifecycle commands (see the lifecycle in {@link SlaContract}'s class comment): each answers the
 * status the contract moves to, none when it is there already (the command changes nothing), or why not.
 */
final class StatusMoves {

    private StatusMoves() {
    }

    /** A draft signed by both sides, with at least one circuit and complete terms; the same signing again: none. */
    static Either<SlaContractRejection, Option<ContractStatus>> activate(SlaContract c, ContractSigning signing) {
        if (c.status() instanceof ContractStatus.Active a && a.signed().equals(signing)) {
            return Either.right(Option.none());
        }
        if (!(c.status() instanceof ContractStatus.Draft)) {
            return notIn(c, "activate", "for a DRAFT contract");
        }
        if (signing.customerSignatory().isBlank()) {
            return Either.left(new SlaContractRejection.BlankText("signing.customerSignatory"));
        }
        if (signing.providerSignatory().isBlank()) {
            return Either.left(new SlaContractRejection.BlankText("signing.providerSignatory"));
        }
        if (signing.signedOn().isAfter(c.validity().to())) {
            return Either.left(new SlaContractRejection.DateOutOfRange("signing.signedOn", signing.signedOn(),
                    "on or before the validity's last day " + c.validity().to()));
        }
        if (c.circuits().isEmpty()) {
            return Either.left(new SlaContractRejection.NoCircuits(c.getId()));
        }
        Seq<String> problems = c.termsProblems();
        if (!problems.isEmpty()) {
            return Either.left(new SlaContractRejection.IncompleteTerms(c.getId(), problems));
        }
        return Either.right(Option.some(new ContractStatus.Active(signing)));
    }

    /** Suspended from {@code on}, for a reason, from active; suspended already: none. */
    static Either<SlaContractRejection, Option<ContractStatus>> suspend(SlaContract c, LocalDate on, String reason) {
        if (c.status() instanceof ContractStatus.Suspended) {
            return Either.right(Option.none());
        }
        if (!(c.status() instanceof ContractStatus.Active active)) {
            return notIn(c, "suspend", "while ACTIVE");
        }
        if (reason.isBlank()) {
            return Either.left(new SlaContractRejection.BlankText("reason"));
        }
        LocalDate signedOn = active.signed().signedOn();
        if (on.isBefore(signedOn) || on.isAfter(c.validity().to())) {
            return Either.left(new SlaContractRejection.DateOutOfRange("on", on,
                    "between the signing date " + signedOn + " and the validity's last day " + c.validity().to()));
        }
        return Either.right(Option.some(new ContractStatus.Suspended(active.signed(), on, reason)));
    }

    /** Active again from suspended; active already: none. */
    static Either<SlaContractRejection, Option<ContractStatus>> resume(SlaContract c, LocalDate on) {
        if (c.status() instanceof ContractStatus.Active) {
            return Either.right(Option.none());
        }
        if (!(c.status() instanceof ContractStatus.Suspended suspended)) {
            return notIn(c, "resume", "while SUSPENDED");
        }
        if (on.isBefore(suspended.since())) {
            return Either.left(new SlaContractRejection.DateOutOfRange("on", on,
                    "on or after the suspension's start " + suspended.since()));
        }
        return Either.right(Option.some(new ContractStatus.Active(suspended.signed())));
    }

    /**
     * Terminated on {@code on}, for a reason, from active or suspended: inside the validity period, not before the
     * signing nor before a claim's date; terminated already: none.
     */
    static Either<SlaContractRejection, Option<ContractStatus>> terminate(SlaContract c, LocalDate on, String reason) {
        if (c.status() instanceof ContractStatus.Terminated) {
            return Either.right(Option.none());
        }
        if (!(c.status() instanceof ContractStatus.Active || c.status() instanceof ContractStatus.Suspended)) {
            return notIn(c, "terminate", "while ACTIVE or SUSPENDED");
        }
        if (reason.isBlank()) {
            return Either.left(new SlaContractRejection.BlankText("reason"));
        }
        ContractSigning signing = c.status().signing().get();
        LocalDate earliest = signing.signedOn().isAfter(c.validity().from()) ? signing.signedOn() : c.validity().from();
        if (on.isBefore(earliest) || on.isAfter(c.validity().to())) {
            return Either.left(new SlaContractRejection.DateOutOfRange("on", on,
                    "between " + earliest + " (signing and first valid day) and the validity's last day "
                            + c.validity().to()));
        }
        for (CompensationClaim claimed : c.claims().find(claim -> claim.breach().termsDate().isAfter(on))) {
            return Either.left(new SlaContractRejection.DateOutOfRange("on", on,
                    "on or after " + claimed.breach().termsDate() + ", the date of claim " + claimed.id()));
        }
        return Either.right(Option.some(new ContractStatus.Terminated(signing, on, reason)));
    }

    /** Expired, on a day after the validity period, from active or suspended; expired already: none. */
    static Either<SlaContractRejection, Option<ContractStatus>> expire(SlaContract c, LocalDate on) {
        if (c.status() instanceof ContractStatus.Expired) {
            return Either.right(Option.none());
        }
        if (!(c.status() instanceof ContractStatus.Active || c.status() instanceof ContractStatus.Suspended)) {
            return notIn(c, "expire", "while ACTIVE or SUSPENDED");
        }
        if (!on.isAfter(c.validity().to())) {
            return Either.left(new SlaContractRejection.DateOutOfRange("on", on,
                    "after the validity's last day " + c.validity().to()));
        }
        return Either.right(Option.some(new ContractStatus.Expired(c.status().signing().get(), on)));
    }

    private static <T> Either<SlaContractRejection, T> notIn(SlaContract c, String command, String allowed) {
        return Either.left(new SlaContractRejection.NotInState(c.getId(), command, c.status().kind(), allowed));
    }
}
