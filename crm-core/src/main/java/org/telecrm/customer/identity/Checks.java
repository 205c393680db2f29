package org.telecrm.customer.identity;

import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.function.Supplier;

/**
 * What the identity documents share: turning a check's outcome into a parse result or a constructor's refusal, and
 * the weighted sum that both check characters are computed from.
 *
 * <pre>{@code
 * Checks.weightedSum("12", "0123456789", new int[] {7, 9});   // 1 x 7 + 2 x 9 = 25
 * }</pre>
 */
final class Checks {

    private Checks() {
    }

    /** The problem as a Left, or the value made by {@code valid} as a Right. */
    static <T> Either<IdentityError, T> parsed(Option<IdentityError> problem, Supplier<T> valid) {
        return problem.<Either<IdentityError, T>>map(Either::left).getOrElse(() -> Either.right(valid.get()));
    }

    /** For a record's constructor: throws {@link IllegalArgumentException} with the problem's message, if any. */
    static void refuse(Option<IdentityError> problem) {
        problem.peek(error -> {
            throw new IllegalArgumentException(error.message());
        });
    }

    /**
     * The sum of each character's value (its index in {@code alphabet}) times its weight. The text must have one
     * character per weight, each from the alphabet.
     */
    static int weightedSum(String text, String alphabet, int[] weights) {
        if (text.length() != weights.length || !text.chars().allMatch(c -> alphabet.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("a check character is computed from " + weights.length
                    + " characters of " + alphabet);
        }
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += alphabet.indexOf(text.charAt(i)) * weights[i];
        }
        return sum;
    }
}
