package org.telecrm.persistence.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.account.AccountId;
import org.telecrm.account.group.BillingGroup;
import org.telecrm.account.group.BillingGroupEvent;
import org.telecrm.account.group.BillingGroupId;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.groups.BillingGroups;
import org.telecrm.persistence.json.BillingGroupJson;

import java.sql.Types;
import java.util.Objects;

/** Billing groups in {@code crm_billing_group}, a row per group, looked up by the headquarters' account. */
final class JdbcBillingGroups implements BillingGroups {

    private final AggregateTable<BillingGroup, BillingGroupEvent> table;

    JdbcBillingGroups(AggregateTable.Store store) {
        this.table = new AggregateTable<>(store, "crm_billing_group", TYPE, g -> g.getId().value(),
                new AggregateTable.Mapping<>(BillingGroupJson::write, BillingGroupJson::read),
                (g, version, events) -> BillingGroupJson.outboxMessages(g.getId(), version, events),
                List.of(new AggregateTable.Column<>("headquarters", Types.VARCHAR, g -> g.headquarters().value())),
                Option.none());
    }

    @Override
    public Option<Versioned<BillingGroup>> load(BillingGroupId id) {
        return table.load(Objects.requireNonNull(id, "id").value());
    }

    @Override
    public Either<SaveConflict, Long> save(BillingGroup group, long expectedVersion, Seq<BillingGroupEvent> events) {
        return table.save(group, expectedVersion, events);
    }

    @Override
    public Page<Versioned<BillingGroup>> paidBy(AccountId headquarters, PageRequest page) {
        return table.page("headquarters = ?", List.of(Objects.requireNonNull(headquarters, "headquarters").value()),
                page, List.of("headquarters"));
    }
}
