package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.Tuple;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.telecrm.customer.CircuitRef;
import org.telecrm.customer.aggregate.Customer;
import org.telecrm.customer.aggregate.DocumentChangeReason;
import org.telecrm.customer.aggregate.MasterDataChange;
import org.telecrm.customer.contact.Address;

import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;

import static org.telecrm.persistence.json.CustomerJson.address;
import static org.telecrm.persistence.json.CustomerJson.city;
import static org.telecrm.persistence.json.CustomerJson.document;

/**
 * The JSON of a customer's addresses and master-data history (see {@link CustomerJson}), each field omitted while
 * there is none, so a customer without them is written as before:
 * <pre>{@code
 * "postalAddress":ADDRESS,
 * "installationAddresses":[{"circuit":"DDN-1","address":ADDRESS}],
 * "masterDataHistory":[CHANGE]
 * }</pre>
 * {@code ADDRESS} is {@code {"city":"440300","line":SEALED,"postcode":"518057"}} (postcode absent when none).
 * {@code CHANGE} is {@code {"kind":K,"effectiveFrom":...,"recordedAt":...,"before":...,"after":...}} with, by
 * {@code K}: {@code RENAMED} (names), {@code MOVED} (city codes), {@code DOCUMENT_CHANGED} ({@code "reason"}
 * {@code REISSUED} or {@code CORRECTED}; documents, their numbers sealed), {@code POSTAL_ADDRESS_CHANGED} and
 * {@code INSTALLATION_ADDRESS_CHANGED} ({@code "circuit"}; addresses, each side absent when none). The event
 * {@code MasterDataChanged} holds one {@code CHANGE} in {@code "change"}.
 */
final class CustomerMasterDataJson {

    static final StableNames<DocumentChangeReason> REASONS = StableNames.of(
            Tuple.of(DocumentChangeReason.REISSUED, "REISSUED"), Tuple.of(DocumentChangeReason.CORRECTED, "CORRECTED"));

    private CustomerMasterDataJson() {
    }

    /** What a stored customer holds of its addresses and master-data history. */
    record Stored(Option<Address> postalAddress, SortedMap<CircuitRef, Address> installationAddresses,
                  Seq<MasterDataChange> history) {
    }

    static void write(ObjectNode node, Customer c, Personal personal) {
        c.postalAddress().forEach(a -> node.set("postalAddress", address(a, personal)));
        if (!c.installationAddresses().isEmpty()) {
            ArrayNode installations = node.putArray("installationAddresses");
            c.installationAddresses().forEach((circuit, a) -> {
                ObjectNode item = installations.addObject();
                item.put("circuit", circuit.value());
                item.set("address", address(a, personal));
            });
        }
        if (c.masterDataHistory().nonEmpty()) {
            ArrayNode history = node.putArray("masterDataHistory");
            c.masterDataHistory().forEach(change -> history.add(change(change, personal)));
        }
    }

    static Stored read(JsonReader r, Personal personal) {
        Option<Address> postal = r.optionalObject("postalAddress").map(a -> address(a, personal));
        SortedMap<CircuitRef, Address> installations = r.has("installationAddresses")
                ? TreeMap.ofEntries(r.objects("installationAddresses", i -> Tuple.of(circuit(i),
                address(i.object("address"), personal))))
                : TreeMap.empty();
        Seq<MasterDataChange> history = r.has("masterDataHistory")
                ? r.objects("masterDataHistory", c -> change(c, personal)) : io.vavr.collection.List.empty();
        return new Stored(postal, installations, history);
    }

    static ObjectNode change(MasterDataChange change, Personal personal) {
        ObjectNode node = Json.object();
        if (change instanceof MasterDataChange.Renamed c) {
            node.put("kind", "RENAMED");
            times(node, c);
            node.put("before", c.before());
            node.put("after", c.after());
        } else if (change instanceof MasterDataChange.Moved c) {
            node.put("kind", "MOVED");
            times(node, c);
            node.put("before", c.before().code());
            node.put("after", c.after().code());
        } else if (change instanceof MasterDataChange.DocumentChanged c) {
            node.put("kind", "DOCUMENT_CHANGED");
            times(node, c);
            node.put("reason", REASONS.name(c.reason()));
            node.set("before", document(c.before(), personal));
            node.set("after", document(c.after(), personal));
        } else if (change instanceof MasterDataChange.PostalAddressChanged c) {
            node.put("kind", "POSTAL_ADDRESS_CHANGED");
            times(node, c);
            addresses(node, c.before(), c.after(), personal);
        } else if (change instanceof MasterDataChange.InstallationAddressChanged c) {
            node.put("kind", "INSTALLATION_ADDRESS_CHANGED");
            times(node, c);
            node.put("circuit", c.circuit().value());
            addresses(node, c.before(), c.after(), personal);
        }
        return node;
    }

    static MasterDataChange change(JsonReader r, Personal personal) {
        String kind = r.text("kind");
        Instant from = r.instant("effectiveFrom");
        Instant recorded = r.instant("recordedAt");
        return switch (kind) {
            case "RENAMED" -> new MasterDataChange.Renamed(r.text("before"), r.text("after"), from, recorded);
            case "MOVED" -> new MasterDataChange.Moved(city(r, "before"), city(r, "after"), from, recorded);
            case "DOCUMENT_CHANGED" -> new MasterDataChange.DocumentChanged(REASONS.read(r, "reason"),
                    document(r.object("before"), personal), document(r.object("after"), personal), from, recorded);
            case "POSTAL_ADDRESS_CHANGED" -> addresses(r, personal,
                    (before, after) -> new MasterDataChange.PostalAddressChanged(before, after, from, recorded));
            case "INSTALLATION_ADDRESS_CHANGED" -> {
                CircuitRef circuit = circuit(r);
                yield addresses(r, personal, (before, after) ->
                        new MasterDataChange.InstallationAddressChanged(circuit, before, after, from, recorded));
            }
            default -> throw r.invalidField("kind", kind, "one of RENAMED, MOVED, DOCUMENT_CHANGED,"
                    + " POSTAL_ADDRESS_CHANGED, INSTALLATION_ADDRESS_CHANGED");
        };
    }

    private static void times(ObjectNode node, MasterDataChange change) {
        node.put("effectiveFrom", change.effectiveFrom().toString());
        node.put("recordedAt", change.recordedAt().toString());
    }

    private static void addresses(ObjectNode node, Option<Address> before, Option<Address> after, Personal personal) {
        before.forEach(a -> node.set("before", address(a, personal)));
        after.forEach(a -> node.set("after", address(a, personal)));
    }

    private static MasterDataChange addresses(JsonReader r, Personal personal,
                                              BiFunction<Option<Address>, Option<Address>, MasterDataChange> change) {
        Function<String, Option<Address>> side = field -> r.optionalObject(field).map(a -> address(a, personal));
        return change.apply(side.apply("before"), side.apply("after"));
    }

    private static CircuitRef circuit(JsonReader r) {
        return CustomerJson.id(r, "circuit", CircuitRef::of);
    }
}
