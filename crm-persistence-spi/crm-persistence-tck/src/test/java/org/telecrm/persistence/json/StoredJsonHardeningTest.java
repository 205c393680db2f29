package org.telecrm.persistence.json;

import io.vavr.control.Either;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.telecrm.account.Account;
import org.telecrm.account.EntryReference;
import org.telecrm.account.LedgerEntry;
import org.telecrm.money.Money;
import org.telecrm.persistence.tck.AccountGenerators;
import org.telecrm.persistence.tck.CustomerGenerators;
import org.telecrm.persistence.tck.ServiceOrderGenerators;
import org.telecrm.persistence.tck.SlaContractGenerators;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stored JSON is read strictly and never trusted: duplicate keys and content after the document are refused, a
 * ledger no command could have written is not restored, no error quotes personal data, and no mutation of a stored
 * document makes a reader throw or accept a broken ledger.
 */
class StoredJsonHardeningTest {

    private static final String ACCOUNT = AccountJsonTest.DOCUMENTED;

    @Test
    void aDuplicatedKeyIsRefusedNotResolvedByGuessing() {
        String twice = "{\"schemaVersion\":1,\"id\":\"A-2\"," + ACCOUNT.substring(1);
        JsonError error = AccountJson.read(twice).getLeft();
        assertInstanceOf(JsonError.Malformed.class, error);
        assertTrue(error.message().contains("Duplicate field 'schemaVersion'"), error.message());
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        for (String trailing : new String[] {" x", " {}", ACCOUNT, "]", " 1"}) {
            assertInstanceOf(JsonError.Malformed.class, AccountJson.read(ACCOUNT + trailing).getLeft(), trailing);
        }
        assertTrue(AccountJson.read(ACCOUNT + " \n\t").isRight(), "whitespace after the document is fine");
    }

    @Test
    void aLedgerWithAPaymentCountedTwiceIsNotRestored() {
        String twice = ACCOUNT.replace("\"reference\":\"ADJ-1\"", "\"reference\":\"B-1\"").replace("\"corrects\":\"B-1\"",
                "\"corrects\":\"B-1\"");
        JsonError error = AccountJson.read(twice).getLeft();
        assertInstanceOf(JsonError.NotRestorable.class, error);
        assertTrue(error.message().contains("entries[1]: the reference B-1 is already used by entries[0]"), error.message());
    }

    @Test
    void aNegativeAmountInTheLedgerIsNotRestored() {
        String negative = ACCOUNT.replace("\"amountFen\":30000", "\"amountFen\":-30000");
        assertTrue(AccountJson.read(negative).getLeft().message().contains("entries[0].amount: must be positive"),
                AccountJson.read(negative).getLeft().message());
    }

    @Test
    void aCorruptedPhoneNumberIsMaskedInTheError() {
        String customer = CustomerJsonTest.DOCUMENTED.replace("\"contacts\":[]",
                "\"contacts\":[{\"id\":\"K-1\",\"name\":\"Zhang San\",\"role\":\"IT\",\"phones\":[{\"kind\":\"MOBILE\","
                        + "\"number\":" + CustomerJsonTest.sealed("1381234567X") + "}]}]");
        String message = CustomerJson.read(customer, CustomerJsonTest.CIPHER).getLeft().message();
        assertFalse(message.contains("1381234567"), message);
        assertFalse(message.contains("81234567"), message);
    }

    @Test
    void aCorruptedDocumentNumberIsMaskedInTheError() {
        String customer = CustomerJsonTest.TEMPLATE.replace("SEALED", CustomerJsonTest.sealed("91440300MA5FUJ7A0Z"));
        JsonError error = CustomerJson.read(customer, CustomerJsonTest.CIPHER).getLeft();
        assertFalse(error.message().contains("MA5FUJ7A0"), error.message());
        assertFalse(error.toString().contains("MA5FUJ7A0"), error.toString());
    }

    @Test
    void aMalformedDocumentDoesNotEchoANumberWhole() {
        String message = AccountJson.read("{\"schemaVersion\":1,\"id\":13812345678x}").getLeft().message();
        assertFalse(message.contains("13812345678"), message);
    }

    /** One mutation of a valid document's bytes: a byte replaced, removed or inserted, or a span cut out. */
    private record Mutation(int kind, int at, int length, byte value) {
        String apply(String json) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            int i = Math.floorMod(at, bytes.length);
            byte[] out;
            switch (kind) {
                case 0 -> {
                    out = bytes.clone();
                    out[i] = value;
                }
                case 1 -> {
                    out = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, out, 0, i);
                    System.arraycopy(bytes, i + 1, out, i, bytes.length - i - 1);
                }
                case 2 -> {
                    out = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, out, 0, i);
                    out[i] = value;
                    System.arraycopy(bytes, i, out, i + 1, bytes.length - i);
                }
                default -> {
                    int cut = Math.min(length, bytes.length - i);
                    out = new byte[bytes.length - cut];
                    System.arraycopy(bytes, 0, out, 0, i);
                    System.arraycopy(bytes, i + cut, out, i, bytes.length - i - cut);
                }
            }
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<Byte> interesting = Arbitraries.oneOf(Arbitraries.bytes(),
                Arbitraries.of("{}[]\",:-0123456789eE.\\ ntfu".chars().mapToObj(c -> (byte) c).toList()));
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.integers().between(1, 40), interesting).as(Mutation::new);
    }

    @Property(tries = 2000)
    void aMutatedAccountDocumentIsReadOrRefusedNeverThrownAndNeverABrokenLedger(@ForAll("mutations") Mutation mutation) {
        Either<JsonError, Account> read = AccountJson.read(mutation.apply(ACCOUNT));
        if (read.isRight()) {
            assertLedgerHolds(read.get());
        }
    }

    @Property(tries = 300)
    void aMutatedGeneratedAccountIsReadOrRefusedNeverThrownAndNeverABrokenLedger(
            @ForAll("accounts") String json, @ForAll("mutations") Mutation first, @ForAll("mutations") Mutation second) {
        Either<JsonError, Account> read = AccountJson.read(second.apply(first.apply(json)));
        if (read.isRight()) {
            assertLedgerHolds(read.get());
        }
    }

    @Provide
    Arbitrary<String> accounts() {
        return AccountGenerators.histories().map(history -> AccountJson.write(history.account()));
    }

    @Property(tries = 300)
    void noMutatedDocumentOfAnyAggregateMakesItsReaderThrow(@ForAll("documents") String json,
                                                             @ForAll("mutations") Mutation mutation) {
        String mutated = mutation.apply(json);
        for (Function<String, Either<JsonError, ?>> reader : java.util.List.<Function<String, Either<JsonError, ?>>>of(
                AccountJson::read, text -> CustomerJson.read(text, CustomerJsonTest.CIPHER), SlaContractJson::read,
                ServiceOrderJson::read)) {
            Either<JsonError, ?> read = reader.apply(mutated);
            if (read.isLeft()) {
                assertFalse(read.getLeft().message().isBlank());
            }
        }
    }

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.oneOf(
                AccountGenerators.histories().map(h -> AccountJson.write(h.account())),
                CustomerGenerators.histories().map(h -> CustomerJson.write(h.customer(), CustomerJsonTest.CIPHER)),
                SlaContractGenerators.histories().map(h -> SlaContractJson.write(h.contract())),
                ServiceOrderGenerators.histories().map(h -> ServiceOrderJson.write(h.order())));
    }

    /** What a restored ledger must hold whatever its document held: the posting rules' invariants. */
    private static void assertLedgerHolds(Account account) {
        Set<EntryReference> references = new HashSet<>();
        java.time.Instant previous = account.openedAt();
        Money sum = Money.ZERO;
        for (LedgerEntry entry : account.ledger().entries()) {
            assertTrue(references.add(entry.reference()), "a reference twice: " + entry.reference());
            assertTrue(entry.amount().isGreaterThan(Money.ZERO), entry::describe);
            assertFalse(entry.postedAt().isBefore(previous), entry::describe);
            previous = entry.postedAt();
            sum = sum.plus(entry.owed());
        }
        assertEquals(sum, account.balanceOwed());
        assertTrue(account.terms().problems().isEmpty(), account.terms().problems()::toString);
    }
}
