package org.telecrm.order.outage;

import org.telecrm.order.aggregate.ServiceOrderId;
import org.telecrm.order.clock.ClockError;

import java.time.Instant;

/** Why a command on a mass outage was refused; {@link #message()} says what and where. A refused command changes nothing. */
public sealed interface MassOutageRejection {

    String message();

    /** A restored outage takes no command. */
    record Restored(MassOutageId outage, Instant at) implements MassOutageRejection {
        public String message() {
            return "mass outage " + outage + " was restored at " + at + "; it takes no command";
        }
    }

    /** The order is attached already, or, to detach, is not attached. */
    record NotAttachable(MassOutageId outage, ServiceOrderId child, String why) implements MassOutageRejection {
        public String message() {
            return "mass outage " + outage + ": order " + child + " " + why;
        }
    }

    /** The instant is before the outage's latest one. */
    record OutOfOrder(MassOutageId outage, Instant at, Instant notBefore) implements MassOutageRejection {
        public String message() {
            return "mass outage " + outage + ": " + at + " is before " + notBefore + ", the latest instant recorded";
        }
    }

    /** The pause ledger refused the pause or resumption. */
    record PauseRefused(MassOutageId outage, ClockError error) implements MassOutageRejection {
        public String message() {
            return "mass outage " + outage + ": " + error.message();
        }
    }
}
