package org.telecrm.persistence.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.CustomerId;
import org.telecrm.persistence.SaveConflict;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.json.PurposeRegisterJson;
import org.telecrm.persistence.purposes.PurposeRegisters;
import org.telecrm.privacy.purpose.PurposeEvent;
import org.telecrm.privacy.purpose.PurposeRegister;

import java.util.Objects;

/** Customers' purpose registers in {@code crm_purpose_register}, a row per customer, loaded by customer id. */
final class JdbcPurposeRegisters implements PurposeRegisters {

    private final AggregateTable<PurposeRegister, PurposeEvent> table;

    JdbcPurposeRegisters(AggregateTable.Store store) {
        this.table = new AggregateTable<>(store, "crm_purpose_register", TYPE, r -> r.getId().value(),
                new AggregateTable.Mapping<>(PurposeRegisterJson::write, PurposeRegisterJson::read),
                (r, version, events) -> PurposeRegisterJson.outboxMessages(r.getId(), version, events),
                List.empty(), Option.none());
    }

    @Override
    public Option<Versioned<PurposeRegister>> load(CustomerId customer) {
        return table.load(Objects.requireNonNull(customer, "customer").value());
    }

    @Override
    public Either<SaveConflict, Long> save(PurposeRegister register, long expectedVersion, Seq<PurposeEvent> events) {
        return table.save(register, expectedVersion, events);
    }
}
