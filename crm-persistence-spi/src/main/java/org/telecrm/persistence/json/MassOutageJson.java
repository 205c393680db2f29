package org.telecrm.persistence.json;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.order.clock.Pause;
import org.telecrm.order.clock.PauseLedger;
import org.telecrm.order.outage.ChildLink;
import org.telecrm.order.outage.MassOutage;
import org.telecrm.order.outage.MassOutageEvent;
import org.telecrm.order.outage.MassOutageId;
import org.telecrm.persistence.outbox.OutboxMessage;

import java.time.Instant;

/**
 * The JSON of a {@link MassOutage} and its {@link MassOutageEvent}s, schema version {@value #SCHEMA_VERSION}.
 *
 * <h2>Outage</h2>
 * <pre>{@code
 * {"schemaVersion":1, "id":"MO-7", "description":"fibre cut, Shennan Road", "declaredAt":"..",
 *  "children":[{"order":"SO-1","circuit":"DDN-1","attachedBy":"S-700","attachedAt":"..","attachReason":"..",
 *               "detached":{"by":"S-700","at":"..","reason":".."}}],           // detached absent while attached
 *  "pauses":[{"start":"..","end":"..","reason":"SITE_NOT_READY","recordedBy":"S-700","endedBy":"S-700"}],
 *  "restoredAt":".."}                                                          // absent until restored
 * }</pre>
 * Optional fields are absent (never null) when empty; instants ISO-8601; pause reasons and event types by the names
 * {@code StoredNames} spells out. The outage is restored through {@link MassOutage#restore}, which checks it.
 *
 * <h2>Events</h2>
 * {@code {"schemaVersion":1, "type":..., "outage":"MO-7", "occurredAt":..., ...}}: {@code OutageDeclared}
 * (description, by), {@code ChildAttached} and {@code ChildDetached} (child, reason, by), {@code OutagePaused}
 * (reason), {@code OutageResumed}, {@code OutageRestored} (children, by).
 *
 * <pre>{@code
 * MassOutageJson.read(MassOutageJson.write(outage));   // Right(an outage equal to it)
 * }</pre>
 */
public final class MassOutageJson {

    public static final int SCHEMA_VERSION = 1;

    /** The stable aggregate type name in event ids and message types. */
    public static final String MASS_OUTAGE_TYPE = org.telecrm.persistence.outages.MassOutages.TYPE;

    /** The outage as stored: its pauses as the ledger's list. */
    record Stored(MassOutageId id, String description, Instant declaredAt, Seq<ChildLink> children,
                  Seq<Pause> pauses, Option<Instant> restoredAt) {
    }

    static final Codec.Fields<MassOutage> OUTAGE = Codec.mapped(Codecs.fields(Stored.class),
            o -> new Stored(o.id(), o.description(), o.declaredAt(), o.children(), o.pauses().pauses(), o.restoredAt()),
            MassOutageJson::outage, "restoredAt");
    static final Codec.Fields<MassOutageEvent> EVENT = Codecs.fields(MassOutageEvent.class);
    private static final java.util.Map<Class<?>, String> EVENT_TYPES =
            StoredNames.subtypesOf(MassOutageEvent.class).names();

    private MassOutageJson() {
    }

    public static String write(MassOutage outage) {
        return Codecs.write(SCHEMA_VERSION, OUTAGE, outage);
    }

    /**
     * The outage this JSON describes, restored with {@link MassOutage#restore} (no event); one that breaks its
     * invariants is {@link JsonError.NotRestorable}.
     */
    public static Either<JsonError, MassOutage> read(String json) {
        return Codecs.read(json, v -> v == SCHEMA_VERSION, SCHEMA_VERSION, OUTAGE);
    }

    private static MassOutage outage(Stored s) {
        return MassOutage.restore(s.id(), s.description(), s.declaredAt(), s.children(), new PauseLedger(s.pauses()),
                s.restoredAt()).getOrElseThrow(JsonFailure::notRestorable);
    }

    /** The event's stable type name, the {@code type} field of its JSON. */
    public static String eventType(MassOutageEvent event) {
        return EVENT_TYPES.get(event.getClass());
    }

    public static String writeEvent(MassOutageEvent event) {
        return Codecs.write(SCHEMA_VERSION, EVENT, event);
    }

    public static Either<JsonError, MassOutageEvent> readEvent(String json) {
        return Codecs.read(json, v -> v == SCHEMA_VERSION, SCHEMA_VERSION, EVENT);
    }

    /** The outbox messages of a change saved as {@code version} ({@code mass-outage/<id>/<version>/<index>}). */
    public static Seq<OutboxMessage> outboxMessages(MassOutageId id, long version, Seq<MassOutageEvent> events) {
        return Json.outboxMessages(MASS_OUTAGE_TYPE, id.value(), version, events, MassOutageJson::eventType,
                MassOutageEvent::occurredAt, MassOutageJson::writeEvent);
    }
}
