package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Either;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.aggregate.CustomerEvent;
import org.telecrm.persistence.protection.PersonalDataCipher;
import java.time.Instant;
import java.util.Objects;

import static org.telecrm.persistence.json.CustomerJson.GRADES;
import static org.telecrm.persistence.json.CustomerJson.GROUPS;
import static org.telecrm.persistence.json.CustomerJson.LEVELS;
import static org.telecrm.persistence.json.CustomerJson.READABLE_VERSIONS;
import static org.telecrm.persistence.json.CustomerJson.SCHEMA_VERSION;
import static org.telecrm.persistence.json.CustomerJson.STAGES;
import static org.telecrm.persistence.json.CustomerJson.city;
import static org.telecrm.persistence.json.CustomerJson.contactId;
import static org.telecrm.persistence.json.CustomerJson.customerId;
import static org.telecrm.persistence.json.CustomerJson.details;
import static org.telecrm.persistence.json.CustomerJson.document;
import static org.telecrm.persistence.json.CustomerJson.fileEntry;
import static org.telecrm.persistence.json.CustomerJson.managerId;
import static org.telecrm.persistence.json.CustomerJson.staffId;
import static org.telecrm.persistence.json.CustomerJson.structure;
import static org.telecrm.persistence.json.CustomerJson.texts;

/** The JSON of a customer's outbox events (see {@link CustomerJson}, section Events). */
final class CustomerEventJson {

    private CustomerEventJson() {
    }

    // ---- events -------------------------------------------------------------------------------------------------

    /** The event's stable type name, the {@code type} field of its JSON. */
    static String eventType(CustomerEvent event) {
        if (event instanceof CustomerEvent.Registered) {
            return "Registered";
        } else if (event instanceof CustomerEvent.GroupChanged) {
            return "GroupChanged";
        } else if (event instanceof CustomerEvent.GradeChanged) {
            return "GradeChanged";
        } else if (event instanceof CustomerEvent.ManagerAssigned) {
            return "ManagerAssigned";
        } else if (event instanceof CustomerEvent.ManagerUnassigned) {
            return "ManagerUnassigned";
        } else if (event instanceof CustomerEvent.ContactAdded) {
            return "ContactAdded";
        } else if (event instanceof CustomerEvent.ContactChanged) {
            return "ContactChanged";
        } else if (event instanceof CustomerEvent.ContactRemoved) {
            return "ContactRemoved";
        } else if (event instanceof CustomerEvent.PrimaryContactChanged) {
            return "PrimaryContactChanged";
        } else if (event instanceof CustomerEvent.GroupStructureChanged) {
            return "GroupStructureChanged";
        } else if (event instanceof CustomerEvent.FileEntryAdded) {
            return "FileEntryAdded";
        } else if (event instanceof CustomerEvent.ChurnWarningRaised) {
            return "ChurnWarningRaised";
        } else if (event instanceof CustomerEvent.LifecycleChanged) {
            return "LifecycleChanged";
        } else if (event instanceof CustomerEvent.Erased) {
            return "Erased";
        } else if (event instanceof CustomerEvent.ContactErased) {
            return "ContactErased";
        } else if (event instanceof CustomerEvent.MasterDataChanged) {
            return "MasterDataChanged";
        }
        throw new IllegalStateException("no stored name for " + event.getClass() + ": add one to the mapper");
    }

    /** The event's JSON, its personal values sealed by {@code cipher}. */
    static String writeEvent(CustomerEvent event, PersonalDataCipher cipher) {
        Personal personal = Personal.of(cipher, event.customerId());
        ObjectNode node = Json.document(SCHEMA_VERSION);
        node.put("type", eventType(event));
        node.put("customerId", event.customerId().value());
        node.put("occurredAt", event.occurredAt().toString());
        if (event instanceof CustomerEvent.Registered e) {
            node.put("group", GROUPS.name(e.group()));
            node.put("name", e.name());
            node.set("document", document(e.document(), personal));
            node.put("city", e.city().code());
        } else if (event instanceof CustomerEvent.GroupChanged e) {
            node.put("from", GROUPS.name(e.from()));
            node.put("to", GROUPS.name(e.to()));
        } else if (event instanceof CustomerEvent.GradeChanged e) {
            e.from().forEach(g -> node.put("from", GRADES.name(g)));
            node.put("to", GRADES.name(e.to()));
            node.put("score", e.score());
            node.set("reasons", texts(e.reasons()));
        } else if (event instanceof CustomerEvent.ManagerAssigned e) {
            e.previous().forEach(m -> node.put("previous", m.value()));
            node.put("manager", e.manager().value());
            node.put("assignedBy", e.assignedBy().value());
        } else if (event instanceof CustomerEvent.ManagerUnassigned e) {
            node.put("manager", e.manager().value());
            node.put("endedBy", e.endedBy().value());
        } else if (event instanceof CustomerEvent.ContactAdded e) {
            node.put("contactId", e.contactId().value());
            node.set("details", details(e.details(), personal));
        } else if (event instanceof CustomerEvent.ContactChanged e) {
            node.put("contactId", e.contactId().value());
            node.set("before", details(e.before(), personal));
            node.set("after", details(e.after(), personal));
        } else if (event instanceof CustomerEvent.ContactRemoved e) {
            node.put("contactId", e.contactId().value());
            node.set("details", details(e.details(), personal));
        } else if (event instanceof CustomerEvent.PrimaryContactChanged e) {
            e.from().forEach(k -> node.put("from", k.value()));
            e.to().forEach(k -> node.put("to", k.value()));
        } else if (event instanceof CustomerEvent.GroupStructureChanged e) {
            node.set("from", structure(e.from()));
            node.set("to", structure(e.to()));
        } else if (event instanceof CustomerEvent.FileEntryAdded e) {
            node.set("entry", fileEntry(e.entry()));
        } else if (event instanceof CustomerEvent.ChurnWarningRaised e) {
            node.put("level", LEVELS.name(e.level()));
            node.set("reasons", texts(e.reasons()));
        } else if (event instanceof CustomerEvent.LifecycleChanged e) {
            node.put("from", STAGES.name(e.from()));
            node.put("to", STAGES.name(e.to()));
            e.reason().forEach(reason -> node.put("reason", reason));
        } else if (event instanceof CustomerEvent.ContactErased e) {
            node.put("contactId", e.contactId().value());
        } else if (event instanceof CustomerEvent.MasterDataChanged e) {
            node.set("change", CustomerMasterDataJson.change(e.change(), personal));
        }
        return Json.text(node);
    }

    /** The event this JSON describes, its personal values opened by {@code cipher}. */
    static Either<JsonError, CustomerEvent> readEvent(String json, PersonalDataCipher cipher) {
        Objects.requireNonNull(cipher, "cipher");
        return Json.read(json, READABLE_VERSIONS, (r, version) -> event(r, cipher, version));
    }

    static CustomerEvent event(JsonReader r, PersonalDataCipher cipher, long version) {
        String type = r.text("type");
        CustomerId id = customerId(r, "customerId");
        Personal personal = Personal.of(cipher, id, version);
        Instant at = r.instant("occurredAt");
        return switch (type) {
            case "Registered" -> new CustomerEvent.Registered(id, GROUPS.read(r, "group"), r.text("name"),
                    document(r.object("document"), personal), city(r, "city"), at);
            case "GroupChanged" -> new CustomerEvent.GroupChanged(id, GROUPS.read(r, "from"), GROUPS.read(r, "to"), at);
            case "GradeChanged" -> new CustomerEvent.GradeChanged(id,
                    r.optionalText("from").map(x -> GRADES.read(r, "from")), GRADES.read(r, "to"),
                    r.longValue("score"), r.texts("reasons"), at);
            case "ManagerAssigned" -> new CustomerEvent.ManagerAssigned(id,
                    r.optionalText("previous").map(x -> managerId(r, "previous")), managerId(r, "manager"),
                    staffId(r, "assignedBy"), at);
            case "ManagerUnassigned" -> new CustomerEvent.ManagerUnassigned(id, managerId(r, "manager"),
                    staffId(r, "endedBy"), at);
            case "ContactAdded" -> new CustomerEvent.ContactAdded(id, contactId(r, "contactId"),
                    details(r.object("details"), personal), at);
            case "ContactChanged" -> new CustomerEvent.ContactChanged(id, contactId(r, "contactId"),
                    details(r.object("before"), personal), details(r.object("after"), personal), at);
            case "ContactRemoved" -> new CustomerEvent.ContactRemoved(id, contactId(r, "contactId"),
                    details(r.object("details"), personal), at);
            case "PrimaryContactChanged" -> new CustomerEvent.PrimaryContactChanged(id,
                    r.optionalText("from").map(x -> contactId(r, "from")),
                    r.optionalText("to").map(x -> contactId(r, "to")), at);
            case "GroupStructureChanged" -> new CustomerEvent.GroupStructureChanged(id,
                    structure(r.object("from")), structure(r.object("to")), at);
            case "FileEntryAdded" -> new CustomerEvent.FileEntryAdded(id, fileEntry(r.object("entry")), at);
            case "ChurnWarningRaised" -> new CustomerEvent.ChurnWarningRaised(id, LEVELS.read(r, "level"),
                    r.texts("reasons"), at);
            case "LifecycleChanged" -> new CustomerEvent.LifecycleChanged(id, STAGES.read(r, "from"),
                    STAGES.read(r, "to"), r.optionalText("reason"), at);
            case "Erased" -> new CustomerEvent.Erased(id, at);
            case "ContactErased" -> new CustomerEvent.ContactErased(id, contactId(r, "contactId"), at);
            case "MasterDataChanged" -> r.build("change", () -> new CustomerEvent.MasterDataChanged(id,
                    CustomerMasterDataJson.change(r.object("change"), personal)));
            default -> throw r.invalidField("type", type, "a customer event type such as Registered");
        };
    }
}
