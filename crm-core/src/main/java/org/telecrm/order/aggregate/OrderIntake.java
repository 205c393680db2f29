package org.telecrm.order.aggregate;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.star.StarLevel;
import org.telecrm.order.OrderKind;
import org.telecrm.sla.CircuitId;
import org.telecrm.sla.SlaContractId;

import java.util.Objects;

/**
 * What an order is about, as taken at acceptance. Other aggregates are referenced by identifier only.
 *
 * <pre>{@code
 * OrderIntake intake = new OrderIntake(ServiceOrderId.of("SO-1"), OrderKind.PROVISIONING, Channel.ACCOUNT_MANAGER,
 *         CustomerId.of("C-1"), Option.some(SlaContractId.of("SLA-1")), Option.some(CircuitId.of("DDN-1")),
 *         Option.some(StarLevel.FIVE_STARS), Option.some(AccountManagerId.of("AM-1")));
 * }</pre>
 *
 * @param star           the customer's star level at acceptance (none for a customer without stars)
 * @param accountManager the customer's account manager, who a dissatisfied return visit is escalated to
 * @param preSale        the pre-sale response a provisioning order was handed over from ({@code PreSale.handOver},
 *                       issue 15 item 4), none for an order taken directly
 */
@ValueObject
public record OrderIntake(ServiceOrderId id, OrderKind kind, Channel channel, CustomerId customer,
                          Option<SlaContractId> contract, Option<CircuitId> circuit, Option<StarLevel> star,
                          Option<AccountManagerId> accountManager, Option<ServiceOrderId> preSale) {

    /** An order taken directly, not handed over from a pre-sale response. */
    public OrderIntake(ServiceOrderId id, OrderKind kind, Channel channel, CustomerId customer,
                       Option<SlaContractId> contract, Option<CircuitId> circuit, Option<StarLevel> star,
                       Option<AccountManagerId> accountManager) {
        this(id, kind, channel, customer, contract, circuit, star, accountManager, Option.none());
    }

    public OrderIntake {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(star, "star");
        Objects.requireNonNull(accountManager, "accountManager");
        Objects.requireNonNull(preSale, "preSale");
    }
}
