package org.telecrm.persistence.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.Tuple;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import org.telecrm.customer.CustomerId;
import org.telecrm.persistence.outbox.OutboxMessage;
import org.telecrm.persistence.purposes.PurposeRegisters;
import org.telecrm.privacy.purpose.ConsentChannel;
import org.telecrm.privacy.purpose.LawfulBasis;
import org.telecrm.privacy.purpose.PersonalInformation;
import org.telecrm.privacy.purpose.Processing;
import org.telecrm.privacy.purpose.Purpose;
import org.telecrm.privacy.purpose.PurposeEvent;
import org.telecrm.privacy.purpose.PurposeRegister;

import java.time.Instant;

/**
 * The JSON of a {@link PurposeRegister} and its {@link PurposeEvent}s, schema version {@value #SCHEMA_VERSION}. It
 * holds kinds of information, purposes and bases, never a personal value.
 *
 * <pre>{@code
 * {"schemaVersion":1, "customer":"C-1",
 *  "held":[{"purpose":"MARKETING","information":["PHONE_NUMBER"],
 *           "basis":{"kind":"CONSENT","givenAt":"2026-03-01T02:00:00Z","channel":"ONLINE"},"since":"..."}],
 *  "withdrawals":[{"purpose":"RETENTION_MARKETING","consent":{"kind":"CONSENT","givenAt":"...","channel":"SMS"},
 *                  "channel":"PHONE","at":"..."}]}
 * }</pre>
 * A basis is {@code {"kind":"CONTRACT","reference":"SLA-1"}}, {@code {"kind":"CONSENT","givenAt":...,
 * "channel":...}} or {@code {"kind":"LEGAL_DUTY","law":"..."}}. Events: {@code {"schemaVersion":1, "type":...,
 * "customerId":..., "occurredAt":..., ...}}: {@code PurposeHeld} (purpose, information, basis),
 * {@code ConsentWithdrawn} (purpose, channel).
 */
public final class PurposeRegisterJson {

    public static final int SCHEMA_VERSION = 1;

    private static final StableNames<Purpose> PURPOSES = StableNames.of(
            Tuple.of(Purpose.SERVICE_DELIVERY, "SERVICE_DELIVERY"), Tuple.of(Purpose.BILLING, "BILLING"),
            Tuple.of(Purpose.SERVICE_ASSURANCE, "SERVICE_ASSURANCE"),
            Tuple.of(Purpose.RETENTION_MARKETING, "RETENTION_MARKETING"), Tuple.of(Purpose.MARKETING, "MARKETING"));
    private static final StableNames<PersonalInformation> INFORMATION = StableNames.of(
            Tuple.of(PersonalInformation.NAME, "NAME"), Tuple.of(PersonalInformation.IDENTITY_NUMBER, "IDENTITY_NUMBER"),
            Tuple.of(PersonalInformation.PHONE_NUMBER, "PHONE_NUMBER"), Tuple.of(PersonalInformation.EMAIL, "EMAIL"),
            Tuple.of(PersonalInformation.SPEND, "SPEND"));
    private static final StableNames<ConsentChannel> CHANNELS = StableNames.of(
            Tuple.of(ConsentChannel.BUSINESS_HALL, "BUSINESS_HALL"), Tuple.of(ConsentChannel.ONLINE, "ONLINE"),
            Tuple.of(ConsentChannel.PHONE, "PHONE"), Tuple.of(ConsentChannel.SMS, "SMS"),
            Tuple.of(ConsentChannel.WRITTEN, "WRITTEN"));

    private PurposeRegisterJson() {
    }

    public static String write(PurposeRegister register) {
        ObjectNode node = Json.document(SCHEMA_VERSION);
        node.put("customer", register.getId().value());
        ArrayNode held = node.putArray("held");
        register.held().values().forEach(p -> {
            ObjectNode item = held.addObject();
            item.put("purpose", PURPOSES.name(p.purpose()));
            item.set("information", information(p.information()));
            item.set("basis", basis(p.basis()));
            item.put("since", p.since().toString());
        });
        ArrayNode withdrawals = node.putArray("withdrawals");
        register.withdrawals().forEach(w -> {
            ObjectNode item = withdrawals.addObject();
            item.put("purpose", PURPOSES.name(w.purpose()));
            item.set("consent", basis(w.consent()));
            item.put("channel", CHANNELS.name(w.channel()));
            item.put("at", w.at().toString());
        });
        return Json.text(node);
    }

    /** The register this JSON describes; state that breaks its invariants is {@link JsonError.NotRestorable}. */
    public static Either<JsonError, PurposeRegister> read(String json) {
        return Json.read(json, SCHEMA_VERSION, r -> {
            CustomerId customer = r.parsed("customer", CustomerId::of, "an identifier (not blank)");
            Seq<Processing> held = r.objects("held", p -> p.build("information", () -> new Processing(
                    PURPOSES.read(p, "purpose"), TreeSet.ofAll(INFORMATION.readAll(p, "information")),
                    basis(p.object("basis")), p.instant("since"))));
            Seq<PurposeRegister.Withdrawal> withdrawals = r.objects("withdrawals", w -> {
                LawfulBasis consent = basis(w.object("consent"));
                if (!(consent instanceof LawfulBasis.Consent c)) {
                    throw w.invalidField("consent", "another basis", "a consent");
                }
                return new PurposeRegister.Withdrawal(PURPOSES.read(w, "purpose"), c, CHANNELS.read(w, "channel"),
                        w.instant("at"));
            });
            return PurposeRegister.restore(customer, held, withdrawals).getOrElseThrow(JsonFailure::notRestorable);
        });
    }

    private static ArrayNode information(io.vavr.collection.Traversable<PersonalInformation> kinds) {
        ArrayNode array = Json.array();
        kinds.forEach(k -> array.add(INFORMATION.name(k)));
        return array;
    }

    private static ObjectNode basis(LawfulBasis basis) {
        ObjectNode node = Json.object();
        if (basis instanceof LawfulBasis.Contract c) {
            node.put("kind", "CONTRACT");
            node.put("reference", c.reference());
        } else if (basis instanceof LawfulBasis.Consent c) {
            node.put("kind", "CONSENT");
            node.put("givenAt", c.givenAt().toString());
            node.put("channel", CHANNELS.name(c.channel()));
        } else if (basis instanceof LawfulBasis.LegalDuty d) {
            node.put("kind", "LEGAL_DUTY");
            node.put("law", d.law());
        }
        return node;
    }

    private static LawfulBasis basis(JsonReader r) {
        String kind = r.text("kind");
        return switch (kind) {
            case "CONTRACT" -> r.build("reference", () -> new LawfulBasis.Contract(r.text("reference")));
            case "CONSENT" -> new LawfulBasis.Consent(r.instant("givenAt"), CHANNELS.read(r, "channel"));
            case "LEGAL_DUTY" -> r.build("law", () -> new LawfulBasis.LegalDuty(r.text("law")));
            default -> throw r.invalidField("kind", kind, "one of CONTRACT, CONSENT, LEGAL_DUTY");
        };
    }

    // ---- events -------------------------------------------------------------------------------------------------

    public static String eventType(PurposeEvent event) {
        if (event instanceof PurposeEvent.PurposeHeld) {
            return "PurposeHeld";
        } else if (event instanceof PurposeEvent.ConsentWithdrawn) {
            return "ConsentWithdrawn";
        }
        throw new IllegalStateException("no stored name for " + event.getClass() + ": add one to the mapper");
    }

    public static String writeEvent(PurposeEvent event) {
        ObjectNode node = Json.document(SCHEMA_VERSION);
        node.put("type", eventType(event));
        node.put("customerId", event.customerId().value());
        node.put("occurredAt", event.occurredAt().toString());
        if (event instanceof PurposeEvent.PurposeHeld e) {
            node.put("purpose", PURPOSES.name(e.purpose()));
            node.set("information", information(e.information()));
            node.set("basis", basis(e.basis()));
        } else if (event instanceof PurposeEvent.ConsentWithdrawn e) {
            node.put("purpose", PURPOSES.name(e.purpose()));
            node.put("channel", CHANNELS.name(e.channel()));
        }
        return Json.text(node);
    }

    public static Either<JsonError, PurposeEvent> readEvent(String json) {
        return Json.read(json, SCHEMA_VERSION, r -> {
            String type = r.text("type");
            CustomerId id = r.parsed("customerId", CustomerId::of, "an identifier (not blank)");
            Instant at = r.instant("occurredAt");
            return switch (type) {
                case "PurposeHeld" -> new PurposeEvent.PurposeHeld(id, PURPOSES.read(r, "purpose"),
                        TreeSet.ofAll(INFORMATION.readAll(r, "information")), basis(r.object("basis")), at);
                case "ConsentWithdrawn" -> new PurposeEvent.ConsentWithdrawn(id, PURPOSES.read(r, "purpose"),
                        CHANNELS.read(r, "channel"), at);
                default -> throw r.invalidField("type", type, "PurposeHeld or ConsentWithdrawn");
            };
        });
    }

    /** The outbox messages of a change saved as {@code version} ({@code purpose-register/<customer>/<version>/<i>}). */
    public static Seq<OutboxMessage> outboxMessages(CustomerId customer, long version, Seq<PurposeEvent> events) {
        return Json.outboxMessages(PurposeRegisters.TYPE, customer.value(), version, events,
                PurposeRegisterJson::eventType, PurposeEvent::occurredAt, PurposeRegisterJson::writeEvent);
    }
}
