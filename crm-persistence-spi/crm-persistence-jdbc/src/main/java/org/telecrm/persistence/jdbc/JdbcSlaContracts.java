package org.telecrm.persistence.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.CustomerId;
import org.telecrm.persistence.Page;
import org.telecrm.persistence.PageRequest;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.contracts.SlaContracts;
import org.telecrm.persistence.json.SlaContractJson;
import org.telecrm.sla.SlaContractId;
import org.telecrm.sla.contract.ContractStatus;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.contract.SlaContractEvent;

import java.sql.Types;
import java.time.LocalDate;
import java.util.Objects;

/**
 * SLA contracts in {@code crm_sla_contract}, looked up by customer and by the days they cover: {@code covers_from}
 * to {@code covers_to} is {@link SlaContract#coverage()} once signed (cut at the termination day), NULL for a draft,
 * so "in force on a day" is a range condition that agrees with {@link SlaContract#covers}.
 */
final class JdbcSlaContracts implements SlaContracts {

    private final AggregateTable<SlaContract, SlaContractEvent> table;

    JdbcSlaContracts(AggregateTable.Store store) {
        this.table = new AggregateTable<>(store, "crm_sla_contract", TYPE, c -> c.getId().value(),
                new AggregateTable.Mapping<>(SlaContractJson::write, SlaContractJson::read),
                (c, version, events) -> SlaContractJson.outboxMessages(c.getId(), version, events),
                List.of(new AggregateTable.Column<>("customer", Types.VARCHAR, c -> c.customer().value()),
                        new AggregateTable.Column<>("covers_from", Types.DATE,
                                c -> signed(c) ? c.coverage().from() : null),
                        new AggregateTable.Column<>("covers_to", Types.DATE,
                                c -> signed(c) ? c.coverage().to() : null)), Option.none());
    }

    private static boolean signed(SlaContract contract) {
        return !(contract.status() instanceof ContractStatus.Draft);
    }

    @Override
    public Option<Versioned<SlaContract>> load(SlaContractId id) {
        return table.load(Objects.requireNonNull(id, "id").value());
    }

    @Override
    public Either<SaveConflict, Long> save(SlaContract contract, long expectedVersion, Seq<SlaContractEvent> events) {
        return table.save(contract, expectedVersion, events);
    }

    @Override
    public Page<Versioned<SlaContract>> byCustomer(CustomerId customer, PageRequest page) {
        return table.page("customer = ?", List.of(Objects.requireNonNull(customer, "customer").value()), page,
                List.of("customer"));
    }

    @Override
    public Page<Versioned<SlaContract>> inForceOn(LocalDate day, PageRequest page) {
        Objects.requireNonNull(day, "day");
        return table.page("covers_from <= ? AND covers_to >= ?", List.of(day, day), page);
    }
}
