package org.telecrm.architecture.planted;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;

/** Planted aggregates: one holds another inside Vavr types (a violation), one by identifier (fine). */
public final class PlantedAggregates {

    private PlantedAggregates() {
    }

    public record HeldId(String value) implements Identifier {
    }

    public static final class Held implements AggregateRoot<Held, HeldId> {
        private final HeldId id = new HeldId("h");

        @Override
        public HeldId getId() {
            return id;
        }
    }

    public static final class Holder implements AggregateRoot<Holder, HeldId> {
        private final HeldId id = new HeldId("x");
        Seq<Held> inSeq;
        Option<Held> inOption;
        Map<String, Seq<Held>> nested;

        @Override
        public HeldId getId() {
            return id;
        }
    }

    public static final class ByIdentifier implements AggregateRoot<ByIdentifier, HeldId> {
        private final HeldId id = new HeldId("y");
        Seq<HeldId> held;

        @Override
        public HeldId getId() {
            return id;
        }
    }
}
