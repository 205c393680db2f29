package org.telecrm.persistence.tck;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.telecrm.account.AccountId;
import org.telecrm.account.group.AllocationRule;
import org.telecrm.account.group.BillingGroup;
import org.telecrm.account.group.BillingGroupEvent;
import org.telecrm.account.group.BillingGroupId;
import org.telecrm.account.group.BillingGroupRejection;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.groups.BillingGroups;
import org.telecrm.persistence.json.BillingGroupJson;
import org.telecrm.persistence.outbox.Outbox;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contract of a {@link BillingGroups} adapter with its {@link Outbox}: generated groups (random branches covered
 * and released, rules changed, both rules) survive save and load whole, their events read back from the outbox, a
 * stale save is a conflict with nothing written, the groups an account pays for are found, and a loaded group
 * allocates a unified payment as it did before it was stored.
 *
 * <pre>{@code
 * class MyBillingGroupsTest extends BillingGroupsContract {
 *     @Override
 *     protected Ports emptyStore() {
 *         MyStorage storage = MyStorage.emptied(dataSource);
 *         return new Ports(storage.billingGroups(), storage.outbox());
 *     }
 * }
 * }</pre>
 */
public abstract class BillingGroupsContract {

    /** The ports under test, backed by the same store. */
    public record Ports(BillingGroups groups, Outbox outbox) {
    }

    /** A store with no groups and no pending outbox messages. */
    protected abstract Ports emptyStore();

    private static final Instant T0 = Instant.parse("2026-08-01T01:00:00Z");
    private static final AccountId HQ = AccountId.of("A-HQ");
    private static final Seq<AccountId> BRANCHES = List.of("A-SZ", "A-GZ", "A-DG", "A-FS").map(AccountId::of);

    /** A group reached by accepted commands, and their events (the forming's first). */
    public record GroupHistory(BillingGroup group, Seq<BillingGroupEvent> events) {
    }

    private static Arbitrary<AllocationRule> rules() {
        return Arbitraries.oneOf(Arbitraries.just(AllocationRule.PRO_RATA),
                Arbitraries.of(BRANCHES.append(HQ).toJavaList()).list().uniqueElements().ofMaxSize(3)
                        .map(order -> new AllocationRule.InOrder(List.ofAll(order))));
    }

    /** Groups of headquarters A-HQ reached by random covers, releases and rule changes. */
    public static Arbitrary<GroupHistory> histories() {
        Arbitrary<AccountId> branch = Arbitraries.of(BRANCHES.toJavaList());
        Arbitrary<java.util.function.BiFunction<BillingGroup, Instant,
                Either<BillingGroupRejection, Changed<BillingGroup, BillingGroupEvent>>>> command = Arbitraries.oneOf(
                branch.map(b -> (g, at) -> g.cover(b, at)),
                branch.map(b -> (g, at) -> g.release(b, at)),
                rules().map(r -> (g, at) -> g.changeRule(r, at)));
        return Combinators.combine(Arbitraries.of("G-1", "G-0755-001", "集团-1"), rules(), command.list().ofMaxSize(20))
                .as((id, rule, commands) -> {
                    Changed<BillingGroup, BillingGroupEvent> formed = BillingGroup.form(BillingGroupId.of(id), HQ,
                            rule, T0);
                    BillingGroup group = formed.state();
                    List<BillingGroupEvent> events = List.ofAll(formed.events());
                    Instant at = T0;
                    for (var c : commands) {
                        at = at.plusSeconds(3600);
                        var result = c.apply(group, at);
                        if (result.isRight()) {
                            group = result.get().state();
                            events = events.appendAll(result.get().events());
                        }
                    }
                    return new GroupHistory(group, events);
                });
    }

    @Provide
    Arbitrary<GroupHistory> groups() {
        return histories();
    }

    @Property(tries = 100)
    void every_generated_group_survives_save_and_load_and_its_events_read_back(@ForAll("groups") GroupHistory history) {
        Ports store = emptyStore();
        assertEquals(Either.right(1L), store.groups().save(history.group(), Versioned.NEW, history.events()));
        assertEquals(new Versioned<>(history.group(), 1L), store.groups().load(history.group().getId()).get());
        assertEquals(history.events(), store.outbox().pending(PageRequest.MAX_SIZE)
                .map(m -> BillingGroupJson.readEvent(m.payload()).get()));
    }

    @Test
    void a_stale_save_is_a_conflict_and_writes_nothing() {
        Ports store = emptyStore();
        Changed<BillingGroup, BillingGroupEvent> formed = BillingGroup.form(BillingGroupId.of("G-1"), HQ,
                AllocationRule.PRO_RATA, T0);
        store.groups().save(formed, Versioned.NEW);
        assertEquals(Either.left(new SaveConflict(BillingGroups.TYPE, "G-1", Versioned.NEW, 1L)),
                store.groups().save(formed, Versioned.NEW));
        assertEquals(1, store.outbox().pending(PageRequest.MAX_SIZE).size());
        Changed<BillingGroup, BillingGroupEvent> covered = formed.state().cover(BRANCHES.head(), T0).get();
        assertEquals(Either.right(2L), store.groups().save(covered, 1));
        assertEquals(Either.left(new SaveConflict(BillingGroups.TYPE, "G-1", 1L, 2L)), store.groups().save(covered, 1));
    }

    @Test
    void the_groups_an_account_pays_for_are_found_in_id_order_a_page_at_a_time() {
        Ports store = emptyStore();
        for (String id : List.of("G-3", "G-1", "G-2")) {
            store.groups().save(BillingGroup.form(BillingGroupId.of(id), HQ, AllocationRule.PRO_RATA, T0),
                    Versioned.NEW);
        }
        store.groups().save(BillingGroup.form(BillingGroupId.of("G-0"), AccountId.of("A-OTHER"),
                AllocationRule.PRO_RATA, T0), Versioned.NEW);
        var first = store.groups().paidBy(HQ, PageRequest.first(2));
        assertEquals(List.of("G-1", "G-2"), first.items().map(v -> v.aggregate().getId().value()));
        var second = store.groups().paidBy(HQ, first.next().get());
        assertEquals(List.of("G-3"), second.items().map(v -> v.aggregate().getId().value()));
        assertEquals(List.empty(), store.groups().paidBy(AccountId.of("A-NONE"), PageRequest.first(10)).items());
    }

    @Test
    void a_loaded_group_allocates_a_unified_payment_as_before() {
        Ports store = emptyStore();
        BillingGroup group = BillingGroup.form(BillingGroupId.of("G-1"), HQ, AllocationRule.PRO_RATA, T0).state()
                .cover(BRANCHES.get(0), T0).get().state().cover(BRANCHES.get(1), T0).get().state();
        store.groups().save(group, Versioned.NEW, List.empty());
        io.vavr.collection.Map<AccountId, Money> owed = io.vavr.collection.HashMap.of(HQ, Money.ofYuan(100),
                BRANCHES.get(0), Money.ofYuan(200), BRANCHES.get(1), Money.ofYuan(300));
        assertEquals(group.allocate(Money.ofYuan(450), owed),
                store.groups().load(group.getId()).get().aggregate().allocate(Money.ofYuan(450), owed));
    }
}
