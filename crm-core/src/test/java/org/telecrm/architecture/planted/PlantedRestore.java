package org.telecrm.architecture.planted;

import io.vavr.control.Either;
import org.jmolecules.ddd.types.AggregateRoot;
import org.telecrm.kernel.RestoreError;

/** Planted aggregates for the one restore rule: two break it, one keeps it. */
public final class PlantedRestore {

    private PlantedRestore() {
    }

    /** Restores without checking: answers the aggregate itself, not a typed error. */
    public static final class Unchecked implements AggregateRoot<Unchecked, PlantedAggregates.HeldId> {
        public static Unchecked restore(String id) {
            return new Unchecked();
        }

        @Override
        public PlantedAggregates.HeldId getId() {
            return new PlantedAggregates.HeldId("u");
        }
    }

    /** Has no restore at all. */
    public static final class NoRestore implements AggregateRoot<NoRestore, PlantedAggregates.HeldId> {
        @Override
        public PlantedAggregates.HeldId getId() {
            return new PlantedAggregates.HeldId("n");
        }
    }

    /** The rule's shape: {@code Either<RestoreError, Checked>}. */
    public static final class Checked implements AggregateRoot<Checked, PlantedAggregates.HeldId> {
        public static Either<RestoreError, Checked> restore(String id) {
            return Either.right(new Checked());
        }

        @Override
        public PlantedAggregates.HeldId getId() {
            return new PlantedAggregates.HeldId("c");
        }
    }
}
