package org.telecrm.persistence.json;

import io.vavr.collection.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.telecrm.kernel.FieldProblem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.persistence.json.AccountJsonTest.DOCUMENTED;
import static org.telecrm.persistence.json.AccountJsonTest.DOCUMENTED_ACCOUNT;

/**
 * A ledger stored before ledger seals (no entry sealed, no head) is refused on load with a typed error naming the
 * migration step, never sealed silently; the step, {@link AccountJson#reseal}, seals it after checking the account,
 * and gives what {@link AccountJson#write} writes; a ledger with only some seals had seals removed and is named so.
 */
class LedgersStoredBeforeTheSealsTest {

    /** The documented account as a store kept it before seals existed. */
    static final String PRE_SEAL = DOCUMENTED.replaceAll("\"sequence\":\\d+,\"hash\":\"[0-9a-f]{64}\",", "")
            .replaceAll(",\"ledgerHead\":\\{[^}]*}", "");

    @Test
    void aLedgerStoredBeforeTheSealsIsRefusedNamingTheMigrationStep() {
        assertFalse(PRE_SEAL.contains("hash"), PRE_SEAL);
        JsonError error = AccountJson.read(PRE_SEAL).getLeft();
        JsonError.NotRestorable refused = assertInstanceOf(JsonError.NotRestorable.class, error);
        assertEquals(List.of("ledger"), refused.error().problems().map(FieldProblem::field).toList());
        assertTrue(error.message().contains("2 entries without seals: the ledger was stored before ledger seals"),
                error.message());
        assertTrue(error.message().contains("AccountJson.reseal"), error.message());
    }

    @Test
    void theMigrationStepSealsItAsTheAccountWouldHaveBeenSealed() {
        String sealed = AccountJson.reseal(PRE_SEAL).get();
        assertEquals(AccountJson.write(DOCUMENTED_ACCOUNT), sealed);
        assertEquals(DOCUMENTED_ACCOUNT, AccountJson.read(sealed).get());
        assertEquals(sealed, AccountJson.reseal(sealed).get(), "a sealed document is left as it is");
    }

    @Test
    void aLedgerMissingSomeSealsHadThemRemovedAndIsNotResealed() {
        String oneStripped = DOCUMENTED.replaceFirst("\"sequence\":1,\"hash\":\"[0-9a-f]{64}\",", "");
        JsonError.NotRestorable refused = assertInstanceOf(JsonError.NotRestorable.class,
                AccountJson.read(oneStripped).getLeft());
        assertEquals(List.of("ledger[0]"), refused.error().problems().map(FieldProblem::field).toList());
        assertTrue(refused.message().contains("a seal was removed"), refused.message());
        assertInstanceOf(JsonError.NotRestorable.class, AccountJson.reseal(oneStripped).getLeft());
        String headless = DOCUMENTED.replaceAll(",\"ledgerHead\":\\{[^}]*}", "");
        assertInstanceOf(JsonError.NotRestorable.class, AccountJson.reseal(headless).getLeft(),
                "sealed entries without their head: the end of the ledger cannot be vouched for");
    }

    @Test
    void theMigrationStepChecksTheAccountFirst() {
        String twice = PRE_SEAL.replace("\"reference\":\"ADJ-1\"", "\"reference\":\"B-1\"");
        JsonError.NotRestorable refused = assertInstanceOf(JsonError.NotRestorable.class,
                AccountJson.reseal(twice).getLeft());
        assertTrue(refused.message().contains("the reference B-1 is already used by entries[0]"), refused.message());
    }

    @Test
    void anEntryRowStoredBeforeTheSealsIsToldApartAndReadForTheStep() {
        String row = "{\"kind\":\"CHARGE\",\"reference\":\"B-1\",\"amountFen\":30000,"
                + "\"postedAt\":\"2026-07-01T01:00:00Z\"}";
        assertTrue(AccountJson.isUnsealedEntry(row));
        assertEquals(DOCUMENTED_ACCOUNT.ledger().entries().head(), AccountJson.readUnsealedEntry(row).get());
        String sealedRow = AccountJson.writeEntry(DOCUMENTED_ACCOUNT.ledger().entries().head(),
                DOCUMENTED_ACCOUNT.ledger().seals().head());
        assertFalse(AccountJson.isUnsealedEntry(sealedRow));
        assertTrue(sealedRow.startsWith("{\"sequence\":"), "the JDBC step leaves out rows that start so: " + sealedRow);
        assertFalse(AccountJson.isUnsealedEntry("not json"));
        assertTrue(AccountJson.readUnsealedEntry(sealedRow).isLeft());
    }

    /**
     * The migration step is a reader too: a pre-seal document with random bytes changed, dropped or inserted is
     * sealed into a document that reads back as an account whose ledger holds, or refused typed, never thrown.
     */
    @Property(tries = 500)
    void aMutatedPreSealDocumentIsSealedIntoAReadableAccountOrRefusedNeverThrown(@ForAll("edits") int[] edit) {
        byte[] bytes = PRE_SEAL.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = Math.floorMod(edit[1], bytes.length);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(bytes, 0, at);
        if (edit[0] != 1) {
            out.write((byte) edit[2]);   // 0: replace, 2: insert
        }
        int from = edit[0] == 2 ? at : at + 1;
        out.write(bytes, Math.min(from, bytes.length), bytes.length - Math.min(from, bytes.length));
        String mutated = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        io.vavr.control.Either<JsonError, String> sealed = AccountJson.reseal(mutated);
        if (sealed.isRight()) {
            org.telecrm.account.Account account = AccountJson.read(sealed.get()).get();
            assertEquals(account.ledger().entries().size(), account.ledger().seals().size());
            assertEquals(sealed.get(), AccountJson.reseal(sealed.get()).get());
        } else {
            assertFalse(sealed.getLeft().message().isBlank());
        }
    }

    @Provide
    Arbitrary<int[]> edits() {
        return Arbitraries.integers().between(0, 2).flatMap(kind -> Arbitraries.integers().greaterOrEqual(0)
                .flatMap(at -> Arbitraries.oneOf(Arbitraries.integers().between(-128, 127),
                                Arbitraries.of("{}[]\",:-0123456789.\\ ntfu".chars().boxed().toList()))
                        .map(value -> new int[] {kind, at, value})));
    }
}
