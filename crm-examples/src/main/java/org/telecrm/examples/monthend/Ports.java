package org.telecrm.examples.monthend;

import org.telecrm.persistence.jdbc.JdbcStorage;
import org.telecrm.persistence.Transactions;
import org.telecrm.persistence.accounts.Accounts;
import org.telecrm.persistence.contracts.SlaContracts;
import org.telecrm.persistence.customers.Customers;
import org.telecrm.persistence.groups.BillingGroups;
import org.telecrm.persistence.memory.InMemoryStorage;
import org.telecrm.persistence.orders.ServiceOrders;
import org.telecrm.persistence.audit.AuditTrail;
import org.telecrm.persistence.outbox.Outbox;
import org.telecrm.persistence.purposes.PurposeRegisters;

import java.util.Objects;

/**
 * The storage ports the month-end runs through, from whichever store the host gives it: the customers' purpose
 * registers too, which the churn stage asks before it reads a customer's spend, the audit trail its scoped reads
 * and changes of customers are recorded in, and the billing groups the group-billing stage allocates payments for.
 */
public record Ports(Transactions transactions, Customers customers, Accounts accounts, SlaContracts contracts,
                    ServiceOrders orders, Outbox outbox, PurposeRegisters purposes, AuditTrail audit,
                    BillingGroups groups) {

    public Ports {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(purposes, "purposes");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(groups, "groups");
    }

    public static Ports of(InMemoryStorage s) {
        return new Ports(s.transactions(), s.customers(), s.accounts(), s.slaContracts(), s.serviceOrders(), s.outbox(),
                s.purposeRegisters(), s.auditTrail(), s.billingGroups());
    }

    public static Ports of(JdbcStorage s) {
        return new Ports(s.transactions(), s.customers(), s.accounts(), s.slaContracts(), s.serviceOrders(), s.outbox(),
                s.purposeRegisters(), s.auditTrail(), s.billingGroups());
    }
}
