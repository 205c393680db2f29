package org.telecrm.persistence.json;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.group.BillingGroup;
import org.telecrm.account.group.BillingGroupEvent;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.CustomerEvent;
import org.telecrm.order.aggregate.ServiceOrder;
import org.telecrm.order.aggregate.ServiceOrderEvent;
import org.telecrm.order.outage.MassOutage;
import org.telecrm.order.outage.MassOutageEvent;
import org.telecrm.privacy.purpose.PurposeEvent;
import org.telecrm.privacy.purpose.PurposeRegister;
import org.telecrm.sla.contract.SlaContract;
import org.telecrm.sla.contract.SlaContractEvent;

import java.util.function.Function;

/**
 * The golden v1 fixtures: the stored JSON of every aggregate and of every outbox event type as the mapping wrote it
 * when the format was frozen, under {@code golden/v1/<aggregate>/} (the aggregate's documents) and
 * {@code golden/v1/<aggregate>-events/<EventType>[-n].json}. Each file holds exactly the mapper's output (no newline
 * added). {@link GoldenV1Test} reads each one and writes it back byte for byte.
 */
final class Golden {

    static final String ROOT = "org/telecrm/persistence/json/golden/v1/";

    /** One aggregate's mapping as the fixtures exercise it. */
    record Kind<A, E>(String name, Function<String, Either<JsonError, A>> read, Function<A, String> write,
                      Class<E> events, Function<String, Either<JsonError, E>> readEvent,
                      Function<E, String> writeEvent, Function<E, String> eventType) {

        String eventFolder() {
            return name + "-events";
        }

        /** The JSON read and written again (an error's message when it does not read). */
        String roundTrip(String json) {
            return read.apply(json).map(write).fold(JsonError::message, written -> written);
        }

        String eventRoundTrip(String json) {
            return readEvent.apply(json).map(writeEvent).fold(JsonError::message, written -> written);
        }
    }

    static final Kind<Customer, CustomerEvent> CUSTOMER = new Kind<>("customer",
            json -> CustomerJson.read(json, GoldenCipher.fresh()), c -> CustomerJson.write(c, GoldenCipher.fresh()),
            CustomerEvent.class, json -> CustomerJson.readEvent(json, GoldenCipher.fresh()),
            e -> CustomerJson.writeEvent(e, GoldenCipher.fresh()), CustomerJson::eventType);
    static final Kind<Account, AccountEvent> ACCOUNT = new Kind<>("account", AccountJson::read, AccountJson::write,
            AccountEvent.class, AccountJson::readEvent, AccountJson::writeEvent, AccountJson::eventType);
    static final Kind<SlaContract, SlaContractEvent> SLA_CONTRACT = new Kind<>("sla-contract", SlaContractJson::read,
            SlaContractJson::write, SlaContractEvent.class, SlaContractJson::readEvent, SlaContractJson::writeEvent,
            SlaContractJson::eventType);
    static final Kind<ServiceOrder, ServiceOrderEvent> SERVICE_ORDER = new Kind<>("service-order",
            ServiceOrderJson::read, ServiceOrderJson::write, ServiceOrderEvent.class, ServiceOrderJson::readEvent,
            ServiceOrderJson::writeEvent, ServiceOrderJson::eventType);
    static final Kind<PurposeRegister, PurposeEvent> PURPOSE_REGISTER = new Kind<>("purpose-register",
            PurposeRegisterJson::read, PurposeRegisterJson::write, PurposeEvent.class, PurposeRegisterJson::readEvent,
            PurposeRegisterJson::writeEvent, PurposeRegisterJson::eventType);

    static final Kind<MassOutage, MassOutageEvent> MASS_OUTAGE = new Kind<>("mass-outage", MassOutageJson::read,
            MassOutageJson::write, MassOutageEvent.class, MassOutageJson::readEvent, MassOutageJson::writeEvent,
            MassOutageJson::eventType);

    static final Kind<BillingGroup, BillingGroupEvent> BILLING_GROUP = new Kind<>("billing-group",
            BillingGroupJson::read, BillingGroupJson::write, BillingGroupEvent.class, BillingGroupJson::readEvent,
            BillingGroupJson::writeEvent, BillingGroupJson::eventType);

    static final List<Kind<?, ?>> KINDS = List.of(CUSTOMER, ACCOUNT, SLA_CONTRACT, SERVICE_ORDER, PURPOSE_REGISTER,
            MASS_OUTAGE, BILLING_GROUP);

    private Golden() {
    }

    /** The concrete classes of a sealed hierarchy: its permitted subclasses, nested sealed ones opened. */
    static List<Class<?>> concrete(Class<?> sealed) {
        if (!sealed.isSealed()) {
            return List.of(sealed);
        }
        return List.of(sealed.getPermittedSubclasses()).flatMap(Golden::concrete);
    }
}
