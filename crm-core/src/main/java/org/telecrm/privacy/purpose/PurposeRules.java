package org.telecrm.privacy.purpose;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * The rules a basis must meet before a register holds information on it, each named, with its source, and runnable
 * one at a time ({@link #all()}).
 */
public final class PurposeRules {

    /** One rule: its name, its source, and the reason it refuses a hold (none when it accepts). */
    public interface Rule {
        String name();

        String source();

        Option<String> refuses(Purpose purpose, SortedSet<PersonalInformation> information, LawfulBasis basis,
                               Instant at);
    }

    private record Named(String name, String source, Check check) implements Rule {
        @Override
        public Option<String> refuses(Purpose purpose, SortedSet<PersonalInformation> information, LawfulBasis basis,
                                      Instant at) {
            return check.refuses(purpose, information, basis, at);
        }
    }

    @FunctionalInterface
    private interface Check {
        Option<String> refuses(Purpose purpose, SortedSet<PersonalInformation> information, LawfulBasis basis,
                               Instant at);
    }

    /** Sensitive information (an identity number) needs separate consent or a legal duty, never a contract alone. */
    public static final Rule SENSITIVE_NEEDS_CONSENT_OR_LEGAL_DUTY = new Named("sensitive needs consent or legal duty",
            "PIPL art. 28, 29", (purpose, information, basis, at) ->
            basis instanceof LawfulBasis.Contract && information.exists(PersonalInformation::sensitive)
                    ? Option.some("sensitive information (" + information.filter(PersonalInformation::sensitive)
                    .mkString(", ") + ") needs separate consent or a legal duty")
                    : Option.none());

    /** Marketing is not necessary to perform a contract, nor a legal duty: it rests on consent. */
    public static final Rule MARKETING_NEEDS_CONSENT = new Named("marketing needs consent", "PIPL art. 13, 24",
            (purpose, information, basis, at) ->
                    (purpose == Purpose.MARKETING || purpose == Purpose.RETENTION_MARKETING)
                            && !(basis instanceof LawfulBasis.Consent)
                            ? Option.some(purpose + " rests on the customer's consent only")
                            : Option.none());

    /** Consent is recorded once given, not ahead of it. */
    public static final Rule CONSENT_GIVEN_BY_THEN = new Named("consent given by then", "PIPL art. 14",
            (purpose, information, basis, at) -> basis instanceof LawfulBasis.Consent consent
                    && consent.givenAt().isAfter(at)
                    ? Option.some("the consent is dated " + consent.givenAt() + ", after " + at)
                    : Option.none());

    private PurposeRules() {
    }

    /** Every rule, in the order they are checked. */
    public static Seq<Rule> all() {
        return List.of(SENSITIVE_NEEDS_CONSENT_OR_LEGAL_DUTY, MARKETING_NEEDS_CONSENT, CONSENT_GIVEN_BY_THEN);
    }
}
