package org.telecrm.examples.monthend;

import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.json.AccountJson;
import org.telecrm.persistence.json.BillingGroupJson;
import org.telecrm.persistence.json.CustomerJson;
import org.telecrm.persistence.json.ServiceOrderJson;
import org.telecrm.persistence.json.SlaContractJson;
import org.telecrm.persistence.outbox.OutboxMessage;
import org.telecrm.persistence.customers.Customers;
import org.telecrm.persistence.protection.PersonalDataCipher;
import org.telecrm.persistence.tck.CustomerFields;
import org.telecrm.order.aggregate.ServiceOrder;

import java.time.YearMonth;
import java.util.TreeMap;

/**
 * Everything a month-end of the sample can have written, read back through the ports as JSON with versions, in a
 * fixed order, and the outbox's pending messages in their order: two stores in the same state give the same text.
 * Customers and their events hold personal values sealed with a random IV (and each store may have keys of its own),
 * so they are written as their fields read back ({@link CustomerFields}, events as records), not as stored.
 */
public final class StoreDump {

    private StoreDump() {
    }

    public static String of(Ports ports, PersonalDataCipher cipher, YearMonth month) {
        StringBuilder out = new StringBuilder();
        TreeMap<String, String> orders = new TreeMap<>();
        MonthEnd.forEachPage(page -> ports.customers().byProvince(MonthEnd.PROVINCE, page), c -> {
            out.append("customer ").append(c.version()).append(' ').append(CustomerFields.of(c.aggregate())).append('\n');
            MonthEnd.forEachPage(page -> ports.accounts().byCustomer(c.aggregate().getId(), page), a -> {
                out.append("account ").append(a.version()).append(' ').append(AccountJson.write(a.aggregate()))
                        .append('\n');
                MonthEnd.forEachPage(page -> ports.groups().paidBy(a.aggregate().getId(), page), g -> out
                        .append("group ").append(g.version()).append(' ').append(BillingGroupJson.write(g.aggregate()))
                        .append('\n'));
            });
            MonthEnd.forEachPage(page -> ports.contracts().byCustomer(c.aggregate().getId(), page), k -> {
                out.append("contract ").append(k.version()).append(' ').append(SlaContractJson.write(k.aggregate()))
                        .append('\n');
                MonthEnd.forEachPage(page -> ports.orders().byContractAndMonth(k.aggregate().id(), month, page),
                        o -> orders.put(o.aggregate().id().value(), line(o)));
            });
        });
        MonthEnd.forEachPage(ports.orders()::open, o -> orders.put(o.aggregate().id().value(), line(o)));
        MonthEnd.forEachPage(page -> ports.orders().byMonth(month, page), o -> orders.put(o.aggregate().id().value(), line(o)));
        orders.values().forEach(out::append);
        for (OutboxMessage m : ports.outbox().pending(10_000_000)) {
            out.append("outbox ").append(m.id().value()).append(' ').append(m.type()).append(' ').append(m.occurredAt())
                    .append(' ').append(m.id().aggregateType().equals(Customers.TYPE)
                            ? CustomerJson.readEvent(m.payload(), cipher).get().toString() : m.payload()).append('\n');
        }
        return out.toString();
    }

    private static String line(Versioned<ServiceOrder> o) {
        return "order " + o.version() + " " + ServiceOrderJson.write(o.aggregate()) + "\n";
    }

}
