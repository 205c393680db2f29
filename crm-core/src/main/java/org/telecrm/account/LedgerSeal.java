package org.telecrm.account;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The seal of a ledger entry: its sequence number in the ledger (1, 2, 3, ... in posting order) and a hash chain
 * link, the SHA-256 of the previous entry's hash, the sequence number and every fact of the entry. A store keeps the
 * seals beside the entries and hands them back to {@link Account#restore(AccountId,
 * org.telecrm.customer.CustomerId, AccountTerms, java.time.Instant, io.vavr.collection.Seq, io.vavr.collection.Seq,
 * AccountStatus)}, which recomputes the chain: an entry altered, removed or moved in storage no longer matches its
 * seal and the account is refused. The last seal (the ledger's head) kept apart from the entries also reveals
 * entries removed from the end.
 *
 * <p>The chain detects accidental or careless change (a hand-edited row, a bad migration, a lost entry); it is not a
 * signature, and whoever can rewrite every row can recompute it.
 *
 * <pre>{@code
 * LedgerSeal first = LedgerSeal.after(Option.none(), payment);     // sequence 1
 * LedgerSeal second = LedgerSeal.after(Option.some(first), charge); // sequence 2, chained to first's hash
 * }</pre>
 *
 * @param sequence the entry's place in the ledger, from 1
 * @param hash     64 lower-case hexadecimal digits
 */
@ValueObject
public record LedgerSeal(long sequence, String hash) {

    private static final Pattern HEX_256 = Pattern.compile("[0-9a-f]{64}");

    public LedgerSeal {
        Objects.requireNonNull(hash, "hash");
        if (sequence < 1) {
            throw new IllegalArgumentException("a ledger entry's sequence number starts at 1, was " + sequence);
        }
        if (!HEX_256.matcher(hash).matches()) {
            throw new IllegalArgumentException("a ledger seal's hash is 64 lower-case hexadecimal digits");
        }
    }

    /** Whether text is a hash as a seal holds it (for readers, before constructing one). */
    public static boolean isHash(String text) {
        return text != null && HEX_256.matcher(text).matches();
    }

    /** The seal of {@code entry} posted after the entry sealed {@code previous} (none: the ledger's first entry). */
    public static LedgerSeal after(Option<LedgerSeal> previous, LedgerEntry entry) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(entry, "entry");
        long sequence = previous.map(p -> p.sequence() + 1).getOrElse(1L);
        return new LedgerSeal(sequence, hash(previous.map(LedgerSeal::hash).getOrElse(""), sequence, entry));
    }

    /** Whether this seal is the one {@code entry} gets after {@code previous}. */
    public boolean seals(Option<LedgerSeal> previous, LedgerEntry entry) {
        return equals(after(previous, entry));
    }

    private static String hash(String previous, long sequence, LedgerEntry entry) {
        StringBuilder facts = new StringBuilder();
        field(facts, previous);
        field(facts, Long.toString(sequence));
        field(facts, entry.kind().name());
        field(facts, entry.reference().value());
        field(facts, Long.toString(entry.amount().fen()));
        field(facts, entry.postedAt().toString());
        if (entry instanceof LedgerEntry.Adjustment adjustment) {
            field(facts, adjustment.corrects().value());
            field(facts, adjustment.reason());
        }
        return HEX.formatHex(SHA_256.get().digest(facts.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static final HexFormat HEX = HexFormat.of();

    /** One digest per thread: looking the algorithm up costs more than hashing an entry. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    });

    /** Length-prefixed, so no two different lists of facts are the same text. */
    private static void field(StringBuilder facts, String value) {
        facts.append(value.length()).append(':').append(value).append(';');
    }
}
