package org.telecrm.persistence.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.order.outage.MassOutage;
import org.telecrm.order.outage.MassOutageEvent;
import org.telecrm.order.outage.MassOutageId;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.json.MassOutageJson;
import org.telecrm.persistence.outages.MassOutages;

import java.sql.Types;
import java.util.Objects;

/** Mass outages in {@code crm_mass_outage}, a row per outage, with whether it is restored computed on save. */
final class JdbcMassOutages implements MassOutages {

    private final AggregateTable<MassOutage, MassOutageEvent> table;

    JdbcMassOutages(AggregateTable.Store store) {
        this.table = new AggregateTable<>(store, "crm_mass_outage", TYPE, o -> o.getId().value(),
                new AggregateTable.Mapping<>(MassOutageJson::write, MassOutageJson::read),
                (o, version, events) -> MassOutageJson.outboxMessages(o.getId(), version, events),
                List.of(new AggregateTable.Column<>("is_restored", Types.BOOLEAN, o -> o.restoredAt().isDefined())),
                Option.none());
    }

    @Override
    public Option<Versioned<MassOutage>> load(MassOutageId id) {
        return table.load(Objects.requireNonNull(id, "id").value());
    }

    @Override
    public Either<SaveConflict, Long> save(MassOutage outage, long expectedVersion, Seq<MassOutageEvent> events) {
        return table.save(outage, expectedVersion, events);
    }

    @Override
    public Page<Versioned<MassOutage>> unrestored(PageRequest page) {
        return table.page("is_restored = ?", List.of(false), page, List.of("is_restored"));
    }
}
